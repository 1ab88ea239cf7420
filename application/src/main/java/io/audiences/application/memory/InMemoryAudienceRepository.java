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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Audiences in memory. {@link #add} holds a per-account-group monitor for the whole
 * check-and-store step, which is this adapter's way of honouring the port's atomicity contract.
 */
public final class InMemoryAudienceRepository implements AudienceRepository {

    private static final Comparator<AudiencePosition> NEWEST_FIRST = Comparator.comparing(AudiencePosition::createdAt)
            .thenComparing(position -> position.id().value()).reversed();

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
            audiences.add(audience);
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
            return Optional.ofNullable(audiences.byId.get(audienceId));
        }
    }

    @Override
    public List<Audience> listNewestFirst(AccountGroupId accountGroupId, Optional<AudiencePosition> after, int limit) {
        GroupAudiences audiences = byGroup.get(accountGroupId);
        if (audiences == null) {
            return List.of();
        }
        synchronized (audiences) {
            return after.map(position -> audiences.newestFirst.tailMap(position, false)).orElse(audiences.newestFirst)
                    .values().stream().limit(limit).toList();
        }
    }

    /** One account group's audiences, indexed as they are read; guarded by its own monitor. */
    private static final class GroupAudiences {
        private final NavigableMap<AudiencePosition, Audience> newestFirst = new TreeMap<>(NEWEST_FIRST);
        private final Map<AudienceId, Audience> byId = new HashMap<>();
        private final Set<NameKey> nameKeys = new HashSet<>();
        private long monitoring;

        AccountGroupSnapshot snapshot(AccountGroup group, NameKey nameKey) {
            return new AccountGroupSnapshot(group, byId.size(), monitoring, nameKeys.contains(nameKey));
        }

        void add(Audience audience) {
            if (!nameKeys.add(audience.nameKey())) {
                throw CreationPolicy.nameTaken();
            }
            newestFirst.put(AudiencePosition.of(audience), audience);
            byId.put(audience.id(), audience);
            if (audience.type() == AudienceType.MONITORING) {
                monitoring++;
            }
        }
    }
}
