package io.audiences.domain.prospect;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.domain.prospect.ProspectBatch.Added;
import io.audiences.domain.prospect.ProspectBatch.AlreadyPresent;
import io.audiences.domain.prospect.ProspectBatch.ExistingProspect;
import io.audiences.domain.prospect.ProspectBatch.Invalid;
import io.audiences.domain.prospect.ProspectBatch.Item;
import io.audiences.domain.prospect.ProspectBatch.Malformed;
import io.audiences.domain.prospect.ProspectBatch.OverLimit;
import io.audiences.domain.prospect.ProspectBatch.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** prospects.md, sections 3 and 4: each item judged on its own, in input order. */
class ProspectBatchTest {

    private static final String STORED_ID = "6750a1c2e4b0f3a9d1c2b3b1";

    @Test
    void eachItemIsJudgedOnItsOwnInInputOrder() {
        List<Item> items = List.of(valid("https://www.linkedin.com/in/new-one"), new Malformed("email: is not an email"),
                valid("https://linkedin.com/in/Avery-Stone/?trk=x"), valid("https://fr.linkedin.com/in/NEW-ONE"),
                valid("https://www.linkedin.com/in/new-two"));

        List<ProspectBatch.Outcome> outcomes = ProspectBatch.judge(items, 1, null,
                key -> key.equals(new ProspectKey("in:avery-stone")) ? Optional.of(STORED_ID) : Optional.empty());

        assertThat(outcomes).containsExactly(new Added(0, ((Valid) items.get(0)).draft()), new Invalid(1, "email: is not an email"),
                new AlreadyPresent(2, ExistingProspect.stored(STORED_ID)), new AlreadyPresent(3, ExistingProspect.addedBy(0)),
                new Added(4, ((Valid) items.get(4)).draft()));
    }

    @Test
    void aBatchOfTenIntoRoomForThreeAddsTheFirstThreeNewOnes() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(valid("https://www.linkedin.com/in/p" + i));
        }
        items.set(1, valid("https://www.linkedin.com/in/held"));

        List<ProspectBatch.Outcome> outcomes = ProspectBatch.judge(items, 7, 10,
                key -> key.value().equals("in:held") ? Optional.of(STORED_ID) : Optional.empty());

        assertThat(outcomes).extracting(outcome -> outcome.getClass().getSimpleName()).containsExactly(
                "Added", "AlreadyPresent", "Added", "Added", "OverLimit", "OverLimit", "OverLimit", "OverLimit", "OverLimit",
                "OverLimit");
        assertThat(outcomes.get(4)).isEqualTo(new OverLimit(4));
    }

    private static Item valid(String linkedinUrl) {
        return new Valid(ProspectDraft.of(Map.of("linkedinUrl", linkedinUrl)));
    }
}
