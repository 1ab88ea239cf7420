package io.audiences.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyId;
import io.audiences.domain.apikey.ApiKeySecret;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyRepository} must do. Subclasses supply a fresh store. */
public abstract class ApiKeyRepositoryContract {

    private Storage storage;
    private ApiKeyRepository keys;
    private AccountGroup first;
    private AccountGroup second;

    protected abstract Storage newStorage();

    @BeforeEach
    void setUp() {
        storage = newStorage();
        keys = storage.apiKeys();
        first = Fixtures.accountGroup(Plan.STARTER, false);
        second = Fixtures.accountGroup(Plan.SCALE, true);
        storage.accountGroups().insert(first);
        storage.accountGroups().insert(second);
    }

    private ApiKey newKey(Set<AccountGroupId> groups, String label) {
        return newKey(groups, label, Instant.parse("2026-11-26T10:15:30.123Z"));
    }

    private ApiKey newKey(Set<AccountGroupId> groups, String label, Instant createdAt) {
        byte[] random = new SeededIdSource(System.nanoTime()).nextSecretBytes(32);
        return new ApiKey(new ApiKeyId(Fixtures.newHexId()), ApiKeySecret.fromRandomBytes(random).hash(),
                Set.of(Permission.AUDIENCES_WRITE, Permission.AUDIENCES_READ), groups, label, createdAt, null);
    }

    @Test
    void aKeyIsFoundByItsHashWithItsGrants() {
        ApiKey key = newKey(Set.of(first.id(), second.id()), "CRM sync — nightly");

        keys.insert(key);

        assertThat(keys.findByHash(key.hash())).contains(key);
    }

    @Test
    void anUnknownHashFindsNothing() {
        keys.insert(newKey(Set.of(first.id()), null));

        assertThat(keys.findByHash(ApiKeySecret.presented("sk_live_unknown").hash())).isEmpty();
    }

    @Test
    void aKeyForAnUnknownAccountGroupIsRefusedAndNothingIsStored() {
        ApiKey key = newKey(Set.of(first.id(), new AccountGroupId(Fixtures.newHexId())), null);

        assertThatThrownBy(() -> keys.insert(key)).isInstanceOf(UnknownIdException.class);
        assertThat(keys.findByHash(key.hash())).isEmpty();
    }

    @Test
    void revokingKeepsTheKeyButMarksItRevokedOnce() {
        ApiKey key = newKey(Set.of(first.id()), null);
        keys.insert(key);
        Instant firstRevocation = Instant.parse("2026-11-27T00:00:00.001Z");

        ApiKey revoked = keys.revoke(key.id(), firstRevocation);
        ApiKey again = keys.revoke(key.id(), firstRevocation.plusSeconds(60));

        assertThat(revoked.revokedAt()).isEqualTo(firstRevocation);
        assertThat(again.revokedAt()).isEqualTo(firstRevocation);
        assertThat(keys.findByHash(key.hash())).get().satisfies(found -> assertThat(found.isActive()).isFalse());
    }

    @Test
    void aKeyRevokedByAnotherInstanceIsRevokedFromTheNextLookupOn() {
        ApiKey key = newKey(Set.of(first.id(), second.id()), null);
        keys.insert(key);
        assertThat(keys.findByHash(key.hash())).contains(key);
        assertThat(keys.findByHash(key.hash())).contains(key);
        Instant at = Instant.parse("2026-11-27T00:00:00.001Z");

        storage.secondInstance().apiKeys().revoke(key.id(), at);

        assertThat(keys.findByHash(key.hash())).get().satisfies(found -> {
            assertThat(found.revokedAt()).isEqualTo(at);
            assertThat(found.accountGroupIds()).isEqualTo(key.accountGroupIds());
        });
    }

    @Test
    void twoKeysLookedUpInTurnEachKeepTheirOwnGrants() {
        ApiKey one = newKey(Set.of(first.id()), "one");
        ApiKey both = newKey(Set.of(first.id(), second.id()), "both");
        keys.insert(one);
        keys.insert(both);

        for (int round = 0; round < 2; round++) {
            assertThat(keys.findByHash(one.hash())).contains(one);
            assertThat(keys.findByHash(both.hash())).contains(both);
        }
    }

    @Test
    void listAllHoldsEveryKeyOldestFirstRevokedOnesWithTheirDate() {
        ApiKey older = newKey(Set.of(first.id(), second.id()), "older", Instant.parse("2026-11-26T10:00:00.000Z"));
        ApiKey newer = newKey(Set.of(second.id()), null, Instant.parse("2026-11-26T11:00:00.000Z"));
        keys.insert(newer);
        keys.insert(older);
        ApiKey revoked = keys.revoke(older.id(), Instant.parse("2026-11-27T00:00:00.000Z"));

        List<ApiKey> all = keys.listAll();

        assertThat(all).containsSubsequence(revoked, newer)
                .isSortedAccordingTo(Comparator.comparing(ApiKey::createdAt).thenComparing(key -> key.id().value()));
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        assertThatThrownBy(() -> keys.revoke(new ApiKeyId(Fixtures.newHexId()), Instant.EPOCH))
                .isInstanceOf(UnknownIdException.class);
    }
}
