package io.audiences.application.contract;

import io.audiences.domain.audience.Name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.UseCases;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.command.CreateFolderCommand;
import io.audiences.application.command.ListAudiencesQuery;
import io.audiences.application.command.Navigation;
import io.audiences.application.command.Navigation.FolderContents;
import io.audiences.application.command.UpdateAudienceCommand;
import io.audiences.domain.DomainRefusal;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceChanges;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderDraft;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.folder.FolderPolicy;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the lifecycle use cases (rename, delete, folders, filing, navigation) do over any storage,
 * including the rules under races. The races alternate between the store and its
 * {@link Storage#secondInstance()}, as two service instances would.
 */
public abstract class LifecycleContract {

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
        first = over(storage, seed);
        second = over(storage.secondInstance(), seed + 1);
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

    // --- audiences ---

    @Test
    void aRenameChangesTheNameAndKeepsEverythingElse() {
        AccountGroupId group = group(Plan.STARTER);
        Audience audience = create(group, "Leads", "on_demand", "From the webinar");

        Audience renamed = first.updateAudience().update(rename(group, audience, "  Hot leads "));

        assertThat(renamed.name().value()).isEqualTo("Hot leads");
        assertThat(renamed).isEqualTo(audience.described(renamed.name(), audience.description()));
        assertThat(first.getAudience().get(group, audience.id())).isEqualTo(renamed);
    }

    @Test
    void aDescriptionLeftOutIsKeptAndNullOrBlankClearsIt() {
        AccountGroupId group = group(Plan.STARTER);
        Audience audience = create(group, "Leads", "on_demand", "From the webinar");

        Audience kept = first.updateAudience().update(new UpdateAudienceCommand(group, audience.id(),
                AudienceChanges.of(true, "Leads 2", false, null)));
        Audience cleared = first.updateAudience().update(new UpdateAudienceCommand(group, audience.id(),
                AudienceChanges.of(false, null, true, "   ")));

        assertThat(kept.description().value()).isEqualTo("From the webinar");
        assertThat(cleared.description()).isNull();
        assertThat(cleared.name().value()).isEqualTo("Leads 2");
    }

    @Test
    void renamingToAnotherAudiencesNameIsRefusedAndToAnotherSpellingOfItsOwnIsNot() {
        AccountGroupId group = group(Plan.STARTER);
        Audience leads = create(group, "Q1 Leads", "on_demand", null);
        create(group, "Webinar", "on_demand", null);

        assertRefused(() -> first.updateAudience().update(rename(group, leads, "WEBINAR")), "AUDIENCE_NAME_TAKEN");
        Audience respelt = first.updateAudience().update(rename(group, leads, "q1  leads"));

        assertThat(respelt.name().value()).isEqualTo("q1  leads");
        assertRefused(() -> create(group, "Q1 LEADS", "on_demand", null), "AUDIENCE_NAME_TAKEN");
    }

    @Test
    void anAudienceOfAnotherGroupIsNotFoundForEveryChange() {
        AccountGroupId group = group(Plan.STARTER);
        AccountGroupId other = group(Plan.STARTER);
        Audience audience = create(group, "Leads", "on_demand", null);
        Folder folder = createFolder(other, "Folder", "on_demand");

        assertThatThrownBy(() -> first.updateAudience().update(rename(other, audience, "X"))).isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> first.deleteAudience().delete(other, audience.id())).isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> first.fileAudience().moveToFolder(other, audience.id(), folder.id()))
                .isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> first.fileAudience().removeFromFolder(other, audience.id()))
                .isInstanceOf(UnknownIdException.class);
        assertThat(first.getAudience().get(group, audience.id())).isEqualTo(audience);
    }

    @Test
    void aDeleteFreesThePlaceAndTheNameAtOnceAndASecondDeleteIsNotFound() {
        AccountGroupId group = group(Plan.TESTER);
        List<Audience> audiences = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            audiences.add(create(group, "List " + i, "on_demand", null));
        }
        assertRefused(() -> create(group, "One more", "on_demand", null), "AUDIENCE_LIMIT_REACHED");

        first.deleteAudience().delete(group, audiences.get(0).id());

        assertThatThrownBy(() -> first.getAudience().get(group, audiences.get(0).id())).isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> first.deleteAudience().delete(group, audiences.get(0).id())).isInstanceOf(UnknownIdException.class);
        assertThat(create(group, "LIST 0", "on_demand", null).name().value()).isEqualTo("LIST 0");
        assertRefused(() -> create(group, "One more", "on_demand", null), "AUDIENCE_LIMIT_REACHED");
    }

    @Test
    void deletingAMonitoringAudienceFreesAMonitoringPlace() {
        AccountGroupId group = group(Plan.STARTER);
        Audience watch = create(group, "Watch 1", "monitoring", null);
        create(group, "Watch 2", "monitoring", null);
        assertRefused(() -> create(group, "Watch 3", "monitoring", null), "MONITORING_LIMIT_REACHED");

        first.deleteAudience().delete(group, watch.id());

        assertThat(create(group, "Watch 3", "monitoring", null).type()).isEqualTo(AudienceType.MONITORING);
    }

    // --- folders ---

    @Test
    void foldersTakeTheNextPositionAndStartUnpinned() {
        AccountGroupId group = group(Plan.STARTER);

        Folder a = createFolder(group, " Webinars ", "on_demand");
        Folder b = createFolder(group, "Watched", "monitoring");
        first.deleteFolder().delete(group, a.id());
        Folder c = createFolder(group, "Again", "on_demand");

        assertThat(a.name().value()).isEqualTo("Webinars");
        assertThat(List.of(a.position(), b.position(), c.position())).containsExactly(0L, 1L, 2L);
        assertThat(a.pinned()).isFalse();
        assertThat(a.createdAt()).isEqualTo(a.updatedAt()).isEqualTo(clock.instant());
        assertThat(first.getNavigation().navigation(group).folders()).extracting(FolderContents::folder)
                .containsExactly(b, c);
    }

    @Test
    void aFolderNameIsUniqueInItsGroupAsAudienceNamesAre() {
        AccountGroupId group = group(Plan.STARTER);
        AccountGroupId other = group(Plan.STARTER);
        createFolder(group, "Webinars", "on_demand");

        assertRefused(() -> createFolder(group, "  WEBINARS ", "monitoring"), "FOLDER_NAME_TAKEN");
        assertThat(createFolder(other, "Webinars", "on_demand").name().value()).isEqualTo("Webinars");
    }

    @Test
    void aGroupHoldsAtMostAHundredFolders() {
        AccountGroupId group = group(Plan.STARTER);
        for (int i = 0; i < FolderPolicy.MAX_FOLDERS; i++) {
            createFolder(group, "Folder " + i, "on_demand");
        }

        assertRefused(() -> createFolder(group, "Folder 0", "on_demand"), "FOLDER_LIMIT_REACHED");
    }

    @Test
    void aRenameMovesUpdatedAtOnAndKeepsNamesUnique() {
        AccountGroupId group = group(Plan.STARTER);
        Folder webinars = createFolder(group, "Webinars", "on_demand");
        createFolder(group, "Events", "on_demand");
        clock.advance(Duration.ofSeconds(5));

        Folder renamed = first.renameFolder().rename(group, webinars.id(), new Name("webinars"));

        assertThat(renamed.name().value()).isEqualTo("webinars");
        assertThat(renamed.updatedAt()).isEqualTo(webinars.createdAt().plusSeconds(5));
        assertThat(renamed.createdAt()).isEqualTo(webinars.createdAt());
        assertRefused(() -> first.renameFolder().rename(group, webinars.id(), new Name("EVENTS")), "FOLDER_NAME_TAKEN");
        assertThatThrownBy(() -> first.renameFolder().rename(group(Plan.STARTER), webinars.id(), new Name("X")))
                .isInstanceOf(UnknownIdException.class);
    }

    @Test
    void audiencesMoveIntoFoldersOfTheirTypeInTheirGroupOnly() {
        AccountGroupId group = group(Plan.STARTER);
        AccountGroupId other = group(Plan.STARTER);
        Audience leads = create(group, "Leads", "on_demand", null);
        Folder webinars = createFolder(group, "Webinars", "on_demand");
        Folder watched = createFolder(group, "Watched", "monitoring");
        Folder elsewhere = createFolder(other, "Elsewhere", "on_demand");

        assertRefused(() -> first.fileAudience().moveToFolder(group, leads.id(), watched.id()), "FOLDER_TYPE_MISMATCH");
        assertRefused(() -> first.fileAudience().moveToFolder(group, leads.id(), elsewhere.id()), "FOLDER_NOT_FOUND");
        assertRefused(() -> first.fileAudience().moveToFolder(group, leads.id(), new FolderId(Fixtures.newHexId())),
                "FOLDER_NOT_FOUND");
        Audience moved = first.fileAudience().moveToFolder(group, leads.id(), webinars.id());
        Audience again = first.fileAudience().moveToFolder(group, leads.id(), webinars.id());

        assertThat(moved.folderId()).isEqualTo(webinars.id().value());
        assertThat(again).isEqualTo(moved);
        assertThat(first.getAudience().get(group, leads.id()).folderId()).isEqualTo(webinars.id().value());
        assertThat(first.fileAudience().removeFromFolder(group, leads.id()).folderId()).isNull();
        assertThat(first.fileAudience().removeFromFolder(group, leads.id())).isEqualTo(leads);
    }

    @Test
    void deletingAFolderLeavesItsAudiencesUngroupedAndASecondDeleteIsNotFound() {
        AccountGroupId group = group(Plan.STARTER);
        Folder webinars = createFolder(group, "Webinars", "on_demand");
        Audience leads = create(group, "Leads", "on_demand", null);
        first.fileAudience().moveToFolder(group, leads.id(), webinars.id());

        first.deleteFolder().delete(group, webinars.id());

        assertThat(first.getAudience().get(group, leads.id())).isEqualTo(leads);
        assertThatThrownBy(() -> first.deleteFolder().delete(group, webinars.id())).isInstanceOf(UnknownIdException.class);
        assertRefused(() -> first.fileAudience().moveToFolder(group, leads.id(), webinars.id()), "FOLDER_NOT_FOUND");
        assertThat(createFolder(group, "Webinars", "on_demand").name().value()).isEqualTo("Webinars");
    }

    // --- navigation ---

    @Test
    void navigationShowsFoldersByPositionWithTheirAudiencesAndTheUngroupedOnesNewestFirst() {
        AccountGroupId group = group(Plan.STARTER);
        Folder webinars = createFolder(group, "Webinars", "on_demand");
        Folder empty = createFolder(group, "Empty", "monitoring");
        List<Audience> created = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMillis(1));
            created.add(create(group, "Audience " + i, "on_demand", null));
        }
        for (int i : new int[] {1, 3, 4}) {
            created.set(i, first.fileAudience().moveToFolder(group, created.get(i).id(), webinars.id()));
        }
        create(group(Plan.STARTER), "Elsewhere", "on_demand", null);

        Navigation navigation = first.getNavigation().navigation(group);

        assertThat(navigation.folders()).containsExactly(
                new FolderContents(webinars, List.of(created.get(4), created.get(3), created.get(1))),
                new FolderContents(empty, List.of()));
        assertThat(navigation.ungrouped()).containsExactly(created.get(5), created.get(2), created.get(0));
        assertThat(first.getNavigation().navigation(group(Plan.STARTER))).isEqualTo(new Navigation(List.of(), List.of()));
    }

    @Test
    void theNavigationShowsEveryAudienceOnceWhileAudiencesMoveIntoNewFolders() throws Exception {
        AccountGroupId group = group(Plan.SCALE);
        List<AudienceId> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(create(group, "Audience " + i, "on_demand", null).id());
        }
        AtomicBoolean done = new AtomicBoolean();
        Future<Integer> mover = pool.submit(() -> {
            int moves = 0;
            while (!done.get() && moves < 2_000) {
                // A folder that did not exist a moment ago, an audience moved in, the folder deleted.
                Folder folder = second.createFolder().create(new CreateFolderCommand(group,
                        FolderDraft.of("Moving " + moves, "on_demand")));
                second.fileAudience().moveToFolder(group, ids.get(moves % ids.size()), folder.id());
                second.deleteFolder().delete(group, folder.id());
                moves++;
            }
            return moves;
        });
        try {
            for (int read = 0; read < 200; read++) {
                Navigation navigation = first.getNavigation().navigation(group);
                List<AudienceId> seen = new ArrayList<>();
                navigation.folders().forEach(contents -> contents.audiences().forEach(audience -> {
                    assertThat(audience.folderId()).isEqualTo(contents.folder().id().value());
                    seen.add(audience.id());
                }));
                navigation.ungrouped().forEach(audience -> seen.add(audience.id()));
                assertThat(seen).as("read %d", read).containsExactlyInAnyOrderElementsOf(ids);
            }
        } finally {
            done.set(true);
        }
        assertThat(mover.get(60, TimeUnit.SECONDS)).as("moves while reading").isPositive();
    }

    // --- races ---

    @Test
    void racingRenamesToOneFreeNameLetExactlyOneWin() throws Exception {
        AccountGroupId group = group(Plan.SCALE);
        List<Audience> audiences = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            audiences.add(create(group, "Audience " + i, "on_demand", null));
        }

        Map<String, Integer> outcomes = race(i -> () -> instance(i).updateAudience()
                .update(rename(group, audiences.get(i), i % 2 == 0 ? "Winner" : " WINNER ")));

        assertThat(outcomes).isEqualTo(Map.of(Races.OK, 1, "AUDIENCE_NAME_TAKEN", RACERS - 1));
    }

    @Test
    void aRenameRacingCreatesOfTheSameNameLetsExactlyOneWin() throws Exception {
        AccountGroupId group = group(Plan.SCALE);
        Audience audience = create(group, "Before", "on_demand", null);

        Map<String, Integer> outcomes = race(i -> i == 0
                ? () -> instance(i).updateAudience().update(rename(group, audience, "Contested"))
                : () -> create(instance(i), group, "contested", "on_demand"));

        assertThat(outcomes).isEqualTo(Map.of(Races.OK, 1, "AUDIENCE_NAME_TAKEN", RACERS - 1));
    }

    @Test
    void deletesRacingCreatesAtTheLimitNeverLeaveTheGroupOverIt() throws Exception {
        AccountGroupId group = group(Plan.TESTER);
        List<Audience> audiences = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            audiences.add(create(group, "List " + i, "on_demand", null));
        }

        Map<String, Integer> outcomes = race(i -> i < 3
                ? () -> { instance(i).deleteAudience().delete(group, audiences.get(i).id()); return null; }
                : () -> create(instance(i), group, "New " + i, "on_demand"));

        int created = outcomes.get(Races.OK) - 3;
        assertThat(created).isBetween(0, 3);
        assertThat(outcomes.getOrDefault("AUDIENCE_LIMIT_REACHED", 0)).isEqualTo(RACERS - 3 - created);
        assertThat(first.listAudiences().list(new ListAudiencesQuery(group, Optional.empty(), 100)).items())
                .hasSize(5 - 3 + created);
    }

    @Test
    void movesRacingTheirFoldersDeleteLeaveNoAudienceInAMissingFolder() throws Exception {
        AccountGroupId group = group(Plan.SCALE);
        Folder folder = createFolder(group, "Doomed", "on_demand");
        List<Audience> audiences = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            audiences.add(create(group, "Audience " + i, "on_demand", null));
        }

        Map<String, Integer> outcomes = race(i -> i == RACERS / 2
                ? () -> { instance(i).deleteFolder().delete(group, folder.id()); return null; }
                : () -> instance(i).fileAudience().moveToFolder(group, audiences.get(i).id(), folder.id()));

        assertThat(outcomes.get(Races.OK) + outcomes.getOrDefault("FOLDER_NOT_FOUND", 0)).isEqualTo(RACERS);
        Navigation navigation = first.getNavigation().navigation(group);
        assertThat(navigation.folders()).isEmpty();
        assertThat(navigation.ungrouped()).hasSize(RACERS).allSatisfy(audience -> assertThat(audience.folderId()).isNull());
    }

    @Test
    void racingFolderCreatesStopAtTheLimitAndAtOneName() throws Exception {
        AccountGroupId group = group(Plan.STARTER);
        for (int i = 0; i < FolderPolicy.MAX_FOLDERS - 3; i++) {
            createFolder(group, "Folder " + i, "on_demand");
        }

        Map<String, Integer> outcomes = race(i -> () -> instance(i).createFolder().create(new CreateFolderCommand(group,
                FolderDraft.of(i < 4 ? "Same" : "Racer " + i, "on_demand"))));

        assertThat(outcomes.get(Races.OK)).isEqualTo(3);
        assertThat(outcomes.keySet()).isSubsetOf(Races.OK, "FOLDER_NAME_TAKEN", "FOLDER_LIMIT_REACHED");
        List<Folder> folders = first.getNavigation().navigation(group).folders().stream().map(FolderContents::folder).toList();
        assertThat(folders).hasSize(FolderPolicy.MAX_FOLDERS).extracting(Folder::position).doesNotHaveDuplicates();
        assertThat(folders).filteredOn(folder -> folder.name().value().equals("Same")).hasSizeLessThanOrEqualTo(1);
    }

    // --- helpers ---

    private UseCases instance(int racer) {
        return racer % 2 == 0 ? first : second;
    }

    private AccountGroupId group(Plan plan) {
        AccountGroup group = Fixtures.accountGroup(plan, true);
        storage.accountGroups().insert(group);
        return group.id();
    }

    private Audience create(AccountGroupId group, String name, String type, String description) {
        return first.createAudience().create(new CreateAudienceCommand(group, AudienceDraft.of(name, description, type)));
    }

    private static Audience create(UseCases instance, AccountGroupId group, String name, String type) {
        return instance.createAudience().create(new CreateAudienceCommand(group, AudienceDraft.of(name, null, type)));
    }

    private Folder createFolder(AccountGroupId group, String name, String type) {
        return first.createFolder().create(new CreateFolderCommand(group, FolderDraft.of(name, type)));
    }

    private static UpdateAudienceCommand rename(AccountGroupId group, Audience audience, String name) {
        return new UpdateAudienceCommand(group, audience.id(), AudienceChanges.of(true, name, false, null));
    }

    /** Runs {@code action}, expecting the refusal {@code code}; or success when {@code code} is null. */
    private static void assertRefused(Runnable action, String code) {
        if (code == null) {
            action.run();
            return;
        }
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainRefusal.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    private Map<String, Integer> race(IntFunction<Callable<?>> action) throws Exception {
        return Races.run(pool, RACERS, action);
    }
}
