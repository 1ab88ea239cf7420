package io.audiences.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of {@code account_groups}, run on one handle (ADR 0007: not a SqlObject proxy). */
final class AccountGroupDao {


    private final Handle handle;

    AccountGroupDao(Handle handle) {
        this.handle = handle;
    }

    void insert(String id, String name, String plan, boolean linkedinConnected) {
        handle.createUpdate("INSERT INTO account_groups (id, name, plan, linkedin_connected, created_at) "
                        + "VALUES (:id, :name, :plan, :linkedinConnected, CURRENT_TIMESTAMP)")
                .bind("id", id).bind("name", name).bind("plan", plan).bind("linkedinConnected", linkedinConnected)
                .execute();
    }

    int update(String id, String plan, boolean linkedinConnected) {
        return handle.createUpdate("UPDATE account_groups SET plan = :plan, linkedin_connected = :linkedinConnected "
                        + "WHERE id = :id")
                .bind("id", id).bind("plan", plan).bind("linkedinConnected", linkedinConnected)
                .execute();
    }

    Optional<AccountGroupRow> find(String id) {
        return handle.createQuery("SELECT id, name, plan, linkedin_connected FROM account_groups WHERE id = :id")
                .bind("id", id).map(AccountGroupRow::map).findOne();
    }

    /** The groups of {@code count} ids (at least one), by name: run on {@link PlainReads}, with every API key's lookup. */
    static String findAll(int count) {
        return "SELECT id, name, plan, linkedin_connected FROM account_groups WHERE id IN ("
                + String.join(", ", Collections.nCopies(count, "?")) + ") ORDER BY name, id";
    }

    static List<AccountGroupRow> rows(ResultSet rs) throws SQLException {
        List<AccountGroupRow> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(AccountGroupRow.map(rs, null));
        }
        return rows;
    }

    List<AccountGroupRow> listAll() {
        return handle.createQuery("SELECT id, name, plan, linkedin_connected FROM account_groups ORDER BY name, id")
                .map(AccountGroupRow::map).list();
    }

    /** Reads the group with its audience counts and holds its row lock until the transaction ends. */
    Optional<LockedGroup> lock(String id) {
        return lock(id, "FOR UPDATE");
    }

    /**
     * Reads the group and holds its row lock against changes until the transaction ends, with
     * {@code clause}: {@code FOR UPDATE}, or {@code FOR SHARE} where the database has it.
     */
    Optional<LockedGroup> lock(String id, String clause) {
        return handle.createQuery("SELECT id, name, plan, linkedin_connected, audience_count, monitoring_audience_count "
                        + "FROM account_groups WHERE id = :id " + clause)
                .bind("id", id).map(LockedGroup::map).findOne();
    }

    /** Adds {@code audiences} (one or minus one) to the group's counts (whose row lock the transaction holds). */
    void countAudiences(String id, int audiences, boolean monitoring) {
        handle.createUpdate("UPDATE account_groups SET audience_count = audience_count + :audiences, "
                        + "monitoring_audience_count = monitoring_audience_count + :monitoring WHERE id = :id")
                .bind("id", id).bind("audiences", audiences).bind("monitoring", monitoring ? audiences : 0).execute();
    }

    /** The groups whose counts differ from their audience rows. */
    List<String> withCountsUnlikeTheirRows() {
        return handle.createQuery("SELECT g.id FROM account_groups g "
                        + "WHERE g.audience_count <> (SELECT COUNT(*) FROM audiences a WHERE a.account_group_id = g.id) "
                        + "OR g.monitoring_audience_count <> (SELECT COUNT(*) FROM audiences a "
                        + "WHERE a.account_group_id = g.id AND a.type = 'monitoring')")
                .mapTo(String.class).list();
    }

    /** Sets the group's counts to those of its audience rows (the transaction holds the group's row lock). */
    void recount(String id) {
        handle.createUpdate("UPDATE account_groups SET "
                        + "audience_count = (SELECT COUNT(*) FROM audiences a WHERE a.account_group_id = :id), "
                        + "monitoring_audience_count = (SELECT COUNT(*) FROM audiences a WHERE a.account_group_id = :id "
                        + "AND a.type = 'monitoring') WHERE id = :id")
                .bind("id", id).execute();
    }

    /** A locked account group and what the creation rules count. */
    record LockedGroup(AccountGroupRow group, long audiences, long monitoringAudiences) {

        static LockedGroup map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new LockedGroup(AccountGroupRow.map(rs, ctx), rs.getLong("audience_count"),
                    rs.getLong("monitoring_audience_count"));
        }
    }
}
