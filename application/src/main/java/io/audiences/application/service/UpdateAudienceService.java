package io.audiences.application.service;

import io.audiences.application.command.UpdateAudienceCommand;
import io.audiences.application.port.in.UpdateAudience;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceChanges;

/** Renames and re-describes audiences: the domain's changes, applied inside the repository's atomic step. */
public final class UpdateAudienceService implements UpdateAudience {

    private final AudienceRepository audiences;

    public UpdateAudienceService(AudienceRepository audiences) {
        this.audiences = audiences;
    }

    @Override
    public Audience update(UpdateAudienceCommand command) {
        AudienceChanges changes = command.changes();
        return audiences.change(command.accountGroupId(), command.audienceId(), (current, group) -> changes.applyTo(current,
                changes.nameKey().map(key -> group.nameHeldByAnother(key, current.id())).orElse(false)));
    }
}
