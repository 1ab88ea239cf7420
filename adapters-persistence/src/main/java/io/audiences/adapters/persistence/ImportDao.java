package io.audiences.adapters.persistence;

import io.audiences.application.command.ImportRow;
import io.audiences.application.command.ImportStep;
import io.audiences.application.service.RunImportService;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ImportError;
import io.audiences.domain.prospect.ImportFormat;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.ImportState;
import io.audiences.domain.prospect.ProspectImport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The SQL of imports: {@code prospect_imports}, their errors and their blocks of rows still to take, run on one handle. */
final class ImportDao {

    private static final String ACTIVE = "('queued', 'running')";
    private static final String COLUMNS = "id, audience_id, format, status, rows_read, added, already_present, rejected, "
            + "created_at, started_at, finished_at";
    /** Rows to a stored block: one step of the run ({@link RunImportService#STEP_ROWS}) reads one block. */
    static final int ROWS_PER_BLOCK = RunImportService.STEP_ROWS;

    private final Handle handle;

    ImportDao(Handle handle) {
        this.handle = handle;
    }

    /** The audience's queued or running import other than {@code except}, if it has one. */
    Optional<String> activeOther(String audienceId, String except) {
        return handle.createQuery("SELECT id FROM prospect_imports WHERE audience_id = :audienceId AND status IN " + ACTIVE
                        + " AND id <> :except")
                .bind("audienceId", audienceId).bind("except", except == null ? "" : except)
                .mapTo(String.class).findFirst();
    }

    void insert(ProspectImport queued) {
        handle.createUpdate("INSERT INTO prospect_imports (" + COLUMNS + ") VALUES (:id, :audienceId, :format, :status, 0, 0, 0, 0, "
                        + ":createdAt, NULL, NULL)")
                .bind("id", queued.id().value()).bind("audienceId", queued.audienceId().value())
                .bind("format", queued.format().value()).bind("status", queued.state().value())
                .bind("createdAt", utc(queued.createdAt()))
                .execute();
    }

    /**
     * Stores the rows of {@code rows} as they are read, {@value #ROWS_PER_BLOCK} to a block ({@link ImportRowBlock}): the
     * rows of one step of the run, one insert.
     */
    void insertRows(String importId, Iterator<ImportRow> rows) {
        List<ImportRow> block = new ArrayList<>(ROWS_PER_BLOCK);
        while (rows.hasNext()) {
            block.add(rows.next());
            if (block.size() == ROWS_PER_BLOCK || !rows.hasNext()) {
                insertBlock(handle, importId, block);
                block.clear();
            }
        }
    }

    static void insertBlock(Handle handle, String importId, List<ImportRow> block) {
        handle.createUpdate("INSERT INTO prospect_import_blocks (import_id, last_row, row_count, encoded_rows) "
                        + "VALUES (:importId, :lastRow, :rowCount, :encodedRows)")
                .bind("importId", importId).bind("lastRow", block.get(block.size() - 1).number()).bind("rowCount", block.size())
                .bind("encodedRows", ImportRowBlock.encode(block))
                .execute();
    }

    /**
     * The first block holding a row after {@code :row}: one probe of the primary key (blocks never
     * overlap, so they are in order of their last rows). The order names the key's first column too:
     * otherwise H2 reads every block left and sorts them, once per step.
     */
    static final String BLOCK_AFTER = "SELECT encoded_rows FROM prospect_import_blocks WHERE import_id = :importId "
            + "AND last_row > :row ORDER BY import_id, last_row LIMIT 1";

    /** Up to {@code limit} rows numbered after {@code row}, in order: usually one block, a step's worth. */
    List<ImportRow> rowsAfter(String importId, long row, int limit) {
        List<ImportRow> rows = new ArrayList<>(limit);
        long after = row;
        while (rows.size() < limit) {
            Optional<byte[]> block = handle.createQuery(BLOCK_AFTER).bind("importId", importId).bind("row", after)
                    .map((rs, ctx) -> rs.getBytes(1)).findOne();
            if (block.isEmpty()) {
                break;
            }
            List<ImportRow> decoded = ImportRowBlock.decode(block.get());
            for (ImportRow next : decoded) {
                if (next.number() > after && rows.size() < limit) {
                    rows.add(next);
                }
            }
            after = decoded.get(decoded.size() - 1).number();
        }
        return rows;
    }

    /** Deletes the blocks whose rows are all taken; a block taken in part stays until its last row is. */
    void deleteRows(String importId, long throughRow) {
        handle.createUpdate("DELETE FROM prospect_import_blocks WHERE import_id = :importId AND last_row <= :row")
                .bind("importId", importId).bind("row", throughRow).execute();
    }

    Optional<ProspectImport> find(String audienceId, String importId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM prospect_imports WHERE id = :id AND audience_id = :audienceId")
                .bind("id", importId).bind("audienceId", audienceId)
                .map((rs, ctx) -> read(rs)).findOne();
    }

    /** The import's group, audience and progress, if it is queued or running. */
    Optional<Active> active(String importId) {
        return handle.createQuery("SELECT a.account_group_id, i.audience_id, i.rows_read FROM prospect_imports i "
                        + "JOIN audiences a ON a.id = i.audience_id WHERE i.id = :id AND i.status IN " + ACTIVE)
                .bind("id", importId)
                .map((rs, ctx) -> new Active(rs.getString(1), rs.getString(2), rs.getLong(3))).findOne();
    }

    record Active(String accountGroupId, String audienceId, long rowsRead) {
    }

    /** Running from now on; started at its first start. */
    int run(String importId, Instant now) {
        return handle.createUpdate("UPDATE prospect_imports SET status = 'running', started_at = COALESCE(started_at, :now) "
                        + "WHERE id = :id AND status IN " + ACTIVE)
                .bind("id", importId).bind("now", utc(now)).execute();
    }

    /** Records a step, if the import is still running from {@code fromRow}; answers whether it was. */
    boolean advance(String importId, long fromRow, ImportStep step) {
        int updated = handle.createUpdate("UPDATE prospect_imports SET rows_read = :toRow, added = added + :added, "
                        + "already_present = already_present + :present, rejected = rejected + :rejected "
                        + "WHERE id = :id AND status = 'running' AND rows_read = :fromRow")
                .bind("id", importId).bind("fromRow", fromRow).bind("toRow", step.toRow()).bind("added", step.added())
                .bind("present", step.alreadyPresent()).bind("rejected", step.rejected())
                .execute();
        if (updated == 0) {
            return false;
        }
        addErrors(importId, step.errors());
        deleteRows(importId, step.toRow());
        return true;
    }

    /** Ends the import as {@code status} if it is queued or running; answers whether it was. */
    boolean end(String importId, ImportState status, ImportError failure, Instant now) {
        int updated = handle.createUpdate("UPDATE prospect_imports SET status = :status, finished_at = :now, "
                        + "rows_left = :rowsLeft WHERE id = :id AND status IN " + ACTIVE)
                .bind("id", importId).bind("status", status.value()).bind("now", utc(now))
                .bind("rowsLeft", status != ImportState.COMPLETED).execute();
        if (updated == 0) {
            return false;
        }
        if (failure != null) {
            addErrors(importId, List.of(failure));
        }
        return true;
    }

    /**
     * Deletes the rows that finished imports left (a cancel or a failure leaves them, rather than
     * delete a whole file's rows in one statement under the audience's lock): whole blocks, oldest
     * first, as many as fit in {@code limit} rows, and at least one.
     */
    int dropRowsOfFinished(int limit) {
        List<String> finished = handle.createQuery("SELECT id FROM prospect_imports WHERE rows_left LIMIT 10")
                .mapTo(String.class).list();
        int dropped = 0;
        for (String importId : finished) {
            if (dropped >= limit) {
                break;
            }
            List<long[]> blocks = handle.createQuery("SELECT last_row, row_count FROM prospect_import_blocks "
                            + "WHERE import_id = :importId ORDER BY import_id, last_row LIMIT :limit")
                    .bind("importId", importId).bind("limit", limit - dropped)
                    .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            long through = -1;
            int taking = 0;
            for (long[] block : blocks) {
                if (dropped + taking > 0 && dropped + taking + block[1] > limit) {
                    break;
                }
                through = block[0];
                taking += (int) block[1];
            }
            if (taking > 0) {
                handle.createUpdate("DELETE FROM prospect_import_blocks WHERE import_id = :importId AND last_row <= :through")
                        .bind("importId", importId).bind("through", through).execute();
                dropped += taking;
            }
            boolean left = handle.createQuery("SELECT last_row FROM prospect_import_blocks WHERE import_id = :importId "
                    + "ORDER BY import_id, last_row LIMIT 1").bind("importId", importId).mapTo(Long.class).findOne().isPresent();
            if (!left) {
                handle.createUpdate("UPDATE prospect_imports SET rows_left = FALSE WHERE id = :id").bind("id", importId).execute();
            }
        }
        return dropped;
    }

    List<String> unfinished() {
        return handle.createQuery("SELECT id FROM prospect_imports WHERE status IN " + ACTIVE + " ORDER BY created_at, id")
                .mapTo(String.class).list();
    }

    /** Keeps {@code errors} after those kept already: rejected rows while fewer than the first 100 are kept, a failure always. */
    private void addErrors(String importId, List<ImportError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        int position = handle.createQuery("SELECT COUNT(*) FROM prospect_import_errors WHERE import_id = :importId")
                .bind("importId", importId).mapTo(Integer.class).one();
        for (ImportError error : errors) {
            if (error.row() != null && position >= ProspectImport.MAX_ERRORS) {
                continue;
            }
            handle.createUpdate("INSERT INTO prospect_import_errors (import_id, position, row_number, code, details) "
                            + "VALUES (:importId, :position, :row, :code, :details)")
                    .bind("importId", importId).bind("position", position++).bind("row", error.row())
                    .bind("code", error.code()).bind("details", error.details())
                    .execute();
        }
    }

    private ProspectImport read(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        List<ImportError> errors = handle.createQuery("SELECT row_number, code, details FROM prospect_import_errors "
                        + "WHERE import_id = :importId ORDER BY position")
                .bind("importId", id)
                .map((row, ctx) -> new ImportError((Long) row.getObject("row_number", Long.class), row.getString("code"),
                        row.getString("details")))
                .list();
        return new ProspectImport(new ImportId(id), new AudienceId(rs.getString("audience_id")),
                ImportFormat.valueOf(rs.getString("format").toUpperCase(Locale.ROOT)),
                ImportState.fromValue(rs.getString("status")).orElseThrow(),
                rs.getLong("rows_read"), rs.getLong("added"), rs.getLong("already_present"), rs.getLong("rejected"), errors,
                instant(rs, "created_at"), instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
