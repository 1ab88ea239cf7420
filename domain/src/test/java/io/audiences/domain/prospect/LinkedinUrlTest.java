package io.audiences.domain.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** prospects.md, section 2: one stored form and one public identifier however the profile URL is spelt. */
class LinkedinUrlTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.linkedin.com/in/avery-stone, https://www.linkedin.com/in/avery-stone, avery-stone",
            "https://linkedin.com/in/Avery-Stone/?trk=x, https://www.linkedin.com/in/Avery-Stone, avery-stone",
            "HTTP://WWW.LINKEDIN.COM/in/avery-stone/, https://www.linkedin.com/in/avery-stone, avery-stone",
            "https://fr.linkedin.com/in/avery-stone#about, https://www.linkedin.com/in/avery-stone, avery-stone",
            "'  https://www.linkedin.com/in/avery-stone  ', https://www.linkedin.com/in/avery-stone, avery-stone",
            "https://www.linkedin.com/in/J%C3%BCrgen-M, https://www.linkedin.com/in/J%C3%BCrgen-M, jürgen-m",
    })
    void aProfileIsKeptInOneFormAndKnownByItsDecodedLowerCasedSlug(String raw, String url, String publicIdentifier) {
        LinkedinUrl parsed = LinkedinUrl.parse(raw);

        assertThat(parsed.url()).isEqualTo(url);
        assertThat(parsed.publicIdentifier()).isEqualTo(publicIdentifier);
        assertThat(LinkedinUrl.problem(raw)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.linkedin.com/in/avery-stone", "https://www.linkedin.com/company/acme",
            "https://www.linkedin.com/sales/people/avery", "https://www.linkedin.com/in/", "https://www.linkedin.com/in/a/b",
            "https://notlinkedin.com/in/avery", "https://linkedin.com.evil.io/in/avery", "ftp://www.linkedin.com/in/avery",
            "https://www.linkedin.com/in/%zz", "https://www.linkedin.com/in/%C3", "https://user@www.linkedin.com/in/avery",
            "https://www.linkedin.com:8443/in/avery", "", "https://www.linkedin.com/in/abc /",
            "https://www.linkedin.com/in/\ud800", "https://www.linkedin.com/in/a\"b", "https://-x.linkedin.com/in/avery",
            "https://www..linkedin.com/in/avery"})
    void anythingButAMemberProfileIsRefused(String raw) {
        assertThat(LinkedinUrl.problem(raw)).contains(LinkedinUrl.RULE);
        assertThatThrownBy(() -> LinkedinUrl.parse(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSlugIsKeptUpToItsLimitAndRefusedBeyondIt() {
        String longest = "a".repeat(LinkedinUrl.MAX_SLUG_LENGTH);

        assertThat(LinkedinUrl.parse("https://www.linkedin.com/in/" + longest).publicIdentifier()).isEqualTo(longest);
        assertThat(LinkedinUrl.problem("https://www.linkedin.com/in/" + longest + "a")).contains(LinkedinUrl.RULE);
    }

    @Test
    void aLetterBeyondAsciiIsKeptAsPastedFromAnAddressBar() {
        assertThat(LinkedinUrl.parse("https://www.linkedin.com/in/Jürgen-M").publicIdentifier()).isEqualTo("jürgen-m");
    }

    /** A nested repetition over the host's labels overflowed the stack on a few kilobytes of labels (a 500 per request). */
    @Test
    void aLongInputIsRefusedWithoutAStackOverflow() {
        String labels = "https://" + "a.".repeat(1000) + "linkedin.com/in/x";
        String beyondTheLimit = "https://" + "a.".repeat(2000) + "linkedin.com/in/x";

        assertThat(LinkedinUrl.problem(labels)).contains(LinkedinUrl.RULE);
        assertThat(LinkedinUrl.problem(beyondTheLimit)).contains(LinkedinUrl.RULE);
        assertThat(LinkedinUrl.problem("https://www.linkedin.com/in/x?" + "q".repeat(2000))).isEmpty();
    }

    /** Lower-casing lengthens a dotted capital I: the longest slug still makes a key that fits its column. */
    @Test
    void theLongestSlugMakesAKeyWithinItsLimit() {
        String dotted = "İ".repeat(LinkedinUrl.MAX_SLUG_LENGTH);

        ProspectKey key = ProspectKey.of(LinkedinUrl.parse("https://www.linkedin.com/in/" + dotted), null);

        assertThat(key.value().length()).isGreaterThan(LinkedinUrl.MAX_SLUG_LENGTH + 3).isLessThanOrEqualTo(ProspectKey.MAX_LENGTH);
    }
}
