package io.audiences.application.service;

import io.audiences.application.command.AudiencePage;
import io.audiences.application.command.ListAudiencesQuery;
import io.audiences.application.port.in.GetAudience;
import io.audiences.application.port.in.ListAudiences;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.domain.AccountGroupId;
import io.audiences.domain.Audience;
import io.audiences.domain.AudienceId;
import io.audiences.domain.NotFoundException;
import java.util.List;

/** Reads audiences back, so clients can check the state before they retry a creation. */
public final class AudienceQueryService implements ListAudiences, GetAudience {

    private final AudienceRepository audiences;

    public AudienceQueryService(AudienceRepository audiences) {
        this.audiences = audiences;
    }

    @Override
    public AudiencePage list(ListAudiencesQuery query) {
        // One more than asked tells whether another page follows.
        List<Audience> found = audiences.listNewestFirst(query.accountGroupId(), query.after(), query.limit() + 1);
        boolean hasMore = found.size() > query.limit();
        return new AudiencePage(hasMore ? found.subList(0, query.limit()) : found, hasMore);
    }

    @Override
    public Audience get(AccountGroupId accountGroupId, AudienceId audienceId) {
        return audiences.find(accountGroupId, audienceId)
                .orElseThrow(() -> new NotFoundException("no audience " + audienceId + " in this account group"));
    }
}
