package io.audiences.application;

/**
 * Storage failed: the database is unreachable, stopped, or answered in a way the adapter did not
 * expect. Nothing of the failed call was written. Callers answer it as an internal error.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
