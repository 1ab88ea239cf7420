package io.audiences.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.Audiences;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.command.CreateFolderCommand;
import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.command.ListAudiencesQuery;
import io.audiences.application.command.OutcomeKeeping;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderDraft;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.application.service.IdempotencyService;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link io.audiences.application.port.out.IdempotencyStore} does with the repositories
 * that keep outcomes: one claim per key, outcomes kept with what they describe, expiry and pruning
 * on a driven clock, and exactly one run however many requests race over two instances.
 */
public abstract class IdempotencyContract {

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final int RACERS = 16;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:15:30.123Z"));
    private Storage storage;
    private Audiences first;
    private Audiences second;
    private ExecutorService pool;

    protected abstract Storage newStorage();

    @BeforeEach
    void setUp() {
        storage = newStorage();
        long seed = ThreadLocalRandom.current().nextLong();
        first = over(storage, seed);
        second = over(storage.secondInstance(), seed + 1);
        pool = Executors.newFixedThreadPool(RACERS);
    }

    private Audiences over(Storage store, long seed) {
        return Audiences.over(store, clock, new SeededIdSource(seed), PlanCatalog.defaults());
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void theFirstClaimRunsAndTheNextWaitsUntilTheOutcomeIsKeptThenGetsIt() {
        AccountGroupId group = group();
        IdempotencyScope scope = scope(group, "audiences", "key-1");

        IdempotencyClaim.Acquired claim = acquire(first, scope, "body-a");
        assertThat(claim(second, scope, "body-a")).isEqualTo(new IdempotencyClaim.InUse());
        Audience created = first.createAudience().create(createCommand(group, "Leads").keptAs(keeping(claim)));

        KeptOutcome kept = new KeptOutcome(201, created.id().value(), "/audiences/" + created.id());
        assertThat(claim(second, scope, "body-a")).isEqualTo(new IdempotencyClaim.Kept(kept, true));
        assertThat(claim(second, scope, "body-b")).isEqualTo(new IdempotencyClaim.Kept(kept, false));
    }

    @Test
    void scopesDifferByApiKeyGroupAndRoute() {
        AccountGroupId group = group();
        IdempotencyScope scope = scope(group, "audiences", "shared");
        claim(first, scope, "body");

        assertThat(claim(first, new IdempotencyScope("000000000000000000000002", group, "audiences", scope.key()), "body"))
                .isInstanceOf(IdempotencyClaim.Acquired.class);
        assertThat(claim(first, scope(group(), "audiences", "shared"), "body")).isInstanceOf(IdempotencyClaim.Acquired.class);
        assertThat(claim(first, scope(group, "folders", "shared"), "body")).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void aRefusalIsKeptAndAForgottenRunFreesTheKey() {
        AccountGroupId group = group();
        IdempotencyScope refused = scope(group, "audiences", "refused");
        IdempotencyScope failed = scope(group, "audiences", "failed");
        IdempotencyClaim.Acquired refusal = acquire(first, refused, "body");
        IdempotencyClaim.Acquired failure = acquire(first, failed, "body");

        first.idempotency().keep(refusal, new KeptOutcome(422, "{\"code\":\"AUDIENCE_LIMIT_REACHED\"}", null));
        first.idempotency().forget(failure);

        assertThat(claim(second, refused, "body")).isEqualTo(new IdempotencyClaim.Kept(
                new KeptOutcome(422, "{\"code\":\"AUDIENCE_LIMIT_REACHED\"}", null), true));
        assertThat(claim(second, failed, "other body")).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void aCreationWithoutItsClaimStoresNothingAndARenderingThatFailsStoresNothing() {
        AccountGroupId group = group();
        IdempotencyClaim.Acquired unclaimed = new IdempotencyClaim.Acquired(scope(group, "audiences", "never-claimed"), clock.instant());
        IdempotencyScope claimed = scope(group, "folders", "claimed");
        IdempotencyClaim.Acquired claim = acquire(first, claimed, "body");

        assertThatThrownBy(() -> first.createAudience().create(createCommand(group, "Orphan").keptAs(keeping(unclaimed))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> first.createFolder().create(new CreateFolderCommand(group, FolderDraft.of("F", "on_demand"))
                .keptAs(new OutcomeKeeping<Folder>(claim, folder -> {
                    throw new IllegalStateException("rendering failed");
                })))).hasMessage("rendering failed");

        assertThat(first.listAudiences().list(new ListAudiencesQuery(group, Optional.empty(), 10)).items()).isEmpty();
        assertThat(first.getNavigation().navigation(group).folders()).isEmpty();
        assertThat(claim(second, claimed, "body")).isEqualTo(new IdempotencyClaim.InUse());
    }

    @Test
    void aKeptOutcomeExpiresAfterTheRetentionAndAnAbandonedClaimAfterTenSeconds() {
        AccountGroupId group = group();
        IdempotencyScope kept = scope(group, "audiences", "kept");
        IdempotencyScope abandoned = scope(group, "audiences", "abandoned");
        first.createAudience().create(createCommand(group, "Leads").keptAs(keeping(acquire(first, kept, "body"))));
        claim(first, abandoned, "body");

        clock.advance(IdempotencyService.ABANDONED_AFTER.minusMillis(1));
        assertThat(claim(second, abandoned, "body")).isEqualTo(new IdempotencyClaim.InUse());
        clock.advance(Duration.ofMillis(2));
        assertThat(claim(second, abandoned, "body")).isInstanceOf(IdempotencyClaim.Acquired.class);

        clock.advance(RETENTION.minus(IdempotencyService.ABANDONED_AFTER).minusMillis(2));
        assertThat(claim(second, kept, "body")).isInstanceOf(IdempotencyClaim.Kept.class);
        clock.advance(Duration.ofMillis(2));
        assertThat(claim(second, kept, "body")).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void aRequestWhoseAbandonedClaimWasTakenOverCanNeitherKeepNorForgetNorCreate() {
        AccountGroupId group = group();
        IdempotencyScope scope = scope(group, "audiences", "taken-over");
        IdempotencyClaim.Acquired stalled = acquire(first, scope, "body");
        clock.advance(IdempotencyService.ABANDONED_AFTER.plusMillis(1));
        IdempotencyClaim.Acquired takeover = acquire(second, scope, "body");

        assertThatThrownBy(() -> first.createAudience().create(createCommand(group, "Twice").keptAs(keeping(stalled))))
                .isInstanceOf(IllegalStateException.class);
        first.idempotency().keep(stalled, new KeptOutcome(422, "{}", null));
        first.idempotency().forget(stalled);

        assertThat(claim(first, scope, "body")).isEqualTo(new IdempotencyClaim.InUse());
        Audience created = second.createAudience().create(createCommand(group, "Twice").keptAs(keeping(takeover)));
        assertThat(claim(first, scope, "body")).isEqualTo(new IdempotencyClaim.Kept(
                new KeptOutcome(201, created.id().value(), "/audiences/" + created.id()), true));
        assertThat(first.listAudiences().list(new ListAudiencesQuery(group, Optional.empty(), 10)).items()).hasSize(1);
    }

    @Test
    void underASteadyStreamOfKeyedCreatesPruningRemovesEveryOutcomeOnceItExpires() {
        AccountGroupId group = group();
        Duration retention = Duration.ofMinutes(10);
        int perMinute = 25;
        int minutes = 40;
        int pruned = 0;
        for (int minute = 0; minute < minutes; minute++) {
            for (int i = 0; i < perMinute; i++) {
                IdempotencyClaim.Acquired claim = acquire(first, scope(group, "audiences", "steady-" + minute + "-" + i), "body");
                first.idempotency().keep(claim, new KeptOutcome(422, "{}", null));
            }
            clock.advance(Duration.ofMinutes(1));
            for (int batch = first.idempotency().pruneExpired(retention); batch > 0; batch = first.idempotency().pruneExpired(retention)) {
                pruned += batch;
            }
        }

        // Claimed at minutes 0..39, now at minute 40: those of minutes 0..29 are past the retention.
        // (The store may be shared with other suites: this test's own keys are counted by their state.)
        assertThat(pruned).isGreaterThanOrEqualTo(perMinute * (minutes - 10));
        assertThat(claim(second, scope(group, "audiences", "steady-30-0"), "body")).isInstanceOf(IdempotencyClaim.Kept.class);
        assertThat(claim(second, scope(group, "audiences", "steady-29-0"), "body")).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void pruningRemovesOnlyWhatTheRetentionHasPassedOldestFirstAndInBatches() {
        AccountGroupId group = group();
        for (int i = 0; i < 3; i++) {
            first.idempotency().keep(acquire(first, scope(group, "audiences", "old-" + i), "body"), new KeptOutcome(422, "{}", null));
        }
        clock.advance(Duration.ofHours(1));
        first.idempotency().keep(acquire(first, scope(group, "audiences", "young"), "body"), new KeptOutcome(422, "{}", null));
        clock.advance(RETENTION.minusMinutes(30));

        // The store may be shared with other suites: count what this test knows, at least.
        assertThat(storage.idempotency().prune(clock.instant().minus(RETENTION), 2)).isEqualTo(2);
        int pruned = 2;
        for (int batch = first.idempotency().pruneExpired(RETENTION); batch > 0; batch = first.idempotency().pruneExpired(RETENTION)) {
            pruned += batch;
        }
        assertThat(pruned).isGreaterThanOrEqualTo(3);
        assertThat(claim(second, scope(group, "audiences", "young"), "body")).isInstanceOf(IdempotencyClaim.Kept.class);
        assertThat(claim(second, scope(group, "audiences", "old-0"), "body")).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void racingRequestsWithOneKeyOverTwoInstancesRunExactlyOnce() throws Exception {
        AccountGroupId group = group();
        IdempotencyScope scope = scope(group, "audiences", "race");

        Map<String, Integer> outcomes = Races.run(pool, RACERS, racer -> () -> {
            Audiences instance = racer % 2 == 0 ? first : second;
            IdempotencyClaim claim = claim(instance, scope, "body");
            if (claim instanceof IdempotencyClaim.Acquired acquired) {
                instance.createAudience().create(createCommand(group, "Once").keptAs(keeping(acquired)));
                return null;
            }
            throw new io.audiences.domain.UnknownIdException(claim.getClass().getSimpleName());
        });

        assertThat(outcomes.get(Races.OK)).isEqualTo(1);
        assertThat(outcomes.getOrDefault("NOT_FOUND", 0)).isEqualTo(RACERS - 1);
        assertThat(first.listAudiences().list(new ListAudiencesQuery(group, Optional.empty(), 10)).items()).hasSize(1);
    }

    private static IdempotencyClaim claim(Audiences instance, IdempotencyScope scope, String fingerprint) {
        return instance.idempotency().claim(scope, fingerprint, RETENTION);
    }

    private static IdempotencyClaim.Acquired acquire(Audiences instance, IdempotencyScope scope, String fingerprint) {
        IdempotencyClaim claim = claim(instance, scope, fingerprint);
        assertThat(claim).isInstanceOf(IdempotencyClaim.Acquired.class);
        return (IdempotencyClaim.Acquired) claim;
    }

    private static OutcomeKeeping<Audience> keeping(IdempotencyClaim.Acquired claim) {
        return new OutcomeKeeping<>(claim, audience -> new KeptOutcome(201, audience.id().value(), "/audiences/" + audience.id()));
    }

    private static CreateAudienceCommand createCommand(AccountGroupId group, String name) {
        return new CreateAudienceCommand(group, AudienceDraft.of(name, null, "on_demand"));
    }

    private AccountGroupId group() {
        AccountGroup group = Fixtures.accountGroup(Plan.ENTERPRISE, true);
        storage.accountGroups().insert(group);
        return group.id();
    }

    private static IdempotencyScope scope(AccountGroupId group, String route, String key) {
        return new IdempotencyScope("000000000000000000000001", group, route, new IdempotencyKey(key));
    }
}
