package io.audiences.application.service;

import io.audiences.application.command.ProspectBatchResult;
import io.audiences.application.command.ProspectHolding;
import io.audiences.application.port.out.IdSource;
import io.audiences.application.port.out.ProspectRepository;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.ProspectRule;
import io.audiences.domain.audience.AudienceId;
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
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The domain's judgement of a batch of prospects against an audience as its repository holds it
 * (its plan's limit, its count, who it holds): the batch route's and an import's step alike.
 */
final class BatchJudge {

    private final IdSource ids;
    private final Clock clock;
    private final PlanCatalog plans;

    BatchJudge(IdSource ids, Clock clock, PlanCatalog plans) {
        this.ids = ids;
        this.clock = clock;
        this.plans = plans;
    }

    /** Who the valid items are: what the repository looks up before the judgement. */
    static Set<ProspectKey> keys(List<ProspectBatch.Item> items) {
        return items.stream().filter(ProspectBatch.Valid.class::isInstance)
                .map(item -> ((ProspectBatch.Valid) item).draft().key()).collect(Collectors.toSet());
    }

    /**
     * The batch judged inside the repository's atomic step that {@code store} runs (it calls the
     * admission it is given with the audience as held, and answers the count afterwards).
     */
    ProspectBatchResult apply(AudienceId audienceId, List<ProspectBatch.Item> items, ToLongFunction<ProspectRepository.Admission> store) {
        AtomicReference<Judged> judged = new AtomicReference<>();
        long count = store.applyAsLong(holding -> {
            judged.set(judge(audienceId, items, holding));
            return judged.get().toStore();
        });
        return judged.get().result(count);
    }

    private Judged judge(AudienceId audienceId, List<ProspectBatch.Item> items, ProspectHolding holding) {
        Integer max = plans.limitsOf(holding.group().plan()).maxProspectsPerAudience();
        List<ProspectBatch.Outcome> outcomes = ProspectBatch.judge(items, holding.prospectCount(), max,
                key -> Optional.ofNullable(holding.held().get(key)).map(ProspectId::value));
        Instant now = clock.instant();
        Map<Integer, Prospect> added = new TreeMap<>();
        for (ProspectBatch.Outcome outcome : outcomes) {
            if (outcome instanceof ProspectBatch.Added item) {
                added.put(item.index(), new Prospect(new ProspectId(ids.nextId()), audienceId, item.draft(), now));
            }
        }
        return new Judged(outcomes, added);
    }

    /** A batch's outcomes, and the prospect each added item became, by index. */
    private record Judged(List<ProspectBatch.Outcome> outcomes, Map<Integer, Prospect> added) {

        List<Prospect> toStore() {
            return List.copyOf(added.values());
        }

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
