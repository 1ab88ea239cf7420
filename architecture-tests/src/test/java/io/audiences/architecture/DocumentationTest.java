package io.audiences.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README and the documents under {@code docs/}, as a newcomer follows them on a fresh clone. */
class DocumentationTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** {@code [text](target)}, the target without a title; images too. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CREATE_BODY = Pattern.compile("-d '(\\{\"name\": ?\"[^\"]+\"[^']*)'");
    private static final Pattern NAME = Pattern.compile("\"name\": ?\"([^\"]+)\"");

    @Test
    void everyRelativeLinkInTheReadmeAndTheDocsResolvesInsideTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            Matcher link = LINK.matcher(withoutCodeBlocks(Files.readString(document)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
                    continue; // another site, or a heading of the same document
                }
                Path resolved = document.getParent().resolve(target.replaceFirst("#.*", "")).normalize();
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(ROOT.relativize(document) + " → " + target);
                }
            }
        }
        assertThat(documents()).as("documents found").hasSizeGreaterThan(3);
        assertThat(broken).as("links that lead nowhere on a fresh clone").isEmpty();
    }

    /** Pasted one after the other, the README's creates all succeed: no two share a name. */
    @Test
    void theReadmesCreatesUseANameEach() throws IOException {
        Set<String> names = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        Matcher body = CREATE_BODY.matcher(Files.readString(ROOT.resolve("README.md")));
        while (body.find()) {
            Matcher name = NAME.matcher(body.group(1));
            if (name.find() && !names.add(name.group(1))) {
                repeated.add(name.group(1));
            }
        }
        assertThat(names).as("creates found in the README").hasSizeGreaterThan(2);
        assertThat(repeated).as("names created twice").isEmpty();
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        Stream.of("CHANGELOG.md").map(ROOT::resolve).filter(Files::exists).forEach(documents::add);
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    /** Links are not looked for in fenced code, where {@code ](} may be code. */
    private static String withoutCodeBlocks(String markdown) {
        return markdown.replaceAll("(?s)```.*?```", "");
    }
}
