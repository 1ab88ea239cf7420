package io.audiences.adapters.rest.error;

import java.util.Map;

/** A refusal decided by the REST layer itself (auth, access, media type, body), answered with its code. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Map<String, String> headers;

    public ApiException(ErrorCode code, String details) {
        this(code, details, Map.of());
    }

    public ApiException(ErrorCode code, String details, Map<String, String> headers) {
        super(details, null, false, false);
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public ErrorCode code() {
        return code;
    }

    public String details() {
        return getMessage();
    }

    public Map<String, String> headers() {
        return headers;
    }
}
