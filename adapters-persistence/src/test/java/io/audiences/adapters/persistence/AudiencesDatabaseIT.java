package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.StorageException;
import org.junit.jupiter.api.Test;

class AudiencesDatabaseIT {

    @Test
    void migratingTwiceAppliesNothingTheSecondTime() {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:migrate-twice;DB_CLOSE_DELAY=-1")) {
            AudiencesDatabase database = AudiencesDatabase.on(h2.newPool());

            assertThat(database.migrate()).isPositive();
            assertThat(database.migrate()).isZero();
            database.ping();
        }
    }

    @Test
    void anUnreachableDatabaseIsAStorageException() {
        try (TestDatabase nowhere = new TestDatabase("org.postgresql.Driver", "jdbc:postgresql://127.0.0.1:1/none", "x", "")) {
            org.apache.tomcat.jdbc.pool.DataSource pool = nowhere.newPool();
            pool.setMaxWait(1_000);

            assertThatThrownBy(() -> AudiencesDatabase.on(pool)).isInstanceOf(StorageException.class);
        }
    }
}
