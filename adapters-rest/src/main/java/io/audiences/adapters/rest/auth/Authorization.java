package io.audiences.adapters.rest.auth;

import io.audiences.adapters.rest.error.ApiException;
import io.audiences.adapters.rest.error.ErrorCode;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.apikey.Permission;

/**
 * What an authenticated caller may do, checked in the contract's order: the permission, then the
 * account group id's format, then the key's access to that group. A caller without access learns
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
        if (!caller.key().has(permission)) {
            throw new ApiException(ErrorCode.MISSING_PERMISSION, "this API key lacks the permission " + permission);
        }
        AccountGroupId id = new AccountGroupId(accountGroupId);
        if (!caller.key().mayActOn(id)) {
            throw new ApiException(ErrorCode.ACCOUNT_GROUP_ACCESS_DENIED, "this API key may not act on this account group");
        }
        return id;
    }
}
