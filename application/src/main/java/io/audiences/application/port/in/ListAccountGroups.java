package io.audiences.application.port.in;

import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import java.util.Collection;
import java.util.List;

/** Account groups by name, then id. */
public interface ListAccountGroups {

    /** Those among {@code ids} that exist (typically, the groups an API key may act on). */
    List<AccountGroup> list(Collection<AccountGroupId> ids);

    /** Every account group: for operators. */
    List<AccountGroup> all();
}
