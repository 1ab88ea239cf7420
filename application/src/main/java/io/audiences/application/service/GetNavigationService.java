package io.audiences.application.service;

import io.audiences.application.command.Navigation;
import io.audiences.application.port.in.GetNavigation;
import io.audiences.application.port.out.FolderRepository;
import io.audiences.domain.accountgroup.AccountGroupId;

/** Reads an account group's tree. */
public final class GetNavigationService implements GetNavigation {

    private final FolderRepository folders;

    public GetNavigationService(FolderRepository folders) {
        this.folders = folders;
    }

    @Override
    public Navigation navigation(AccountGroupId accountGroupId) {
        return folders.navigation(accountGroupId);
    }
}
