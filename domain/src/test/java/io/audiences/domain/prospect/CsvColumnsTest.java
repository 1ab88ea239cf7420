package io.audiences.domain.prospect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.domain.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** prospects.md, section 5: a CSV import's header names the fields, in any order; a row is a batch item. */
class CsvColumnsTest {

    @Test
    void columnsInAnyOrderMapARowToAProspect() {
        CsvColumns columns = CsvColumns.of(List.of("companyName", " email ", "firstName", "companyDomain", "linkedinUrl"));

        ProspectBatch.Item item = columns.item(List.of("Acme", "SAM@acme.io", "Sam", "", ""));

        ProspectDraft draft = ((ProspectBatch.Valid) item).draft();
        assertThat(draft.email().value()).isEqualTo("SAM@acme.io");
        assertThat(draft.linkedinUrl()).isNull();
        assertThat(draft.firstName()).isEqualTo("Sam");
        assertThat(draft.company()).isEqualTo(new Company("Acme", null));
    }

    @Test
    void aRowWithoutCompanyValuesHasNoCompanyAndABrokenRowIsMalformed() {
        CsvColumns columns = CsvColumns.of(List.of("email", "companyName", "companyDomain"));

        assertThat(((ProspectBatch.Valid) columns.item(List.of("a@b.io", "", ""))).draft().company()).isNull();
        assertThat(columns.item(List.of("a@b.io", "", "acme.io"))).isEqualTo(new ProspectBatch.Malformed("company.name: is required"));
        assertThat(columns.item(List.of("a@b.io"))).isEqualTo(
                new ProspectBatch.Malformed("row: has 1 values; the header has 3 columns"));
        assertThat(columns.item(List.of("", "", ""))).isInstanceOf(ProspectBatch.Malformed.class);
    }

    @Test
    void anUnknownOrRepeatedColumnOrNoWayToKnowTheProspectRefusesTheFile() {
        assertThatThrownBy(() -> CsvColumns.of(List.of("email", "phone", "email")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.details())
                        .startsWith("header: unknown column \"phone\", column email is repeated (columns: "));
        assertThatThrownBy(() -> CsvColumns.of(List.of("firstName", "lastName")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.details())
                        .startsWith("header: needs a linkedinUrl or an email column"));
    }
}
