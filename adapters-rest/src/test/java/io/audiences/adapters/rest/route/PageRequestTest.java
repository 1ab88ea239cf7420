package io.audiences.adapters.rest.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aLimitIsUpToThreeAsciiDigitsOrAbsent() {
        assertThat(PageRequest.limit(null)).isEqualTo(20);
        assertThat(PageRequest.limit("")).isEqualTo(20);
        assertThat(PageRequest.limit("7")).isEqualTo(7);
        assertThat(PageRequest.limit("007")).isEqualTo(7);
        assertThat(PageRequest.limit("100")).isEqualTo(100);
        assertThat(PageRequest.limit("999")).as("the range is the query's to judge").isEqualTo(999);
        for (String refused : List.of("1000", "0007", "-1", "+5", " 5", "5 ", "1e2", "abc", "\u0665", "\uff15")) {
            assertThatThrownBy(() -> PageRequest.limit(refused)).as(refused).isInstanceOf(InvalidInputException.class)
                    .hasMessage("limit: must be an integer from 1 to 100");
        }
    }
}
