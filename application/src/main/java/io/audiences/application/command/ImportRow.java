package io.audiences.application.command;

import io.audiences.domain.prospect.ProspectBatch;
import java.util.Objects;

/** One data row of an import's file as read: its number (from 1, the header excluded) and its prospect, or what was wrong with it. */
public record ImportRow(long number, ProspectBatch.Item item) {

    public ImportRow {
        Objects.requireNonNull(item, "item");
        if (number < 1) {
            throw new IllegalArgumentException("rows are numbered from 1");
        }
    }
}
