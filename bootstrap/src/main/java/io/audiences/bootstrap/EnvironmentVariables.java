package io.audiences.bootstrap;

import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.UndefinedEnvironmentVariableException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${NAME}} and {@code ${NAME:-default}} in the configuration file, from the environment.
 * A file that uses unset variables without a default names them all at once (Dropwizard's
 * substitutor stops at the first), so that an operator fixes them in one go.
 */
final class EnvironmentVariables implements ConfigurationSourceProvider {

    /** A reference without a default; {@code $${…}} is an escaped, literal one. */
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\$)\\$\\{([^}:]+)}");

    private final ConfigurationSourceProvider file;
    private final Function<String, String> environment;

    EnvironmentVariables(ConfigurationSourceProvider file) {
        this(file, System::getenv);
    }

    EnvironmentVariables(ConfigurationSourceProvider file, Function<String, String> environment) {
        this.file = file;
        this.environment = environment;
    }

    @Override
    public InputStream open(String path) throws IOException {
        String text;
        try (InputStream in = file.open(path)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> unset = new LinkedHashSet<>();
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            if (environment.apply(reference.group(1)) == null) {
                unset.add(reference.group(1));
            }
        }
        if (!unset.isEmpty()) {
            throw new UndefinedEnvironmentVariableException(path + " uses environment variables that are not set: "
                    + String.join(", ", unset));
        }
        ConfigurationSourceProvider read = ignored -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return new SubstitutingSourceProvider(read, new EnvironmentVariableSubstitutor(true) {
            {
                setVariableResolver(name -> environment.apply(name));
            }
        }).open(path);
    }
}
