package io.audiences.application.violation;

import io.audiences.adapters.rest.AudiencesBundle;

/** Deliberately makes the application depend on an adapter. */
public class ApplicationClassUsingRestAdapter {
    public AudiencesBundle<?> bundle;
}
