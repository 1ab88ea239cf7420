package io.audiences.domain.apikey;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Something an API key may do, such as {@code audiences:write}. */
public record Permission(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z_]*:[a-z][a-z_]*");

    public static final Permission AUDIENCES_WRITE = new Permission("audiences:write");
    public static final Permission AUDIENCES_READ = new Permission("audiences:read");
    /** An audience's prospects: granted apart from the audiences' permissions (prospects.md, section 1). */
    public static final Permission PROSPECTS_WRITE = new Permission("prospects:write");
    public static final Permission PROSPECTS_READ = new Permission("prospects:read");

    /** The permissions the service knows; a key is issued only with these. */
    public static final Set<Permission> KNOWN = Set.of(AUDIENCES_READ, AUDIENCES_WRITE, PROSPECTS_READ, PROSPECTS_WRITE);

    public Permission {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInputException(
                    new FieldViolation("permission", "must look like resource:action, e.g. audiences:write"));
        }
    }

    /**
     * A permission the service knows, by its name.
     *
     * @throws InvalidInputException naming the known ones otherwise
     */
    public static Permission known(String value) {
        Permission permission = new Permission(value);
        if (!KNOWN.contains(permission)) {
            throw new InvalidInputException(new FieldViolation("permission", "must be one of: "
                    + KNOWN.stream().map(Permission::value).sorted().collect(Collectors.joining(", "))));
        }
        return permission;
    }

    @Override
    public String toString() {
        return value;
    }
}
