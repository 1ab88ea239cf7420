package io.audiences.adapters.persistence;

import io.audiences.adapters.persistence.AccountGroupDao.LockedGroup;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroupId;
import org.jdbi.v3.core.Handle;

/**
 * An account group's row lock, the one hold that every change of the group's audiences and folders
 * takes first, for the rest of its transaction ({@code SELECT … FOR UPDATE}): from any connection
 * pool or process, no two such changes of one group interleave (ADR 0001).
 */
final class GroupLock {

    private GroupLock() {
    }

    /**
     * Takes the lock of {@code accountGroupId}, waiting at most {@link AudiencesDatabase#LOCK_TIMEOUT}.
     *
     * @throws UnknownIdException if the account group does not exist
     */
    static LockedGroup take(Handle handle, Dialect dialect, AccountGroupId accountGroupId) {
        return lock(handle, dialect, accountGroupId, "FOR UPDATE");
    }

    /**
     * Holds off the group's changes while its whole tree is read, without holding off other
     * readers where the database can ({@code FOR SHARE} on PostgreSQL; H2 knows only {@code FOR UPDATE}).
     */
    static LockedGroup share(Handle handle, Dialect dialect, AccountGroupId accountGroupId) {
        return lock(handle, dialect, accountGroupId, dialect.sharedRowLock());
    }

    private static LockedGroup lock(Handle handle, Dialect dialect, AccountGroupId accountGroupId, String clause) {
        // H2 waits 1 s for a row lock by default (too short for a queue of changes);
        // PostgreSQL waits forever. Both get the same bound.
        handle.execute(dialect.lockTimeout(AudiencesDatabase.LOCK_TIMEOUT));
        return new AccountGroupDao(handle).lock(accountGroupId.value(), clause)
                .orElseThrow(() -> new UnknownIdException("no account group has id " + accountGroupId));
    }
}
