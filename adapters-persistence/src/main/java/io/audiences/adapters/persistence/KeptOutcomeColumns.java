package io.audiences.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.audiences.application.command.KeptOutcome;
import io.audiences.domain.RuleRefusal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A kept outcome in the columns of {@code idempotency_keys}: {@code outcome} says which
 * ({@code CREATED} or {@code REFUSED}, {@code NULL} while its claim runs); {@code created} holds
 * what was created as JSON of the domain's record, read back through its constructor (so it passes
 * the domain's checks again); {@code refusal_code} and {@code refusal_details} a rule's refusal.
 * Fields a later version adds to a record are ignored when read back.
 */
record KeptOutcomeColumns(String outcome, String created, String refusalCode, String refusalDetails) {

    static final String CREATED = "CREATED";
    static final String REFUSED = "REFUSED";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static KeptOutcomeColumns of(KeptOutcome<?> outcome) {
        if (outcome instanceof KeptOutcome.Created<?> created) {
            return new KeptOutcomeColumns(CREATED, json(created.created()), null, null);
        }
        KeptOutcome.Refused<?> refused = (KeptOutcome.Refused<?>) outcome;
        return new KeptOutcomeColumns(REFUSED, null, refused.code(), refused.details());
    }

    /** The outcome kept in this row, or {@code null} while its claim runs. */
    static KeptOutcomeColumns read(ResultSet row) throws SQLException {
        return new KeptOutcomeColumns(row.getString("outcome"), row.getString("created"), row.getString("refusal_code"),
                row.getString("refusal_details"));
    }

    boolean isKept() {
        return outcome != null;
    }

    /**
     * The kept outcome of a creation of {@code type}; empty if this version cannot read it (a
     * refusal by a rule it does not know, a record it cannot rebuild).
     */
    <T> Optional<KeptOutcome<T>> as(Class<T> type) {
        if (REFUSED.equals(outcome)) {
            return RuleRefusal.codes().contains(refusalCode) && refusalDetails != null
                    ? Optional.of(new KeptOutcome.Refused<>(refusalCode, refusalDetails))
                    : Optional.empty();
        }
        try {
            return Optional.of(new KeptOutcome.Created<>(JSON.readValue(created, type)));
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    static String json(Object created) {
        try {
            return JSON.writeValueAsString(created);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a domain record is always JSON", e);
        }
    }
}
