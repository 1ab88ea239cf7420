package io.audiences.application.port.out;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AccountGroupSnapshot;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.audience.NameKey;
import java.util.List;
import java.util.Optional;

/** Where audiences are kept. */
public interface AudienceRepository {

    /**
     * Stores the audience that {@code admission} decides on, as <strong>one atomic step per account
     * group</strong>.
     *
     * <p>The implementation takes an exclusive hold on the account group (for example a row lock),
     * builds the group's {@link AccountGroupSnapshot} — counts, and whether {@code nameKey} is taken —
     * calls {@code admission} with it, and stores the audience it returns, all before any other
     * {@code add} for the same account group can build its snapshot. This holds across processes
     * sharing one store, not only within one JVM, so the creation rules that {@code admission}
     * applies can never be outrun by a concurrent creation: an account group never ends up over a
     * limit or with two audiences of the same name key.
     *
     * <p>If {@code admission} throws, nothing is stored and the exception reaches the caller
     * unchanged. If a duplicate name key is found only when storing (a last line of defence), the
     * call throws the domain's {@code AUDIENCE_NAME_TAKEN} refusal.
     *
     * @throws io.audiences.domain.UnknownIdException     if the account group does not exist
     * @throws io.audiences.application.StorageException if storage fails; nothing was stored
     */
    Audience add(AccountGroupId accountGroupId, NameKey nameKey, Admission admission);

    /**
     * The audience with this id in this account group; empty when it does not exist there.
     *
     * @throws io.audiences.application.StorageException if storage fails
     */
    Optional<Audience> find(AccountGroupId accountGroupId, AudienceId audienceId);

    /**
     * Up to {@code limit} audiences of the account group in newest-first order (creation time
     * descending, then id descending), starting after {@code after} when it is given.
     *
     * @throws io.audiences.application.StorageException if storage fails
     */
    List<Audience> listNewestFirst(AccountGroupId accountGroupId, Optional<AudiencePosition> after, int limit);

    /** Decides, from the account group's state, which audience to store (or refuses by throwing). */
    @FunctionalInterface
    interface Admission {
        Audience admit(AccountGroupSnapshot snapshot);
    }
}
