package io.audiences.adapters.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

interface AccountGroupDao {

    @SqlUpdate("INSERT INTO account_groups (id, name, plan, linkedin_connected, created_at) "
            + "VALUES (:id, :name, :plan, :linkedinConnected, CURRENT_TIMESTAMP)")
    void insert(@Bind("id") String id, @Bind("name") String name, @Bind("plan") String plan,
            @Bind("linkedinConnected") boolean linkedinConnected);

    @SqlUpdate("UPDATE account_groups SET plan = :plan, linkedin_connected = :linkedinConnected WHERE id = :id")
    int update(@Bind("id") String id, @Bind("plan") String plan, @Bind("linkedinConnected") boolean linkedinConnected);

    @SqlQuery("SELECT id, name, plan, linkedin_connected FROM account_groups WHERE id = :id")
    Optional<AccountGroupRow> find(@Bind("id") String id);

    /** Reads the group and holds its row lock until the transaction ends. */
    @SqlQuery("SELECT id, name, plan, linkedin_connected FROM account_groups WHERE id = :id FOR UPDATE")
    Optional<AccountGroupRow> findForUpdate(@Bind("id") String id);

    @SqlQuery("SELECT id, name, plan, linkedin_connected FROM account_groups WHERE id IN (<ids>) ORDER BY name, id")
    List<AccountGroupRow> findAll(@BindList("ids") Collection<String> ids);
}
