package io.audiences.adapters.persistence;

import io.audiences.application.command.ImportRow;
import io.audiences.application.command.ImportRun;
import io.audiences.application.command.ImportStep;
import io.audiences.application.port.out.ImportRepository;
import io.audiences.domain.StateConflict;
import io.audiences.domain.UnknownIdException;
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
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Imports in {@code prospect_imports} and their rows in {@code prospect_import_blocks}. Adding one
 * stores its rows as they are read, then takes the audience's row lock to check that no other
 * import of it started meanwhile, all in one transaction. A step ({@link #advance}) runs in one
 * transaction with the prospects it adds (the prospect repository joins it), and commits only if
 * the import is still running from where the step began: the compare-and-set that makes a row
 * count once even if two workers ever ran one import. Cancelling takes the audience's lock first,
 * as the steps do, so a cancel and a step never interleave.
 */
public final class JdbiImportRepository implements ImportRepository {

    private final Jdbi jdbi;
    private final Dialect dialect;

    JdbiImportRepository(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
    }

    @Override
    public ProspectImport add(AccountGroupId accountGroupId, ProspectImport queued, Iterator<ImportRow> rows) {
        String audienceId = queued.audienceId().value();
        return inTransaction(handle -> {
            ImportDao imports = new ImportDao(handle);
            ProspectDao prospects = new ProspectDao(handle);
            if (!prospects.audienceExists(accountGroupId.value(), audienceId)) {
                throw noSuchAudience(queued.audienceId());
            }
            if (imports.activeOther(audienceId, null).isPresent()) {
                throw StateConflict.audienceNotReady();
            }
            imports.insert(queued);
            imports.insertRows(queued.id().value(), rows);
            handle.execute(dialect.lockTimeout(AudiencesDatabase.LOCK_TIMEOUT));
            prospects.lockCount(accountGroupId.value(), audienceId).orElseThrow(() -> noSuchAudience(queued.audienceId()));
            if (imports.activeOther(audienceId, queued.id().value()).isPresent()) {
                throw StateConflict.audienceNotReady();
            }
            return queued;
        });
    }

    @Override
    public Optional<ProspectImport> find(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importId) {
        return StorageErrors.translate(() -> jdbi.withHandle(handle -> {
            if (!new ProspectDao(handle).audienceExists(accountGroupId.value(), audienceId.value())) {
                throw noSuchAudience(audienceId);
            }
            return new ImportDao(handle).find(audienceId.value(), importId.value());
        }));
    }

    @Override
    public ProspectImport cancel(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importId, Instant now) {
        return inTransaction(handle -> {
            handle.execute(dialect.lockTimeout(AudiencesDatabase.LOCK_TIMEOUT));
            new ProspectDao(handle).lockCount(accountGroupId.value(), audienceId.value())
                    .orElseThrow(() -> noSuchAudience(audienceId));
            ImportDao imports = new ImportDao(handle);
            ProspectImport found = imports.find(audienceId.value(), importId.value())
                    .orElseThrow(() -> new UnknownIdException("no import " + importId + " of this audience"));
            if (!imports.end(importId.value(), ImportState.CANCELLED, null, now)) {
                throw new StateConflict(StateConflict.Kind.IMPORT_ALREADY_FINISHED,
                        "the import is " + found.state().value() + " already");
            }
            return imports.find(audienceId.value(), importId.value()).orElseThrow();
        });
    }

    @Override
    public Optional<ImportRun> begin(ImportId importId, Instant now) {
        return inTransaction(handle -> {
            ImportDao imports = new ImportDao(handle);
            if (imports.run(importId.value(), now) == 0) {
                return Optional.empty();
            }
            return imports.active(importId.value()).map(active -> new ImportRun(importId,
                    new AccountGroupId(active.accountGroupId()), new AudienceId(active.audienceId()), active.rowsRead()));
        });
    }

    @Override
    public List<ImportRow> rowsAfter(ImportId importId, long row, int limit) {
        return StorageErrors.translate(() -> jdbi.withHandle(handle -> new ImportDao(handle).rowsAfter(importId.value(), row, limit)));
    }

    @Override
    public boolean advance(ImportId importId, long fromRow, Supplier<ImportStep> step) {
        try {
            return inTransaction(handle -> {
                ImportStep done = step.get();
                if (!new ImportDao(handle).advance(importId.value(), fromRow, done)) {
                    throw new Overtaken();
                }
                return true;
            });
        } catch (Overtaken overtaken) {
            return false;
        }
    }

    /** Rolls a step back: its import is no longer running from where the step began. */
    private static final class Overtaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Overtaken() {
            super(null, null, false, false);
        }
    }

    @Override
    public void finish(ImportId importId, ImportState status, ImportError failure, Instant now) {
        inTransaction(handle -> new ImportDao(handle).end(importId.value(), status, failure, now));
    }

    @Override
    public int dropRowsOfFinished(int limit) {
        return inTransaction(handle -> new ImportDao(handle).dropRowsOfFinished(limit));
    }

    @Override
    public List<ImportId> unfinished() {
        return StorageErrors.translate(() -> jdbi.withHandle(handle -> new ImportDao(handle).unfinished()))
                .stream().map(ImportId::new).toList();
    }

    private <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        return StorageErrors.inTransaction(jdbi, "could not change the import", work);
    }

    private static UnknownIdException noSuchAudience(AudienceId audienceId) {
        return new UnknownIdException("no audience " + audienceId + " in this account group");
    }
}
