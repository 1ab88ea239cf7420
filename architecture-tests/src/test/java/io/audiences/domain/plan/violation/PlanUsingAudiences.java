package io.audiences.domain.plan.violation;

import io.audiences.domain.audience.AudienceType;

/** Deliberately breaks "plans know no audiences". Test sources only; never imported by the real check. */
public class PlanUsingAudiences {
    public AudienceType type;
}
