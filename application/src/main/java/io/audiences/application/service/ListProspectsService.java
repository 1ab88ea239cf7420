package io.audiences.application.service;

import io.audiences.application.command.ListProspectsQuery;
import io.audiences.application.command.ProspectPage;
import io.audiences.application.port.in.ListProspects;
import io.audiences.application.port.out.ProspectRepository;
import io.audiences.domain.prospect.Prospect;
import java.util.List;

/** Pages through an audience's prospects, newest first. */
public final class ListProspectsService implements ListProspects {

    private final ProspectRepository prospects;

    public ListProspectsService(ProspectRepository prospects) {
        this.prospects = prospects;
    }

    @Override
    public ProspectPage list(ListProspectsQuery query) {
        // One more than asked tells whether another page follows.
        List<Prospect> found = prospects.listNewestFirst(query.accountGroupId(), query.audienceId(), query.after(),
                query.limit() + 1);
        boolean hasMore = found.size() > query.limit();
        return new ProspectPage(hasMore ? found.subList(0, query.limit()) : found, hasMore);
    }
}
