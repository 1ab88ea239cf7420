package io.audiences.application.memory;

import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.UnknownIdException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Account groups in a thread-safe map. */
public final class InMemoryAccountGroupRepository implements AccountGroupRepository {

    private static final Comparator<AccountGroup> BY_NAME =
            Comparator.comparing(AccountGroup::name).thenComparing(group -> group.id().value());

    private final ConcurrentMap<AccountGroupId, AccountGroup> groups = new ConcurrentHashMap<>();

    @Override
    public void insert(AccountGroup group) {
        if (groups.putIfAbsent(group.id(), group) != null) {
            throw new IllegalStateException("account group " + group.id() + " exists already");
        }
    }

    @Override
    public void update(AccountGroup group) {
        if (groups.replace(group.id(), group) == null) {
            throw new UnknownIdException("no account group has id " + group.id());
        }
    }

    @Override
    public Optional<AccountGroup> find(AccountGroupId id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public List<AccountGroup> findAll(Collection<AccountGroupId> ids) {
        return ids.stream().distinct().map(groups::get).filter(Objects::nonNull).sorted(BY_NAME).toList();
    }

    @Override
    public List<AccountGroup> listAll() {
        return groups.values().stream().sorted(BY_NAME).toList();
    }
}
