package io.audiences.adapters.rest.auth;

import io.audiences.adapters.rest.error.ApiException;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.HexIds;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.apikey.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What an authenticated caller may do, checked in the contract's order: the permission, then the
 * path ids' format, then the key's access to that group. A caller without access learns
 * nothing about whether the group exists.
 */
public final class Authorization {

    private Authorization() {
    }

    /**
     * @return the account group the caller may act on with {@code permission}
     * @throws io.audiences.domain.InvalidInputException if the id is not an account group id
     */
    public static AccountGroupId require(ApiKeyPrincipal caller, Permission permission, String accountGroupId) {
        return require(caller, permission, accountGroupId, List.of());
    }

    /** An id in a route's path besides the group's, e.g. {@code audienceId}, as sent. */
    public record PathId(String field, String value) {
    }

    /**
     * As {@link #require(ApiKeyPrincipal, Permission, String)}, for a route with more ids in its
     * path, whose format is checked with the group id's (every malformed one named, in path order),
     * before the key's access to the group.
     */
    public static AccountGroupId require(ApiKeyPrincipal caller, Permission permission, String accountGroupId,
            List<PathId> otherIds) {
        if (!caller.key().has(permission)) {
            throw new ApiException(ErrorCode.MISSING_PERMISSION, "this API key lacks the permission " + permission);
        }
        List<FieldViolation> malformed = new ArrayList<>();
        if (!HexIds.isValid(accountGroupId)) {
            malformed.add(new FieldViolation("accountGroupId", HexIds.RULE));
        }
        for (PathId other : otherIds) {
            if (!HexIds.isValid(other.value())) {
                malformed.add(new FieldViolation(other.field(), HexIds.RULE));
            }
        }
        InvalidInputException.throwIfAny(malformed);
        AccountGroupId id = new AccountGroupId(accountGroupId);
        if (!caller.key().mayActOn(id)) {
            throw accessDenied();
        }
        return id;
    }

    /**
     * Runs a creation in a group the key may act on; if the group itself is gone (the key still
     * names it), answers as for any group the key may not act on.
     */
    public static <T> T inExistingGroup(Supplier<T> creation) {
        try {
            return creation.get();
        } catch (UnknownIdException missingGroup) {
            throw accessDenied();
        }
    }

    private static ApiException accessDenied() {
        return new ApiException(ErrorCode.ACCOUNT_GROUP_ACCESS_DENIED, "this API key may not act on this account group");
    }
}
