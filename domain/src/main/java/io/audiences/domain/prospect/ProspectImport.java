package io.audiences.domain.prospect;

import io.audiences.domain.audience.AudienceId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An import of prospects into one audience from a file, and how far it has gone: {@code rows} data
 * rows read, each {@code added}, {@code alreadyPresent} or {@code rejected}; {@code errors} the first
 * {@value #MAX_ERRORS} rejected rows (or why it failed).
 */
public record ProspectImport(ImportId id, AudienceId audienceId, ImportFormat format, ImportState state, long rows,
        long added, long alreadyPresent, long rejected, List<ImportError> errors, Instant createdAt, Instant startedAt,
        Instant finishedAt) {

    /** How many rejected rows an import tells about; its counters count them all. */
    public static final int MAX_ERRORS = 100;

    public ProspectImport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(audienceId, "audienceId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(state, "state");
        errors = List.copyOf(errors);
        createdAt = millis(Objects.requireNonNull(createdAt, "createdAt"));
        startedAt = millis(startedAt);
        finishedAt = millis(finishedAt);
    }

    /** A new import, queued, nothing read yet. */
    public static ProspectImport queued(ImportId id, AudienceId audienceId, ImportFormat format, Instant now) {
        return new ProspectImport(id, audienceId, format, ImportState.QUEUED, 0, 0, 0, 0, List.of(), now, null, null);
    }

    /** Running from now on; started at its first start. */
    public ProspectImport running(Instant now) {
        return new ProspectImport(id, audienceId, format, ImportState.RUNNING, rows, added, alreadyPresent, rejected, errors,
                createdAt, startedAt == null ? now : startedAt, null);
    }

    /**
     * After a step that read the rows up to {@code toRow}: the counters grown, the step's errors kept
     * while fewer than {@link #MAX_ERRORS} are.
     */
    public ProspectImport advanced(long toRow, long stepAdded, long stepPresent, long stepRejected, List<ImportError> stepErrors) {
        if (toRow <= rows) {
            throw new IllegalArgumentException("a step goes forward: row " + toRow + " after row " + rows);
        }
        List<ImportError> kept = new ArrayList<>(errors);
        stepErrors.stream().limit(Math.max(0, MAX_ERRORS - kept.size())).forEach(kept::add);
        return new ProspectImport(id, audienceId, format, state, toRow, added + stepAdded, alreadyPresent + stepPresent,
                rejected + stepRejected, kept, createdAt, startedAt, finishedAt);
    }

    /** Ended as {@code end} (completed, cancelled or failed, with {@code failure} saying why) at {@code now}. */
    public ProspectImport finished(ImportState end, ImportError failure, Instant now) {
        if (end.isActive()) {
            throw new IllegalArgumentException("an import ends completed, cancelled or failed, not " + end.value());
        }
        List<ImportError> kept = new ArrayList<>(errors);
        if (failure != null) {
            kept.add(failure);
        }
        return new ProspectImport(id, audienceId, format, end, rows, added, alreadyPresent, rejected, kept, createdAt,
                startedAt, now);
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
