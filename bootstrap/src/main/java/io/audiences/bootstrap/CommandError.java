package io.audiences.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.audiences.application.StorageException;
import io.audiences.domain.DomainRefusal;
import io.audiences.domain.InvalidInputException;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.UndefinedEnvironmentVariableException;
import java.io.FileNotFoundException;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sourceforge.argparse4j.inf.ArgumentParserException;

/**
 * Why a command of the jar failed, as scripts read it: one line of JSON on standard error,
 * {@code {"error":{"code":…,"message":…}}} (a usage error adds {@code usage}), and an exit code by
 * kind (README, "Operator commands").
 *
 * @param exitCode 1 failed (database, unexpected), 2 usage (the command line or a value in it),
 *                 3 refused (a rule, or an id that does not exist), 4 configuration (the file)
 */
record CommandError(String code, String message, String usage, int exitCode) {

    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int REFUSED = 3;
    static final int CONFIGURATION = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    static CommandError of(Throwable failure) {
        if (failure instanceof ArgumentParserException usage) {
            return new CommandError("USAGE_ERROR", usage.getMessage(), usage.getParser().formatUsage().strip().replaceAll("\\s+", " "), USAGE);
        }
        if (failure instanceof UsageError usage) {
            return new CommandError("USAGE_ERROR", usage.getMessage(), null, USAGE);
        }
        if (failure instanceof InvalidInputException invalid) {
            return new CommandError(invalid.code(), invalid.details(), null, USAGE);
        }
        if (failure instanceof DomainRefusal refusal) {
            return new CommandError(refusal.code(), refusal.details(), null, REFUSED);
        }
        if (failure instanceof ConfigurationException || failure instanceof UndefinedEnvironmentVariableException
                || failure instanceof FileNotFoundException) {
            return new CommandError("INVALID_CONFIGURATION", failure.getMessage().strip(), null, CONFIGURATION);
        }
        if (failure instanceof StorageException storage) {
            return new CommandError("DATABASE_ERROR", storage.getMessage() + rootCause(storage), null, FAILED);
        }
        return new CommandError("INTERNAL_ERROR", failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage(), null, FAILED);
    }

    /** The one line: {@code {"error":{"code":…,"message":…[,"usage":…]}}}. */
    String json() {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        if (usage != null) {
            error.put("usage", usage);
        }
        try {
            return JSON.writeValueAsString(Map.of("error", error));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("strings are always serialisable", e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root == e || root.getMessage() == null ? "" : ": " + root.getMessage();
    }
}
