package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.application.contract.Fixtures;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyId;
import io.audiences.domain.apikey.ApiKeySecret;
import io.audiences.domain.apikey.Permission;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.tomcat.jdbc.pool.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every request's authentication reads: the key's row alone once its grants are known. */
class ApiKeyLookupIT {

    private TestDatabase database;
    private final List<String> statements = new CopyOnWriteArrayList<>();
    private DataSource pool;
    private AudiencesDatabase storage;
    private AccountGroup group;
    private ApiKey key;

    @BeforeEach
    void start() throws Exception {
        database = TestDatabase.h2("jdbc:h2:file:" + Files.createTempDirectory("audiences-keys-").resolve("audiences"));
        database.migrated();
        pool = database.newPool();
        storage = AudiencesDatabase.on(pool, Jdbi.create(pool), (sql, nanos) -> statements.add(sql));
        group = Fixtures.accountGroup(Plan.STARTER, false);
        storage.accountGroups().insert(group);
        key = newKey("k");
        storage.apiKeys().insert(key);
    }

    private ApiKey newKey(String secretLetter) {
        return new ApiKey(new ApiKeyId(Fixtures.newHexId()), ApiKeySecret.presented("sk_live_" + secretLetter.repeat(40)).hash(),
                Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE), Set.of(group.id()), null,
                Instant.parse("2026-12-07T10:00:00Z"), null);
    }

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void anActiveKeysGrantsAreReadOnceThenOnlyItsRow() {
        assertThat(storage.apiKeys().findByHash(key.hash())).contains(key);
        statements.clear();

        assertThat(storage.apiKeys().findByHash(key.hash())).contains(key);

        assertThat(statements).containsExactly(ApiKeyDao.STATE_BY_HASH);
    }

    @Test
    void aRevokedKeyIsReadWhole() {
        storage.apiKeys().findByHash(key.hash());
        storage.apiKeys().revoke(key.id(), Instant.parse("2026-12-07T11:00:00Z"));
        statements.clear();

        assertThat(storage.apiKeys().findByHash(key.hash())).get().satisfies(found -> assertThat(found.isActive()).isFalse());

        assertThat(statements).containsExactly(ApiKeyDao.STATE_BY_HASH, ApiKeyDao.WITH_GRANTS_BY_ID);
    }

    @Test
    void pastTheBoundTheKeptGrantsStartOver() {
        ApiKey other = newKey("o");
        storage.apiKeys().insert(other);
        JdbiApiKeyRepository keys = new JdbiApiKeyRepository(Jdbi.create(pool),
                new PlainReads(pool, (sql, nanos) -> statements.add(sql)), 1);
        keys.findByHash(key.hash());
        keys.findByHash(other.hash());
        statements.clear();

        assertThat(keys.findByHash(other.hash())).contains(other);
        assertThat(keys.findByHash(key.hash())).contains(key);

        assertThat(statements).containsExactly(ApiKeyDao.STATE_BY_HASH,
                ApiKeyDao.STATE_BY_HASH, ApiKeyDao.WITH_GRANTS_BY_ID);
    }
}
