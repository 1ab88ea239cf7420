package io.audiences.bootstrap;

import io.audiences.adapters.persistence.AudiencesDatabase;
import io.audiences.application.UseCases;
import io.audiences.application.SecureRandomIdSource;
import io.audiences.domain.plan.PlanCatalog;
import java.time.Clock;
import javax.sql.DataSource;

/** The database, brought up to date, and the application's use cases over it. */
record Services(AudiencesDatabase database, UseCases useCases) {

    /** Migrates the database, repairs its counts after a crash, and wires the use cases over it. */
    static Services on(DataSource dataSource, PlanCatalog plans) {
        AudiencesDatabase database = AudiencesDatabase.on(dataSource);
        database.migrate();
        database.repairCounts();
        return new Services(database, UseCases.over(database, Clock.systemUTC(), new SecureRandomIdSource(), plans));
    }
}
