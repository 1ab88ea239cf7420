package io.audiences.bootstrap;

import io.dropwizard.core.Application;
import io.dropwizard.core.cli.Cli;
import io.dropwizard.core.cli.ServerCommand;
import io.dropwizard.core.setup.Bootstrap;
import net.sourceforge.argparse4j.inf.Namespace;

/**
 * Dropwizard's {@code server} command. Started without a configuration file it is the embedded
 * first run, and creates the demo account; with a file, only {@code demo: true} does.
 */
final class AudiencesServerCommand extends ServerCommand<AudiencesConfiguration> {

    AudiencesServerCommand(Application<AudiencesConfiguration> application) {
        super(application);
    }

    @Override
    protected void run(Bootstrap<AudiencesConfiguration> bootstrap, Namespace namespace, AudiencesConfiguration configuration)
            throws Exception {
        if (namespace.getString("file") == null) {
            configuration.setDemo(true);
        }
        super.run(bootstrap, namespace, configuration);
    }

    /** A configuration the service cannot start with is one line that says why, not a stack trace. */
    @Override
    public void onError(Cli cli, Namespace namespace, Throwable e) {
        CommandError error = CommandError.of(e);
        if (error.exitCode() == CommandError.CONFIGURATION) {
            cli.getStdErr().println(error.code() + ": " + error.message());
        } else {
            super.onError(cli, namespace, e);
        }
    }
}
