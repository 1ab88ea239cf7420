package io.audiences.bootstrap;

import io.audiences.application.command.IssueApiKeyCommand;
import io.audiences.application.command.IssuedApiKey;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.Permission;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code create-api-key --account-group ID… --permission P… [--label TEXT]}: the only time the
 * key's secret is shown.
 */
final class CreateApiKeyCli extends OperatorCommand {

    CreateApiKeyCli() {
        super("create-api-key", "Issue an API key (its secret is shown once)");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--account-group").dest("accountGroups").metavar("ID").required(true).action(Arguments.append())
                .help("an account group the key may act on (repeatable)");
        subparser.addArgument("--permission").dest("permissions").metavar("PERMISSION").required(true).action(Arguments.append())
                .help("audiences:write or audiences:read (repeatable)");
        subparser.addArgument("--label").help("what the key is for");
    }

    @Override
    protected Object execute(Namespace namespace, DataSource dataSource, AudiencesConfiguration configuration) {
        List<String> groups = namespace.getList("accountGroups");
        List<String> permissions = namespace.getList("permissions");
        IssuedApiKey issued = services(dataSource, configuration).useCases().issueApiKey().issue(new IssueApiKeyCommand(
                groups.stream().map(AccountGroupId::new).collect(Collectors.toSet()),
                permissions.stream().map(Permission::known).collect(Collectors.toSet()),
                namespace.getString("label")));
        return new Printed(issued.key().id().value(), issued.secret().reveal(),
                issued.key().accountGroupIds().stream().map(AccountGroupId::value).sorted().toList(),
                issued.key().permissions().stream().map(Permission::value).sorted().toList());
    }

    record Printed(String id, String key, List<String> accountGroupIds, List<String> permissions) {
    }
}
