package io.audiences.application.service;

import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.application.port.in.CreateAudience;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.application.port.out.IdSource;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.CreationPolicy;
import io.audiences.domain.plan.PlanCatalog;
import java.time.Clock;

/** Creates audiences: the domain's creation policy, applied inside the repository's atomic step. */
public final class CreateAudienceService implements CreateAudience {

    private final AudienceRepository audiences;
    private final IdSource ids;
    private final Clock clock;
    private final CreationPolicy policy;

    public CreateAudienceService(AudienceRepository audiences, IdSource ids, Clock clock, PlanCatalog plans) {
        this.audiences = audiences;
        this.ids = ids;
        this.clock = clock;
        this.policy = new CreationPolicy(plans);
    }

    @Override
    public Audience create(CreateAudienceCommand command) {
        AudienceDraft draft = command.draft();
        return audiences.add(command.accountGroupId(), draft.nameKey(), snapshot -> {
            policy.check(draft, snapshot);
            return Audience.create(new AudienceId(ids.nextId()), command.accountGroupId(), draft, clock.instant());
        });
    }
}
