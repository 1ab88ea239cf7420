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
 * Both list queries, exactly as {@link AudienceDao} has them (its own SQL, with its parameters
 * bound in order), read the keyset index already in order on both databases, so a page costs the same
 * however many audiences its group holds; the plans are printed.
 */
class ListQueryPlanIT {

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

    /** The database's plans for page one and page two of {@code group}, its parameters bound as the DAO binds them. */
    private static String plans(Jdbi jdbi, String group) {
        return jdbi.withHandle(handle -> String.join("\n", handle.createQuery("EXPLAIN " + AudienceDao.NEWEST_FIRST)
                        .bind(0, group)
                        .bind(1, 21)
                        .mapTo(String.class).list())
                + "\n" + String.join("\n", handle.createQuery("EXPLAIN " + AudienceDao.NEWEST_FIRST_AFTER)
                        .bind(0, group)
                        .bind(1, OffsetDateTime.parse("2026-11-26T10:00:05Z"))
                        .bind(2, "ffffffffffffffffffffffff")
                        .bind(3, 21)
                        .mapTo(String.class).list()));
    }

    @Test
    void h2ReadsTheIndexInOrder() {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:plans;DB_CLOSE_DELAY=-1")) {
            String group = seed(h2.migrated());

            String plans = plans(Jdbi.create(h2.newPool()), group);

            System.out.println("H2 plans of the list queries:\n" + plans);
            assertThat(plans.toUpperCase().split("AUDIENCES_BY_GROUP_NEWEST_FIRST", -1)).hasSize(3);
            // Sorted by the index, not read whole and sorted afterwards ("index sorted: 1 of 3 columns").
            assertThat(plans.split("/\\* index sorted \\*/", -1)).hasSize(3);
        }
    }

    @Test
    void postgresqlReadsTheIndexInOrder() {
        try (Postgres postgres = Postgres.start(); TestDatabase database = postgres.database()) {
            String group = seed(database.migrated());
            Jdbi jdbi = Jdbi.create(database.newPool());
            jdbi.useHandle(handle -> handle.execute("ANALYZE audiences"));

            String plans = plans(jdbi, group);

            System.out.println("PostgreSQL plans of the list queries:\n" + plans);
            assertThat(plans.split("Index Scan using audiences_by_group_newest_first", -1)).hasSize(3);
            assertThat(plans).doesNotContain("Seq Scan").doesNotContain("Sort");
        }
    }
}
