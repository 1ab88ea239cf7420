package io.audiences.adapters.rest.error;

/**
 * The body of every response (contract section 2): {@code data} on success, {@code error} on failure.
 *
 * @param <T> the type of {@code data}
 */
public record Envelope<T>(boolean success, T data, Error error, String traceId) {

    public static <T> Envelope<T> ok(T data, String traceId) {
        return new Envelope<>(true, data, null, traceId);
    }

    public static Envelope<Void> failure(ErrorCode code, String details, String traceId) {
        return new Envelope<>(false, null, new Error(code.name(), code.message(), details), traceId);
    }

    /** What went wrong: a stable code, one human sentence, and details safe to show (or {@code null}). */
    public record Error(String code, String message, String details) {
    }
}
