package io.audiences.bootstrap;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The one line that says, once the service serves, where it listens and on what database:
 * {@code Audiences serving the API on 0.0.0.0:8080, admin on 127.0.0.1:8081, database jdbc:h2:file:./data/audiences}.
 * The database URL is shown without its query or user information, where secrets may hide.
 */
final class StartLine {

    /** Said once the service serves, when no API key can call it yet. */
    static final String NO_KEY_YET = "No API key can call this service yet. Create an account group, then a key for it, with the same"
            + " configuration file: java -jar audiences.jar create-account-group --name NAME --plan starter FILE; java -jar audiences.jar"
            + " create-api-key --account-group ID --permission audiences:read --permission audiences:write FILE (README, \"Operator commands\").";

    private StartLine() {
    }

    static String of(Server server, String databaseUrl) {
        return "Audiences serving the API on " + addresses(server, "application") + ", admin on " + addresses(server, "admin")
                + ", database " + withoutSecrets(databaseUrl);
    }

    private static String addresses(Server server, String name) {
        return Arrays.stream(server.getConnectors())
                .filter(connector -> name.equals(connector.getName()))
                .map(StartLine::address)
                .collect(Collectors.joining(" and "));
    }

    private static String address(Connector connector) {
        if (connector instanceof ServerConnector network) {
            return (network.getHost() == null ? "0.0.0.0" : network.getHost()) + ":" + network.getLocalPort();
        }
        return connector.toString();
    }

    static String withoutSecrets(String url) {
        String withoutQuery = url.split("[?;]", 2)[0];
        return withoutQuery.replaceFirst("//[^/@]*@", "//");
    }
}
