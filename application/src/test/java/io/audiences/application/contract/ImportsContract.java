package io.audiences.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.UseCases;
import io.audiences.application.command.AddProspectsCommand;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.command.ImportRow;
import io.audiences.application.command.ListProspectsQuery;
import io.audiences.application.command.StartImportCommand;
import io.audiences.application.command.UpdateAudienceCommand;
import io.audiences.application.service.RunImportService;
import io.audiences.domain.DomainRefusal;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceChanges;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.domain.prospect.ImportError;
import io.audiences.domain.prospect.ImportFormat;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.ImportState;
import io.audiences.domain.prospect.ProspectBatch;
import io.audiences.domain.prospect.ProspectDraft;
import io.audiences.domain.prospect.ProspectId;
import io.audiences.domain.prospect.ProspectImport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What imports do over any storage (prospects.md, section 5): rows judged as batch items, counters
 * and errors, the audience held off while an import is queued or running, cancel, and every row
 * counted once however many workers run an import at once, on two instances of the store.
 */
public abstract class ImportsContract {

    private static final int RACERS = 8;

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
    void anImportIsQueuedThenJudgesItsRowsAsABatchWould() {
        Audience audience = audience(Plan.STARTER);
        addByEmail(audience, "held@acme.io");

        ProspectImport queued = start(audience, rows(email("a@acme.io"), email("HELD@acme.io"), new ProspectBatch.Malformed("email: x"),
                email("A@ACME.IO"), email("b@acme.io")));
        first.runImport().run(queued.id());
        ProspectImport done = first.getImport().get(audience.accountGroupId(), audience.id(), queued.id());

        assertThat(queued.state()).isEqualTo(ImportState.QUEUED);
        assertThat(queued.rows()).isZero();
        assertThat(done.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(List.of(done.rows(), done.added(), done.alreadyPresent(), done.rejected())).containsExactly(5L, 2L, 2L, 1L);
        assertThat(done.errors()).containsExactly(new ImportError(3L, "VALIDATION_ERROR", "email: x"));
        assertThat(done.startedAt()).isEqualTo(clock.instant());
        assertThat(done.finishedAt()).isEqualTo(clock.instant());
        assertThat(first.getAudience().get(audience.accountGroupId(), audience.id()).prospectCount()).isEqualTo(3);
        assertThat(storage.importQueue() instanceof ManualImportQueue manual ? manual.enqueued() : List.of(queued.id()))
                .contains(queued.id());
    }

    @Test
    void whileAnImportIsQueuedTheAudienceRefusesItsChangesButCanBeRead() {
        Audience audience = audience(Plan.STARTER);
        ProspectId held = addByEmail(audience, "held@acme.io");
        ProspectImport queued = start(audience, rows(email("a@acme.io")));

        for (Runnable change : List.<Runnable>of(
                () -> addByEmail(audience, "b@acme.io"),
                () -> first.removeProspects().remove(audience.accountGroupId(), audience.id(), List.of(held)),
                () -> first.listProspects().list(new ListProspectsQuery(audience.accountGroupId(), audience.id(), Optional.empty(), 10)),
                () -> start(audience, rows(email("c@acme.io"))),
                () -> first.updateAudience().update(new UpdateAudienceCommand(audience.accountGroupId(), audience.id(),
                        AudienceChanges.of(true, "Renamed", false, null))),
                () -> first.deleteAudience().delete(audience.accountGroupId(), audience.id()),
                () -> first.fileAudience().removeFromFolder(audience.accountGroupId(), audience.id()))) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainRefusal.class,
                    refused -> assertThat(refused.code()).isEqualTo("AUDIENCE_NOT_READY"));
        }
        assertThat(first.getAudience().get(audience.accountGroupId(), audience.id()).prospectCount()).isEqualTo(1);
        assertThat(first.getProspect().get(audience.accountGroupId(), audience.id(), held).id()).isEqualTo(held);

        second.runImport().run(queued.id());

        addByEmail(audience, "b@acme.io");
        first.deleteAudience().delete(audience.accountGroupId(), audience.id());
        assertThatThrownBy(() -> first.getImport().get(audience.accountGroupId(), audience.id(), queued.id()))
                .isInstanceOf(UnknownIdException.class);
    }

    @Test
    void aCancelledImportAddsNothingMoreAndASecondCancelIsAConflict() {
        Audience audience = audience(Plan.STARTER);
        ProspectImport queued = start(audience, rows(email("a@acme.io"), email("b@acme.io")));

        ProspectImport cancelled = first.cancelImport().cancel(audience.accountGroupId(), audience.id(), queued.id());
        first.runImport().run(queued.id());

        assertThat(cancelled.state()).isEqualTo(ImportState.CANCELLED);
        assertThat(cancelled.finishedAt()).isEqualTo(clock.instant());
        assertThat(first.getImport().get(audience.accountGroupId(), audience.id(), queued.id())).isEqualTo(cancelled);
        assertThat(first.getAudience().get(audience.accountGroupId(), audience.id()).prospectCount()).isZero();
        assertThatThrownBy(() -> first.cancelImport().cancel(audience.accountGroupId(), audience.id(), queued.id()))
                .isInstanceOfSatisfying(DomainRefusal.class, refused -> assertThat(refused.code()).isEqualTo("IMPORT_ALREADY_FINISHED"));
        addByEmail(audience, "c@acme.io");
    }

    @Test
    void theLimitRejectsRowsInFileOrderAndOnlyTheFirstHundredErrorsAreKept() {
        Audience audience = audience(Plan.TESTER);
        List<ProspectBatch.Item> items = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            items.add(i < 30 ? new ProspectBatch.Malformed("email: bad " + i) : email("p" + i + "@acme.io"));
        }

        ProspectImport queued = start(audience, rows(items.toArray(ProspectBatch.Item[]::new)));
        first.runImport().run(queued.id());
        ProspectImport done = first.getImport().get(audience.accountGroupId(), audience.id(), queued.id());

        assertThat(List.of(done.rows(), done.added(), done.alreadyPresent(), done.rejected())).containsExactly(250L, 100L, 0L, 150L);
        assertThat(done.errors()).hasSize(ProspectImport.MAX_ERRORS);
        assertThat(done.errors().get(29)).isEqualTo(new ImportError(30L, "VALIDATION_ERROR", "email: bad 29"));
        assertThat(done.errors().get(30)).isEqualTo(new ImportError(131L, "PROSPECT_LIMIT_REACHED", null));
        assertThat(first.getAudience().get(audience.accountGroupId(), audience.id()).prospectCount()).isEqualTo(100);
    }

    @Test
    void workersRacingOnOneImportOnTwoInstancesCountEveryRowOnce() throws Exception {
        Audience audience = audience(Plan.ENTERPRISE);
        ProspectImport queued = start(audience, rows(LongStream.range(0, 1000)
                .mapToObj(i -> email("p" + (i % 700) + "@acme.io")).toArray(ProspectBatch.Item[]::new)));

        Map<String, Integer> outcomes = Races.run(pool, RACERS, racer -> () -> {
            (racer % 2 == 0 ? first : second).runImport().run(queued.id());
            return null;
        });
        ProspectImport done = first.getImport().get(audience.accountGroupId(), audience.id(), queued.id());

        assertThat(outcomes).isEqualTo(Map.of(Races.OK, RACERS));
        assertThat(done.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(List.of(done.rows(), done.added(), done.alreadyPresent(), done.rejected())).containsExactly(1000L, 700L, 300L, 0L);
        assertThat(first.getAudience().get(audience.accountGroupId(), audience.id()).prospectCount()).isEqualTo(700);
    }

    @Test
    void aFailedImportSaysWhyKeepsItsRowsSoFarAndFreesTheAudience() {
        Audience audience = audience(Plan.STARTER);
        ProspectImport queued = start(audience, rows(email("a@acme.io"), email("b@acme.io")));

        first.runImport().fail(queued.id(), "the database kept failing");
        first.runImport().run(queued.id());
        ProspectImport failed = first.getImport().get(audience.accountGroupId(), audience.id(), queued.id());

        assertThat(failed.state()).isEqualTo(ImportState.FAILED);
        assertThat(failed.errors()).containsExactly(new ImportError(null, "INTERNAL_ERROR", "the database kept failing"));
        assertThat(failed.finishedAt()).isEqualTo(clock.instant());
        assertThat(addByEmail(audience, "a@acme.io")).isNotNull();
        storage.imports().dropRowsOfFinished(1000);
    }

    @Test
    void aWorkerAskedToStopLeavesTheImportRunningForTheNextOne() {
        Audience audience = audience(Plan.ENTERPRISE);
        int total = RunImportService.STEP_ROWS * 2 + 50;
        ProspectImport queued = start(audience, rows(LongStream.range(0, total)
                .mapToObj(i -> email("p" + i + "@acme.io")).toArray(ProspectBatch.Item[]::new)));
        int[] steps = new int[1];

        first.runImport().run(queued.id(), () -> steps[0]++ >= 1);
        ProspectImport paused = first.getImport().get(audience.accountGroupId(), audience.id(), queued.id());
        second.runImport().run(queued.id());
        ProspectImport done = first.getImport().get(audience.accountGroupId(), audience.id(), queued.id());

        assertThat(paused.state()).isEqualTo(ImportState.RUNNING);
        assertThat(paused.rows()).isEqualTo(RunImportService.STEP_ROWS);
        assertThat(done.state()).isEqualTo(ImportState.COMPLETED);
        assertThat(List.of(done.rows(), done.added())).containsExactly((long) total, (long) total);
    }

    @Test
    void anImportOfAnotherGroupsAudienceIsNotFound() {
        Audience audience = audience(Plan.STARTER);
        Audience other = audience(Plan.STARTER);
        ProspectImport queued = start(audience, rows(email("a@acme.io")));

        assertThatThrownBy(() -> first.getImport().get(other.accountGroupId(), audience.id(), queued.id()))
                .isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> first.getImport().get(audience.accountGroupId(), audience.id(), new ImportId(Fixtures.newHexId())))
                .isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> first.cancelImport().cancel(other.accountGroupId(), other.id(), queued.id()))
                .isInstanceOf(UnknownIdException.class);
    }

    @Test
    void anImportWhoseRowsCannotBeReadStoresNothing() {
        Audience audience = audience(Plan.STARTER);
        Iterator<ImportRow> broken = new Iterator<>() {
            private long row;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ImportRow next() {
                if (++row > 700) {
                    throw new IllegalStateException("the client went away");
                }
                return new ImportRow(row, email("p" + row + "@acme.io"));
            }
        };

        assertThatThrownBy(() -> first.importProspects().start(new StartImportCommand(audience.accountGroupId(), audience.id(),
                ImportFormat.CSV, broken))).hasMessageContaining("the client went away");

        assertThat(addByEmail(audience, "after@acme.io")).isNotNull();
    }

    // --- helpers ---

    private Audience audience(Plan plan) {
        AccountGroup group = Fixtures.accountGroup(plan, true);
        storage.accountGroups().insert(group);
        return first.createAudience().create(new CreateAudienceCommand(group.id(), AudienceDraft.of("Leads", null, "on_demand")));
    }

    private ProspectImport start(Audience audience, Iterator<ImportRow> rows) {
        return first.importProspects().start(new StartImportCommand(audience.accountGroupId(), audience.id(), ImportFormat.CSV, rows));
    }

    private ProspectId addByEmail(Audience audience, String email) {
        return first.addProspects().add(new AddProspectsCommand(audience.accountGroupId(), audience.id(), List.of(email(email))))
                .added().stream().findFirst().map(added -> added.prospect().id()).orElse(null);
    }

    private static Iterator<ImportRow> rows(ProspectBatch.Item... items) {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            rows.add(new ImportRow(i + 1, items[i]));
        }
        return rows.iterator();
    }

    private static ProspectBatch.Item email(String email) {
        return new ProspectBatch.Valid(ProspectDraft.of(Map.of("email", email)));
    }

}
