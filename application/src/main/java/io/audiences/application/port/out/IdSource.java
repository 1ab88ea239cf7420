package io.audiences.application.port.out;

/** Where new ids and secrets come from. */
public interface IdSource {

    /** A new, unique, hard-to-guess id: 24 lower-case hex characters. */
    String nextId();

    /** {@code length} bytes from a cryptographically secure random source, for API key secrets. */
    byte[] nextSecretBytes(int length);
}
