package io.audiences.application.command;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.apikey.Permission;
import java.util.Set;

/** Issue an API key with these permissions for these account groups; {@code label} may be {@code null}. */
public record IssueApiKeyCommand(Set<AccountGroupId> accountGroupIds, Set<Permission> permissions, String label) {

    public IssueApiKeyCommand {
        accountGroupIds = Set.copyOf(accountGroupIds);
        permissions = Set.copyOf(permissions);
        if (accountGroupIds.isEmpty()) {
            throw new InvalidInputException(new FieldViolation("accountGroup", "at least one is required"));
        }
    }
}
