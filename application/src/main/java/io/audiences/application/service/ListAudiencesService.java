package io.audiences.application.service;

import io.audiences.application.command.AudiencePage;
import io.audiences.application.command.ListAudiencesQuery;
import io.audiences.application.port.in.ListAudiences;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.domain.audience.Audience;
import java.util.List;

/** Pages through an account group's audiences, newest first, so clients can check before they retry. */
public final class ListAudiencesService implements ListAudiences {

    private final AudienceRepository audiences;

    public ListAudiencesService(AudienceRepository audiences) {
        this.audiences = audiences;
    }

    @Override
    public AudiencePage list(ListAudiencesQuery query) {
        // One more than asked tells whether another page follows.
        List<Audience> found = audiences.listNewestFirst(query.accountGroupId(), query.after(), query.limit() + 1);
        boolean hasMore = found.size() > query.limit();
        return new AudiencePage(hasMore ? found.subList(0, query.limit()) : found, hasMore);
    }
}
