package io.audiences.adapters.persistence;

import io.audiences.application.command.ImportRow;
import io.audiences.application.command.ImportStep;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.Company;
import io.audiences.domain.prospect.ImportError;
import io.audiences.domain.prospect.ImportFormat;
import io.audiences.domain.prospect.ImportId;
import io.audiences.domain.prospect.ImportState;
import io.audiences.domain.prospect.ProspectBatch;
import io.audiences.domain.prospect.ProspectDraft;
import io.audiences.domain.prospect.ProspectImport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The SQL of imports: {@code prospect_imports}, their errors and their rows still to take, run on one handle. */
final class ImportDao {

    private static final String ACTIVE = "('queued', 'running')";
    private static final String COLUMNS = "id, audience_id, format, status, rows_read, added, already_present, rejected, "
            + "created_at, started_at, finished_at";
    private static final int ROWS_PER_BATCH = 500;

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

    /** Stores every row of {@code rows}, {@value #ROWS_PER_BATCH} to a statement batch, as they come. */
    void insertRows(String importId, Iterator<ImportRow> rows) {
        while (rows.hasNext()) {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO prospect_import_rows (import_id, row_number, linkedin_url, "
                    + "email, first_name, last_name, headline, company_name, company_domain, problem) VALUES (:importId, "
                    + ":row, :linkedinUrl, :email, :firstName, :lastName, :headline, :companyName, :companyDomain, :problem)");
            for (int i = 0; i < ROWS_PER_BATCH && rows.hasNext(); i++) {
                ImportRow row = rows.next();
                batch.bind("importId", importId).bind("row", row.number());
                if (row.item() instanceof ProspectBatch.Valid valid) {
                    ProspectDraft draft = valid.draft();
                    Company company = draft.company();
                    batch.bind("linkedinUrl", draft.linkedinUrl() == null ? null : draft.linkedinUrl().url())
                            .bind("email", draft.email() == null ? null : draft.email().value())
                            .bind("firstName", draft.firstName()).bind("lastName", draft.lastName())
                            .bind("headline", draft.headline())
                            .bind("companyName", company == null ? null : company.name())
                            .bind("companyDomain", company == null ? null : company.domain())
                            .bind("problem", (String) null);
                } else {
                    batch.bind("linkedinUrl", (String) null).bind("email", (String) null).bind("firstName", (String) null)
                            .bind("lastName", (String) null).bind("headline", (String) null)
                            .bind("companyName", (String) null).bind("companyDomain", (String) null)
                            .bind("problem", ((ProspectBatch.Malformed) row.item()).details());
                }
                batch.add();
            }
            batch.execute();
        }
    }

    /**
     * The next rows to take, in the primary key's order. The order names the key's first column too:
     * otherwise H2 reads every row left and sorts them, once per step (an import of 100,000 rows took
     * six minutes).
     */
    static final String ROWS_AFTER = "SELECT row_number, linkedin_url, email, first_name, last_name, headline, company_name, "
            + "company_domain, problem FROM prospect_import_rows WHERE import_id = :importId AND row_number > :row "
            + "ORDER BY import_id, row_number LIMIT :limit";

    List<ImportRow> rowsAfter(String importId, long row, int limit) {
        return handle.createQuery(ROWS_AFTER)
                .bind("importId", importId).bind("row", row).bind("limit", limit)
                .map((rs, ctx) -> new ImportRow(rs.getLong("row_number"), rs.getString("problem") != null
                        ? new ProspectBatch.Malformed(rs.getString("problem"))
                        : new ProspectBatch.Valid(ProspectRow.draft(rs.getString("linkedin_url"), rs.getString("email"),
                                rs.getString("first_name"), rs.getString("last_name"), rs.getString("headline"),
                                rs.getString("company_name"), rs.getString("company_domain")))))
                .list();
    }

    void deleteRows(String importId, long throughRow) {
        handle.createUpdate("DELETE FROM prospect_import_rows WHERE import_id = :importId AND row_number <= :row")
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
     * Deletes up to {@code limit} rows that finished imports left (a cancel or a failure leaves them,
     * rather than delete a whole file's rows in one statement under the audience's lock).
     */
    int dropRowsOfFinished(int limit) {
        List<String> finished = handle.createQuery("SELECT id FROM prospect_imports WHERE rows_left LIMIT 10")
                .mapTo(String.class).list();
        int dropped = 0;
        for (String importId : finished) {
            if (dropped >= limit) {
                break;
            }
            Long first = handle.createQuery("SELECT MIN(row_number) FROM prospect_import_rows WHERE import_id = :importId")
                    .bind("importId", importId).mapTo(Long.class).one();
            int chunk = limit - dropped;
            // An import's rows left are one run of numbers (steps take them from the front).
            int deleted = first == null ? 0 : handle.createUpdate(
                            "DELETE FROM prospect_import_rows WHERE import_id = :importId AND row_number < :end")
                    .bind("importId", importId).bind("end", first + chunk).execute();
            dropped += deleted;
            if (deleted < chunk) {
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
