package io.audiences.adapters.rest.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.adapters.rest.Http;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's bundle example is {@link MyApplication}, word for word (the lines between its
 * {@code README:} markers): started as Dropwizard starts it, the curl line it prints works.
 */
class ReadmeBundleExampleIT {

    private static final Path SOURCE = Path.of("src/test/java/io/audiences/adapters/rest/readme/MyApplication.java");
    private static final Path README = Path.of("../README.md");
    private static final Pattern CURL = Pattern.compile("curl -H 'Authorization: Bearer (\\S+)' http://localhost:8080(/v1/accounts)");

    @Test
    void theReadmeShowsTheExampleWordForWord() throws IOException {
        String source = Files.readString(SOURCE);
        String example = source.substring(source.indexOf("// README:begin\n") + 16, source.indexOf("// README:end")).strip();

        assertThat(Files.readString(README)).contains("```java\n" + example + "\n```");
    }

    @Test
    void theApplicationPrintsACurlLineThatWorks() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOutput = System.out;
        DropwizardAppExtension<MyApplication.MyConfiguration> app = new DropwizardAppExtension<>(MyApplication.class, null,
                ConfigOverride.randomPorts());
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            app.before();
        } finally {
            System.setOut(standardOutput);
        }
        try {
            Matcher curl = CURL.matcher(printed.toString(StandardCharsets.UTF_8));
            assertThat(curl.find()).as(printed.toString(StandardCharsets.UTF_8)).isTrue();

            Http.Reply accounts = new Http(app.getLocalPort()).get(curl.group(2), curl.group(1));

            assertThat(accounts.status()).as(accounts.text()).isEqualTo(200);
            assertThat(accounts.json().get("data").get("items").get(0).get("name").asText()).isEqualTo("Acme");
        } finally {
            app.after();
        }
    }
}
