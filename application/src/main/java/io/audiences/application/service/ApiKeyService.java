package io.audiences.application.service;

import io.audiences.application.command.IssueApiKeyCommand;
import io.audiences.application.command.IssuedApiKey;
import io.audiences.application.port.in.AuthenticateApiKey;
import io.audiences.application.port.in.IssueApiKey;
import io.audiences.application.port.in.RevokeApiKey;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.application.port.out.IdSource;
import io.audiences.domain.ApiKey;
import io.audiences.domain.ApiKeyHash;
import io.audiences.domain.ApiKeyId;
import io.audiences.domain.ApiKeySecret;
import java.time.Clock;
import java.util.Optional;

/** Issues, revokes and authenticates API keys. Secrets are hashed at once and never kept. */
public final class ApiKeyService implements IssueApiKey, RevokeApiKey, AuthenticateApiKey {

    private final ApiKeyRepository keys;
    private final IdSource ids;
    private final Clock clock;

    public ApiKeyService(ApiKeyRepository keys, IdSource ids, Clock clock) {
        this.keys = keys;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public IssuedApiKey issue(IssueApiKeyCommand command) {
        ApiKeySecret secret = ApiKeySecret.fromRandomBytes(ids.nextSecretBytes(ApiKeySecret.RANDOM_BYTES));
        ApiKey key = new ApiKey(new ApiKeyId(ids.nextId()), secret.hash(), command.permissions(),
                command.accountGroupIds(), command.label(), clock.instant(), null);
        keys.insert(key);
        return new IssuedApiKey(key, secret);
    }

    @Override
    public ApiKey revoke(ApiKeyId id) {
        return keys.revoke(id, clock.instant());
    }

    @Override
    public Optional<ApiKey> authenticate(String presentedSecret) {
        if (presentedSecret == null || presentedSecret.isEmpty()) {
            return Optional.empty();
        }
        ApiKeyHash hash = ApiKeySecret.presented(presentedSecret).hash();
        return keys.findByHash(hash).filter(key -> key.hash().matches(hash)).filter(ApiKey::isActive);
    }
}
