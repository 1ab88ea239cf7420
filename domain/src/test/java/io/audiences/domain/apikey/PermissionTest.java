package io.audiences.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.domain.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PermissionTest {

    @Test
    void onlyTheKnownPermissionsAreIssued() {
        assertThat(Permission.known("audiences:read")).isEqualTo(Permission.AUDIENCES_READ);
        assertThat(Permission.known("audiences:write")).isEqualTo(Permission.AUDIENCES_WRITE);
        assertThat(Permission.known("prospects:read")).isEqualTo(Permission.PROSPECTS_READ);
        assertThat(Permission.known("prospects:write")).isEqualTo(Permission.PROSPECTS_WRITE)
                .as("the audiences' permissions and the prospects' grant nothing of each other")
                .isNotEqualTo(Permission.AUDIENCES_WRITE);
        assertThatThrownBy(() -> Permission.known("audience:write")).isInstanceOf(InvalidInputException.class)
                .hasMessage("permission: must be one of: audiences:read, audiences:write, prospects:read, prospects:write");
        assertThatThrownBy(() -> Permission.known("write everything")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("permission: must look like resource:action");
    }

    @Test
    void aPermissionLooksLikeResourceColonAction() {
        for (String valid : List.of("a:b", "audiences:write", "prospect_lists:read_all", "a_:b__")) {
            assertThat(new Permission(valid).value()).isEqualTo(valid);
        }
        for (String invalid : Arrays.asList(null, "", ":", "a:", ":b", "_a:b", "a:_b", "a:b:c", "A:b", "a:B", "a1:b",
                "a :b", "a-b:c", "a:b ", "\u00e9:b")) {
            assertThatThrownBy(() -> new Permission(invalid)).as(String.valueOf(invalid))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    /** The format is the regular expression this class once used; what it accepts is unchanged. */
    @Test
    void acceptsWhatTheFormatsRegularExpressionAcceptsAndNothingElse() {
        Pattern format = Pattern.compile("[a-z][a-z_]*:[a-z][a-z_]*");
        String alphabet = "ab_:z A9";
        Random random = new Random(25);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = value.toString();
            boolean accepted;
            try {
                new Permission(candidate);
                accepted = true;
            } catch (InvalidInputException e) {
                accepted = false;
            }
            assertThat(accepted).as(candidate).isEqualTo(format.matcher(candidate).matches());
        }
    }
}
