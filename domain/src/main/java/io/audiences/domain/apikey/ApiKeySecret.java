package io.audiences.domain.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * The secret part of an API key, as the caller sends it: {@code sk_live_} and 43 URL-safe
 * characters (256 random bits). It is shown once, when issued; {@link #toString()} never reveals it.
 */
public final class ApiKeySecret {

    public static final String PREFIX = "sk_live_";
    public static final int RANDOM_BYTES = 32;

    private final String value;

    private ApiKeySecret(String value) {
        this.value = value;
    }

    /** A new secret from {@value #RANDOM_BYTES} bytes of a secure random source. */
    public static ApiKeySecret fromRandomBytes(byte[] random) {
        if (random.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("an API key needs " + RANDOM_BYTES + " random bytes");
        }
        return new ApiKeySecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** The secret a caller presented; its format is not checked, only its hash is ever compared. */
    public static ApiKeySecret presented(String value) {
        return new ApiKeySecret(Objects.requireNonNull(value, "value"));
    }

    /** The full secret, to hand to its owner once. */
    public String reveal() {
        return value;
    }

    /** The one-way hash under which the key is stored and looked up. */
    public ApiKeyHash hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return ApiKeyHash.of(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
