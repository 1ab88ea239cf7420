package io.audiences.application.command;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ImportFormat;
import java.util.Iterator;
import java.util.Objects;

/**
 * Imports a file's rows into an audience. {@code rows} is read once, as the file arrives (it may
 * throw what reading the file throws: the import is then not stored).
 */
public record StartImportCommand(AccountGroupId accountGroupId, AudienceId audienceId, ImportFormat format,
        Iterator<ImportRow> rows) {

    public StartImportCommand {
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(audienceId, "audienceId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(rows, "rows");
    }
}
