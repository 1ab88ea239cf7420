package io.audiences.adapters.rest.error;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Jersey chooses the mapper closest to an exception's type, and jersey-bean-validation brings one
 * of its own (an empty 400); this one is closer still.
 */
public final class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ErrorResponses.of(ErrorCode.VALIDATION_ERROR, null);
    }
}
