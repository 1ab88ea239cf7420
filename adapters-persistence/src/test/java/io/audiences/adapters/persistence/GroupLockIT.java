package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.audiences.application.contract.Fixtures;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.plan.Plan;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A change waits for its group's lock at most {@link AudiencesDatabase#LOCK_TIMEOUT}, whatever
 * holds it: another change (the row), or a migration's hold on the whole table. On PostgreSQL the
 * bound ends with the change's transaction ({@code SET LOCAL}); H2's lasts for the session.
 */
class GroupLockIT {

    private static final String PG_LOCK_NOT_AVAILABLE = "55P03";
    private static final String H2_LOCK_TIMEOUT = "HYT00";

    private static Postgres postgres;
    private static TestDatabase onPostgres;

    @BeforeAll
    static void start() {
        postgres = Postgres.start();
        onPostgres = postgres.database();
        onPostgres.migrated();
    }

    @AfterAll
    static void stop() {
        onPostgres.close();
        postgres.close();
    }

    @Test
    void onPostgresqlAChangeBehindAnotherChangeIsRefusedAfterTheLockTimeoutAndTheBoundEndsWithItsTransaction() {
        refusedAfterTheLockTimeout(onPostgres.newPool(), Dialect.POSTGRESQL, PG_LOCK_NOT_AVAILABLE,
                (holder, group) -> GroupLock.take(holder, Dialect.POSTGRESQL, group.id()));
    }

    @Test
    void onPostgresqlAChangeBehindALockOnTheWholeTableIsRefusedAfterTheLockTimeoutToo() {
        refusedAfterTheLockTimeout(onPostgres.newPool(), Dialect.POSTGRESQL, PG_LOCK_NOT_AVAILABLE,
                (holder, group) -> holder.execute("LOCK TABLE account_groups IN ACCESS EXCLUSIVE MODE"));
    }

    @Test
    void onH2AChangeBehindAnotherChangeIsRefusedAfterTheLockTimeout() throws Exception {
        TestDatabase h2 = TestDatabase.h2("jdbc:h2:file:" + Files.createTempDirectory("audiences-lock-").resolve("audiences"));
        try {
            h2.migrated();
            refusedAfterTheLockTimeout(h2.newPool(), Dialect.H2, H2_LOCK_TIMEOUT,
                    (holder, group) -> GroupLock.take(holder, Dialect.H2, group.id()));
        } finally {
            h2.close();
        }
    }

    /**
     * {@code hold} on one connection, in a transaction, while another takes the group's lock as a
     * change does: the taker must be refused by the database's lock timeout after about
     * {@link AudiencesDatabase#LOCK_TIMEOUT}, then take the lock once it is free.
     */
    private static void refusedAfterTheLockTimeout(DataSource pool, Dialect dialect, String sqlState, BiConsumer<Handle, AccountGroup> hold) {
        AccountGroup group = Fixtures.accountGroup(Plan.STARTER, false);
        AudiencesDatabase.on(pool).accountGroups().insert(group);
        Jdbi jdbi = Jdbi.create(pool);
        try (Handle holder = jdbi.open(); Handle taker = jdbi.open()) {
            if (dialect == Dialect.POSTGRESQL) {
                taker.execute("SET statement_timeout = '10s'"); // without the bound the test fails, not hangs
            }
            holder.begin();
            hold.accept(holder, group);

            long start = System.nanoTime();
            Throwable refused = catchThrowable(() -> taker.useTransaction(transaction -> GroupLock.take(transaction, dialect, group.id())));
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            holder.rollback();

            assertThat(refused).as("the lock is held elsewhere").isNotNull();
            assertThat(StorageErrors.causes(refused).map(SQLException::getSQLState).findFirst()).as("the database's lock timeout")
                    .contains(sqlState);
            assertThat(waited).isBetween(AudiencesDatabase.LOCK_TIMEOUT.minusMillis(200), AudiencesDatabase.LOCK_TIMEOUT.plusSeconds(5));
            if (dialect == Dialect.POSTGRESQL) {
                String bound = taker.inTransaction(next -> next.createQuery("SHOW lock_timeout").mapTo(String.class).one());
                assertThat(bound).as("the bound is the change's transaction's alone").isEqualTo("0");
            }
            String lockedOnceFree = taker.inTransaction(next -> GroupLock.take(next, dialect, group.id()).group().id());
            assertThat(lockedOnceFree).isEqualTo(group.id().value());
        }
    }
}
