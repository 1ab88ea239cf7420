package io.audiences.domain.prospect;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A prospect's company: its name (the text rules of a person's name, required) and, optionally, its
 * web domain (a host name of at most 253 characters).
 */
public record Company(String name, String domain) {

    public Company {
        Objects.requireNonNull(name, "name");
    }

    static final int MAX_DOMAIN_LENGTH = 253;

    private static final Pattern HOST_NAME =
            Pattern.compile("(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");

    /** The first rule a domain breaks, if any ({@code null} and blank are none). */
    static Optional<String> domainProblem(String raw) {
        String domain = raw == null ? "" : raw.strip();
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        if (domain.length() > MAX_DOMAIN_LENGTH || !HOST_NAME.matcher(domain).matches()) {
            return Optional.of("must be a host name of at most " + MAX_DOMAIN_LENGTH + " characters, e.g. acme.io");
        }
        return Optional.empty();
    }
}
