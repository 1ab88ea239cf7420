package io.audiences.application.command;

import io.audiences.domain.audience.Name;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.InvalidInputException;
import java.util.Objects;

/** Create an audience from {@code draft} in the account group {@code accountGroupId}. */
public record CreateAudienceCommand(AccountGroupId accountGroupId, AudienceDraft draft) {

    public CreateAudienceCommand {
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(draft, "draft");
    }

    /**
     * An audience named {@code name} of {@code type} in {@code accountGroupId}, without a description.
     *
     * @throws InvalidInputException if the name breaks the contract's rules
     */
    public static CreateAudienceCommand of(AccountGroupId accountGroupId, AudienceType type, String name) {
        return new CreateAudienceCommand(accountGroupId, AudienceDraft.named(new Name(name), type));
    }

    /**
     * This command with {@code description} (stripped; blank means none).
     *
     * @throws InvalidInputException if the description breaks the contract's rules
     */
    public CreateAudienceCommand describedAs(String description) {
        return new CreateAudienceCommand(accountGroupId, draft.describedAs(description));
    }
}
