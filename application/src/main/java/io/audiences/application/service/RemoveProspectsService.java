package io.audiences.application.service;

import io.audiences.application.command.ProspectRemoval;
import io.audiences.application.command.ProspectsRemoved;
import io.audiences.application.port.in.RemoveProspects;
import io.audiences.application.port.out.ProspectRepository;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ProspectId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Removes prospects from an audience; an id asked twice is answered once. */
public final class RemoveProspectsService implements RemoveProspects {

    private final ProspectRepository prospects;

    public RemoveProspectsService(ProspectRepository prospects) {
        this.prospects = prospects;
    }

    @Override
    public ProspectsRemoved remove(AccountGroupId accountGroupId, AudienceId audienceId, List<ProspectId> prospectIds) {
        Set<ProspectId> asked = new LinkedHashSet<>(prospectIds);
        ProspectRemoval removal = prospects.remove(accountGroupId, audienceId, asked);
        Map<Boolean, List<ProspectId>> byOutcome = asked.stream()
                .collect(Collectors.partitioningBy(removal.removed()::contains));
        return new ProspectsRemoved(byOutcome.get(true), byOutcome.get(false), removal.prospectCount());
    }
}
