package io.audiences.domain.audience;

import io.audiences.domain.accountgroup.AccountGroup;
import java.util.Objects;

/**
 * An account group as the creation rules see it at the moment of a creation attempt.
 *
 * @param group               the account group, with its plan and LinkedIn connection
 * @param audiences           how many audiences it holds
 * @param monitoringAudiences how many of those are monitoring audiences
 * @param nameTaken           whether it already holds an audience with the new audience's {@link NameKey}
 */
public record AccountGroupSnapshot(AccountGroup group, long audiences, long monitoringAudiences, boolean nameTaken) {

    public AccountGroupSnapshot {
        Objects.requireNonNull(group, "group");
        if (audiences < 0 || monitoringAudiences < 0 || monitoringAudiences > audiences) {
            throw new IllegalArgumentException(
                    "inconsistent counts: " + audiences + " audiences, " + monitoringAudiences + " monitoring");
        }
    }
}
