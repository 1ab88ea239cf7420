package io.audiences.adapters.persistence.violation;

import io.audiences.bootstrap.AudiencesApplication;

/** Deliberately makes an adapter depend on bootstrap. */
public class PersistenceClassUsingBootstrap {
    public AudiencesApplication application;
}
