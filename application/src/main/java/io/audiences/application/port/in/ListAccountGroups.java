package io.audiences.application.port.in;

import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import java.util.Collection;
import java.util.List;

/** The account groups among some ids (typically, those an API key may act on), by name. */
public interface ListAccountGroups {

    List<AccountGroup> list(Collection<AccountGroupId> ids);
}
