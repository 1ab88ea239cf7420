package io.audiences.adapters.persistence;

import io.audiences.application.port.out.AccountGroupRepository;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.UnknownIdException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Account groups in the {@code account_groups} table. */
public final class JdbiAccountGroupRepository implements AccountGroupRepository {

    private final Jdbi jdbi;
    private final PlainReads reads;

    JdbiAccountGroupRepository(Jdbi jdbi, PlainReads reads) {
        this.jdbi = jdbi;
        this.reads = reads;
    }

    @Override
    public void insert(AccountGroup group) {
        StorageErrors.run(() -> jdbi.useHandle(handle -> new AccountGroupDao(handle)
                .insert(group.id().value(), group.name(), group.plan().value(), group.linkedinConnected())));
    }

    @Override
    public void update(AccountGroup group) {
        int updated = StorageErrors.translate(() -> jdbi.withHandle(handle -> new AccountGroupDao(handle)
                .update(group.id().value(), group.plan().value(), group.linkedinConnected())));
        if (updated == 0) {
            throw new UnknownIdException("no account group has id " + group.id());
        }
    }

    @Override
    public Optional<AccountGroup> find(AccountGroupId id) {
        return StorageErrors.translate(() -> jdbi.withHandle(handle -> new AccountGroupDao(handle).find(id.value())))
                .map(AccountGroupRow::toDomain);
    }

    @Override
    public List<AccountGroup> findAll(Collection<AccountGroupId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> values = ids.stream().map(AccountGroupId::value).distinct().toList();
        return reads.query(AccountGroupDao.findAll(values.size()), values, AccountGroupDao::rows)
                .stream().map(AccountGroupRow::toDomain).toList();
    }

    @Override
    public List<AccountGroup> listAll() {
        return StorageErrors.translate(() -> jdbi.withHandle(handle -> new AccountGroupDao(handle).listAll()))
                .stream().map(AccountGroupRow::toDomain).toList();
    }
}
