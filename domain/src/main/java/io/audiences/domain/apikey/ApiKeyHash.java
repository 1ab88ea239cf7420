package io.audiences.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The SHA-256 of an API key's secret, in lower-case hex: the only form in which a key is stored.
 * A plain hash is enough because the secret itself carries 256 random bits (nothing to brute-force).
 */
public record ApiKeyHash(String hex) {

    private static final int LENGTH = 64;

    public ApiKeyHash {
        if (!isLowerCaseHex(hex)) {
            throw new IllegalArgumentException("an API key hash is 64 lower-case hex characters");
        }
    }

    /** Checked on every request's key lookup, so a loop rather than a regular expression. */
    private static boolean isLowerCaseHex(String hex) {
        if (hex == null || hex.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = hex.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    static ApiKeyHash of(byte[] digest) {
        return new ApiKeyHash(HexFormat.of().formatHex(digest));
    }

    /** Compares in constant time, so a timing side channel reveals nothing about a stored hash. */
    public boolean matches(ApiKeyHash other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
