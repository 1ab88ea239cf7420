package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.contract.Fixtures;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderDraft;
import io.audiences.domain.folder.FolderId;
import io.audiences.domain.plan.Plan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The navigation's two queries, exactly as the DAOs send them, read only the group's rows, through
 * an index on its id, on both databases: two queries whatever the number of folders, neither reads
 * a whole table. (The navigation returns the whole group, so sorting its rows, which PostgreSQL
 * chooses by cost, reads nothing more.) The plans are printed.
 */
class NavigationQueryPlanIT {

    private static String seed(AudiencesDatabase database) {
        List<AccountGroup> groups = new ArrayList<>();
        for (int g = 0; g < 20; g++) {
            AccountGroup group = Fixtures.accountGroup(Plan.ENTERPRISE, true);
            database.accountGroups().insert(group);
            groups.add(group);
            for (int f = 0; f < 60; f++) {
                int position = f;
                database.folders().add(group.id(), FolderDraft.of("Folder " + f, "on_demand").name().key(),
                        snapshot -> Folder.create(new FolderId(Fixtures.newHexId()), group.id(),
                                FolderDraft.of("Folder " + position, "on_demand"), snapshot.nextPosition(), Instant.now()));
            }
        }
        for (int i = 0; i < 4000; i++) {
            AccountGroup group = groups.get(i % groups.size());
            Audience audience = Fixtures.audience(group.id(), "Audience " + i, "on_demand",
                    Instant.parse("2026-11-26T10:00:00Z").plusMillis(i * 7L));
            database.audiences().add(group.id(), audience.nameKey(), snapshot -> audience);
        }
        return groups.get(3).id().value();
    }

    private static String plans(Jdbi jdbi, String group) {
        return jdbi.withHandle(handle -> String.join("\n", handle.createQuery("EXPLAIN " + FolderDao.BY_POSITION)
                        .bind("accountGroupId", group).mapTo(String.class).list())
                + "\n" + String.join("\n", handle.createQuery("EXPLAIN " + AudienceDao.ALL_NEWEST_FIRST)
                        .bind("accountGroupId", group).mapTo(String.class).list()));
    }

    @Test
    void h2ReadsBothThroughAnIndexOnTheGroup() {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:navigation-plans;DB_CLOSE_DELAY=-1")) {
            String group = seed(h2.migrated());

            String plans = plans(Jdbi.create(h2.newPool()), group);

            System.out.println("H2 plans of the navigation queries:\n" + plans);
            assertThat(plans.split("ACCOUNT_GROUP_ID = \\?1 \\*/", -1)).hasSize(3);
            assertThat(plans).contains("AUDIENCES_BY_GROUP_NEWEST_FIRST").doesNotContain("tableScan");
        }
    }

    @Test
    void postgresqlReadsBothThroughTheirIndexes() {
        try (Postgres postgres = Postgres.start(); TestDatabase database = postgres.database()) {
            String group = seed(database.migrated());
            Jdbi jdbi = Jdbi.create(database.newPool());
            jdbi.useHandle(handle -> handle.execute("ANALYZE"));

            String plans = plans(jdbi, group);

            System.out.println("PostgreSQL plans of the navigation queries:\n" + plans);
            assertThat(plans).contains("Index Scan on folders_position_unique")
                    .contains("Index Scan on audiences_by_group_newest_first").doesNotContain("Seq Scan");
        }
    }
}
