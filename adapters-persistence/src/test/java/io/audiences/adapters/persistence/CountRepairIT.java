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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * After an unclean shutdown H2 may hold a creation half applied; the counts the limits rely on are
 * recomputed from the rows. Here the damage is done by hand: one group's count one below its rows,
 * another's monitoring count one above.
 */
class CountRepairIT {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void countsUnlikeTheirRowsAreRecomputedAndOthersAreLeftAlone() {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:count-repair;DB_CLOSE_DELAY=-1")) {
            AudiencesDatabase database = h2.migrated();
            AccountGroup damaged = group(database, 3, 1);
            AccountGroup inflated = group(database, 2, 0);
            AccountGroup intact = group(database, 2, 1);
            Jdbi sql = Jdbi.create(h2.newPool());
            sql.useHandle(handle -> {
                handle.execute("UPDATE account_groups SET audience_count = audience_count - 1 WHERE id = ?", damaged.id().value());
                handle.execute("UPDATE account_groups SET monitoring_audience_count = 1 WHERE id = ?", inflated.id().value());
            });

            assertThat(database.repairCounts()).containsExactlyInAnyOrder(damaged.id().value(), inflated.id().value());

            assertThat(counts(sql, damaged)).containsExactly(3L, 1L);
            assertThat(counts(sql, inflated)).containsExactly(2L, 0L);
            assertThat(counts(sql, intact)).containsExactly(2L, 1L);
            assertThat(database.repairCounts()).isEmpty();
        }
    }

    @Test
    void prospectCountsUnlikeTheirRowsAreRecomputed() {
        try (TestDatabase h2 = TestDatabase.h2("jdbc:h2:mem:prospect-count-repair;DB_CLOSE_DELAY=-1")) {
            AudiencesDatabase database = h2.migrated();
            AccountGroup group = group(database, 2, 0);
            List<Audience> audiences = database.audiences().listNewestFirst(group.id(), Optional.empty(), 2);
            for (Audience audience : audiences) {
                database.prospects().add(group.id(), audience.id(), Set.of(), holding -> List.of(
                        prospect(audience, "a@acme.io"), prospect(audience, "b@acme.io")));
            }
            Jdbi sql = Jdbi.create(h2.newPool());
            sql.useHandle(handle -> handle.execute("UPDATE audiences SET prospect_count = 7 WHERE id = ?",
                    audiences.get(0).id().value()));

            assertThat(database.repairCounts()).containsExactly(audiences.get(0).id().value());

            for (Audience audience : audiences) {
                assertThat(database.audiences().find(group.id(), audience.id()).orElseThrow().prospectCount()).isEqualTo(2);
            }
            assertThat(database.repairCounts()).isEmpty();
        }
    }

    private static Prospect prospect(Audience audience, String email) {
        return new Prospect(new ProspectId(Fixtures.newHexId()), audience.id(),
                ProspectDraft.of(Map.of("email", email)), NOW);
    }

    private static AccountGroup group(AudiencesDatabase database, int audiences, int monitoring) {
        AccountGroup group = Fixtures.accountGroup(Plan.ENTERPRISE, true);
        database.accountGroups().insert(group);
        for (int i = 0; i < audiences; i++) {
            Audience audience = Fixtures.audience(group.id(), "Audience " + i, i < monitoring ? "monitoring" : "on_demand", NOW);
            database.audiences().add(group.id(), audience.nameKey(), snapshot -> audience);
        }
        return group;
    }

    private static long[] counts(Jdbi sql, AccountGroup group) {
        return sql.withHandle(handle -> handle.createQuery(
                        "SELECT audience_count, monitoring_audience_count FROM account_groups WHERE id = :id")
                .bind("id", group.id().value())
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one());
    }
}
