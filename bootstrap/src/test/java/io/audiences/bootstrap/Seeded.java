package io.audiences.bootstrap;

import io.audiences.adapters.persistence.AudiencesDatabase;
import io.audiences.application.UseCases;
import io.audiences.application.SecureRandomIdSource;
import io.audiences.application.command.CreateAccountGroupCommand;
import io.audiences.application.command.IssueApiKeyCommand;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.audiences.domain.plan.PlanCatalog;
import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;

/** An account group and a key with read and write access to it, created in the database as an operator would. */
record Seeded(AccountGroup group, String key) {

    static Seeded in(DataSource dataSource, Plan plan) {
        AudiencesDatabase database = AudiencesDatabase.on(dataSource);
        UseCases audiences = UseCases.over(database, Clock.systemUTC(), new SecureRandomIdSource(), PlanCatalog.defaults());
        AccountGroup group = audiences.createAccountGroup().create(new CreateAccountGroupCommand("Seeded", plan, true));
        String key = audiences.issueApiKey().issue(new IssueApiKeyCommand(Set.of(group.id()),
                Permission.KNOWN, "seeded")).secret().reveal();
        return new Seeded(group, key);
    }
}
