import io.audiences.bootstrap.AudiencesApplication;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the benchmark's account groups and keys with the operator commands, in one JVM (a JVM
 * per command would take minutes for a hundred groups). Prints one line per group: "id key".
 * Run with the packaged jar on the class path: java -cp audiences.jar Seed.java config.yml 101
 */
public class Seed {

    private static final Pattern FIELD = Pattern.compile("\"(id|key)\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String config = args[0];
        int groups = Integer.parseInt(args[1]);
        PrintStream out = System.out;
        for (int i = 0; i < groups; i++) {
            String group = field(run(config, "create-account-group", "--name", "Benchmark " + i, "--plan", "enterprise"), "id");
            String key = field(run(config, "create-api-key", "--account-group", group,
                    "--permission", "audiences:write", "--permission", "audiences:read", "--permission", "prospects:write",
                    "--permission", "prospects:read", "--label", "benchmark"), "key");
            out.println(group + " " + key);
        }
        out.flush();
    }

    /** Runs one operator command as the jar would, and returns the line of JSON it printed. */
    private static String run(String config, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        args.add(config);
        PrintStream standardOutput = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            new AudiencesApplication().run(args.toArray(String[]::new));
        } finally {
            System.setOut(standardOutput);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static String field(String json, String name) {
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in: " + json);
    }
}
