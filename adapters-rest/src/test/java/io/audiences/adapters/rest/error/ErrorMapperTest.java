package io.audiences.adapters.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.audiences.domain.CreationRule;
import io.audiences.domain.FolderRule;
import io.audiences.domain.DomainRefusal;
import io.audiences.domain.FieldViolation;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.UnknownIdException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one table: every refusal of the domain has an entry, and statuses the table does not know are kept. */
class ErrorMapperTest {

    private final ErrorMapper mapper = new ErrorMapper();

    @ParameterizedTest
    @ValueSource(ints = {406, 409, 411, 416, 418, 501, 503})
    void aStatusTheTableDoesNotKnowKeepsItsStatus(int status) {
        Response response = mapper.toResponse(new WebApplicationException(status));

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(((Envelope<?>) response.getEntity()).error().code()).isEqualTo(status < 500 ? "VALIDATION_ERROR" : "INTERNAL_ERROR");
    }

    @Test
    void everyRuleRefusalIsA422AndOnlyThose() {
        // The application keeps a rule's refusal for the retries of a key, and the contract keeps 422s.
        assertThat(Arrays.stream(CreationRule.values()).map(rule -> ErrorCode.valueOf(rule.code()).status())).containsOnly(422);
        assertThat(Arrays.stream(FolderRule.values()).map(rule -> ErrorCode.valueOf(rule.code()).status())).containsOnly(422);
        assertThat(mapper.toResponse(new InvalidInputException(new FieldViolation("name", "must not be blank"))).getStatus())
                .isNotEqualTo(422);
    }

    @Test
    void theDomainsOtherRefusalsHaveTheirStatusAndANotFoundSaysNoMore() {
        DomainRefusal invalid = new InvalidInputException(new FieldViolation("name", "must not be blank"));
        DomainRefusal missing = new UnknownIdException("no account group has id 0123456789abcdef01234567");

        assertThat(mapper.toResponse(invalid).getStatus()).isEqualTo(400);
        assertThat(((Envelope<?>) mapper.toResponse(invalid).getEntity()).error().details()).isEqualTo("name: must not be blank");
        assertThat(mapper.toResponse(missing).getStatus()).isEqualTo(404);
        assertThat(((Envelope<?>) mapper.toResponse(missing).getEntity()).error().details()).isNull();
    }
}
