package io.audiences.adapters.persistence;

import io.audiences.application.StorageException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/** Turns what JDBI and the drivers throw into the port's one storage failure. */
final class StorageErrors {

    private static final String UNIQUE_VIOLATION = "23505";
    /** PostgreSQL's, then H2's SQLSTATE for a row that references a missing parent. */
    private static final Set<String> MISSING_PARENT = Set.of("23503", "23506");

    private StorageErrors() {
    }

    /** Runs {@code work}; a database failure becomes a {@link StorageException}, anything else passes. */
    static <T> T translate(Supplier<T> work) {
        try {
            return work.get();
        } catch (JdbiException e) {
            throw failed(e);
        }
    }

    /** The port's failure for a statement the database failed, whether run through Jdbi or on plain JDBC. */
    static StorageException failed(Exception e) {
        return new StorageException("the database failed", e);
    }

    /** Runs {@code work} in one transaction; a database failure becomes a {@link StorageException} saying {@code failure}. */
    static <T> T inTransaction(Jdbi jdbi, String failure, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw new StorageException(failure, e);
        }
    }

    static void run(Runnable work) {
        translate(() -> {
            work.run();
            return null;
        });
    }

    /** Whether {@code e} was caused by a violation of the unique constraint named {@code constraint}. */
    static boolean isUniqueViolation(Throwable e, String constraint) {
        return causes(e).anyMatch(sql -> UNIQUE_VIOLATION.equals(sql.getSQLState())
                && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains(constraint));
    }

    /** Whether {@code e} was caused by a foreign key that points at a missing row. */
    static boolean isMissingParent(Throwable e) {
        return causes(e).anyMatch(sql -> MISSING_PARENT.contains(sql.getSQLState()));
    }

    /** The SQL exceptions in {@code e}'s chain of causes, outermost first. */
    static Stream<SQLException> causes(Throwable e) {
        return Stream.iterate(e, Objects::nonNull, Throwable::getCause)
                .filter(SQLException.class::isInstance)
                .map(SQLException.class::cast);
    }
}
