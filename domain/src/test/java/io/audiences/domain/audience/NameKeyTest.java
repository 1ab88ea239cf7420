package io.audiences.domain.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NameKeyTest {

    /** Fixed seeds keep the property runs reproducible; a failure names its seed. */
    static Stream<Long> seeds() {
        return LongStream.range(0, 200).map(i -> 0x5EEDL * 31 + i).boxed();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Q1 Webinar|q1 webinar",
            "ＱＵＡＲＴＥＲ　ONE|quarter one",
            "  spaced   out\u2003name |spaced out name",
            "non\u00A0breaking|non breaking",
            "Straße|STRASSE",
            "ﬁnance|FINANCE",
            "café|cafe\u0301",
            "①②|12",
            "ΣΊΣΥΦΟΣ|σίσυφος",
    })
    void namesThatDifferOnlyInCaseWidthCompatibilityFormOrWhitespaceShareAKey(String one, String other) {
        assertThat(NameKey.of(one)).isEqualTo(NameKey.of(other));
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "q1 webinar|q2 webinar",
            "ab|a b",
            "cafe|café",
    })
    void differentNamesKeepDifferentKeys(String one, String other) {
        assertThat(NameKey.of(one)).isNotEqualTo(NameKey.of(other));
    }

    @Test
    void theKeyIsTrimmedAndItsInnerWhitespaceIsASingleSpace() {
        assertThat(NameKey.of("\u3000 Big \t\u2009 Deal \u00A0").value()).isEqualTo("big deal");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keyIsIdempotent(long seed) {
        String name = RandomNames.name(new SplittableRandom(seed));
        NameKey key = NameKey.of(name);

        assertThat(NameKey.of(key.value())).as("seed %d, name %s", seed, name).isEqualTo(key);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void keyIgnoresCaseWidthAndWhitespaceVariations(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String name = RandomNames.name(random);
        String variant = RandomNames.variantOf(name, random);

        assertThat(NameKey.of(variant)).as("seed %d: %s vs %s", seed, name, variant).isEqualTo(NameKey.of(name));
    }
}
