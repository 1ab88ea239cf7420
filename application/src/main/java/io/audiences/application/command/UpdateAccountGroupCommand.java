package io.audiences.application.command;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.plan.Plan;
import java.util.Objects;
import java.util.Optional;

/** Change an account group's plan and/or LinkedIn connection; an empty value leaves it as it is. */
public record UpdateAccountGroupCommand(AccountGroupId id, Optional<Plan> plan, Optional<Boolean> linkedinConnected) {

    public UpdateAccountGroupCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(linkedinConnected, "linkedinConnected");
    }
}
