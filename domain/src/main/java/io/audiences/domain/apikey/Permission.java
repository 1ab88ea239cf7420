package io.audiences.domain.apikey;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.regex.Pattern;

/** Something an API key may do, such as {@code audiences:write}. */
public record Permission(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z_]*:[a-z][a-z_]*");

    public static final Permission AUDIENCES_WRITE = new Permission("audiences:write");
    public static final Permission AUDIENCES_READ = new Permission("audiences:read");

    public Permission {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(
                    new FieldViolation("permission", "must look like resource:action, e.g. audiences:write"));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
