package io.audiences.adapters.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Serialises error envelopes for the places below Jersey (servlet filters, Jetty's error handler). */
public final class EnvelopeWriter {

    private final ObjectMapper json;

    public EnvelopeWriter(ObjectMapper json) {
        this.json = json;
    }

    public byte[] failure(ErrorCode code, String details, String traceId) {
        try {
            return json.writeValueAsBytes(Envelope.failure(code, details, traceId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an envelope is always serialisable", e);
        }
    }
}
