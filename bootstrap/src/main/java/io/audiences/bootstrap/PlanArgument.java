package io.audiences.bootstrap;

import io.audiences.domain.plan.Plan;
import java.util.Arrays;
import java.util.List;

/** The {@code --plan} option's values. */
final class PlanArgument {

    static final List<String> NAMES = Arrays.stream(Plan.values()).map(Plan::value).toList();

    private PlanArgument() {
    }

    static Plan parse(String value) {
        return Plan.fromValue(value).orElseThrow(
                () -> new UsageError("unknown plan " + value + "; expected one of " + Plan.names()));
    }
}
