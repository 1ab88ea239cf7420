package io.audiences.bootstrap;

import io.audiences.adapters.persistence.AudiencesDatabase;
import java.util.Map;
import javax.sql.DataSource;
import net.sourceforge.argparse4j.inf.Namespace;

/** {@code migrate}: brings the database schema up to date; prints {@code {"migrated": N}}. */
final class MigrateCli extends OperatorCommand {

    MigrateCli() {
        super("migrate", "Bring the database schema up to date");
    }

    @Override
    protected Object execute(Namespace namespace, DataSource dataSource, AudiencesConfiguration configuration) {
        return Map.of("migrated", AudiencesDatabase.on(dataSource).migrate());
    }
}
