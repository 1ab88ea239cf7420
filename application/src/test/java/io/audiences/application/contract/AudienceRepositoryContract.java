package io.audiences.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.port.in.CreateAudience;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.application.service.CreateAudienceService;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AccountGroupSnapshot;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.RuleRefusal;
import io.audiences.domain.CreationRule;
import io.audiences.domain.audience.NameKey;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AudienceRepository} must do, including the atomicity its contract promises.
 * Subclasses supply a fresh store; where it offers a {@link Storage#secondInstance()}, the races
 * run over both.
 */
public abstract class AudienceRepositoryContract {

    /** How many threads race in the concurrency tests. */
    protected static final int RACERS = 32;

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123Z");
    private static final Comparator<Audience> NEWEST_FIRST =
            Comparator.comparing(Audience::createdAt).thenComparing(audience -> audience.id().value()).reversed();

    private Storage storage;
    private ExecutorService pool;

    protected abstract Storage newStorage();

    @BeforeEach
    void setUp() {
        storage = newStorage();
        pool = Executors.newFixedThreadPool(RACERS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private AccountGroup storedGroup(Plan plan, boolean linkedin) {
        AccountGroup group = Fixtures.accountGroup(plan, linkedin);
        storage.accountGroups().insert(group);
        return group;
    }

    private static CreateAudience createAudience(Storage storage, long seed) {
        return new CreateAudienceService(storage.audiences(), new SeededIdSource(seed),
                Clock.fixed(NOW, ZoneOffset.UTC), PlanCatalog.defaults());
    }

    @Test
    void anAddedAudienceReadsBackFieldForField() {
        AccountGroup group = storedGroup(Plan.STARTER, true);
        String name = "Q1 webinar — Zürich 😀 ＡＢＣ";
        Audience audience = Audience.create(new AudienceId(Fixtures.newHexId()), group.id(),
                AudienceDraft.of(name, "line one\nline two\t😀", "monitoring"), Instant.parse("2026-11-26T23:59:59.987654Z"));

        Audience stored = storage.audiences().add(group.id(), audience.nameKey(), snapshot -> audience);

        assertThat(stored).isEqualTo(audience);
        Audience found = storage.audiences().find(group.id(), audience.id()).orElseThrow();
        assertThat(found).isEqualTo(audience);
        assertThat(found.name().value()).isEqualTo(name);
        assertThat(found.createdAt()).isEqualTo(Instant.parse("2026-11-26T23:59:59.987Z"));
    }

    @Test
    void anAudienceIsNotFoundInAnotherAccountGroup() {
        AccountGroup group = storedGroup(Plan.STARTER, true);
        AccountGroup other = storedGroup(Plan.STARTER, true);
        Audience audience = Fixtures.audience(group.id(), "Leads", "on_demand", NOW);
        storage.audiences().add(group.id(), audience.nameKey(), snapshot -> audience);

        assertThat(storage.audiences().find(other.id(), audience.id())).isEmpty();
        assertThat(storage.audiences().find(group.id(), new AudienceId(Fixtures.newHexId()))).isEmpty();
    }

    @Test
    void theAdmissionSeesTheGroupItsCountsAndWhetherTheNameIsTaken() {
        AccountGroup group = storedGroup(Plan.SCALE, true);
        add(group.id(), "Alpha", "monitoring");
        add(group.id(), "Beta", "on_demand");
        add(group.id(), "Gamma", "monitoring");
        AtomicReference<AccountGroupSnapshot> seen = new AtomicReference<>();

        assertThatThrownBy(() -> storage.audiences().add(group.id(), NameKey.of("  BETA "), snapshot -> {
            seen.set(snapshot);
            throw new IllegalStateException("refused by the test");
        })).hasMessage("refused by the test");

        assertThat(seen.get()).isEqualTo(new AccountGroupSnapshot(group, 3, 2, true));
    }

    @Test
    void aRefusedAdmissionStoresNothing() {
        AccountGroup group = storedGroup(Plan.STARTER, true);
        Audience audience = Fixtures.audience(group.id(), "Leads", "on_demand", NOW);

        assertThatThrownBy(() -> storage.audiences().add(group.id(), audience.nameKey(), snapshot -> {
            throw new RuleRefusal(CreationRule.AUDIENCE_LIMIT_REACHED, "test");
        })).isInstanceOf(RuleRefusal.class);

        assertThat(storage.audiences().find(group.id(), audience.id())).isEmpty();
        AtomicReference<AccountGroupSnapshot> seen = new AtomicReference<>();
        storage.audiences().add(group.id(), audience.nameKey(), snapshot -> {
            seen.set(snapshot);
            return audience;
        });
        assertThat(seen.get().audiences()).isZero();
    }

    @Test
    void addingToAnUnknownAccountGroupIsNotFound() {
        AccountGroupId unknown = new AccountGroupId(Fixtures.newHexId());
        Audience audience = Fixtures.audience(unknown, "Leads", "on_demand", NOW);

        assertThatThrownBy(() -> storage.audiences().add(unknown, audience.nameKey(), snapshot -> audience))
                .isInstanceOf(UnknownIdException.class);
    }

    @Test
    void aDuplicateNameKeyThatSlipsPastTheAdmissionIsStillRefusedAsNameTaken() {
        AccountGroup group = storedGroup(Plan.ENTERPRISE, true);
        add(group.id(), "Leads", "on_demand");
        Audience duplicate = Fixtures.audience(group.id(), "ＬＥＡＤＳ", "on_demand", NOW);

        assertThatThrownBy(() -> storage.audiences().add(group.id(), duplicate.nameKey(), snapshot -> duplicate))
                .isInstanceOfSatisfying(RuleRefusal.class,
                        e -> assertThat(e.rule()).isEqualTo(CreationRule.AUDIENCE_NAME_TAKEN));
        assertThat(storage.audiences().find(group.id(), duplicate.id())).isEmpty();
    }

    @Test
    void racingCreatesWithOneNameStoreExactlyOne() throws Exception {
        AccountGroup group = storedGroup(Plan.ENTERPRISE, true);

        Map<String, Integer> outcomes = race(i -> new CreateAudienceCommand(group.id(),
                AudienceDraft.of(i % 2 == 0 ? "Race" : "  RACE ", null, "on_demand")));

        assertThat(outcomes).isEqualTo(Map.of(Races.OK, 1, "AUDIENCE_NAME_TAKEN", RACERS - 1));
    }

    @Test
    void racingMonitoringCreatesStopAtThePlansMonitoringLimit() throws Exception {
        AccountGroup group = storedGroup(Plan.STARTER, true);

        Map<String, Integer> outcomes = race(i -> new CreateAudienceCommand(group.id(),
                AudienceDraft.of("Watch " + i, null, "monitoring")));

        assertThat(outcomes).isEqualTo(Map.of(Races.OK, 2, "MONITORING_LIMIT_REACHED", RACERS - 2));
    }

    @Test
    void racingCreatesStopAtThePlansAudienceLimit() throws Exception {
        AccountGroup group = storedGroup(Plan.TESTER, false);

        Map<String, Integer> outcomes = race(i -> new CreateAudienceCommand(group.id(),
                AudienceDraft.of("List " + i, null, "on_demand")));

        assertThat(outcomes).isEqualTo(Map.of(Races.OK, 5, "AUDIENCE_LIMIT_REACHED", RACERS - 5));
    }

    @Test
    void pagingNewestFirstWithEveryLimitFrom1To100YieldsEachAudienceOnceInOrderWhileAnotherThreadCreates()
            throws Exception {
        AccountGroup group = storedGroup(Plan.ENTERPRISE, true);
        AccountGroup other = storedGroup(Plan.ENTERPRISE, true);
        List<Audience> expected = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            // Ten audiences per millisecond: the id must break the ties.
            Audience audience = Fixtures.audience(group.id(), "Audience " + i, i % 7 == 0 ? "monitoring" : "on_demand",
                    NOW.plusMillis(i / 10));
            storage.audiences().add(group.id(), audience.nameKey(), snapshot -> audience);
            expected.add(audience);
        }
        add(other.id(), "Elsewhere", "on_demand");
        expected.sort(NEWEST_FIRST);

        // Meanwhile, new audiences keep arriving, at times anywhere in the listed range and after it.
        AtomicBoolean done = new AtomicBoolean();
        Future<Integer> creator = pool.submit(() -> {
            int created = 0;
            SplittableRandom random = new SplittableRandom(42);
            while (!done.get() && created < 300) {
                Audience newcomer = Fixtures.audience(group.id(), "Newcomer " + created++, "on_demand",
                        NOW.plusMillis(random.nextInt(40)));
                storage.secondInstance().audiences().add(group.id(), newcomer.nameKey(), snapshot -> newcomer);
            }
            return created;
        });
        try {
            for (int limit = 1; limit <= 100; limit++) {
                List<Audience> seen = pageThrough(group.id(), limit);
                assertThat(seen).as("limit %d", limit).doesNotHaveDuplicates().isSortedAccordingTo(NEWEST_FIRST);
                assertThat(seen.stream().filter(expected::contains).toList()).as("limit %d", limit)
                        .containsExactlyElementsOf(expected);
            }
        } finally {
            done.set(true);
        }
        assertThat(creator.get(60, TimeUnit.SECONDS)).as("audiences created while paging").isPositive();
    }

    private List<Audience> pageThrough(AccountGroupId group, int limit) {
        List<Audience> seen = new ArrayList<>();
        Optional<AudiencePosition> after = Optional.empty();
        while (true) {
            List<Audience> page = storage.audiences().listNewestFirst(group, after, limit);
            assertThat(page.size()).isLessThanOrEqualTo(limit);
            seen.addAll(page);
            if (page.size() < limit) {
                return seen;
            }
            after = Optional.of(AudiencePosition.of(page.get(page.size() - 1)));
        }
    }

    private void add(AccountGroupId group, String name, String type) {
        Audience audience = Fixtures.audience(group, name, type, NOW);
        storage.audiences().add(group, audience.nameKey(), snapshot -> audience);
    }

    /**
     * Runs {@value #RACERS} creations at once, alternating between this store and its second
     * instance, and counts the outcomes: {@code OK} or the refusal's code. Anything else
     * (a storage error, say) is counted under its class name and so fails the test's comparison.
     */
    private Map<String, Integer> race(IntFunction<CreateAudienceCommand> command) throws Exception {
        long seed = ThreadLocalRandom.current().nextLong();
        List<CreateAudience> instances = List.of(
                createAudience(storage, seed), createAudience(storage.secondInstance(), seed + 1));
        return Races.run(pool, RACERS, racer -> () -> instances.get(racer % 2).create(command.apply(racer)));
    }
}
