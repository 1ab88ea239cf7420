package io.audiences.application.port.out;

import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyHash;
import io.audiences.domain.apikey.ApiKeyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where issued API keys are kept, by the hash of their secret only. Every method throws
 * {@link io.audiences.application.StorageException} when storage fails.
 */
public interface ApiKeyRepository {

    /**
     * Stores a new key.
     *
     * @throws io.audiences.domain.UnknownIdException if one of its account groups does not exist
     */
    void insert(ApiKey key);

    /** The key whose secret hashes to {@code hash}, revoked or not. */
    Optional<ApiKey> findByHash(ApiKeyHash hash);

    /**
     * Marks the key revoked at {@code at}, unless it already is (then it keeps its first revocation time).
     *
     * @return the key as now stored
     * @throws io.audiences.domain.UnknownIdException if no key has this id
     */
    ApiKey revoke(ApiKeyId id, Instant at);

    /** Every stored key, revoked ones included, ordered by creation time, then id. */
    List<ApiKey> listAll();
}
