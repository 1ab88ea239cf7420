package io.audiences.bootstrap;

import io.audiences.adapters.persistence.AudiencesDatabase;
import io.audiences.adapters.rest.AudiencesUseCases;
import io.audiences.application.memory.SecureRandomIdSource;
import io.audiences.application.service.AccountGroupService;
import io.audiences.application.service.ApiKeyService;
import io.audiences.application.service.AudienceQueryService;
import io.audiences.application.service.CreateAudienceService;
import io.audiences.domain.PlanCatalog;
import java.time.Clock;
import javax.sql.DataSource;

/** The object graph, wired by hand: the database's repositories behind the application's services. */
record Services(AudiencesDatabase database, AccountGroupService accountGroups, ApiKeyService apiKeys,
                CreateAudienceService createAudience, AudienceQueryService audienceQueries) {

    /** The services on a database whose schema has been brought up to date, its counts repaired after a crash. */
    static Services on(DataSource dataSource, PlanCatalog plans) {
        AudiencesDatabase database = AudiencesDatabase.on(dataSource);
        database.migrate();
        database.repairCounts();
        SecureRandomIdSource ids = new SecureRandomIdSource();
        Clock clock = Clock.systemUTC();
        return new Services(database,
                new AccountGroupService(database.accountGroups(), ids),
                new ApiKeyService(database.apiKeys(), ids, clock),
                new CreateAudienceService(database.audiences(), ids, clock, plans),
                new AudienceQueryService(database.audiences()));
    }

    AudiencesUseCases useCases() {
        return new AudiencesUseCases(apiKeys, createAudience, audienceQueries, audienceQueries, accountGroups);
    }
}
