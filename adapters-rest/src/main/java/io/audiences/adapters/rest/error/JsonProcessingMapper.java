package io.audiences.adapters.rest.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Unreadable JSON that Jackson met on Jersey's behalf; closer to the type than Jackson's own mappers. */
public final class JsonProcessingMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, "body: must be valid JSON");
    }
}
