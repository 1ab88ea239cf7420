package io.audiences.adapters.persistence;

/**
 * Where the statements the adapter runs on plain JDBC, outside {@link org.jdbi.v3.core.Jdbi}, report
 * how long they took: the host times them as it times Jdbi's (a Dropwizard host, with the same
 * {@code SqlLogger} names), so that every statement has its series.
 */
@FunctionalInterface
public interface StatementTimes {

    /** For a host that times nothing. */
    StatementTimes NONE = (sql, nanos) -> {
    };

    /** {@code sql}, as the code holds it (no values in it), ran in {@code nanos}. */
    void record(String sql, long nanos);
}
