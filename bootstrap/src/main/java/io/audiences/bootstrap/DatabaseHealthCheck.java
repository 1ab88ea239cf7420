package io.audiences.bootstrap;

import com.codahale.metrics.health.HealthCheck;
import io.audiences.adapters.persistence.AudiencesDatabase;

/** Healthy while the database answers. */
final class DatabaseHealthCheck extends HealthCheck {

    private final AudiencesDatabase database;

    DatabaseHealthCheck(AudiencesDatabase database) {
        this.database = database;
    }

    @Override
    protected Result check() {
        database.ping();
        return Result.healthy();
    }
}
