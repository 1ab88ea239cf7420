package io.audiences.application.memory;

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
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Imports in memory, each with its rows; every change holds the account group's monitor, as the
 * audiences' and prospects' steps do, so an import's step and the prospects it adds are one step.
 */
public final class InMemoryImportRepository implements ImportRepository {

    private final InMemoryAudienceRepository audiences;
    private final ConcurrentMap<ImportId, Entry> imports = new ConcurrentHashMap<>();

    public InMemoryImportRepository(InMemoryAudienceRepository audiences) {
        this.audiences = audiences;
    }

    /** An import, its group, and its rows not yet taken. */
    private static final class Entry {
        private final AccountGroupId group;
        private final NavigableMap<Long, ImportRow> rows = new TreeMap<>();
        private ProspectImport current;

        private Entry(AccountGroupId group, ProspectImport current) {
            this.group = group;
            this.current = current;
        }
    }

    @Override
    public ProspectImport add(AccountGroupId accountGroupId, ProspectImport queued, Iterator<ImportRow> rows) {
        Entry entry = new Entry(accountGroupId, queued);
        GroupContents contents = audiences.contentsOf(accountGroupId);
        synchronized (contents) {
            audienceOf(contents, queued.audienceId());
            contents.requireReady(queued.audienceId(), null);
        }
        rows.forEachRemaining(row -> entry.rows.put(row.number(), row));
        synchronized (contents) {
            audienceOf(contents, queued.audienceId());
            contents.importing(queued.audienceId(), queued.id());
            imports.put(queued.id(), entry);
            return queued;
        }
    }

    @Override
    public Optional<ProspectImport> find(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importId) {
        GroupContents contents = audiences.contentsOf(accountGroupId);
        synchronized (contents) {
            audienceOf(contents, audienceId);
            return entry(accountGroupId, audienceId, importId).map(entry -> entry.current);
        }
    }

    @Override
    public ProspectImport cancel(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importId, Instant now) {
        GroupContents contents = audiences.contentsOf(accountGroupId);
        synchronized (contents) {
            audienceOf(contents, audienceId);
            Entry entry = entry(accountGroupId, audienceId, importId)
                    .orElseThrow(() -> new UnknownIdException("no import " + importId + " of this audience"));
            if (!entry.current.state().isActive()) {
                throw new StateConflict(StateConflict.Kind.IMPORT_ALREADY_FINISHED,
                        "the import is " + entry.current.state().value() + " already");
            }
            end(contents, entry, ImportState.CANCELLED, null, now);
            return entry.current;
        }
    }

    @Override
    public Optional<ImportRun> begin(ImportId importId, Instant now) {
        Entry entry = imports.get(importId);
        if (entry == null) {
            return Optional.empty();
        }
        GroupContents contents = audiences.contentsOf(entry.group);
        synchronized (contents) {
            if (contents.audience(entry.current.audienceId()).isEmpty()) {
                imports.remove(importId);
                return Optional.empty();
            }
            if (!entry.current.state().isActive()) {
                return Optional.empty();
            }
            entry.current = entry.current.running(now);
            return Optional.of(new ImportRun(importId, entry.group, entry.current.audienceId(), entry.current.rows()));
        }
    }

    @Override
    public List<ImportRow> rowsAfter(ImportId importId, long row, int limit) {
        Entry entry = imports.get(importId);
        if (entry == null) {
            return List.of();
        }
        synchronized (audiences.contentsOf(entry.group)) {
            return entry.rows.tailMap(row, false).values().stream().limit(limit).toList();
        }
    }

    @Override
    public boolean advance(ImportId importId, long fromRow, Supplier<ImportStep> step) {
        Entry entry = imports.get(importId);
        if (entry == null) {
            return false;
        }
        synchronized (audiences.contentsOf(entry.group)) {
            if (entry.current.state() != ImportState.RUNNING || entry.current.rows() != fromRow) {
                return false;
            }
            ImportStep done = step.get();
            entry.current = entry.current.advanced(done.toRow(), done.added(), done.alreadyPresent(), done.rejected(), done.errors());
            entry.rows.headMap(done.toRow(), true).clear();
            return true;
        }
    }

    @Override
    public void finish(ImportId importId, ImportState state, ImportError failure, Instant now) {
        Entry entry = imports.get(importId);
        if (entry == null) {
            return;
        }
        GroupContents contents = audiences.contentsOf(entry.group);
        synchronized (contents) {
            if (entry.current.state().isActive()) {
                end(contents, entry, state, failure, now);
            }
        }
    }

    /** Memory drops an import's rows as it ends. */
    @Override
    public int dropRowsOfFinished(int limit) {
        return 0;
    }

    @Override
    public List<ImportId> unfinished() {
        return imports.values().stream().filter(entry -> entry.current.state().isActive())
                .map(entry -> entry.current).sorted(Comparator.comparing(ProspectImport::createdAt))
                .map(ProspectImport::id).toList();
    }

    private static void end(GroupContents contents, Entry entry, ImportState state, ImportError failure, Instant now) {
        entry.current = entry.current.finished(state, failure, now);
        entry.rows.clear();
        contents.imported(entry.current.audienceId(), entry.current.id());
    }

    private Optional<Entry> entry(AccountGroupId accountGroupId, AudienceId audienceId, ImportId importId) {
        return Optional.ofNullable(imports.get(importId))
                .filter(entry -> entry.group.equals(accountGroupId) && entry.current.audienceId().equals(audienceId));
    }

    private static void audienceOf(GroupContents contents, AudienceId audienceId) {
        contents.audience(audienceId).orElseThrow(() -> new UnknownIdException("no audience " + audienceId + " in this account group"));
    }
}
