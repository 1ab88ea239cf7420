package io.audiences.application.contract;

import io.audiences.application.port.out.IdSource;
import java.util.HexFormat;
import java.util.SplittableRandom;

/** Reproducible ids for tests: random-looking, from a fixed seed. Thread-safe. */
public final class SeededIdSource implements IdSource {

    private SplittableRandom random;

    public SeededIdSource(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public synchronized String nextId() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public synchronized byte[] nextSecretBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
