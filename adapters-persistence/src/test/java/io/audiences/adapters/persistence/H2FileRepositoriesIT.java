package io.audiences.adapters.persistence;

import io.audiences.application.contract.Storage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2FileRepositoriesIT extends RepositoryContracts {

    private static TestDatabase database;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("audiences-h2-");
        database = TestDatabase.h2("jdbc:h2:file:" + dir.resolve("audiences").toAbsolutePath());
        database.migrated();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Override
    Storage storage() {
        return database.storage();
    }
}
