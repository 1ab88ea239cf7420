package io.audiences.adapters.persistence;

import io.audiences.application.contract.Storage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PostgresRepositoriesIT extends RepositoryContracts {

    private static Postgres postgres;
    private static TestDatabase database;

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        database = postgres.database();
        database.migrated();
    }

    @AfterAll
    static void stop() {
        database.close();
        postgres.close();
    }

    @Override
    Storage storage() {
        return database.storage();
    }
}
