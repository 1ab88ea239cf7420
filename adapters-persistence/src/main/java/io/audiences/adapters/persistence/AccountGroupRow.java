package io.audiences.adapters.persistence;

import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.plan.Plan;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementContext;

/** A row of {@code account_groups}. */
record AccountGroupRow(String id, String name, String plan, boolean linkedinConnected) {

    static AccountGroupRow map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AccountGroupRow(rs.getString("id"), rs.getString("name"), rs.getString("plan"),
                rs.getBoolean("linkedin_connected"));
    }

    AccountGroup toDomain() {
        return new AccountGroup(new AccountGroupId(id), name, Plan.fromValue(plan).orElseThrow(
                () -> new IllegalStateException("unknown plan in account_groups: " + plan)), linkedinConnected);
    }
}
