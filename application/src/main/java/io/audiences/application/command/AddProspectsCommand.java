package io.audiences.application.command;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ProspectBatch;
import java.util.List;
import java.util.Objects;

/** Adds a batch of 1 to {@link #MAX_ITEMS} prospects to an audience, each item as it was read. */
public record AddProspectsCommand(AccountGroupId accountGroupId, AudienceId audienceId, List<ProspectBatch.Item> items) {

    public static final int MAX_ITEMS = 100;

    public AddProspectsCommand {
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(audienceId, "audienceId");
        items = List.copyOf(items);
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("a batch holds 1 to " + MAX_ITEMS + " items, not " + items.size());
        }
    }
}
