package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;

/**
 * Pruning kept idempotency outcomes, exactly as {@link IdempotencyDao} sends it: the expired keys are
 * read through the index on started_at, oldest first, and each is deleted through the primary key,
 * on both databases, so a batch costs the same however many rows the table holds. (Its one-statement
 * form, {@code DELETE … WHERE (key columns) IN (SELECT …)}, read the table again for every row on H2:
 * about 1,000 rows a minute on one busy core.) The plans are printed.
 */
class PruneQueryPlanIT {

    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");
    private static final int ROWS = 3000;

    private static void seed(Jdbi jdbi) {
        jdbi.useTransaction(handle -> {
            PreparedBatch insert = handle.prepareBatch("INSERT INTO idempotency_keys (api_key_id, account_group_id, route, "
                    + "idempotency_key, fingerprint, outcome, refusal_code, refusal_details, started_at) VALUES (:apiKeyId, :group, "
                    + "'audiences', :key, 'f', 'REFUSED', 'AUDIENCE_LIMIT_REACHED', 'no room left', :startedAt)");
            for (int i = 0; i < ROWS; i++) {
                insert.bind("apiKeyId", String.format("%024x", i % 7)).bind("group", String.format("%024x", i % 13))
                        .bind("key", "key-" + i).bind("startedAt", START.plusSeconds(i).atOffset(ZoneOffset.UTC)).add();
            }
            insert.execute();
        });
    }

    private static String plans(Jdbi jdbi) {
        OffsetDateTime before = START.plusSeconds(ROWS / 2).atOffset(ZoneOffset.UTC);
        return jdbi.withHandle(handle -> String.join("\n", handle.createQuery("EXPLAIN " + IdempotencyDao.EXPIRED)
                        .bind("before", before).bind("atMost", 1000).mapTo(String.class).list())
                + "\n" + String.join("\n", handle.createQuery("EXPLAIN " + IdempotencyDao.DELETE_EXPIRED)
                        .bind("apiKeyId", String.format("%024x", 3)).bind("accountGroupId", String.format("%024x", 3))
                        .bind("route", "audiences").bind("key", "key-3").bind("before", before)
                        .mapTo(String.class).list()));
    }

    @Test
    void h2ReadsTheExpiredThroughTheAgeIndexAndDeletesEachByItsKey() {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:prune;DB_CLOSE_DELAY=-1")) {
            h2.migrated();
            Jdbi jdbi = Jdbi.create(h2.newPool());
            seed(jdbi);

            String plans = plans(jdbi);

            System.out.println("H2 plans of the prune:\n" + plans);
            String[] statements = plans.toUpperCase().split("\nDELETE", 2);
            assertThat(statements[0]).contains("IDEMPOTENCY_KEYS_BY_AGE").contains("/* INDEX SORTED */");
            assertThat(statements[1]).contains("PRIMARY_KEY").contains("API_KEY_ID = ").contains("IDEMPOTENCY_KEY = ")
                    .doesNotContain("TABLE SCAN").doesNotContain("SELECT");
        }
    }

    @Test
    void postgresqlReadsTheExpiredThroughTheAgeIndexAndDeletesEachByItsKey() {
        try (Postgres postgres = Postgres.start(); TestDatabase database = postgres.database()) {
            database.migrated();
            Jdbi jdbi = Jdbi.create(database.newPool());
            seed(jdbi);
            jdbi.useHandle(handle -> handle.execute("ANALYZE idempotency_keys"));

            String plans = plans(jdbi);

            System.out.println("PostgreSQL plans of the prune:\n" + plans);
            assertThat(plans).contains("Index Scan using idempotency_keys_by_age").contains("Index Scan using idempotency_keys_scope")
                    .doesNotContain("Seq Scan").doesNotContain("Sort");
        }
    }
}
