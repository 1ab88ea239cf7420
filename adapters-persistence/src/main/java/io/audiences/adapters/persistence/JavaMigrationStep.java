package io.audiences.adapters.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration written in Java, numbered among the SQL ones: its checksum is its version, so that
 * editing its comments never fails Flyway's validation; it runs in the migration's transaction.
 */
abstract class JavaMigrationStep implements JavaMigration {

    private final int version;
    private final String description;

    JavaMigrationStep(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return version;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
