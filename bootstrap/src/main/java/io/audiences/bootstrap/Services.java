package io.audiences.bootstrap;

import io.audiences.adapters.persistence.AudiencesDatabase;
import io.audiences.application.UseCases;
import io.audiences.application.SecureRandomIdSource;
import io.audiences.domain.plan.PlanCatalog;
import java.time.Clock;

/** The database, brought up to date, and the application's use cases over it. */
record Services(AudiencesDatabase database, UseCases useCases) {

    /** Migrates the database, repairs its counts after a crash, and wires the use cases over it. */
    static Services on(AudiencesDatabase database, PlanCatalog plans) {
        database.migrate();
        database.repairCounts();
        return new Services(database, UseCases.over(database, Clock.systemUTC(), new SecureRandomIdSource(), plans));
    }
}
