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
        if (!isOneToThreeDigits(limit)) {
            throw new InvalidInputException(new FieldViolation("limit", ListAudiencesQuery.LIMIT_RULE));
        }
        return Integer.parseInt(limit);
    }

    /** {@code [0-9]{1,3}}: a loop, since {@code String.matches} compiles its pattern on every request. */
    private static boolean isOneToThreeDigits(String limit) {
        if (limit.length() > 3) {
            return false;
        }
        for (int i = 0; i < limit.length(); i++) {
            if (limit.charAt(i) < '0' || limit.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
