package io.audiences.adapters.persistence;

import io.audiences.adapters.persistence.AccountGroupDao.LockedGroup;
import io.audiences.application.StorageException;
import io.audiences.domain.accountgroup.AccountGroupId;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Changes to one kind of an account group's named things (its audiences, or its folders): each is
 * one transaction that first takes the group's {@link GroupLock}, so that no two changes of a group
 * interleave, from any pool or process. A violation of the names' unique index ({@code nameIndex},
 * found only when storing) is the domain's {@code nameTaken} refusal; any other failure a
 * {@link StorageException} saying {@code failure}.
 */
record GroupChanges(Jdbi jdbi, Dialect dialect, String nameIndex, Supplier<? extends RuntimeException> nameTaken,
        String failure) {

    /** Work done under a group's lock, given the locked group's row. */
    @FunctionalInterface
    interface Locked<T> {
        T run(Handle handle, LockedGroup group);
    }

    /**
     * Runs {@code work} in one transaction, with {@code accountGroupId} locked for all of it.
     *
     * @throws io.audiences.domain.UnknownIdException if the account group does not exist
     */
    <T> T locked(AccountGroupId accountGroupId, Locked<T> work) {
        return inTransaction(handle -> work.run(handle, GroupLock.take(handle, dialect, accountGroupId)));
    }

    /** Runs {@code work} in one transaction, which takes what lock it needs itself. */
    <T> T inTransaction(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            if (StorageErrors.isUniqueViolation(e, nameIndex)) {
                throw nameTaken.get();
            }
            throw new StorageException(failure, e);
        }
    }
}
