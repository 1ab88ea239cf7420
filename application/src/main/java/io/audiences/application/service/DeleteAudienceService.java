package io.audiences.application.service;

import io.audiences.application.port.in.DeleteAudience;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;

/** Deletes audiences. */
public final class DeleteAudienceService implements DeleteAudience {

    private final AudienceRepository audiences;

    public DeleteAudienceService(AudienceRepository audiences) {
        this.audiences = audiences;
    }

    @Override
    public void delete(AccountGroupId accountGroupId, AudienceId audienceId) {
        audiences.remove(accountGroupId, audienceId);
    }
}
