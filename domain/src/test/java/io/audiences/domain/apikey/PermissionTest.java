package io.audiences.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.domain.InvalidInputException;
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
}
