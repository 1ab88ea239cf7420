package io.audiences.application.command;

import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.prospect.ProspectId;
import io.audiences.domain.prospect.ProspectKey;
import java.util.Map;

/**
 * An audience as a batch sees it under the audience's hold: its account group (for the plan), how
 * many prospects it holds, and which of the keys asked about it holds already, with their ids.
 */
public record ProspectHolding(AccountGroup group, long prospectCount, Map<ProspectKey, ProspectId> held) {

    public ProspectHolding {
        held = Map.copyOf(held);
    }
}
