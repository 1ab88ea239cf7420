package io.audiences.application.command;

import io.audiences.domain.plan.Plan;
import java.util.Objects;

/** Register a new account group. */
public record CreateAccountGroupCommand(String name, Plan plan, boolean linkedinConnected) {

    public CreateAccountGroupCommand {
        Objects.requireNonNull(plan, "plan");
    }
}
