package io.audiences.application.service;

import io.audiences.application.command.IssueApiKeyCommand;
import io.audiences.application.command.IssuedApiKey;
import io.audiences.application.port.in.IssueApiKey;
import io.audiences.application.port.out.ApiKeyRepository;
import io.audiences.application.port.out.IdSource;
import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyId;
import io.audiences.domain.apikey.ApiKeySecret;
import java.time.Clock;

/** Issues API keys: the secret is hashed at once, and only its hash is kept. */
public final class IssueApiKeyService implements IssueApiKey {

    private final ApiKeyRepository keys;
    private final IdSource ids;
    private final Clock clock;

    public IssueApiKeyService(ApiKeyRepository keys, IdSource ids, Clock clock) {
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
}
