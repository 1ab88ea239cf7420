package io.audiences.bootstrap;

import io.audiences.domain.accountgroup.AccountGroupId;
import java.util.Optional;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code update-account-group --id ID [--plan PLAN] [--linkedin-connected true|false]}. */
final class UpdateAccountGroupCli extends OperatorCommand {

    UpdateAccountGroupCli() {
        super("update-account-group", "Change an account group's plan or LinkedIn connection");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--id").metavar("ID").required(true).help("the account group's id");
        subparser.addArgument("--plan").metavar("PLAN").choices(PlanArgument.NAMES).help("the new plan");
        subparser.addArgument(LinkedinConnectedSpellings.FLAG).dest("linkedinConnected").choices("true", "false")
                .help("whether a LinkedIn account is connected (bare: true; also =true, =false)");
    }

    @Override
    protected Object execute(Namespace namespace, DataSource dataSource, AudiencesConfiguration configuration) {
        String plan = namespace.getString("plan");
        String linkedin = namespace.getString("linkedinConnected");
        if (plan == null && linkedin == null) {
            throw new UsageError("nothing to change: give --plan and/or --linkedin-connected");
        }
        AccountGroupId id = new AccountGroupId(namespace.getString("id"));
        return AccountGroupJson.of(services(dataSource, configuration).useCases().updateAccountGroup().update(
                new io.audiences.application.command.UpdateAccountGroupCommand(id,
                        Optional.ofNullable(plan).map(PlanArgument::parse),
                        Optional.ofNullable(linkedin).map(Boolean::parseBoolean))));
    }
}
