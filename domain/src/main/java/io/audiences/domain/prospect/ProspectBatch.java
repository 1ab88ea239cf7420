package io.audiences.domain.prospect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a batch of prospects does to one audience (prospects.md, sections 3 and 4), judged item by
 * item in input order: a prospect the audience holds already, or an earlier item of the same batch
 * is, is {@link AlreadyPresent}; a new one is {@link Added} while the audience has room, else
 * {@link OverLimit}; an item that broke an input rule stays {@link Invalid}. One bad item never
 * refuses the others.
 */
public final class ProspectBatch {

    private ProspectBatch() {
    }

    /** One item of a batch as read: a valid draft, or what was wrong with it. */
    public sealed interface Item permits Valid, Malformed {
    }

    public record Valid(ProspectDraft draft) implements Item {

        public Valid {
            Objects.requireNonNull(draft, "draft");
        }
    }

    /** @param details the broken rules, as the contract words them ({@code field: problem; …}) */
    public record Malformed(String details) implements Item {

        public Malformed {
            Objects.requireNonNull(details, "details");
        }
    }

    /** What became of the item at {@code index} of the batch. */
    public sealed interface Outcome permits Added, AlreadyPresent, OverLimit, Invalid {
        int index();
    }

    /** A new prospect, to store. */
    public record Added(int index, ProspectDraft draft) implements Outcome {
    }

    /** Held already: a stored prospect, or the one an earlier item of this batch adds. */
    public record AlreadyPresent(int index, ExistingProspect prospect) implements Outcome {
    }

    /** New, but the audience is full: {@code PROSPECT_LIMIT_REACHED}. */
    public record OverLimit(int index) implements Outcome {
    }

    /** Broke an input rule: {@code VALIDATION_ERROR} with these details. */
    public record Invalid(int index, String details) implements Outcome {
    }

    /** A prospect the batch found held: stored already ({@code id}), or added by an earlier item ({@code addedBy}, its index). */
    public record ExistingProspect(String id, Integer addedBy) {

        static ExistingProspect stored(String id) {
            return new ExistingProspect(Objects.requireNonNull(id, "id"), null);
        }

        static ExistingProspect addedBy(int index) {
            return new ExistingProspect(null, index);
        }
    }

    /**
     * Judges {@code items} against an audience holding {@code count} prospects, at most
     * {@code max} ({@code null}: no limit), whose stored prospects {@code stored} finds by key.
     */
    public static List<Outcome> judge(List<Item> items, long count, Integer max, Function<ProspectKey, Optional<String>> stored) {
        List<Outcome> outcomes = new ArrayList<>(items.size());
        Map<ProspectKey, Integer> addedNow = new HashMap<>();
        long held = count;
        for (int index = 0; index < items.size(); index++) {
            Item item = items.get(index);
            if (item instanceof Malformed malformed) {
                outcomes.add(new Invalid(index, malformed.details()));
                continue;
            }
            ProspectDraft draft = ((Valid) item).draft();
            ProspectKey key = draft.key();
            Optional<ExistingProspect> existing = Optional.ofNullable(addedNow.get(key)).map(ExistingProspect::addedBy)
                    .or(() -> stored.apply(key).map(ExistingProspect::stored));
            if (existing.isPresent()) {
                outcomes.add(new AlreadyPresent(index, existing.get()));
            } else if (max != null && held >= max) {
                outcomes.add(new OverLimit(index));
            } else {
                outcomes.add(new Added(index, draft));
                addedNow.put(key, index);
                held++;
            }
        }
        return outcomes;
    }
}
