package io.audiences.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.UseCases;
import io.audiences.application.command.AddProspectsCommand;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.command.ListProspectsQuery;
import io.audiences.application.command.ProspectBatchResult;
import io.audiences.application.command.ProspectPage;
import io.audiences.application.command.ProspectsRemoved;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.IdempotentRun;
import io.audiences.application.command.KeptOutcome;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.domain.prospect.Company;
import io.audiences.domain.prospect.LinkedinUrl;
import io.audiences.domain.prospect.Prospect;
import io.audiences.domain.prospect.ProspectBatch;
import io.audiences.domain.prospect.ProspectDraft;
import io.audiences.domain.prospect.ProspectId;
import io.audiences.domain.prospect.ProspectPosition;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the prospect use cases (batch add, list, get, remove) do over any storage, including the
 * audience's count and its plan's limit under races between two instances of the store.
 */
public abstract class ProspectsContract {

    private static final int RACERS = 16;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:15:30.123Z"));
    private Storage storage;
    private UseCases first;
    private UseCases second;
    private ExecutorService pool;

    protected abstract Storage newStorage();

    @BeforeEach
    void setUp() {
        storage = newStorage();
        long seed = ThreadLocalRandom.current().nextLong();
        first = UseCases.over(storage, clock, new SeededIdSource(seed), PlanCatalog.defaults());
        second = UseCases.over(storage.secondInstance(), clock, new SeededIdSource(seed + 1), PlanCatalog.defaults());
        pool = Executors.newFixedThreadPool(RACERS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void aBatchAddsNewProspectsAndTellsEachItemsOutcomeByIndex() {
        Audience audience = audience(Plan.STARTER);
        ProspectBatchResult before = add(audience, byUrl("https://www.linkedin.com/in/avery-stone"), byEmail("sam@acme.io"));

        ProspectBatchResult result = add(audience,
                byUrl("HTTPS://LinkedIn.com/in/Avery-Stone/?trk=x"),
                byEmail("  SAM@ACME.IO "),
                new ProspectBatch.Malformed("email: must be an email address"),
                byUrl("https://www.linkedin.com/in/jo-park"),
                byUrl("https://fr.linkedin.com/in/jo-park#top"));

        assertThat(before.added()).extracting(ProspectBatchResult.Added::index).containsExactly(0, 1);
        Prospect jo = result.added().get(0).prospect();
        assertThat(result.added()).extracting(ProspectBatchResult.Added::index).containsExactly(3);
        assertThat(jo.details().linkedinUrl().url()).isEqualTo("https://www.linkedin.com/in/jo-park");
        assertThat(jo.addedAt()).isEqualTo(clock.instant());
        assertThat(result.alreadyPresent()).containsExactly(
                new ProspectBatchResult.AlreadyPresent(0, before.added().get(0).prospect().id()),
                new ProspectBatchResult.AlreadyPresent(1, before.added().get(1).prospect().id()),
                new ProspectBatchResult.AlreadyPresent(4, jo.id()));
        assertThat(result.rejected()).containsExactly(
                new ProspectBatchResult.Rejected(2, "VALIDATION_ERROR", "email: must be an email address"));
        assertThat(result.prospectCount()).isEqualTo(3);
        assertThat(first.getAudience().get(audience.accountGroupId(), audience.id()).prospectCount()).isEqualTo(3);
        assertThat(first.getProspect().get(audience.accountGroupId(), audience.id(), jo.id())).isEqualTo(jo);
    }

    @Test
    void theSamePersonInTwoAudiencesIsTwoProspects() {
        Audience one = audience(Plan.STARTER);
        Audience two = create(one.accountGroupId(), "Second");

        Prospect inOne = add(one, byEmail("sam@acme.io")).added().get(0).prospect();
        Prospect inTwo = add(two, byEmail("sam@acme.io")).added().get(0).prospect();

        assertThat(inOne.id()).isNotEqualTo(inTwo.id());
        assertThatThrownBy(() -> first.getProspect().get(one.accountGroupId(), two.id(), inOne.id()))
                .isInstanceOf(UnknownIdException.class);
    }

    @Test
    void itemsBeyondThePlansLimitAreRejectedInInputOrder() {
        Audience audience = audience(Plan.TESTER);
        addNew(audience, 97);
        Prospect held = list(audience, Optional.empty(), 1).items().get(0);

        ProspectBatchResult result = add(audience, byUrl(url("new-1")), byEmail(held.details().email().value().toUpperCase()),
                byUrl(url("new-2")), byUrl(url("new-3")), byUrl(url("new-4")), byUrl(url("new-5")));

        assertThat(result.added()).extracting(ProspectBatchResult.Added::index).containsExactly(0, 2, 3);
        assertThat(result.alreadyPresent()).extracting(ProspectBatchResult.AlreadyPresent::index).containsExactly(1);
        assertThat(result.rejected()).containsExactly(new ProspectBatchResult.Rejected(4, "PROSPECT_LIMIT_REACHED", null),
                new ProspectBatchResult.Rejected(5, "PROSPECT_LIMIT_REACHED", null));
        assertThat(result.prospectCount()).isEqualTo(100);
    }

    @Test
    void theListPagesNewestFirstWithoutGapsOrRepeatsWhileProspectsComeAndGo() {
        Audience audience = audience(Plan.STARTER);
        List<ProspectId> added = new ArrayList<>();
        for (int batch = 0; batch < 5; batch++) {
            added.addAll(addNew(audience, 9).added().stream().map(item -> item.prospect().id()).toList());
            clock.advance(Duration.ofMillis(batch % 2));
        }
        List<ProspectId> seen = new ArrayList<>();
        Optional<ProspectPosition> after = Optional.empty();
        do {
            ProspectPage page = list(audience, after, 7);
            seen.addAll(page.items().stream().map(Prospect::id).toList());
            after = page.next();
            clock.advance(Duration.ofMillis(1));
            addNew(audience, 1);
        } while (after.isPresent());

        assertThat(seen).containsExactlyInAnyOrderElementsOf(added).doesNotHaveDuplicates();
        List<ProspectPosition> positions = list(audience, Optional.empty(), 100).items().stream().map(ProspectPosition::of).toList();
        assertThat(positions).isSortedAccordingTo(ProspectPosition.NEWEST_FIRST);
    }

    @Test
    void removalTellsRemovedFromNotFoundAndLowersTheCount() {
        Audience audience = audience(Plan.STARTER);
        List<ProspectId> ids = addNew(audience, 3).added().stream().map(item -> item.prospect().id()).toList();
        ProspectId unknown = new ProspectId(Fixtures.newHexId());

        ProspectsRemoved removed = first.removeProspects().remove(audience.accountGroupId(), audience.id(),
                List.of(ids.get(2), unknown, ids.get(0), ids.get(2)));

        assertThat(removed.removed()).containsExactly(ids.get(2), ids.get(0));
        assertThat(removed.notFound()).containsExactly(unknown);
        assertThat(removed.prospectCount()).isEqualTo(1);
        assertThat(first.removeProspects().removeOne(audience.accountGroupId(), audience.id(), ids.get(1))).isZero();
        assertThatThrownBy(() -> first.removeProspects().removeOne(audience.accountGroupId(), audience.id(), ids.get(1)))
                .isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> first.getProspect().get(audience.accountGroupId(), audience.id(), ids.get(0)))
                .isInstanceOf(UnknownIdException.class);
        assertThat(first.getAudience().get(audience.accountGroupId(), audience.id()).prospectCount()).isZero();
        assertThat(add(audience, byUrl(url("p0"))).added()).hasSize(1);
    }

    @Test
    void anAudienceOfAnotherGroupOrNoneIsNotFoundForEveryStep() {
        Audience audience = audience(Plan.STARTER);
        ProspectId prospect = addNew(audience, 1).added().get(0).prospect().id();
        AccountGroupId other = group(Plan.STARTER);
        AudienceId missing = new AudienceId(Fixtures.newHexId());

        for (AccountGroupId group : List.of(other, audience.accountGroupId())) {
            AudienceId id = group.equals(other) ? audience.id() : missing;
            assertThatThrownBy(() -> first.addProspects().add(new AddProspectsCommand(group, id, List.of(byEmail("a@b.io")))))
                    .isInstanceOf(UnknownIdException.class);
            assertThatThrownBy(() -> first.listProspects().list(new ListProspectsQuery(group, id, Optional.empty(), 10)))
                    .isInstanceOf(UnknownIdException.class);
            assertThatThrownBy(() -> first.getProspect().get(group, id, prospect)).isInstanceOf(UnknownIdException.class);
            assertThatThrownBy(() -> first.removeProspects().remove(group, id, List.of(prospect)))
                    .isInstanceOf(UnknownIdException.class);
        }
        assertThat(first.getAudience().get(audience.accountGroupId(), audience.id()).prospectCount()).isEqualTo(1);
    }

    @Test
    void deletingAnAudienceDeletesItsProspects() {
        Audience audience = audience(Plan.STARTER);
        addNew(audience, 5);

        first.deleteAudience().delete(audience.accountGroupId(), audience.id());

        assertThatThrownBy(() -> list(audience, Optional.empty(), 10)).isInstanceOf(UnknownIdException.class);
        Audience again = create(audience.accountGroupId(), "Again");
        assertThat(add(again, byUrl(url("p0"))).added()).hasSize(1);
    }

    @Test
    void overlappingBatchesRacingOnTwoInstancesAddEachProspectOnce() throws Exception {
        Audience audience = audience(Plan.STARTER);
        List<ProspectBatch.Item> people = IntStream.range(0, 30).mapToObj(i -> byUrl(url("racer-" + i))).toList();

        Map<String, Integer> outcomes = Races.run(pool, RACERS, racer -> () -> {
            List<ProspectBatch.Item> shuffled = new ArrayList<>(people);
            Collections.shuffle(shuffled, new Random(racer));
            ProspectBatchResult result = instance(racer).addProspects().add(
                    new AddProspectsCommand(audience.accountGroupId(), audience.id(), shuffled));
            assertThat(result.added().size() + result.alreadyPresent().size()).isEqualTo(30);
            return result;
        });

        assertThat(outcomes).isEqualTo(Map.of(Races.OK, RACERS));
        assertCounted(audience, 30);
    }

    @Test
    void batchesRacingAtTheLimitNeverTakeTheAudienceOverIt() throws Exception {
        Audience audience = audience(Plan.TESTER);
        addNew(audience, 40);
        Map<Integer, Integer> addedByRacer = new java.util.concurrent.ConcurrentHashMap<>();

        Map<String, Integer> outcomes = Races.run(pool, RACERS, racer -> () -> {
            List<ProspectBatch.Item> items = IntStream.range(0, 10).mapToObj(i -> byEmail("r" + racer + "-" + i + "@acme.io")).toList();
            ProspectBatchResult result = instance(racer).addProspects().add(
                    new AddProspectsCommand(audience.accountGroupId(), audience.id(), items));
            addedByRacer.put(racer, result.added().size());
            assertThat(result.rejected()).allMatch(rejected -> rejected.code().equals("PROSPECT_LIMIT_REACHED"));
            return result;
        });

        assertThat(outcomes).isEqualTo(Map.of(Races.OK, RACERS));
        assertThat(addedByRacer.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
        assertCounted(audience, 100);
    }

    @Test
    void batchesRacingTheAudiencesDeleteEitherLandBeforeItOrFindNoAudience() throws Exception {
        Audience audience = audience(Plan.STARTER);

        Map<String, Integer> outcomes = Races.run(pool, RACERS, racer -> () -> {
            if (racer == RACERS / 2) {
                instance(racer).deleteAudience().delete(audience.accountGroupId(), audience.id());
                return null;
            }
            return instance(racer).addProspects().add(new AddProspectsCommand(audience.accountGroupId(), audience.id(),
                    List.of(byEmail("r" + racer + "@acme.io"))));
        });

        assertThat(outcomes.keySet()).isSubsetOf(Races.OK, "NOT_FOUND");
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(RACERS);
        assertThatThrownBy(() -> list(audience, Optional.empty(), 10)).isInstanceOf(UnknownIdException.class);
    }

    /** Kept as JSON in a database: the replay is the result as it was, every nested record rebuilt. */
    @Test
    void aBatchUnderAnIdempotencyKeyIsReplayedAsItWas() {
        Audience audience = audience(Plan.STARTER);
        add(audience, byEmail("held@acme.io"));
        AddProspectsCommand batch = new AddProspectsCommand(audience.accountGroupId(), audience.id(), List.of(
                valid(Map.of("linkedinUrl", "https://www.linkedin.com/in/J%C3%BCrgen-M", "firstName", "Jürgen",
                        "company.name", "Acme", "company.domain", "acme.io")),
                byEmail("HELD@acme.io"), new ProspectBatch.Malformed("email: is not an email")));
        IdempotencyScope scope = new IdempotencyScope("000000000000000000000001", audience.accountGroupId(), "prospects",
                new IdempotencyKey("batch-1"));

        IdempotentRun<ProspectBatchResult> run = first.idempotency().once(scope, "body", Duration.ofHours(1),
                ProspectBatchResult.class, () -> first.addProspects().add(batch));
        IdempotentRun<ProspectBatchResult> replay = second.idempotency().once(scope, "body", Duration.ofHours(1),
                ProspectBatchResult.class, () -> {
                    throw new AssertionError("a replay runs nothing");
                });

        ProspectBatchResult result = ((IdempotentRun.Ran<ProspectBatchResult>) run).created();
        assertThat(replay).isEqualTo(new IdempotentRun.Replayed<>(new KeptOutcome.Created<>(result)));
        assertThat(result.added().get(0).prospect().details().company()).isEqualTo(new Company("Acme", "acme.io"));
    }

    /** Lower-casing a dotted capital I makes two characters: the longest keys still fit where they are kept. */
    @Test
    void prospectsWithTheLongestKeysAreStoredAndFoundAgain() {
        Audience audience = audience(Plan.STARTER);
        String slug = "İ".repeat(LinkedinUrl.MAX_SLUG_LENGTH);
        String email = "İ".repeat(240) + "@acme.io";

        ProspectBatchResult first = add(audience, byUrl(url(slug)), byEmail(email));
        ProspectBatchResult again = add(audience, byUrl("https://linkedin.com/in/" + slug + "/"), byEmail(email.toUpperCase()));

        assertThat(first.added()).hasSize(2);
        assertThat(again.alreadyPresent()).hasSize(2);
        assertThat(list(audience, Optional.empty(), 10).items()).hasSize(2);
    }

    // --- helpers ---

    /** The count equals what the list pages through, on both instances. */
    private void assertCounted(Audience audience, int expected) {
        for (UseCases instance : List.of(first, second)) {
            assertThat(instance.getAudience().get(audience.accountGroupId(), audience.id()).prospectCount()).isEqualTo(expected);
            assertThat(instance.listProspects().list(new ListProspectsQuery(audience.accountGroupId(), audience.id(),
                    Optional.empty(), 100)).items()).hasSize(Math.min(expected, 100));
        }
        List<ProspectId> all = new ArrayList<>();
        Optional<ProspectPosition> after = Optional.empty();
        do {
            ProspectPage page = list(audience, after, 100);
            all.addAll(page.items().stream().map(Prospect::id).toList());
            after = page.next();
        } while (after.isPresent());
        assertThat(all).hasSize(expected).doesNotHaveDuplicates();
    }

    private UseCases instance(int racer) {
        return racer % 2 == 0 ? first : second;
    }

    private AccountGroupId group(Plan plan) {
        AccountGroup group = Fixtures.accountGroup(plan, true);
        storage.accountGroups().insert(group);
        return group.id();
    }

    private Audience audience(Plan plan) {
        return create(group(plan), "Leads");
    }

    private Audience create(AccountGroupId group, String name) {
        return first.createAudience().create(new CreateAudienceCommand(group, AudienceDraft.of(name, null, "on_demand")));
    }

    private ProspectBatchResult add(Audience audience, ProspectBatch.Item... items) {
        return first.addProspects().add(new AddProspectsCommand(audience.accountGroupId(), audience.id(), List.of(items)));
    }

    /** {@code count} new prospects, known by email. */
    private ProspectBatchResult addNew(Audience audience, int count) {
        String batch = Fixtures.newHexId();
        return add(audience, IntStream.range(0, count).mapToObj(i -> byEmail("p" + i + "@" + batch + ".io"))
                .toArray(ProspectBatch.Item[]::new));
    }

    private ProspectPage list(Audience audience, Optional<ProspectPosition> after, int limit) {
        return first.listProspects().list(new ListProspectsQuery(audience.accountGroupId(), audience.id(), after, limit));
    }

    private static String url(String slug) {
        return "https://www.linkedin.com/in/" + slug;
    }

    private static ProspectBatch.Item byUrl(String url) {
        return valid(Map.of("linkedinUrl", url));
    }

    private static ProspectBatch.Item byEmail(String email) {
        return valid(Map.of("email", email));
    }

    private static ProspectBatch.Item valid(Map<String, String> fields) {
        return new ProspectBatch.Valid(ProspectDraft.of(new HashMap<>(fields)));
    }
}
