package io.audiences.adapters.rest.error;

import io.audiences.domain.CreationRule;

/** The contract's error codes (section 4), each with its HTTP status and short human message. */
public enum ErrorCode {
    VALIDATION_ERROR(400, "Request validation failed"),
    INVALID_API_KEY(401, "Invalid or missing API key"),
    MISSING_PERMISSION(403, "Missing required permission"),
    ACCOUNT_GROUP_ACCESS_DENIED(403, "Access to this account group is denied"),
    NOT_FOUND(404, "Resource not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed on this resource"),
    PAYLOAD_TOO_LARGE(413, "Request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Content-Type must be application/json"),
    MONITORING_NOT_AVAILABLE(422, "Audience cannot be created with the requested configuration"),
    LINKEDIN_ACCOUNT_REQUIRED(422, "Audience cannot be created with the requested configuration"),
    AUDIENCE_LIMIT_REACHED(422, "Audience cannot be created with the requested configuration"),
    MONITORING_LIMIT_REACHED(422, "Audience cannot be created with the requested configuration"),
    AUDIENCE_NAME_TAKEN(422, "Audience cannot be created with the requested configuration"),
    RATE_LIMIT_EXCEEDED(429, "Rate limit exceeded"),
    INTERNAL_ERROR(500, "Internal server error");

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

    public static ErrorCode of(CreationRule rule) {
        return switch (rule) {
            case MONITORING_NOT_AVAILABLE -> MONITORING_NOT_AVAILABLE;
            case LINKEDIN_ACCOUNT_REQUIRED -> LINKEDIN_ACCOUNT_REQUIRED;
            case AUDIENCE_LIMIT_REACHED -> AUDIENCE_LIMIT_REACHED;
            case MONITORING_LIMIT_REACHED -> MONITORING_LIMIT_REACHED;
            case AUDIENCE_NAME_TAKEN -> AUDIENCE_NAME_TAKEN;
        };
    }

    /** The code for an error status that the HTTP stack produced on its own. */
    public static ErrorCode forStatus(int status) {
        return switch (status) {
            case 401 -> INVALID_API_KEY;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413, 431 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMIT_EXCEEDED;
            default -> status >= 400 && status < 500 ? VALIDATION_ERROR : INTERNAL_ERROR;
        };
    }
}
