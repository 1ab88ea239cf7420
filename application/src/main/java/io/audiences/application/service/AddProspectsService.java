package io.audiences.application.service;

import io.audiences.application.command.ProspectHolding;
import io.audiences.application.command.AddProspectsCommand;
import io.audiences.application.command.ProspectBatchResult;
import io.audiences.application.port.in.AddProspects;
import io.audiences.application.port.out.IdSource;
import io.audiences.application.port.out.ProspectRepository;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.ProspectRule;
import io.audiences.domain.plan.PlanCatalog;
import io.audiences.domain.prospect.Prospect;
import io.audiences.domain.prospect.ProspectBatch;
import io.audiences.domain.prospect.ProspectId;
import io.audiences.domain.prospect.ProspectKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/** Adds batches of prospects: the domain's judgement of a batch, applied inside the repository's atomic step. */
public final class AddProspectsService implements AddProspects {

    private final ProspectRepository prospects;
    private final IdSource ids;
    private final Clock clock;
    private final PlanCatalog plans;

    public AddProspectsService(ProspectRepository prospects, IdSource ids, Clock clock, PlanCatalog plans) {
        this.prospects = prospects;
        this.ids = ids;
        this.clock = clock;
        this.plans = plans;
    }

    @Override
    public ProspectBatchResult add(AddProspectsCommand command) {
        Set<ProspectKey> keys = command.items().stream()
                .filter(ProspectBatch.Valid.class::isInstance).map(item -> ((ProspectBatch.Valid) item).draft().key())
                .collect(Collectors.toSet());
        AtomicReference<Judged> judged = new AtomicReference<>();
        long count = prospects.add(command.accountGroupId(), command.audienceId(), keys, holding -> {
            judged.set(judge(command, holding));
            return List.copyOf(judged.get().added().values());
        });
        return judged.get().result(count);
    }

    private Judged judge(AddProspectsCommand command, ProspectHolding holding) {
        Integer max = plans.limitsOf(holding.group().plan()).maxProspectsPerAudience();
        List<ProspectBatch.Outcome> outcomes = ProspectBatch.judge(command.items(), holding.prospectCount(), max,
                key -> Optional.ofNullable(holding.held().get(key)).map(ProspectId::value));
        Instant now = clock.instant();
        Map<Integer, Prospect> added = new TreeMap<>();
        for (ProspectBatch.Outcome outcome : outcomes) {
            if (outcome instanceof ProspectBatch.Added item) {
                added.put(item.index(), new Prospect(new ProspectId(ids.nextId()), command.audienceId(), item.draft(), now));
            }
        }
        return new Judged(outcomes, added);
    }

    /** The batch's outcomes, and the prospect each added item became, by index. */
    private record Judged(List<ProspectBatch.Outcome> outcomes, Map<Integer, Prospect> added) {

        ProspectBatchResult result(long count) {
            List<ProspectBatchResult.Added> adds = new ArrayList<>();
            List<ProspectBatchResult.AlreadyPresent> present = new ArrayList<>();
            List<ProspectBatchResult.Rejected> rejected = new ArrayList<>();
            for (ProspectBatch.Outcome outcome : outcomes) {
                int index = outcome.index();
                if (outcome instanceof ProspectBatch.Added) {
                    adds.add(new ProspectBatchResult.Added(index, added.get(index)));
                } else if (outcome instanceof ProspectBatch.AlreadyPresent item) {
                    ProspectBatch.ExistingProspect existing = item.prospect();
                    present.add(new ProspectBatchResult.AlreadyPresent(index, existing.id() != null
                            ? new ProspectId(existing.id()) : added.get(existing.addedBy()).id()));
                } else if (outcome instanceof ProspectBatch.OverLimit) {
                    rejected.add(new ProspectBatchResult.Rejected(index, ProspectRule.PROSPECT_LIMIT_REACHED.code(), null));
                } else {
                    rejected.add(new ProspectBatchResult.Rejected(index, InvalidInputException.CODE,
                            ((ProspectBatch.Invalid) outcome).details()));
                }
            }
            return new ProspectBatchResult(adds, present, rejected, count);
        }
    }
}
