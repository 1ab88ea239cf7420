package io.audiences.application.port.in;

/** Whether the storage answers: for health checks. */
public interface CheckStorage {

    /** Returns when the storage answers a trivial request; throws when it fails. */
    void check();
}
