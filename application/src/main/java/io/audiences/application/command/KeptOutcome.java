package io.audiences.application.command;

import java.util.Objects;

/**
 * The outcome of a creation, kept for its retries as the caller rendered it: the library stores it
 * and gives it back, and never reads it.
 *
 * @param status   the status answered (a 201 or a 422)
 * @param body     the answer's payload as the caller rendered it
 * @param location where the created thing lives, or {@code null}
 */
public record KeptOutcome(int status, String body, String location) {

    public KeptOutcome {
        Objects.requireNonNull(body, "body");
    }
}
