package io.audiences.application.service;

import io.audiences.application.command.ImportRow;
import io.audiences.application.command.ImportRun;
import io.audiences.application.command.ImportStep;
import io.audiences.application.command.ProspectBatchResult;
import io.audiences.application.port.in.RunImport;
import io.audiences.application.port.out.IdSource;
import io.audiences.application.port.out.ImportRepository;
import io.audiences.application.port.out.ProspectRepository;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.domain.prospect.ImportError;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.ImportState;
import io.audiences.domain.prospect.ProspectBatch;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Works an import through in steps of {@value #STEP_ROWS} rows, each judged as a batch and stored
 * in one atomic step with the import's progress: a worker that dies loses at most the step it was
 * in, and whoever takes the import up goes on from the last stored step, so every row counts once.
 * A cancel is seen at the next step; a worker that finds its import taken over stops.
 */
public final class RunImportService implements RunImport {

    /** Rows per step: a cancel is seen, and a crash costs, at most this many rows of work. */
    public static final int STEP_ROWS = 500;

    private final ImportRepository imports;
    private final ProspectRepository prospects;
    private final BatchJudge judge;
    private final Clock clock;

    public RunImportService(ImportRepository imports, ProspectRepository prospects, IdSource ids, Clock clock,
            PlanCatalog plans) {
        this.imports = imports;
        this.prospects = prospects;
        this.judge = new BatchJudge(ids, clock, plans);
        this.clock = clock;
    }

    @Override
    public void run(ImportId importId, BooleanSupplier stopping) {
        Optional<ImportRun> begun = imports.begin(importId, clock.instant());
        if (begun.isEmpty()) {
            return;
        }
        ImportRun run = begun.get();
        long at = run.rowsRead();
        while (!stopping.getAsBoolean()) {
            List<ImportRow> rows = imports.rowsAfter(importId, at, STEP_ROWS);
            if (rows.isEmpty()) {
                imports.finish(importId, ImportState.COMPLETED, null, clock.instant());
                return;
            }
            try {
                if (!imports.advance(importId, at, () -> step(run, rows))) {
                    return;
                }
            } catch (UnknownIdException audienceGone) {
                return;
            }
            at = rows.get(rows.size() - 1).number();
        }
    }

    @Override
    public void fail(ImportId importId, String reason) {
        imports.finish(importId, ImportState.FAILED, new ImportError(null, "INTERNAL_ERROR", reason), clock.instant());
    }

    /** One step: the rows judged as a batch, its rejections told by row number. */
    private ImportStep step(ImportRun run, List<ImportRow> rows) {
        List<ProspectBatch.Item> items = rows.stream().map(ImportRow::item).toList();
        ProspectBatchResult result = judge.apply(run.audienceId(), items, admission -> prospects.addImported(
                run.accountGroupId(), run.audienceId(), run.id(), BatchJudge.keys(items), admission));
        List<ImportError> errors = result.rejected().stream()
                .map(rejected -> new ImportError(rows.get(rejected.index()).number(), rejected.code(), rejected.details()))
                .toList();
        return new ImportStep(rows.get(rows.size() - 1).number(), result.added().size(), result.alreadyPresent().size(),
                errors.size(), errors);
    }
}
