package io.audiences.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.StatementContext;
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

    /** Reads the group with its audience counts and holds its row lock until the transaction ends. */
    @SqlQuery("SELECT id, name, plan, linkedin_connected, audience_count, monitoring_audience_count "
            + "FROM account_groups WHERE id = :id FOR UPDATE")
    Optional<LockedGroup> lock(@Bind("id") String id);

    /** Counts one more audience for the group (whose row lock the transaction holds). */
    @SqlUpdate("UPDATE account_groups SET audience_count = audience_count + 1, "
            + "monitoring_audience_count = monitoring_audience_count + :monitoring WHERE id = :id")
    void countAudience(@Bind("id") String id, @Bind("monitoring") int monitoring);

    /** The groups whose counts differ from their audience rows. */
    @SqlQuery("SELECT g.id FROM account_groups g "
            + "WHERE g.audience_count <> (SELECT COUNT(*) FROM audiences a WHERE a.account_group_id = g.id) "
            + "OR g.monitoring_audience_count <> (SELECT COUNT(*) FROM audiences a WHERE a.account_group_id = g.id "
            + "AND a.type = 'monitoring')")
    List<String> withCountsUnlikeTheirRows();

    /** Sets the group's counts to those of its audience rows (the transaction holds the group's row lock). */
    @SqlUpdate("UPDATE account_groups SET "
            + "audience_count = (SELECT COUNT(*) FROM audiences a WHERE a.account_group_id = :id), "
            + "monitoring_audience_count = (SELECT COUNT(*) FROM audiences a WHERE a.account_group_id = :id "
            + "AND a.type = 'monitoring') WHERE id = :id")
    void recount(@Bind("id") String id);

    /** A locked account group and what the creation rules count. */
    record LockedGroup(AccountGroupRow group, long audiences, long monitoringAudiences) {

        static LockedGroup map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new LockedGroup(AccountGroupRow.map(rs, ctx), rs.getLong("audience_count"),
                    rs.getLong("monitoring_audience_count"));
        }
    }

    @SqlQuery("SELECT id, name, plan, linkedin_connected FROM account_groups WHERE id IN (<ids>) ORDER BY name, id")
    List<AccountGroupRow> findAll(@BindList("ids") Collection<String> ids);
}
