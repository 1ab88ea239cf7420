package io.audiences.adapters.persistence;

import io.audiences.application.StorageException;
import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.application.port.out.AudiencesStorage;
import io.audiences.application.port.out.FolderRepository;
import io.audiences.application.port.out.IdempotencyStore;
import io.audiences.application.port.out.ImportRepository;
import io.audiences.application.port.out.ProspectRepository;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database behind the storage ports: H2 or PostgreSQL, reached through a {@link DataSource}.
 * Several instances (several service processes) may share one database; the repositories' atomic
 * steps hold across them.
 */
public final class AudiencesDatabase implements AudiencesStorage {

    private static final Logger LOG = LoggerFactory.getLogger(AudiencesDatabase.class);

    /**
     * How long a creation waits for another one in the same account group before it fails: far
     * beyond a queue of creations (each holds the lock for milliseconds), and short enough to fail
     * before a client or the driver's own timeouts give up.
     */
    static final Duration LOCK_TIMEOUT = Duration.ofSeconds(3);

    /** How often {@link #houseKeep()} should run. */
    public static final Duration HOUSEKEEPING_PERIOD = Duration.ofMillis(H2FileHousekeeping.PERIOD_MILLIS);

    private final DataSource dataSource;
    private final Jdbi jdbi;
    private final PlainReads reads;
    private final Dialect dialect;
    private final H2FileHousekeeping housekeeping;
    private final JdbiApiKeyRepository apiKeys;
    private DbSchedulerImportQueue importQueue;

    private AudiencesDatabase(DataSource dataSource, Jdbi jdbi, StatementTimes times) {
        this.dataSource = dataSource;
        this.jdbi = jdbi;
        this.reads = new PlainReads(dataSource, times);
        this.dialect = detectDialect(jdbi);
        this.housekeeping = new H2FileHousekeeping(jdbi);
        this.apiKeys = new JdbiApiKeyRepository(jdbi, reads);
    }

    /**
     * The database at {@code dataSource}. Does not change its schema: call {@link #migrate()}.
     *
     * @throws StorageException if the database cannot be reached
     */
    public static AudiencesDatabase on(DataSource dataSource) {
        return on(dataSource, Jdbi.create(dataSource), StatementTimes.NONE);
    }

    /**
     * As {@link #on(DataSource)}, its statements run through {@code jdbi}, a {@link Jdbi} over the
     * same data source that the host has configured (Dropwizard's {@code JdbiFactory} times each
     * statement), but for the few reads every request makes, which run on plain JDBC and report
     * their times to {@code times}; migrations use the data source itself.
     */
    public static AudiencesDatabase on(DataSource dataSource, Jdbi jdbi, StatementTimes times) {
        return new AudiencesDatabase(dataSource, jdbi, times);
    }

    /**
     * Brings the schema up to date (safe to run while other instances use the database). A
     * migration may take as long as it needs: the network timeout that bounds every other call
     * (a driver's {@code socketTimeout}, say) is lifted on the connections it uses.
     *
     * @return how many migrations were applied now
     */
    public int migrate() {
        try {
            return Flyway.configure()
                    .dataSource(UnboundedConnections.of(dataSource))
                    .locations("classpath:db/migration")
                    .javaMigrations(new KeptOutcomesMigration(), new ImportRowsInBlocksMigration())
                    .placeholders(Map.of("unlogged", dialect.unloggedTable()))
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (RuntimeException e) {
            throw new StorageException("could not migrate the database", e);
        }
    }

    /**
     * Makes each account group's audience counts, and each audience's prospect count, equal to
     * their rows again, where they are not, and returns the account groups and audiences it
     * repaired. H2 can come back from an unclean shutdown with a committed change half applied (its
     * rows without its count, or the other way round; seen under {@code kill -9} in one crash of
     * twenty or so); the counts are derived from the rows, so they are recomputed, each under its
     * row's lock. PostgreSQL's transactions survive a crash whole, so there it does nothing. Call
     * it before serving.
     */
    public List<String> repairCounts() {
        if (!dialect.mayLosePartOfACommitInACrash()) {
            return List.of();
        }
        return StorageErrors.translate(() -> {
            List<String> groups = jdbi.withHandle(handle -> new AccountGroupDao(handle).withCountsUnlikeTheirRows());
            for (String group : groups) {
                jdbi.useTransaction(handle -> {
                    AccountGroupDao accountGroups = new AccountGroupDao(handle);
                    accountGroups.lock(group);
                    accountGroups.recount(group);
                });
                LOG.warn("Recounted the audiences of account group {}: its counts were not those of its rows "
                        + "(the database was not shut down cleanly)", group);
            }
            List<String> audiences = jdbi.withHandle(handle -> new ProspectDao(handle).audiencesCountedUnlikeTheirRows());
            for (String audience : audiences) {
                jdbi.useTransaction(handle -> new ProspectDao(handle).recount(audience));
                LOG.warn("Recounted the prospects of audience {}: its count was not that of its rows "
                        + "(the database was not shut down cleanly)", audience);
            }
            return Stream.concat(groups.stream(), audiences.stream()).toList();
        });
    }

    /**
     * The upkeep an embedded H2 file needs while it is open, which H2 itself does not do under the
     * service's durable commits: its file stays in proportion to its data (ADR 0011). Call it every
     * {@link #HOUSEKEEPING_PERIOD} while serving; on other databases it does nothing.
     */
    public void houseKeep() {
        if (dialect.isEmbedded()) {
            StorageErrors.run(housekeeping::run);
        }
    }

    /** Whether this is the embedded H2 database, which one instance serves (PostgreSQL serves several). */
    public boolean isEmbedded() {
        return dialect.isEmbedded();
    }

    /** @throws StorageException unless the database answers a trivial query */
    @Override
    public void ping() {
        StorageErrors.translate(() -> jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()));
    }

    @Override
    public AudienceRepository audiences() {
        return new JdbiAudienceRepository(jdbi, dialect, reads);
    }

    @Override
    public FolderRepository folders() {
        return new JdbiFolderRepository(jdbi, dialect);
    }

    @Override
    public ProspectRepository prospects() {
        return new JdbiProspectRepository(jdbi, dialect);
    }

    @Override
    public ImportRepository imports() {
        return new JdbiImportRepository(jdbi, dialect);
    }

    /** The one queue of this database's imports: {@link DbSchedulerImportQueue#start} makes this instance work them. */
    @Override
    public synchronized DbSchedulerImportQueue importQueue() {
        if (importQueue == null) {
            importQueue = new DbSchedulerImportQueue(dataSource, imports(), dialect.isEmbedded());
        }
        return importQueue;
    }

    /**
     * A limit of {@code limit} requests per {@code period} for each key, kept in this database so
     * that every instance on it shares it: one statement per request, no lock held beyond it.
     *
     * @throws StorageException on H2, which serves one instance: limit in memory there
     */
    public DatabaseRequestLimiter requestLimiter(int limit, Duration period) {
        if (dialect.isEmbedded()) {
            throw new StorageException("a rate limit kept in the database needs PostgreSQL; the embedded H2 serves "
                    + "one instance, whose limit is kept in memory (rateLimit.store: memory)", null);
        }
        return new DatabaseRequestLimiter(jdbi, limit, period);
    }

    @Override
    public IdempotencyStore idempotency() {
        return new JdbiIdempotencyStore(jdbi);
    }

    @Override
    public AccountGroupRepository accountGroups() {
        return new JdbiAccountGroupRepository(jdbi, reads);
    }

    @Override
    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    private static Dialect detectDialect(Jdbi jdbi) {
        try {
            return jdbi.withHandle(handle -> Dialect.of(handle.getConnection().getMetaData().getDatabaseProductName()));
        } catch (SQLException | JdbiException e) {
            throw new StorageException("could not reach the database", e);
        }
    }
}
