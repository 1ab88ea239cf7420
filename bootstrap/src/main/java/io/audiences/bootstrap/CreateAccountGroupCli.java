package io.audiences.bootstrap;

import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.plan.Plan;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code create-account-group --name NAME --plan PLAN [--linkedin-connected]}. */
final class CreateAccountGroupCli extends OperatorCommand {

    CreateAccountGroupCli() {
        super("create-account-group", "Register an account group");
    }

    @Override
    public void configure(Subparser subparser) {
        super.configure(subparser);
        subparser.addArgument("--name").metavar("NAME").required(true).help("the account group's name");
        subparser.addArgument("--plan").metavar("PLAN").required(true).choices(PlanArgument.NAMES).help("the plan: " + Plan.names());
        subparser.addArgument(LinkedinConnectedSpellings.FLAG).dest("linkedinConnected").action(Arguments.storeTrue())
                .help("a LinkedIn account is connected to the group (also =true, =false, or followed by true|false)");
    }

    @Override
    protected Object execute(Namespace namespace, DataSource dataSource, AudiencesConfiguration configuration) {
        AccountGroup group = services(dataSource, configuration).useCases().createAccountGroup().create(
                new io.audiences.application.command.CreateAccountGroupCommand(namespace.getString("name"),
                        PlanArgument.parse(namespace.getString("plan")), namespace.getBoolean("linkedinConnected")));
        return AccountGroupJson.of(group);
    }
}
