package io.audiences.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ApiKeyHashTest {

    private static final String HASH = "0123456789abcdef".repeat(4);

    @Test
    void aHashIsSixtyFourLowerCaseHexCharacters() {
        assertThat(new ApiKeyHash(HASH).hex()).isEqualTo(HASH);
        for (String invalid : Arrays.asList(null, "", HASH.substring(1), HASH + "0", HASH.toUpperCase(),
                HASH.substring(1) + "g", HASH.substring(1) + " ", HASH.substring(1) + "\u0660")) {
            assertThatThrownBy(() -> new ApiKeyHash(invalid)).as(String.valueOf(invalid))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aSecretsHashIsItsSha256InHex() {
        assertThat(ApiKeySecret.presented("abc").hash().hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
