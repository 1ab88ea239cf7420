package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.audiences.application.contract.Fixtures;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.plan.Plan;
import java.nio.file.Files;
import java.time.Duration;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A change waits for its group's row lock at most {@link AudiencesDatabase#LOCK_TIMEOUT}, on
 * PostgreSQL (where the bound is set by the locking query itself) and on H2 (by a statement
 * before it), and the bound ends with the change's transaction.
 */
class GroupLockIT {

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
    void onPostgresqlAChangeWaitsForALockHeldElsewhereAtMostTheLockTimeoutAndTheBoundEndsWithItsTransaction() {
        Duration waited = waitBehindAHeldLock(onPostgres.newPool(), Dialect.POSTGRESQL, "SHOW lock_timeout", "0");

        assertThat(waited).isBetween(AudiencesDatabase.LOCK_TIMEOUT.minusMillis(200), AudiencesDatabase.LOCK_TIMEOUT.plusSeconds(5));
    }

    @Test
    void onH2TheSame() throws Exception {
        TestDatabase h2 = TestDatabase.h2("jdbc:h2:file:" + Files.createTempDirectory("audiences-lock-").resolve("audiences"));
        try {
            h2.migrated();
            Duration waited = waitBehindAHeldLock(h2.newPool(), Dialect.H2, null, null);

            assertThat(waited).isBetween(AudiencesDatabase.LOCK_TIMEOUT.minusMillis(200), AudiencesDatabase.LOCK_TIMEOUT.plusSeconds(5));
        } finally {
            h2.close();
        }
    }

    /**
     * Holds a new group's row lock on one connection while another takes it as a change does; the
     * taker must be refused. Then {@code showBound} on the taker's connection, in a new transaction,
     * must read {@code unbounded}.
     */
    private static Duration waitBehindAHeldLock(DataSource pool, Dialect dialect, String showBound, String unbounded) {
        AudiencesDatabase storage = AudiencesDatabase.on(pool);
        AccountGroup group = Fixtures.accountGroup(Plan.STARTER, false);
        storage.accountGroups().insert(group);
        Jdbi jdbi = Jdbi.create(pool);
        try (Handle holder = jdbi.open(); Handle taker = jdbi.open()) {
            if (dialect == Dialect.POSTGRESQL) {
                taker.execute("SET statement_timeout = '10s'"); // without the bound the test fails, not hangs
            }
            holder.begin();
            assertThat(GroupLock.take(holder, dialect, group.id()).group().id()).isEqualTo(group.id().value());

            long start = System.nanoTime();
            Throwable refused = catchThrowable(() -> taker.useTransaction(transaction -> GroupLock.take(transaction, dialect, group.id())));
            Duration waited = Duration.ofNanos(System.nanoTime() - start);

            assertThat(refused).as("the lock is held elsewhere").isNotNull();
            holder.rollback();
            if (showBound != null) {
                String bound = taker.inTransaction(next -> next.createQuery(showBound).mapTo(String.class).one());
                assertThat(bound).isEqualTo(unbounded);
            }
            String lockedOnceFree = taker.inTransaction(next -> GroupLock.take(next, dialect, group.id()).group().id());
            assertThat(lockedOnceFree).isEqualTo(group.id().value());
            return waited;
        }
    }
}
