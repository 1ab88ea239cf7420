package io.audiences.domain.accountgroup;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.TextRule;
import io.audiences.domain.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A customer's account group: the scope in which audiences live, with its plan. */
public record AccountGroup(AccountGroupId id, String name, Plan plan, boolean linkedinConnected) {

    public AccountGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(plan, "plan");
        List<FieldViolation> violations = new ArrayList<>();
        TextRule.NAME.problem(name).ifPresent(problem -> violations.add(new FieldViolation("name", problem)));
        InvalidInputException.throwIfAny(violations);
        name = TextRule.NAME.normalise(name);
    }

    public AccountGroup withPlan(Plan newPlan) {
        return new AccountGroup(id, name, newPlan, linkedinConnected);
    }

    public AccountGroup withLinkedinConnected(boolean connected) {
        return new AccountGroup(id, name, plan, connected);
    }
}
