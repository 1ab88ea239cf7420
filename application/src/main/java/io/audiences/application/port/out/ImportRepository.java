package io.audiences.application.port.out;

import io.audiences.application.command.ImportRow;
import io.audiences.application.command.ImportRun;
import io.audiences.application.command.ImportStep;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ImportError;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.ImportState;
import io.audiences.domain.prospect.ProspectImport;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where imports are kept: each with its file's rows, stored before the import is answered and
 * read back in row order until the import has taken them all. An audience has at most one import
 * queued or running; while it has, the audience's other changes are refused (the repositories'
 * {@code AUDIENCE_NOT_READY}). Deleting the audience deletes its imports.
 */
public interface ImportRepository {

    /**
     * Stores {@code queued} with every row of {@code rows}, as one atomic step that ends under the
     * audience's hold: nothing is stored if reading the rows fails.
     *
     * @throws io.audiences.domain.UnknownIdException if the group holds no such audience
     * @throws io.audiences.domain.StateConflict      {@code AUDIENCE_NOT_READY} if another import of it is queued or running
     */
    ProspectImport add(AccountGroupId accountGroupId, ProspectImport queued, Iterator<ImportRow> rows);

    /**
     * The audience's import with this id; empty when it has none.
     *
     * @throws io.audiences.domain.UnknownIdException if the group holds no such audience
     */
    Optional<ProspectImport> find(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importId);

    /**
     * Cancels a queued or running import under the audience's hold: no step commits after this;
     * rows already added stay.
     *
     * @throws io.audiences.domain.UnknownIdException if the group holds no such audience, or it no such import
     * @throws io.audiences.domain.StateConflict      {@code IMPORT_ALREADY_FINISHED} if it is not queued or running
     */
    ProspectImport cancel(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importId, Instant now);

    /** Marks a queued or running import running (its start time set once); empty if it is neither, or gone. */
    Optional<ImportRun> begin(ImportId importId, Instant now);

    /** Up to {@code limit} of the import's rows numbered after {@code row}, in order. */
    List<ImportRow> rowsAfter(ImportId importId, long row, int limit);

    /**
     * Runs {@code step} and records what it did, as one atomic step with what {@code step} stores
     * (the prospect repository's add joins it): the import's counters grow, its first
     * {@link ProspectImport#MAX_ERRORS} errors are kept, its rows up to the step's end are done.
     * Records nothing and answers {@code false} if the import is no longer running from
     * {@code fromRow} (cancelled, or another worker went on from there).
     */
    boolean advance(ImportId importId, long fromRow, Supplier<ImportStep> step);

    /**
     * Ends a queued or running import as {@code state}: completed, or failed with {@code failure}
     * saying why. Rows it did not take are dropped ({@link #dropRowsOfFinished}).
     */
    void finish(ImportId importId, ImportState state, ImportError failure, Instant now);

    /**
     * Deletes rows that finished imports left untaken (cancelled, failed), about {@code limit} at a
     * time: a store that keeps rows in blocks drops whole blocks, at least one; returns how many rows.
     */
    int dropRowsOfFinished(int limit);

    /** Every import queued or running, oldest first: work a restart or another instance takes up. */
    List<ImportId> unfinished();
}
