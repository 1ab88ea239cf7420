package io.audiences.application.service;

import io.audiences.application.command.AddProspectsCommand;
import io.audiences.application.command.ProspectBatchResult;
import io.audiences.application.port.in.AddProspects;
import io.audiences.application.port.out.IdSource;
import io.audiences.application.port.out.ProspectRepository;
import io.audiences.domain.plan.PlanCatalog;
import java.time.Clock;

/** Adds batches of prospects: the domain's judgement of a batch, applied inside the repository's atomic step. */
public final class AddProspectsService implements AddProspects {

    private final ProspectRepository prospects;
    private final BatchJudge judge;

    public AddProspectsService(ProspectRepository prospects, IdSource ids, Clock clock, PlanCatalog plans) {
        this.prospects = prospects;
        this.judge = new BatchJudge(ids, clock, plans);
    }

    @Override
    public ProspectBatchResult add(AddProspectsCommand command) {
        return judge.apply(command.audienceId(), command.items(), admission -> prospects.add(command.accountGroupId(),
                command.audienceId(), BatchJudge.keys(command.items()), admission));
    }
}
