package io.audiences.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code --linkedin-connected} is spelt the same way on both commands that take it: bare (true),
 * {@code =true|=false}, or followed by {@code true|false}. The contract's forms stay as they were
 * (the bare flag on {@code create-account-group}, a value on {@code update-account-group}); the
 * argument parser knows one form per command, so the others are rewritten to it before parsing. The
 * flag is bare when what follows is nothing, an option, or a configuration file in its place (the
 * last word, named like a YAML or JSON file, or an existing file); any other word is its value on
 * {@code update-account-group}, for the parser to refuse as a usage error unless it is true or false.
 */
final class LinkedinConnectedSpellings {

    static final String FLAG = "--linkedin-connected";
    private static final Set<String> BOOLEANS = Set.of("true", "false");

    private LinkedinConnectedSpellings() {
    }

    static String[] normalise(String... arguments) {
        if (arguments.length == 0) {
            return arguments;
        }
        boolean bareFlagOnly = arguments[0].equals("create-account-group");
        boolean valueOnly = arguments[0].equals("update-account-group");
        if (!bareFlagOnly && !valueOnly) {
            return arguments;
        }
        List<String> normal = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            String value = null;
            if (argument.equals(FLAG)) {
                String next = i + 1 < arguments.length ? arguments[i + 1] : null;
                if (next != null && BOOLEANS.contains(next)) {
                    value = arguments[++i];
                } else if (next == null || next.startsWith("-") || i + 2 == arguments.length && isConfigurationFile(next) || bareFlagOnly) {
                    value = "true";
                }
            } else if (argument.startsWith(FLAG + "=") && BOOLEANS.contains(argument.substring(FLAG.length() + 1))) {
                value = argument.substring(FLAG.length() + 1);
            }
            if (value == null) {
                normal.add(argument);
            } else if (valueOnly) {
                normal.add(FLAG + "=" + value);
            } else if (value.equals("true")) {
                normal.add(FLAG);
            }
        }
        return normal.toArray(String[]::new);
    }

    private static boolean isConfigurationFile(String word) {
        return word.matches(".*\\.(ya?ml|json)") || Files.isRegularFile(Path.of(word));
    }
}
