package io.audiences.adapters.rest.violation;

import io.audiences.adapters.persistence.AudiencesDatabase;

/** Deliberately makes one adapter depend on another. */
public class RestClassUsingPersistence {
    public AudiencesDatabase database;
}
