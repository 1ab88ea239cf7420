package io.audiences.adapters.persistence;

import io.audiences.application.contract.ManualImportQueue;
import io.audiences.application.contract.Storage;
import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.application.port.out.AudienceRepository;
import io.audiences.application.port.out.FolderRepository;
import io.audiences.application.port.out.IdempotencyStore;
import io.audiences.application.port.out.ImportRepository;
import io.audiences.application.port.out.ProspectRepository;
import java.util.ArrayList;
import java.util.List;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.apache.tomcat.jdbc.pool.PoolProperties;

/**
 * A real database reached through real connection pools (Tomcat JDBC, the pool Dropwizard uses).
 * {@link #storage()} gives the contract suites a view whose second instance has a pool of its own.
 */
final class TestDatabase implements AutoCloseable {

    private final String driver;
    private final String url;
    private final String user;
    private final String password;
    private final List<DataSource> pools = new ArrayList<>();
    private final List<DataSource> storagePools = new ArrayList<>();

    TestDatabase(String driver, String url, String user, String password) {
        this.driver = driver;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static TestDatabase h2(String url) {
        return new TestDatabase("org.h2.Driver", url, "sa", "");
    }

    /** A new, independent connection pool on this database. */
    DataSource newPool() {
        PoolProperties properties = new PoolProperties();
        properties.setDriverClassName(driver);
        properties.setUrl(url);
        properties.setUsername(user);
        properties.setPassword(password);
        properties.setMaxActive(20);
        properties.setMaxIdle(20);
        properties.setInitialSize(0);
        properties.setMaxWait(10_000);
        // As the service's pool: a connection is checked on every borrow, so one that a database
        // restart broke is replaced rather than handed out.
        properties.setTestOnBorrow(true);
        properties.setValidationInterval(0);
        properties.setValidationQuery("SELECT 1");
        DataSource pool = new DataSource(properties);
        pools.add(pool);
        return pool;
    }

    /**
     * The repositories over a new pool, with a second instance over another. The schema must be
     * migrated. The pools of the previous call are closed (the suites ask for new storage before
     * each test, one test at a time): kept until the class ends, a suite's pools exhaust
     * PostgreSQL's connections.
     */
    Storage storage() {
        storagePools.forEach(DataSource::close);
        pools.removeAll(storagePools);
        storagePools.clear();
        DataSource first = newPool();
        DataSource second = newPool();
        storagePools.add(first);
        storagePools.add(second);
        return new DatabaseStorage(AudiencesDatabase.on(first), AudiencesDatabase.on(second));
    }

    AudiencesDatabase migrated() {
        AudiencesDatabase database = AudiencesDatabase.on(newPool());
        database.migrate();
        return database;
    }

    @Override
    public void close() {
        pools.forEach(DataSource::close);
        pools.clear();
    }

    /** Imports are run by the suites, not by db-scheduler: the queue only records them. */
    private record DatabaseStorage(AudiencesDatabase first, AudiencesDatabase second, ManualImportQueue importQueue)
            implements Storage {

        DatabaseStorage(AudiencesDatabase first, AudiencesDatabase second) {
            this(first, second, new ManualImportQueue());
        }

        @Override
        public ImportRepository imports() {
            return first.imports();
        }

        @Override
        public AccountGroupRepository accountGroups() {
            return first.accountGroups();
        }

        @Override
        public AudienceRepository audiences() {
            return first.audiences();
        }

        @Override
        public FolderRepository folders() {
            return first.folders();
        }

        @Override
        public ProspectRepository prospects() {
            return first.prospects();
        }

        @Override
        public IdempotencyStore idempotency() {
            return first.idempotency();
        }

        @Override
        public ApiKeyRepository apiKeys() {
            return first.apiKeys();
        }

        @Override
        public void ping() {
            first.ping();
        }

        @Override
        public Storage secondInstance() {
            return new DatabaseStorage(second, second, importQueue);
        }
    }
}
