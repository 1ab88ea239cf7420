package io.audiences.adapters.persistence;

import io.audiences.application.StorageException;
import java.time.Duration;
import java.util.Locale;

/**
 * The two databases this adapter runs on, and all that differs between them. Chosen once, from
 * the database's own name, when the adapter is built; any other database is refused there rather
 * than half-served.
 */
enum Dialect {

    H2 {
        @Override
        String lockTimeout(Duration timeout) {
            return "SET LOCK_TIMEOUT " + timeout.toMillis();
        }

        @Override
        String sharedRowLock() {
            // H2 knows no FOR SHARE.
            return "FOR UPDATE";
        }

        @Override
        boolean mayLosePartOfACommitInACrash() {
            return true;
        }

        @Override
        boolean isEmbedded() {
            return true;
        }

        @Override
        String unloggedTable() {
            return "";
        }
    },

    POSTGRESQL {
        @Override
        String lockTimeout(Duration timeout) {
            return "SET LOCAL lock_timeout = '" + timeout.toMillis() + "ms'";
        }

        @Override
        String sharedRowLock() {
            return "FOR SHARE";
        }

        @Override
        boolean mayLosePartOfACommitInACrash() {
            return false;
        }

        @Override
        boolean isEmbedded() {
            return false;
        }

        @Override
        String unloggedTable() {
            return "UNLOGGED";
        }
    };

    /** The statement that bounds how long this transaction waits for a row lock. */
    abstract String lockTimeout(Duration timeout);

    /** The locking clause that holds off writers of a row but not its other readers, where the database can. */
    abstract String sharedRowLock();

    /**
     * Whether a crash can leave a committed transaction half applied, so that derived counts must
     * be checked against their rows before serving (H2 after {@code kill -9}; see
     * {@link AudiencesDatabase#repairCounts()}).
     */
    abstract boolean mayLosePartOfACommitInACrash();

    /** What makes a table of throw-away rows cheaper to write: no write-ahead log where the database allows it. */
    abstract String unloggedTable();

    /** Whether the database runs inside this process, which then does its housekeeping (ADR 0011). */
    abstract boolean isEmbedded();

    /**
     * The dialect of the database whose JDBC product name is {@code productName}.
     *
     * @throws StorageException for a database this adapter does not support
     */
    static Dialect of(String productName) {
        return switch (productName.toLowerCase(Locale.ROOT)) {
            case "h2" -> H2;
            case "postgresql" -> POSTGRESQL;
            default -> throw new StorageException("unsupported database " + productName + ": H2 or PostgreSQL", null);
        };
    }
}
