package io.audiences.application.service;

import io.audiences.application.port.in.GetAudience;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;

/** Reads one audience of an account group. */
public final class GetAudienceService implements GetAudience {

    private final AudienceRepository audiences;

    public GetAudienceService(AudienceRepository audiences) {
        this.audiences = audiences;
    }

    @Override
    public Audience get(AccountGroupId accountGroupId, AudienceId audienceId) {
        return audiences.find(accountGroupId, audienceId)
                .orElseThrow(() -> new UnknownIdException("no audience " + audienceId + " in this account group"));
    }
}
