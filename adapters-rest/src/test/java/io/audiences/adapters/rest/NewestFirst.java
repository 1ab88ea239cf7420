package io.audiences.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;

/**
 * The list's order, worked out from what the creations answered: newest first, and by id among
 * audiences created in the same millisecond. Tests compare against it instead of assuming that
 * two creations never share a millisecond.
 */
public final class NewestFirst {

    private static final Comparator<JsonNode> ORDER = Comparator
            .comparing((JsonNode audience) -> audience.get("createdAt").asText())
            .thenComparing(audience -> audience.get("id").asText())
            .reversed();

    private NewestFirst() {
    }

    /** The ids of {@code created} (each a 201's {@code data}) in the order the list gives them. */
    public static List<String> ids(List<JsonNode> created) {
        return created.stream().sorted(ORDER).map(audience -> audience.get("id").asText()).toList();
    }
}
