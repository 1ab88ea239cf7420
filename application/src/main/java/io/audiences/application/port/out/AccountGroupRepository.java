package io.audiences.application.port.out;

import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where account groups are kept. Every method throws {@link io.audiences.application.StorageException}
 * when storage fails.
 */
public interface AccountGroupRepository {

    /** Stores a new account group. */
    void insert(AccountGroup group);

    /**
     * Replaces a stored account group's plan and LinkedIn connection with those of {@code group}.
     *
     * @throws io.audiences.domain.UnknownIdException if no account group has its id
     */
    void update(AccountGroup group);

    Optional<AccountGroup> find(AccountGroupId id);

    /** The stored account groups among {@code ids}, ordered by name, then id. */
    List<AccountGroup> findAll(Collection<AccountGroupId> ids);

    /** Every stored account group, ordered by name, then id. */
    List<AccountGroup> listAll();
}
