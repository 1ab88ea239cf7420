package io.audiences.application.command;

import io.audiences.domain.prospect.ImportError;
import java.util.List;

/**
 * What one step of an import did: it read the rows up to {@code toRow}, added, found present or
 * rejected so many, and why it rejected each ({@code errors}, in row order).
 */
public record ImportStep(long toRow, long added, long alreadyPresent, long rejected, List<ImportError> errors) {

    public ImportStep {
        errors = List.copyOf(errors);
    }
}
