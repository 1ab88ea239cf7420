package io.audiences.domain.prospect;

import java.util.Locale;
import java.util.Optional;

/** Where an import stands: {@code queued} → {@code running} → {@code completed}, or {@code cancelled}, or {@code failed}. */
public enum ImportState {
    QUEUED,
    RUNNING,
    COMPLETED,
    CANCELLED,
    FAILED;

    /** The contract's spelling: lower case. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ImportState> fromValue(String value) {
        for (ImportState status : values()) {
            if (status.value().equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Whether the import still has rows to read: while it is, its audience is not ready for other changes. */
    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
