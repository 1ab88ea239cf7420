package io.audiences.application.violation;

import java.net.http.HttpClient;

/** Violates the rule that the core holds no HTTP concept, without naming one: it uses the JDK's HTTP client. */
public record CreationAnsweredFromTheCore(HttpClient client) {
}
