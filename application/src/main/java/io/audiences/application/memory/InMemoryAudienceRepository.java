package io.audiences.application.memory;

import io.audiences.application.port.out.AudienceRepository;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.AccountGroupSnapshot;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudiencePosition;
import io.audiences.domain.audience.AudienceType;
import io.audiences.domain.audience.CreationPolicy;
import io.audiences.domain.audience.NameKey;
import io.audiences.domain.UnknownIdException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Audiences in memory. {@link #add} holds a per-account-group monitor for the whole
 * check-and-store step, which is this adapter's way of honouring the port's atomicity contract.
 */
public final class InMemoryAudienceRepository implements AudienceRepository {

    private static final Comparator<Audience> NEWEST_FIRST = Comparator.comparing(Audience::createdAt)
            .thenComparing(audience -> audience.id().value()).reversed();

    private final InMemoryAccountGroupRepository groups;
    private final ConcurrentMap<AccountGroupId, GroupAudiences> byGroup = new ConcurrentHashMap<>();

    public InMemoryAudienceRepository(InMemoryAccountGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public Audience add(AccountGroupId accountGroupId, NameKey nameKey, Admission admission) {
        GroupAudiences audiences = byGroup.computeIfAbsent(accountGroupId, id -> new GroupAudiences());
        synchronized (audiences) {
            AccountGroup group = groups.find(accountGroupId)
                    .orElseThrow(() -> new UnknownIdException("no account group has id " + accountGroupId));
            Audience audience = admission.admit(audiences.snapshot(group, nameKey));
            if (!audience.accountGroupId().equals(accountGroupId)) {
                throw new IllegalArgumentException("the admitted audience belongs to another account group");
            }
            if (!audiences.nameKeys.add(audience.nameKey())) {
                throw CreationPolicy.nameTaken();
            }
            audiences.list.add(audience);
            return audience;
        }
    }

    @Override
    public Optional<Audience> find(AccountGroupId accountGroupId, AudienceId audienceId) {
        GroupAudiences audiences = byGroup.get(accountGroupId);
        if (audiences == null) {
            return Optional.empty();
        }
        synchronized (audiences) {
            return audiences.list.stream().filter(audience -> audience.id().equals(audienceId)).findFirst();
        }
    }

    @Override
    public List<Audience> listNewestFirst(AccountGroupId accountGroupId, Optional<AudiencePosition> after, int limit) {
        GroupAudiences audiences = byGroup.get(accountGroupId);
        if (audiences == null) {
            return List.of();
        }
        synchronized (audiences) {
            return audiences.list.stream()
                    .filter(audience -> after.map(position -> position.isFollowedBy(audience)).orElse(true))
                    .sorted(NEWEST_FIRST)
                    .limit(limit)
                    .toList();
        }
    }

    /** One account group's audiences; guarded by its own monitor. */
    private static final class GroupAudiences {
        private final List<Audience> list = new ArrayList<>();
        private final Set<NameKey> nameKeys = new HashSet<>();

        AccountGroupSnapshot snapshot(AccountGroup group, NameKey nameKey) {
            long monitoring = list.stream().filter(audience -> audience.type() == AudienceType.MONITORING).count();
            return new AccountGroupSnapshot(group, list.size(), monitoring, nameKeys.contains(nameKey));
        }
    }
}
