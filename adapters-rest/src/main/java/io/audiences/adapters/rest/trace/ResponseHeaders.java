package io.audiences.adapters.rest.trace;

import java.util.Map;

/** What every response carries beside its trace id, whoever wrote it (a resource, a filter, Jetty). */
public final class ResponseHeaders {

    /**
     * No cache may keep an answer (answers carry account data, and depend on the key), and no
     * browser may read one as another type than it says.
     */
    public static final Map<String, String> ALWAYS = Map.of(
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff");

    private ResponseHeaders() {
    }
}
