package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.contract.Fixtures;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.prospect.Prospect;
import io.audiences.domain.prospect.ProspectDraft;
import io.audiences.domain.prospect.ProspectId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The prospect list's two queries, the batch's duplicate check and an import's next rows, exactly as
 * {@link ProspectDao} and {@link ImportDao} send them, read only the audience's part of an index on both databases (in order, for the
 * list): their cost does not grow with other audiences' prospects. The plans are printed.
 */
class ProspectQueryPlanIT {

    private static final Instant START = Instant.parse("2026-11-26T10:00:00Z");

    /** 20 audiences of 200 prospects each; returns one of them. */
    private static String seed(AudiencesDatabase database) {
        AccountGroup group = Fixtures.accountGroup(Plan.ENTERPRISE, true);
        database.accountGroups().insert(group);
        List<Audience> audiences = new ArrayList<>();
        for (int a = 0; a < 20; a++) {
            Audience audience = Fixtures.audience(group.id(), "Audience " + a, "on_demand", START);
            database.audiences().add(group.id(), audience.nameKey(), snapshot -> audience);
            audiences.add(audience);
        }
        for (Audience audience : audiences) {
            for (int batch = 0; batch < 2; batch++) {
                int first = batch * 100;
                database.prospects().add(group.id(), audience.id(), Set.of(), holding -> IntStream.range(first, first + 100)
                        .mapToObj(i -> new Prospect(new ProspectId(Fixtures.newHexId()), audience.id(),
                                ProspectDraft.of(Map.of("linkedinUrl", "https://www.linkedin.com/in/p-" + i)),
                                START.plusMillis(i)))
                        .toList());
            }
        }
        return audiences.get(7).id().value();
    }

    private static String plans(Jdbi jdbi, String audience) {
        return jdbi.withHandle(handle -> String.join("\n", handle.createQuery("EXPLAIN " + ProspectDao.NEWEST_FIRST)
                        .bind("audienceId", audience).bind("limit", 21).mapTo(String.class).list())
                + "\n" + String.join("\n", handle.createQuery("EXPLAIN " + ProspectDao.NEWEST_FIRST_AFTER)
                        .bind("audienceId", audience).bind("addedAt", OffsetDateTime.parse("2026-11-26T10:00:00.100Z"))
                        .bind("id", "ffffffffffffffffffffffff").bind("limit", 21).mapTo(String.class).list())
                + "\n" + String.join("\n", handle.createQuery("EXPLAIN " + ImportDao.BLOCK_AFTER)
                        .bind("importId", "ffffffffffffffffffffffff").bind("row", 100).mapTo(String.class).list())
                + "\n" + String.join("\n", handle.createQuery("EXPLAIN " + ProspectDao.held(3))
                        .bind("audienceId", audience).bind("key0", "in:p-1").bind("key1", "in:p-2").bind("key2", "email:x@acme.io")
                        .mapTo(String.class).list()));
    }

    @Test
    void h2ReadsOnlyTheAudiencesPartOfTheIndexes() {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:prospect-plans;DB_CLOSE_DELAY=-1")) {
            String audience = seed(h2.migrated());

            String plans = plans(Jdbi.create(h2.newPool()), audience);

            System.out.println("H2 plans of the prospect queries:\n" + plans);
            assertThat(plans.toUpperCase().split("PROSPECTS_BY_AUDIENCE_NEWEST_FIRST", -1)).hasSize(3);
            // Both list queries and an import's next block of rows: read in index order, never sorted.
            assertThat(plans.split("/\\* index sorted \\*/", -1)).hasSize(4);
            assertThat(plans.toUpperCase()).contains("PROSPECT_IMPORT_BLOCKS");
            // Three probes of the unique index by both columns, not a read of the audience's part.
            assertThat(plans.toUpperCase()).contains("PROSPECTS_KEY_UNIQUE_INDEX_8:  IN(ROW (?1, ?2), ROW (?3, ?4), ROW (?5, ?6)) */");
            assertThat(plans.toUpperCase()).doesNotContain("TABLE SCAN");
        }
    }

    @Test
    void postgresqlReadsOnlyTheAudiencesPartOfTheIndexes() {
        try (Postgres postgres = Postgres.start(); TestDatabase database = postgres.database()) {
            String audience = seed(database.migrated());
            Jdbi jdbi = Jdbi.create(database.newPool());
            jdbi.useHandle(handle -> handle.execute("ANALYZE prospects"));

            String plans = plans(jdbi, audience);

            System.out.println("PostgreSQL plans of the prospect queries:\n" + plans);
            assertThat(plans.split("Index Scan using prospects_by_audience_newest_first", -1)).hasSize(3);
            assertThat(plans).contains("prospects_key_unique").contains("prospect_key)::text = 'in:p-1'");
            assertThat(plans).doesNotContain("Seq Scan").doesNotContain("Sort");
            assertThat(plans).contains("Index Scan using prospect_import_blocks_pkey");
        }
    }
}
