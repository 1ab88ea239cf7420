package io.audiences.application.command;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.prospect.ProspectPosition;
import java.util.Objects;
import java.util.Optional;

/** One page of an audience's prospects, newest first: up to {@code limit} (as for audiences) after {@code after}. */
public record ListProspectsQuery(AccountGroupId accountGroupId, AudienceId audienceId, Optional<ProspectPosition> after,
        int limit) {

    public ListProspectsQuery {
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(audienceId, "audienceId");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > ListAudiencesQuery.MAX_LIMIT) {
            throw new InvalidInputException(new FieldViolation("limit", ListAudiencesQuery.LIMIT_RULE));
        }
    }
}
