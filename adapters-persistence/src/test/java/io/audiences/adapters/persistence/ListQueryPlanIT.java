package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.contract.Fixtures;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.plan.Plan;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The keyset list query, exactly as {@link AudienceDao} sends it (its own SQL, with its parameters
 * bound), is served by the keyset index on both databases; the plans are printed.
 */
class ListQueryPlanIT {

    private static final String KEYSET = AudienceDao.NEWEST_FIRST_AFTER;

    private static String seed(AudiencesDatabase database) {
        List<AccountGroup> groups = new ArrayList<>();
        for (int g = 0; g < 20; g++) {
            AccountGroup group = Fixtures.accountGroup(Plan.ENTERPRISE, true);
            database.accountGroups().insert(group);
            groups.add(group);
        }
        for (int i = 0; i < 4000; i++) {
            AccountGroup group = groups.get(i % groups.size());
            Audience audience = Fixtures.audience(group.id(), "Audience " + i, "on_demand",
                    Instant.parse("2026-11-26T10:00:00Z").plusMillis(i * 7L));
            database.audiences().add(group.id(), audience.nameKey(), snapshot -> audience);
        }
        return groups.get(3).id().value();
    }

    /** The database's plan for the keyset query on page two of {@code group}, its parameters bound as the DAO binds them. */
    private static String plan(Jdbi jdbi, String group) {
        List<String> lines = jdbi.withHandle(handle -> handle.createQuery("EXPLAIN " + KEYSET)
                .bind("accountGroupId", group)
                .bind("createdAt", OffsetDateTime.parse("2026-11-26T10:00:05Z"))
                .bind("id", "ffffffffffffffffffffffff")
                .bind("limit", 21)
                .mapTo(String.class).list());
        return String.join("\n", lines);
    }

    @Test
    void h2UsesTheIndex() {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:plans;DB_CLOSE_DELAY=-1")) {
            String group = seed(h2.migrated());

            String plan = plan(Jdbi.create(h2.newPool()), group);

            System.out.println("H2 plan of the keyset list query:\n" + plan);
            assertThat(plan.toUpperCase()).contains("AUDIENCES_BY_GROUP_NEWEST_FIRST");
        }
    }

    @Test
    void postgresqlUsesTheIndex() {
        try (Postgres postgres = Postgres.start(); TestDatabase database = postgres.database()) {
            String group = seed(database.migrated());
            Jdbi jdbi = Jdbi.create(database.newPool());
            jdbi.useHandle(handle -> handle.execute("ANALYZE audiences"));

            String plan = plan(jdbi, group);

            System.out.println("PostgreSQL plan of the keyset list query:\n" + plan);
            assertThat(plan).contains("Index Scan using audiences_by_group_newest_first")
                    .doesNotContain("Seq Scan").doesNotContain("Sort");
        }
    }
}
