package io.audiences.application.command;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.Objects;
import java.util.Optional;

/** One page of an account group's audiences, newest first: up to {@code limit} after {@code after}. */
public record ListAudiencesQuery(AccountGroupId accountGroupId, Optional<AudiencePosition> after, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    /** The {@code limit} rule, as a violation names it. */
    public static final String LIMIT_RULE = "must be an integer from 1 to " + MAX_LIMIT;

    public ListAudiencesQuery {
        Objects.requireNonNull(accountGroupId, "accountGroupId");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException(new FieldViolation("limit", LIMIT_RULE));
        }
    }
}
