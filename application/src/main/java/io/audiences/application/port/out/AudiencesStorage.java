package io.audiences.application.port.out;

/**
 * One consistent set of the repositories the use cases keep their data in: the same store behind
 * each, so that what one writes the others see (in memory, or one database).
 */
public interface AudiencesStorage {

    AccountGroupRepository accountGroups();

    AudienceRepository audiences();

    FolderRepository folders();

    ProspectRepository prospects();

    ImportRepository imports();

    /** Where imports wait for a worker; it hands them to the worker that {@link ImportQueue#serve} names. */
    ImportQueue importQueue();

    ApiKeyRepository apiKeys();

    IdempotencyStore idempotency();

    /** Returns when the store answers a trivial request; throws when it fails. */
    void ping();
}
