package io.audiences.application.port.in;

import io.audiences.application.command.Navigation;
import io.audiences.domain.accountgroup.AccountGroupId;

/** Reads an account group's whole tree of folders and audiences. */
public interface GetNavigation {

    Navigation navigation(AccountGroupId accountGroupId);
}
