package io.audiences.application;

import static org.assertj.core.api.Assertions.assertThat;

// README:begin
import io.audiences.application.UseCases;
import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.command.CreateAudienceCommand;
import io.audiences.domain.DomainRefusal;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.plan.Plan;
// README:end
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's embedding example is this code: it runs here, and the README must show it word for
 * word (the lines between the {@code README:} markers, imports included).
 */
class ReadmeExampleTest {

    private static final Path SOURCE = Path.of("src/test/java/io/audiences/application/ReadmeExampleTest.java");
    private static final Path README = Path.of("../README.md");

    static void example() {
        // README:begin
        UseCases audiences = UseCases.inMemory();
        var acme = audiences.createAccountGroup().create(new CreateAccountGroupCommand("Acme", Plan.STARTER, true));
        audiences.createAudience().create(CreateAudienceCommand.of(acme.id(), AudienceType.ON_DEMAND, "Q1 webinar"));
        try {
            audiences.createAudience().create(CreateAudienceCommand.of(acme.id(), AudienceType.MONITORING, "q1  WEBINAR"));
        } catch (DomainRefusal refused) {
            System.out.println(refused.code() + ": " + refused.details()); // AUDIENCE_NAME_TAKEN: …
        }
        // README:end
    }

    @Test
    void theExampleCreatesAnAudienceAndPrintsTheRefusalOfASecondOneOfTheSameName() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOutput = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            example();
        } finally {
            System.setOut(standardOutput);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("AUDIENCE_NAME_TAKEN: an audience with this name already exists in the account group");
    }

    @Test
    void theReadmeShowsTheExampleWordForWordInFifteenLinesAtMost() throws IOException {
        String example = marked(Files.readAllLines(SOURCE));

        assertThat(example.lines().count()).isLessThanOrEqualTo(15);
        assertThat(Files.readString(README)).contains("```java\n" + example + "\n```");
    }

    /** The marked lines, without their indentation, with one blank line between the blocks. */
    private static String marked(List<String> lines) {
        StringBuilder example = new StringBuilder();
        boolean inside = false;
        for (String line : lines) {
            if (line.strip().equals("// README:begin")) {
                inside = true;
                example.append(example.isEmpty() ? "" : "\n");
            } else if (line.strip().equals("// README:end")) {
                inside = false;
            } else if (inside) {
                example.append(line.startsWith("        ") ? line.substring(8) : line).append('\n');
            }
        }
        return example.toString().lines().collect(Collectors.joining("\n"));
    }
}
