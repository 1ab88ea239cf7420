package io.audiences.application.port.out;

import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AccountGroupSnapshot;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.audience.NameKey;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
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

    /**
     * Changes an audience as one atomic step per account group, under the hold {@link #add} takes:
     * finds it, calls {@code change} with it and a view of its group under the hold, and stores the
     * audience it returns (name, description, folder). A duplicate name found only when storing is
     * the domain's {@code AUDIENCE_NAME_TAKEN}.
     *
     * @throws io.audiences.domain.UnknownIdException     if the audience is not in this account group
     * @throws io.audiences.application.StorageException if storage fails; nothing was changed
     */
    Audience change(AccountGroupId accountGroupId, AudienceId audienceId, Change change);

    /**
     * Removes an audience under the group's hold: its place under the plan's limits and its name
     * are free for the next step.
     *
     * @throws io.audiences.domain.UnknownIdException if the audience is not in this account group
     */
    void remove(AccountGroupId accountGroupId, AudienceId audienceId);

    /** Decides, from the account group's state, which audience to store (or refuses by throwing). */
    @FunctionalInterface
    interface Admission {
        Audience admit(AccountGroupSnapshot snapshot);
    }

    /** Changes {@code current}, asking {@code group} what it needs (or refuses by throwing). */
    @FunctionalInterface
    interface Change {
        Audience apply(Audience current, GroupView group);
    }

    /** The audience's account group, as seen under the hold of {@link #change}. */
    interface GroupView {

        /** Whether an audience other than {@code self} holds {@code nameKey}. */
        boolean nameHeldByAnother(NameKey nameKey, AudienceId self);

        /** The group's folder with this id, if it has one. */
        Optional<Folder> folder(FolderId folderId);
    }
}
