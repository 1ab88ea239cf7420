package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.StorageException;
import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void isChosenFromTheDatabasesOwnName() {
        assertThat(Dialect.of("H2")).isEqualTo(Dialect.H2);
        assertThat(Dialect.of("PostgreSQL")).isEqualTo(Dialect.POSTGRESQL);
    }

    @Test
    void anyOtherDatabaseIsRefusedRatherThanTakenForPostgresql() {
        assertThatThrownBy(() -> Dialect.of("MySQL"))
                .isInstanceOf(StorageException.class)
                .hasMessage("unsupported database MySQL: H2 or PostgreSQL");
    }

    @Test
    void theSqlThatDiffersSaysTheSameOnEach() {
        java.time.Duration threeSeconds = java.time.Duration.ofSeconds(3);

        assertThat(Dialect.H2.lockTimeout(threeSeconds)).isEqualTo("SET LOCK_TIMEOUT 3000");
        assertThat(Dialect.POSTGRESQL.lockTimeout(threeSeconds)).isEqualTo("SET LOCAL lock_timeout = '3000ms'");
        assertThat(Dialect.H2.sharedRowLock()).isEqualTo("FOR UPDATE");
        assertThat(Dialect.POSTGRESQL.sharedRowLock()).isEqualTo("FOR SHARE");
    }
}
