package io.audiences.adapters.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Consumer;

/** Serialises error envelopes for the places below Jersey (servlet filters, Jetty's error handler). */
public final class EnvelopeWriter {

    private final ObjectMapper json;
    private final Consumer<ErrorCode> refusals;

    /** {@code refusals} hears of every error answer written. */
    public EnvelopeWriter(ObjectMapper json, Consumer<ErrorCode> refusals) {
        this.json = json;
        this.refusals = refusals;
    }

    /** The body of an error answer, counted as one. */
    public byte[] failure(ErrorCode code, String details, String traceId) {
        refusals.accept(code);
        try {
            return json.writeValueAsBytes(Envelope.failure(code, details, traceId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope is always serialisable", e);
        }
    }
}
