package io.audiences.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.UseCases;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.command.CreateFolderCommand;
import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.application.command.ListAudiencesQuery;
import io.audiences.application.command.IdempotentRun;
import io.audiences.domain.RuleRefusal;
import io.audiences.domain.CreationRule;
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
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link io.audiences.application.port.out.IdempotencyStore} does with the repositories
 * that keep outcomes, through {@link io.audiences.application.port.in.Idempotency}: one claim per
 * key, outcomes kept with what they describe and read back as they were, expiry and pruning on a
 * driven clock, and exactly one run however many requests race over two instances.
 */
public abstract class IdempotencyContract {

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final int RACERS = 16;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:15:30.123Z"));
    private Storage storage;
    private Storage secondStorage;
    private UseCases first;
    private UseCases second;
    private ExecutorService pool;

    protected abstract Storage newStorage();

    @BeforeEach
    void setUp() {
        storage = newStorage();
        long seed = ThreadLocalRandom.current().nextLong();
        first = over(storage, seed);
        secondStorage = storage.secondInstance();
        second = over(secondStorage, seed + 1);
        pool = Executors.newFixedThreadPool(RACERS);
    }

    private UseCases over(Storage store, long seed) {
        return UseCases.over(store, clock, new SeededIdSource(seed), PlanCatalog.defaults());
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

        IdempotentRun<Audience> run = once(first, scope, "body-a", () -> {
            assertThat(once(second, scope, "body-a", never())).isEqualTo(new IdempotentRun.KeyInUse<Audience>());
            return first.createAudience().create(createCommand(group, "Leads"));
        });

        Audience created = ((IdempotentRun.Ran<Audience>) run).created();
        assertThat(once(second, scope, "body-a", never()))
                .isEqualTo(new IdempotentRun.Replayed<>(new KeptOutcome.Created<>(created)));
        assertThat(once(second, scope, "body-b", never())).isEqualTo(new IdempotentRun.KeyReused<Audience>());
    }

    @Test
    void scopesDifferByApiKeyGroupAndRoute() {
        AccountGroupId group = group();
        IdempotencyScope scope = scope(group, "audiences", "shared");
        claim(storage, scope, "body");

        assertThat(claim(storage, new IdempotencyScope("000000000000000000000002", group, "audiences", scope.key()), "body"))
                .isInstanceOf(IdempotencyClaim.Acquired.class);
        assertThat(claim(storage, scope(group(), "audiences", "shared"), "body")).isInstanceOf(IdempotencyClaim.Acquired.class);
        assertThat(claim(storage, scope(group, "folders", "shared"), "body")).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void aRuleRefusalIsKeptAndAnyOtherFailureFreesTheKey() {
        AccountGroupId group = group();
        IdempotencyScope refused = scope(group, "audiences", "refused");
        IdempotencyScope failed = scope(group, "audiences", "failed");
        RuleRefusal refusal = new RuleRefusal(CreationRule.AUDIENCE_LIMIT_REACHED, "no room left");

        assertThatThrownBy(() -> once(first, refused, "body", () -> {
            throw refusal;
        })).isSameAs(refusal);
        assertThatThrownBy(() -> once(first, failed, "body", () -> {
            throw new IllegalStateException("the database went away");
        })).hasMessage("the database went away");

        assertThat(once(second, refused, "body", never())).isEqualTo(new IdempotentRun.Replayed<>(
                new KeptOutcome.Refused<Audience>(CreationRule.AUDIENCE_LIMIT_REACHED.code(), "no room left")));
        assertThat(claim(secondStorage, failed, "other body")).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void aCreationWithoutItsClaimRunningStoresNothing() {
        AccountGroupId group = group();
        IdempotencyClaim.Acquired<Audience> unclaimed =
                new IdempotencyClaim.Acquired<>(scope(group, "audiences", "never-claimed"), clock.instant());
        IdempotencyScope claimed = scope(group, "folders", "claimed");
        IdempotencyClaim.Acquired<Folder> claim = acquire(storage, claimed, "body");
        storage.idempotency().forget(claim);

        assertThatThrownBy(() -> storage.idempotency().keepCreated(unclaimed,
                () -> first.createAudience().create(createCommand(group, "Orphan")))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> storage.idempotency().keepCreated(claim,
                () -> first.createFolder().create(new CreateFolderCommand(group, FolderDraft.of("F", "on_demand")))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(first.listAudiences().list(new ListAudiencesQuery(group, Optional.empty(), 10)).items()).isEmpty();
        assertThat(first.getNavigation().navigation(group).folders()).isEmpty();
    }

    @Test
    void aKeptFolderIsReadBackAsItWasCreated() {
        AccountGroupId group = group();
        IdempotencyScope scope = scope(group, "folders", "folder");
        Folder created = ((IdempotentRun.Ran<Folder>) first.idempotency().once(scope, "body", RETENTION, Folder.class,
                () -> first.createFolder().create(new CreateFolderCommand(group, FolderDraft.of("Q1", "on_demand"))))).created();

        assertThat(second.idempotency().once(scope, "body", RETENTION, Folder.class, () -> {
            throw new AssertionError("ran twice");
        })).isEqualTo(new IdempotentRun.Replayed<>(new KeptOutcome.Created<>(created)));
    }

    @Test
    void aKeptOutcomeExpiresAfterTheRetentionAndAnAbandonedClaimAfterTenSeconds() {
        AccountGroupId group = group();
        IdempotencyScope kept = scope(group, "audiences", "kept");
        IdempotencyScope abandoned = scope(group, "audiences", "abandoned");
        storage.idempotency().keepCreated(acquire(storage, kept, "body"), () -> first.createAudience().create(createCommand(group, "Leads")));
        claim(storage, abandoned, "body");

        clock.advance(IdempotencyService.ABANDONED_AFTER.minusMillis(1));
        assertThat(claim(secondStorage, abandoned, "body")).isEqualTo(new IdempotencyClaim.InUse<Audience>());
        clock.advance(Duration.ofMillis(2));
        assertThat(claim(secondStorage, abandoned, "body")).isInstanceOf(IdempotencyClaim.Acquired.class);

        clock.advance(RETENTION.minus(IdempotencyService.ABANDONED_AFTER).minusMillis(2));
        assertThat(claim(secondStorage, kept, "body")).isInstanceOf(IdempotencyClaim.Kept.class);
        clock.advance(Duration.ofMillis(2));
        assertThat(claim(secondStorage, kept, "body")).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void aRequestWhoseAbandonedClaimWasTakenOverCanNeitherKeepNorForgetNorCreate() {
        AccountGroupId group = group();
        IdempotencyScope scope = scope(group, "audiences", "taken-over");
        IdempotencyClaim.Acquired<Audience> stalled = acquire(storage, scope, "body");
        clock.advance(IdempotencyService.ABANDONED_AFTER.plusMillis(1));
        IdempotencyClaim.Acquired<Audience> takeover = acquire(secondStorage, scope, "body");

        assertThatThrownBy(() -> storage.idempotency().keepCreated(stalled,
                () -> first.createAudience().create(createCommand(group, "Twice")))).isInstanceOf(IllegalStateException.class);
        storage.idempotency().keep(stalled, refusal());
        storage.idempotency().forget(stalled);

        assertThat(claim(storage, scope, "body")).isEqualTo(new IdempotencyClaim.InUse<Audience>());
        Audience created = secondStorage.idempotency().keepCreated(takeover,
                () -> second.createAudience().create(createCommand(group, "Twice")));
        assertThat(claim(storage, scope, "body")).isEqualTo(new IdempotencyClaim.Kept<>(new KeptOutcome.Created<>(created)));
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
                storage.idempotency().keep(acquire(storage, scope(group, "audiences", "steady-" + minute + "-" + i), "body"), refusal());
            }
            clock.advance(Duration.ofMinutes(1));
            for (int batch = first.idempotency().pruneExpired(retention); batch > 0; batch = first.idempotency().pruneExpired(retention)) {
                pruned += batch;
            }
        }

        // Claimed at minutes 0..39, now at minute 40: those of minutes 0..29 are past the retention.
        // (The store may be shared with other suites: this test's own keys are counted by their state.)
        assertThat(pruned).isGreaterThanOrEqualTo(perMinute * (minutes - 10));
        assertThat(claim(secondStorage, scope(group, "audiences", "steady-30-0"), "body")).isInstanceOf(IdempotencyClaim.Kept.class);
        assertThat(claim(secondStorage, scope(group, "audiences", "steady-29-0"), "body")).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void pruningRemovesOnlyWhatTheRetentionHasPassedOldestFirstAndInBatches() {
        AccountGroupId group = group();
        for (int i = 0; i < 3; i++) {
            storage.idempotency().keep(acquire(storage, scope(group, "audiences", "old-" + i), "body"), refusal());
        }
        clock.advance(Duration.ofHours(1));
        storage.idempotency().keep(acquire(storage, scope(group, "audiences", "young"), "body"), refusal());
        clock.advance(RETENTION.minusMinutes(30));

        // The store may be shared with other suites: count what this test knows, at least.
        assertThat(storage.idempotency().prune(clock.instant().minus(RETENTION), 2)).isEqualTo(2);
        int pruned = 2;
        for (int batch = first.idempotency().pruneExpired(RETENTION); batch > 0; batch = first.idempotency().pruneExpired(RETENTION)) {
            pruned += batch;
        }
        assertThat(pruned).isGreaterThanOrEqualTo(3);
        assertThat(claim(secondStorage, scope(group, "audiences", "young"), "body")).isInstanceOf(IdempotencyClaim.Kept.class);
        assertThat(claim(secondStorage, scope(group, "audiences", "old-0"), "body")).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void racingRequestsWithOneKeyOverTwoInstancesRunExactlyOnce() throws Exception {
        AccountGroupId group = group();
        IdempotencyScope scope = scope(group, "audiences", "race");

        Map<String, Integer> outcomes = Races.run(pool, RACERS, racer -> () -> {
            UseCases instance = racer % 2 == 0 ? first : second;
            IdempotentRun<Audience> run = once(instance, scope, "body",
                    () -> instance.createAudience().create(createCommand(group, "Once")));
            if (run instanceof IdempotentRun.Ran<Audience>) {
                return null;
            }
            throw new io.audiences.domain.UnknownIdException(run.getClass().getSimpleName());
        });

        assertThat(outcomes.get(Races.OK)).isEqualTo(1);
        assertThat(outcomes.getOrDefault("NOT_FOUND", 0)).isEqualTo(RACERS - 1);
        assertThat(first.listAudiences().list(new ListAudiencesQuery(group, Optional.empty(), 10)).items()).hasSize(1);
    }

    private static IdempotentRun<Audience> once(UseCases instance, IdempotencyScope scope, String fingerprint,
            Supplier<Audience> creation) {
        return instance.idempotency().once(scope, fingerprint, RETENTION, Audience.class, creation);
    }

    private static Supplier<Audience> never() {
        return () -> {
            throw new AssertionError("a creation ran while the key was not free");
        };
    }

    /** Claims as {@link IdempotencyService} does, on the store itself, at the clock's instant. */
    private <T> IdempotencyClaim<T> claim(Storage store, IdempotencyScope scope, String fingerprint, Class<T> created) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return store.idempotency().claim(scope, fingerprint, created, now, now.minus(RETENTION),
                now.minus(IdempotencyService.ABANDONED_AFTER));
    }

    private IdempotencyClaim<Audience> claim(Storage store, IdempotencyScope scope, String fingerprint) {
        return claim(store, scope, fingerprint, Audience.class);
    }

    @SuppressWarnings("unchecked")
    private <T> IdempotencyClaim.Acquired<T> acquire(Storage store, IdempotencyScope scope, String fingerprint) {
        IdempotencyClaim<Object> claim = claim(store, scope, fingerprint, Object.class);
        assertThat(claim).isInstanceOf(IdempotencyClaim.Acquired.class);
        return (IdempotencyClaim.Acquired<T>) (IdempotencyClaim.Acquired<?>) claim;
    }

    private static <T> KeptOutcome.Refused<T> refusal() {
        return new KeptOutcome.Refused<>(CreationRule.AUDIENCE_LIMIT_REACHED.code(), "no room left");
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
