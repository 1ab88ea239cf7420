package io.audiences.application.contract;

import io.audiences.application.port.out.AudiencesStorage;

/** One empty store, as an adapter under test provides it to the contract suites. */
public interface Storage extends AudiencesStorage {

    /**
     * A second view on the same stored data through independent resources (another connection
     * pool, as a second service instance would have); the same view where there is nothing to separate.
     */
    default Storage secondInstance() {
        return this;
    }
}
