package io.audiences.bootstrap.database;

import io.audiences.adapters.persistence.AudiencesDatabase;
import io.audiences.adapters.persistence.DatabaseRequestLimiter;
import io.audiences.adapters.rest.RateLimitSettings;
import io.audiences.adapters.rest.RateLimitSettings.Store;
import io.audiences.adapters.rest.metrics.ServiceMetrics;
import io.audiences.adapters.rest.ratelimit.FailOpenRequestLimiter;
import io.audiences.application.port.out.RequestLimiter;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.lifecycle.Managed;
import io.dropwizard.core.setup.Environment;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each API key's rate limit, where {@code rateLimit.store} says (by default: in the database on
 * PostgreSQL, so that every instance shares it; in memory on the embedded H2, which one instance
 * serves). The failed-authentication limit stays in memory on each instance: a database write per
 * unauthenticated request would hand an attacker a cheap way to load the database.
 */
public final class KeyRateLimit {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRateLimit.class);

    private KeyRateLimit() {
    }

    public static RequestLimiter of(RateLimitSettings settings, RateLimitSettings failedAuthentication, AudiencesDatabase database,
            DatabaseSettings databaseSettings, Environment environment) {
        if (failedAuthentication.storeOr(Store.MEMORY) != Store.MEMORY) {
            throw new IllegalArgumentException("failedAuthenticationLimit.store can only be memory: a database write per "
                    + "unauthenticated request would let anyone load the database");
        }
        if (settings.storeOr(database.isEmbedded() ? Store.MEMORY : Store.DATABASE) == Store.MEMORY) {
            return settings.newLimiter();
        }
        // A pool of its own: a flood that holds every request connection must not switch the limit off.
        ManagedDataSource pool = databaseSettings.buildSmall(environment.metrics(), "rate-limit",
                DatabaseSettings.RATE_LIMIT_CONNECTIONS);
        environment.lifecycle().manage(pool);
        DatabaseRequestLimiter shared = AudiencesDatabase.on(pool).requestLimiter(settings.limitForPeriod(), settings.refreshPeriod());
        forgetIdleKeysEveryPeriod(shared, settings, environment);
        FailOpenRequestLimiter limiter = new FailOpenRequestLimiter(shared, settings.storeTimeout(), settings.limitForPeriod(),
                environment.metrics().counter(ServiceMetrics.RATE_LIMIT_UNAVAILABLE)::inc);
        environment.lifecycle().manage(new Managed() {
            @Override
            public void stop() {
                limiter.close();
            }
        });
        return limiter;
    }

    private static void forgetIdleKeysEveryPeriod(DatabaseRequestLimiter shared, RateLimitSettings settings, Environment environment) {
        ScheduledExecutorService scheduler = environment.lifecycle().scheduledExecutorService("rate-limit-forget", true)
                .threads(1).build();
        long period = Math.max(1_000, settings.refreshPeriod().toMillis());
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                shared.forgetIdleKeys();
            } catch (RuntimeException e) {
                LOG.warn("Could not forget the rate limit's idle keys; will try again in {} ms", period, e);
            }
        }, 0, period, TimeUnit.MILLISECONDS);
    }
}
