package io.audiences.domain.apikey;

import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import java.util.Set;
import java.util.stream.Collectors;

/** Something an API key may do, such as {@code audiences:write}. */
public record Permission(String value) {

    public static final Permission AUDIENCES_WRITE = new Permission("audiences:write");
    public static final Permission AUDIENCES_READ = new Permission("audiences:read");
    /** An audience's prospects: granted apart from the audiences' permissions (prospects.md, section 1). */
    public static final Permission PROSPECTS_WRITE = new Permission("prospects:write");
    public static final Permission PROSPECTS_READ = new Permission("prospects:read");

    /** The permissions the service knows; a key is issued only with these. */
    public static final Set<Permission> KNOWN = Set.of(AUDIENCES_READ, AUDIENCES_WRITE, PROSPECTS_READ, PROSPECTS_WRITE);

    public Permission {
        if (!isResourceColonAction(value)) {
            throw new InvalidInputException(
                    new FieldViolation("permission", "must look like resource:action, e.g. audiences:write"));
        }
    }

    /**
     * {@code [a-z][a-z_]*:[a-z][a-z_]*}, checked on every request's key lookup: a loop rather than a
     * regular expression.
     */
    private static boolean isResourceColonAction(String value) {
        int colon = value == null ? -1 : value.indexOf(':');
        return colon >= 0 && isWord(value, 0, colon) && isWord(value, colon + 1, value.length());
    }

    private static boolean isWord(String value, int from, int to) {
        if (from >= to || value.charAt(from) == '_') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if ((c < 'a' || c > 'z') && c != '_') {
                return false;
            }
        }
        return true;
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
