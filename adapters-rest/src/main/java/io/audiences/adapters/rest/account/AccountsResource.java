package io.audiences.adapters.rest.account;

import io.audiences.adapters.rest.route.SuccessResponses;
import com.codahale.metrics.annotation.Timed;
import io.audiences.adapters.rest.auth.ApiKeyPrincipal;
import io.audiences.application.port.in.ListAccountGroups;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code GET /v1/accounts}: the account groups the caller's key may act on. Any valid key may ask. */
@Path("/v1/accounts")
public final class AccountsResource {

    private final ListAccountGroups listAccountGroups;

    public AccountsResource(ListAccountGroups listAccountGroups) {
        this.listAccountGroups = listAccountGroups;
    }

    @GET
    @Timed
    public Response list(@Auth ApiKeyPrincipal caller) {
        return SuccessResponses.ok(AccountGroupsResponse.of(listAccountGroups.list(caller.key().accountGroupIds())));
    }
}
