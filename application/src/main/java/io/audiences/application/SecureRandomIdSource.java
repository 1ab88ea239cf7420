package io.audiences.application;

import io.audiences.application.port.out.IdSource;
import java.security.SecureRandom;
import java.util.HexFormat;

/** Ids and secrets from {@link SecureRandom}: 96 random bits per id, hard to guess and practically unique. */
public final class SecureRandomIdSource implements IdSource {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String nextId() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public byte[] nextSecretBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
