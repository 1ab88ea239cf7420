package io.audiences.adapters.rest.error;

import io.audiences.domain.DomainRefusal;

/**
 * The REST adapter's one table of refusals: each of the contract's error codes (section 4, and those
 * of the HTTP server's own refusals) with its HTTP status and short human message. The domain's
 * refusals carry their codes; this table gives them a status.
 */
public enum ErrorCode {
    VALIDATION_ERROR(400, "Request validation failed"),
    INVALID_API_KEY(401, "Invalid or missing API key"),
    MISSING_PERMISSION(403, "Missing required permission"),
    ACCOUNT_GROUP_ACCESS_DENIED(403, "Access to this account group is denied"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed on this resource"),
    REQUEST_TIMEOUT(408, "The request did not arrive in time"),
    PAYLOAD_TOO_LARGE(413, "Request body is too large"),
    URI_TOO_LONG(414, "Request URI is too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Content-Type must be application/json"),
    EXPECTATION_FAILED(417, "The Expect header cannot be met"),
    UPGRADE_REQUIRED(426, "Protocol upgrade required"),
    HEADERS_TOO_LARGE(431, "Request headers are too large"),
    MONITORING_NOT_AVAILABLE(422, "The plan does not include monitoring audiences"),
    LINKEDIN_ACCOUNT_REQUIRED(422, "Monitoring audiences need a connected LinkedIn account"),
    AUDIENCE_LIMIT_REACHED(422, "The plan's audience limit is reached"),
    MONITORING_LIMIT_REACHED(422, "The plan's monitoring audience limit is reached"),
    AUDIENCE_NAME_TAKEN(422, "Another audience of the account group has this name"),
    FOLDER_LIMIT_REACHED(422, "The account group's folder limit is reached"),
    FOLDER_NAME_TAKEN(422, "Another folder of the account group has this name"),
    FOLDER_NOT_FOUND(422, "No such folder in the account group"),
    FOLDER_TYPE_MISMATCH(422, "The folder holds audiences of another type"),
    PROSPECT_LIMIT_REACHED(422, "The plan's prospect limit for the audience is reached"),
    IDEMPOTENCY_KEY_IN_USE(409, "A request with this Idempotency-Key is still running"),
    AUDIENCE_NOT_READY(409, "An import of the audience is queued or running"),
    IMPORT_ALREADY_FINISHED(409, "The import has finished already"),
    IDEMPOTENCY_KEY_REUSED(422, "This Idempotency-Key was sent with another request"),
    RATE_LIMIT_EXCEEDED(429, "Rate limit exceeded"),
    INTERNAL_ERROR(500, "Internal server error"),
    HTTP_VERSION_NOT_SUPPORTED(505, "HTTP version not supported");

    private final int status;
    private final String message;

    ErrorCode(int status, String message) {
        this.status = status;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public String message() {
        return message;
    }

    /** The entry for a refusal of the domain, whose code is the contract's. */
    public static ErrorCode of(DomainRefusal refusal) {
        return valueOf(refusal.code());
    }

    /**
     * The code for an error status that the HTTP stack produced on its own: the code of that status
     * where there is one, else {@code VALIDATION_ERROR} for the other 4xx and {@code INTERNAL_ERROR}
     * for the other 5xx.
     */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> INVALID_API_KEY;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 408 -> REQUEST_TIMEOUT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 417 -> EXPECTATION_FAILED;
            case 426 -> UPGRADE_REQUIRED;
            case 429 -> RATE_LIMIT_EXCEEDED;
            case 431 -> HEADERS_TOO_LARGE;
            case 505 -> HTTP_VERSION_NOT_SUPPORTED;
            default -> status >= 400 && status < 500 ? VALIDATION_ERROR : INTERNAL_ERROR;
        };
    }
}
