package io.audiences.adapters.persistence;

import io.audiences.application.contract.Storage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class H2InMemoryRepositoriesIT extends RepositoryContracts {

    private static TestDatabase database;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2("jdbc:h2:mem:contracts;DB_CLOSE_DELAY=-1");
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
