package io.audiences.bootstrap;

/** A command line that cannot be run as given (beyond what the argument parser checks itself). */
final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message, null, false, false);
    }
}
