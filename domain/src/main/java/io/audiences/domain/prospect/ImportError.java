package io.audiences.domain.prospect;

import java.util.Objects;

/**
 * Why an import rejected a row ({@code row} counts data rows from 1, the header excluded), or why
 * it failed as a whole ({@code row} {@code null}).
 *
 * @param code    {@code VALIDATION_ERROR}, {@code PROSPECT_LIMIT_REACHED}, or for a failure {@code INTERNAL_ERROR}
 * @param details the broken rules, as a batch item's; {@code null} for the limit
 */
public record ImportError(Long row, String code, String details) {

    public ImportError {
        Objects.requireNonNull(code, "code");
    }
}
