package io.audiences.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A statement's timer is named by what it does and the table it names first, never by its text or values. */
class SqlTimersTest {

    @Test
    void aStatementIsNamedByItsFirstWordAndItsFirstTable() {
        assertThat(SqlTimers.name("INSERT INTO audiences (id, name) VALUES (:id, :name)")).isEqualTo("audiences.sql.insert.audiences");
        assertThat(SqlTimers.name("  UPDATE account_groups SET audiences = audiences + 1 WHERE id = :id"))
                .isEqualTo("audiences.sql.update.account_groups");
        assertThat(SqlTimers.name("SELECT k.id FROM api_keys k JOIN api_key_groups g ON g.key_id = k.id"))
                .isEqualTo("audiences.sql.select.api_keys");
        assertThat(SqlTimers.name("DELETE FROM idempotency_keys WHERE started_at < :before"))
                .isEqualTo("audiences.sql.delete.idempotency_keys");
        assertThat(SqlTimers.name("SELECT (SELECT COUNT(*) FROM audiences) AS n")).isEqualTo("audiences.sql.select.audiences");
        assertThat(SqlTimers.name("SET LOCK_TIMEOUT 3000")).isEqualTo("audiences.sql.set.none");
        assertThat(SqlTimers.name("SET LOCAL lock_timeout = '3000ms'")).isEqualTo("audiences.sql.set.none");
        assertThat(SqlTimers.covers(SqlTimers.name("SELECT 1"))).isTrue();
        assertThat(SqlTimers.covers("io.audiences.adapters.rest.audience.AudienceResource.create")).isFalse();
    }
}
