package io.audiences.adapters.rest.prospect;

import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.adapters.rest.route.Timestamps;
import io.audiences.domain.prospect.ProspectImport;
import java.time.Instant;
import java.util.List;

/** An import as the API shows it: every field always present. */
record ImportResponse(
        String id,
        String audienceId,
        String status,
        long rows,
        long added,
        long alreadyPresent,
        long rejected,
        List<Error> errors,
        String createdAt,
        String startedAt,
        String finishedAt) {

    /** A rejected row ({@code row} null: why the import failed), as an error's envelope says it. */
    record Error(Long row, String code, String message, String details) {
    }

    static ImportResponse of(ProspectImport imported) {
        return new ImportResponse(imported.id().value(), imported.audienceId().value(), imported.state().value(),
                imported.rows(), imported.added(), imported.alreadyPresent(), imported.rejected(),
                imported.errors().stream().map(error -> new Error(error.row(), error.code(),
                        ErrorCode.valueOf(error.code()).message(), error.details())).toList(),
                Timestamps.of(imported.createdAt()), timestamp(imported.startedAt()), timestamp(imported.finishedAt()));
    }

    private static String timestamp(Instant instant) {
        return instant == null ? null : Timestamps.of(instant);
    }
}
