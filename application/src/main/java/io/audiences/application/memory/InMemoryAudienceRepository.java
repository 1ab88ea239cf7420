package io.audiences.application.memory;

import io.audiences.application.port.out.AudienceRepository;
import io.audiences.domain.UnknownIdException;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.audience.NameKey;
import io.audiences.domain.folder.Folder;
import io.audiences.domain.folder.FolderId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Audiences in memory. Every step holds the account group's monitor from the check to the store
 * (one {@link GroupContents} per group, shared with {@link InMemoryFolderRepository}), which is
 * this adapter's way of honouring the ports' atomicity contract.
 */
public final class InMemoryAudienceRepository implements AudienceRepository {

    private final InMemoryAccountGroupRepository groups;
    private final ConcurrentMap<AccountGroupId, GroupContents> byGroup = new ConcurrentHashMap<>();

    public InMemoryAudienceRepository(InMemoryAccountGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public Audience add(AccountGroupId accountGroupId, NameKey nameKey, Admission admission) {
        GroupContents contents = contentsOf(accountGroupId);
        synchronized (contents) {
            AccountGroup group = group(accountGroupId);
            Audience audience = admission.admit(contents.snapshot(group, nameKey));
            if (!audience.accountGroupId().equals(accountGroupId)) {
                throw new IllegalArgumentException("the admitted audience belongs to another account group");
            }
            contents.add(audience);
            return audience;
        }
    }

    @Override
    public Audience change(AccountGroupId accountGroupId, AudienceId audienceId, Change change) {
        GroupContents contents = contentsOf(accountGroupId);
        synchronized (contents) {
            Audience current = contents.audience(audienceId).orElseThrow(() -> noSuchAudience(audienceId));
            Audience changed = current.requireChangeOf(change.apply(current, new GroupView() {
                @Override
                public boolean nameHeldByAnother(NameKey nameKey, AudienceId self) {
                    return contents.nameHeldByAnother(nameKey, self);
                }

                @Override
                public Optional<Folder> folder(FolderId folderId) {
                    return contents.folder(folderId);
                }
            }));
            contents.replace(changed);
            return changed;
        }
    }

    @Override
    public void remove(AccountGroupId accountGroupId, AudienceId audienceId) {
        GroupContents contents = contentsOf(accountGroupId);
        synchronized (contents) {
            contents.remove(contents.audience(audienceId).orElseThrow(() -> noSuchAudience(audienceId)));
        }
    }

    @Override
    public Optional<Audience> find(AccountGroupId accountGroupId, AudienceId audienceId) {
        return read(accountGroupId, contents -> contents.audience(audienceId), Optional.empty());
    }

    @Override
    public List<Audience> listNewestFirst(AccountGroupId accountGroupId, Optional<AudiencePosition> after, int limit) {
        return read(accountGroupId, contents -> contents.newestFirst(after, limit), List.of());
    }

    /**
     * The account group, which a change of its contents needs to exist.
     *
     * @throws UnknownIdException if it does not
     */
    AccountGroup group(AccountGroupId accountGroupId) {
        return groups.find(accountGroupId).orElseThrow(() -> new UnknownIdException("no account group has id " + accountGroupId));
    }

    /** The group's contents, created empty on first use. */
    GroupContents contentsOf(AccountGroupId accountGroupId) {
        return byGroup.computeIfAbsent(accountGroupId, id -> new GroupContents());
    }

    /** {@code reader} applied under the group's monitor, or {@code none} for a group never written. */
    <T> T read(AccountGroupId accountGroupId, Function<GroupContents, T> reader, T none) {
        GroupContents contents = byGroup.get(accountGroupId);
        if (contents == null) {
            return none;
        }
        synchronized (contents) {
            return reader.apply(contents);
        }
    }

    private static UnknownIdException noSuchAudience(AudienceId audienceId) {
        return new UnknownIdException("no audience " + audienceId + " in this account group");
    }
}
