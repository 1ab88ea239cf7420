package io.audiences.bootstrap;

import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.ApiKeyId;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code revoke-api-key --id KEY_ID}: the key is refused from the next request on. */
final class RevokeApiKeyCli extends OperatorCommand {

    RevokeApiKeyCli() {
        super("revoke-api-key", "Revoke an API key");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--id").metavar("KEY_ID").required(true).help("the key's id (not its secret)");
    }

    @Override
    protected Object execute(Namespace namespace, DataSource dataSource, AudiencesConfiguration configuration) {
        ApiKey key = services(dataSource, configuration).useCases().revokeApiKey().revoke(new ApiKeyId(namespace.getString("id")));
        Map<String, Object> printed = new LinkedHashMap<>();
        printed.put("id", key.id().value());
        printed.put("revoked", !key.isActive());
        return printed;
    }
}
