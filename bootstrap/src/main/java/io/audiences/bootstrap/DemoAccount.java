package io.audiences.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.command.IssueApiKeyCommand;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.ApiKey;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * The first-run experience of the embedded default: a demo account group and a ready API key,
 * created once and kept in {@code ./data/demo-key.json} (readable by the owner only) so every later
 * start can show the same key. The database itself stores only the key's hash, as always.
 */
record DemoAccount(String accountGroupId, String apiKey) {

    static final Path FILE = Path.of("data", "demo-key.json");

    /** The demo account from an earlier start if it still works with every permission, else a new one. */
    static DemoAccount ensure(Services services, ObjectMapper json) {
        DemoAccount earlier = read(json);
        if (earlier != null) {
            Optional<ApiKey> key = services.useCases().authenticateApiKey().authenticate(earlier.apiKey());
            if (key.filter(working -> Permission.KNOWN.stream().allMatch(working::has)).isPresent()
                    && services.database().accountGroups().find(new AccountGroupId(earlier.accountGroupId())).isPresent()) {
                return earlier;
            }
            // Replaced (an earlier build's key lacks newer permissions): the key printed before stops working.
            key.ifPresent(replaced -> services.useCases().revokeApiKey().revoke(replaced.id()));
        }
        AccountGroup group = services.useCases().createAccountGroup().create(new CreateAccountGroupCommand("Demo account group", Plan.STARTER, true));
        String key = services.useCases().issueApiKey().issue(new IssueApiKeyCommand(Set.of(group.id()),
                Permission.KNOWN, "demo key (first run)")).secret().reveal();
        DemoAccount demo = new DemoAccount(group.id().value(), key);
        demo.write(json);
        return demo;
    }

    /** What a newcomer needs for a first call. */
    String banner(int port) {
        String base = "http://localhost:" + port;
        return String.join(System.lineSeparator(),
                "",
                "Audiences is running on " + base + " (embedded H2 database in ./data).",
                "Demo account group: " + accountGroupId,
                "Demo API key:       " + apiKey,
                "Create your first audience (names are unique in a group: the shell adds the time to this one):",
                "",
                "  curl -i -X POST " + base + "/v1/accounts/" + accountGroupId + "/audiences \\",
                "    -H 'Authorization: Bearer " + apiKey + "' \\",
                "    -H 'Content-Type: application/json' \\",
                "    -d '{\"name\": \"My first audience '\"$(date +%s)\"'\", \"type\": \"on_demand\"}'",
                "",
                "List what the group holds:",
                "",
                "  curl -s " + base + "/v1/accounts/" + accountGroupId + "/audiences -H 'Authorization: Bearer " + apiKey + "'",
                "",
                "The API's description: " + base + "/openapi.yaml",
                "");
    }

    private static DemoAccount read(ObjectMapper json) {
        if (!Files.isRegularFile(FILE)) {
            return null;
        }
        try {
            return json.readValue(FILE.toFile(), DemoAccount.class);
        } catch (IOException unreadable) {
            return null;
        }
    }

    private void write(ObjectMapper json) {
        try {
            Files.createDirectories(FILE.getParent());
            Path temporary = Files.createTempFile(FILE.getParent(), "demo-key", ".json",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            json.writeValue(temporary.toFile(), this);
            Files.move(temporary, FILE, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the demo key to " + FILE, e);
        }
    }
}
