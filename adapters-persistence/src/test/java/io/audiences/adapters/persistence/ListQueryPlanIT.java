package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.contract.Fixtures;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.plan.Plan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The list query (as {@code AudienceDao} sends it) is served by the keyset index on both databases; the plans are printed. */
class ListQueryPlanIT {

    private static final String KEYSET = "SELECT * FROM audiences WHERE account_group_id = '%s' "
            + "AND (created_at, id) < (TIMESTAMP WITH TIME ZONE '2026-11-26 10:00:05+00', 'ffffffffffffffffffffffff') "
            + "ORDER BY created_at DESC, id DESC LIMIT 21";

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

    private static String plan(Jdbi jdbi, String explain) {
        List<String> lines = jdbi.withHandle(handle -> handle.createQuery(explain).mapTo(String.class).list());
        return String.join("\n", lines);
    }

    @Test
    void h2UsesTheIndex() {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:plans;DB_CLOSE_DELAY=-1")) {
            String group = seed(h2.migrated());

            String plan = plan(Jdbi.create(h2.newPool()), "EXPLAIN " + KEYSET.formatted(group));

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

            String plan = plan(jdbi, "EXPLAIN " + KEYSET.formatted(group));

            System.out.println("PostgreSQL plan of the keyset list query:\n" + plan);
            assertThat(plan).contains("Index Scan using audiences_by_group_newest_first")
                    .doesNotContain("Seq Scan").doesNotContain("Sort");
        }
    }
}
