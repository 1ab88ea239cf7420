package io.audiences.application.violation;

/** Violates the rule that the core holds no HTTP concept: an outcome kept as the answer's status and body. */
public record OutcomeKeptAsAnAnswer(int status, String body) {
}
