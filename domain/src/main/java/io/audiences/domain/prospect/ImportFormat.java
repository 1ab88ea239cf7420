package io.audiences.domain.prospect;

import java.util.Locale;

/** The file formats an import reads: CSV with a header row, or one JSON object per line. */
public enum ImportFormat {
    CSV,
    NDJSON;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
