package io.audiences.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The SHA-256 of an API key's secret, in lower-case hex: the only form in which a key is stored.
 * A plain hash is enough because the secret itself carries 256 random bits (nothing to brute-force).
 */
public record ApiKeyHash(String hex) {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");

    public ApiKeyHash {
        if (hex == null || !FORMAT.matcher(hex).matches()) {
            throw new IllegalArgumentException("an API key hash is 64 lower-case hex characters");
        }
    }

    static ApiKeyHash of(byte[] digest) {
        return new ApiKeyHash(HexFormat.of().formatHex(digest));
    }

    /** Compares in constant time, so a timing side channel reveals nothing about a stored hash. */
    public boolean matches(ApiKeyHash other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
