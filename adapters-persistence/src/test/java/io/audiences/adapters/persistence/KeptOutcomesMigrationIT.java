package io.audiences.adapters.persistence;

import io.audiences.domain.audience.Name;
import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.command.IdempotencyClaim;
import io.audiences.application.command.IdempotencyScope;
import io.audiences.application.command.KeptOutcome;
import io.audiences.domain.IdempotencyKey;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Outcomes kept before version 5, as the REST adapter rendered them (status, body, Location), are
 * answered as before once the schema is migrated, on H2 and on PostgreSQL; a row that cannot be
 * converted is removed (its key runs again) rather than failing the upgrade, and an upgrade that
 * stopped half-way (H2 commits each DDL statement) runs again to the end.
 */
class KeptOutcomesMigrationIT {

    private static final AccountGroupId GROUP = new AccountGroupId("0123456789abcdef01234567");
    private static final Instant CREATED_AT = Instant.parse("2026-11-26T10:15:30.123Z");
    private static final String API_KEY = "000000000000000000000001";

    @Test
    void onH2() {
        try (TestDatabase database = TestDatabase.h2("jdbc:h2:mem:kept-outcomes-migration;DB_CLOSE_DELAY=-1")) {
            outcomesKeptByVersion4AreAnsweredAsBefore(database.newPool());
        }
    }

    @Test
    void onPostgres() {
        try (Postgres postgres = Postgres.start(); TestDatabase database = postgres.database()) {
            outcomesKeptByVersion4AreAnsweredAsBefore(database.newPool());
        }
    }

    private static void outcomesKeptByVersion4AreAnsweredAsBefore(DataSource pool) {
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("4").load().migrate();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Jdbi jdbi = Jdbi.create(pool);
        insertVersion4Row(jdbi, "audiences", "created", now, 201,
                "{\"id\":\"aaaaaaaaaaaaaaaaaaaaaaaa\",\"name\":\"Q1 \\\"webinar\\\"\",\"type\":\"on_demand\","
                        + "\"description\":null,\"folderId\":\"bbbbbbbbbbbbbbbbbbbbbbbb\",\"prospectCount\":0,"
                        + "\"createdAt\":\"2026-11-26T10:15:30.123Z\"}",
                "/v1/accounts/" + GROUP + "/audiences/aaaaaaaaaaaaaaaaaaaaaaaa");
        insertVersion4Row(jdbi, "folders", "created", now, 201,
                "{\"id\":\"cccccccccccccccccccccccc\",\"name\":\"Campaigns\",\"audienceType\":\"on_demand\",\"isPinned\":false,"
                        + "\"position\":3,\"createdAt\":\"2026-11-26T10:15:30.123Z\",\"updatedAt\":\"2026-11-26T10:15:30.123Z\"}",
                "/v1/accounts/" + GROUP + "/audiences/folders/cccccccccccccccccccccccc");
        insertVersion4Row(jdbi, "audiences", "refused", now, 422,
                "{\"code\":\"AUDIENCE_NAME_TAKEN\",\"message\":\"Audience name already exists\","
                        + "\"details\":\"an audience named \\\"Q1\\\" exists\"}", null);
        insertVersion4Row(jdbi, "audiences", "running", now, null, null, null);
        insertVersion4Row(jdbi, "audiences", "not-json", now, 201, "{\"id\":", "/v1/accounts/" + GROUP + "/audiences/x");
        insertVersion4Row(jdbi, "folders", "not-a-folder", now, 201, "{\"id\":\"not an id\"}", "/v1/accounts/x");
        insertVersion4Row(jdbi, "audiences", "no-code", now, 422, "{\"message\":\"refused\"}", null);
        insertVersion4Row(jdbi, "audiences", "long-details", now, 422,
                "{\"code\":\"AUDIENCE_NAME_TAKEN\",\"details\":\"" + "x".repeat(4001) + "\"}", null);
        // What a first run that stopped after its first statement left behind.
        jdbi.useHandle(handle -> handle.execute("ALTER TABLE idempotency_keys ADD COLUMN outcome VARCHAR(8)"));

        AudiencesDatabase database = AudiencesDatabase.on(pool);
        assertThat(database.migrate()).as("versions 5 to 11").isEqualTo(7);

        assertThat(claim(database, "audiences", "created", Audience.class, now)).isEqualTo(kept(new KeptOutcome.Created<>(
                Audience.restore(new AudienceId("aaaaaaaaaaaaaaaaaaaaaaaa"), GROUP, "Q1 \"webinar\"", null,
                        AudienceType.ON_DEMAND, "bbbbbbbbbbbbbbbbbbbbbbbb", 0, CREATED_AT))));
        assertThat(claim(database, "folders", "created", Folder.class, now)).isEqualTo(kept(new KeptOutcome.Created<>(
                new Folder(new FolderId("cccccccccccccccccccccccc"), GROUP, new Name("Campaigns"), AudienceType.ON_DEMAND,
                        false, 3, CREATED_AT, CREATED_AT))));
        assertThat(claim(database, "audiences", "refused", Audience.class, now)).isEqualTo(kept(
                new KeptOutcome.Refused<Audience>("AUDIENCE_NAME_TAKEN", "an audience named \"Q1\" exists")));
        assertThat(claim(database, "audiences", "running", Audience.class, now)).isEqualTo(new IdempotencyClaim.InUse<Audience>());
        assertThat(claim(database, "audiences", "not-json", Audience.class, now)).isInstanceOf(IdempotencyClaim.Acquired.class);
        assertThat(claim(database, "folders", "not-a-folder", Folder.class, now)).isInstanceOf(IdempotencyClaim.Acquired.class);
        assertThat(claim(database, "audiences", "no-code", Audience.class, now)).isInstanceOf(IdempotencyClaim.Acquired.class);
        assertThat(claim(database, "audiences", "long-details", Audience.class, now)).isInstanceOf(IdempotencyClaim.Acquired.class);
    }

    @Test
    void anUpgradeKilledAfterItsFirstDropIsFinishedByTheNextStart() {
        try (TestDatabase database = TestDatabase.h2("jdbc:h2:mem:kept-outcomes-killed;DB_CLOSE_DELAY=-1")) {
            DataSource pool = database.newPool();
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").target("4").load().migrate();
            Jdbi jdbi = Jdbi.create(pool);
            jdbi.useHandle(handle -> {
                for (String column : new String[] {"outcome VARCHAR(8)", "created VARCHAR(200000)", "refusal_code VARCHAR(64)",
                        "refusal_details VARCHAR(4000)"}) {
                    handle.execute("ALTER TABLE idempotency_keys ADD COLUMN " + column);
                }
                handle.execute("ALTER TABLE idempotency_keys DROP COLUMN status");
            });

            assertThat(AudiencesDatabase.on(pool).migrate()).as("versions 5 to 11").isEqualTo(7);
            int oldColumns = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE TABLE_NAME = 'IDEMPOTENCY_KEYS' AND COLUMN_NAME IN ('BODY', 'LOCATION')").mapTo(Integer.class).one());
            assertThat(oldColumns).isZero();
        }
    }

    private static void insertVersion4Row(Jdbi jdbi, String route, String key, Instant startedAt, Integer status,
            String body, String location) {
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO idempotency_keys (api_key_id, account_group_id, route, "
                        + "idempotency_key, fingerprint, status, body, location, started_at) "
                        + "VALUES (:apiKey, :group, :route, :key, 'fingerprint', :status, :body, :location, :startedAt)")
                .bind("apiKey", API_KEY).bind("group", GROUP.value()).bind("route", route).bind("key", key)
                .bind("status", status).bind("body", body).bind("location", location)
                .bind("startedAt", startedAt.atOffset(java.time.ZoneOffset.UTC))
                .execute());
    }

    private static <T> IdempotencyClaim<T> claim(AudiencesDatabase database, String route, String key, Class<T> type,
            Instant now) {
        return database.idempotency().claim(new IdempotencyScope(API_KEY, GROUP, route, new IdempotencyKey(key)),
                "fingerprint", type, now, now.minus(Duration.ofHours(24)), now.minus(Duration.ofSeconds(10)));
    }

    private static <T> IdempotencyClaim<T> kept(KeptOutcome<T> outcome) {
        return new IdempotencyClaim.Kept<>(outcome);
    }
}
