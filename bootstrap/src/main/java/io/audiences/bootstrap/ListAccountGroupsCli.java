package io.audiences.bootstrap;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;

/** {@code list-account-groups}: every account group, by name: {@code {"accountGroups": [...]}}. */
final class ListAccountGroupsCli extends OperatorCommand {

    ListAccountGroupsCli() {
        super("list-account-groups", "List every account group, by name");
    }

    @Override
    protected Object execute(Namespace namespace, DataSource dataSource, AudiencesConfiguration configuration) {
        List<AccountGroupJson> groups = services(dataSource, configuration).useCases().listAccountGroups().all().stream()
                .map(AccountGroupJson::of).toList();
        return Map.of("accountGroups", groups);
    }
}
