package io.audiences.application.command;

import io.audiences.domain.AccountGroupId;
import io.audiences.domain.AudienceDraft;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Create an audience from {@code draft} in the account group {@code accountGroupId}. */
public record CreateAudienceCommand(AccountGroupId accountGroupId, AudienceDraft draft) {

    public CreateAudienceCommand {
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(draft, "draft");
    }

    /**
     * The command for raw input, as received.
     *
     * @throws InvalidInputException naming every violated field: {@code accountGroupId}, then the draft's
     */
    public static CreateAudienceCommand of(String accountGroupId, String name, String description, String type) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!AccountGroupId.isWellFormed(accountGroupId)) {
            violations.add(new FieldViolation("accountGroupId", "must be 24 lower-case hex characters"));
        }
        violations.addAll(AudienceDraft.violationsOf(name, description, type));
        InvalidInputException.throwIfAny(violations);
        return new CreateAudienceCommand(new AccountGroupId(accountGroupId), AudienceDraft.of(name, description, type));
    }
}
