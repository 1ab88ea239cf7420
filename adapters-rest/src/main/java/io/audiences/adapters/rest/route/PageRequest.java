package io.audiences.adapters.rest.route;

import io.audiences.application.command.ListAudiencesQuery;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;

/** A list's {@code limit} query parameter: 1 to 100, 20 when absent or empty. */
public final class PageRequest {

    private PageRequest() {
    }

    public static int limit(String limit) {
        if (limit == null || limit.isEmpty()) {
            return ListAudiencesQuery.DEFAULT_LIMIT;
        }
        if (!limit.matches("[0-9]{1,3}")) {
            throw new InvalidInputException(new FieldViolation("limit", ListAudiencesQuery.LIMIT_RULE));
        }
        return Integer.parseInt(limit);
    }
}
