package io.audiences.bootstrap;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.Permission;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code list-api-keys [--account-group ID]}: every issued key, revoked ones included, oldest first,
 * {@code {"apiKeys": [...]}}. Never a secret: the database holds only their hashes.
 */
final class ListApiKeysCli extends OperatorCommand {

    ListApiKeysCli() {
        super("list-api-keys", "List the issued API keys (never their secrets), oldest first");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--account-group").dest("accountGroup").metavar("ID")
                .help("only the keys that may act on this account group");
    }

    @Override
    protected Object execute(Namespace namespace, DataSource dataSource, AudiencesConfiguration configuration) {
        Optional<AccountGroupId> group = Optional.ofNullable(namespace.getString("accountGroup")).map(AccountGroupId::new);
        List<Printed> keys = services(dataSource, configuration).useCases().listApiKeys().all().stream()
                .filter(key -> group.map(key::mayActOn).orElse(true))
                .map(Printed::of).toList();
        return Map.of("apiKeys", keys);
    }

    /** A key as listed: what it may do and when it was issued or revoked ({@code revokedAt} null while active). */
    record Printed(String id, String label, List<String> accountGroupIds, List<String> permissions, String createdAt,
            String revokedAt) {

        static Printed of(ApiKey key) {
            return new Printed(key.id().value(), key.label(),
                    key.accountGroupIds().stream().map(AccountGroupId::value).sorted().toList(),
                    key.permissions().stream().map(Permission::value).sorted().toList(),
                    key.createdAt().toString(), Optional.ofNullable(key.revokedAt()).map(Instant::toString).orElse(null));
        }
    }
}
