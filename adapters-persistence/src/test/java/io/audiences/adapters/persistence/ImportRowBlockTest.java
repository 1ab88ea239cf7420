package io.audiences.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.application.command.ImportRow;
import io.audiences.domain.prospect.ProspectBatch;
import io.audiences.domain.prospect.ProspectDraft;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportRowBlockTest {

    static final List<ImportRow> ROWS = List.of(
            new ImportRow(7, new ProspectBatch.Valid(ProspectDraft.of(Map.of("linkedinUrl", "https://www.linkedin.com/in/Zoë-Ångström/",
                    "email", "zoë@acme.io", "firstName", "Zoë", "lastName", "Ångström", "headline", "Head of 販売 🚀",
                    "company.name", "Acme", "company.domain", "acme.io")))),
            new ImportRow(8, new ProspectBatch.Malformed("email: is not an email address; a quote \" and a comma , stay")),
            new ImportRow(9, new ProspectBatch.Valid(ProspectDraft.of(Map.of("email", "only@acme.io")))),
            new ImportRow(12, new ProspectBatch.Valid(ProspectDraft.of(companyWithoutDomain()))),
            new ImportRow(13, new ProspectBatch.Valid(ProspectDraft.of(Map.of("email", "empty@acme.io", "headline", "")))));

    private static Map<String, String> companyWithoutDomain() {
        Map<String, String> fields = new HashMap<>();
        fields.put("linkedinUrl", "https://linkedin.com/in/no-domain");
        fields.put("company.name", "Initech");
        fields.put("company.domain", null);
        return fields;
    }

    @Test
    void rowsComeBackAsTheyWentIn() {
        assertThat(ImportRowBlock.decode(ImportRowBlock.encode(ROWS))).isEqualTo(ROWS);
        assertThat(ImportRowBlock.decode(ImportRowBlock.encode(List.of()))).isEmpty();
    }

    @Test
    void aBlockOfAnotherFormatOrCutShortIsRefusedNotMisread() {
        byte[] block = ImportRowBlock.encode(ROWS);
        byte[] otherVersion = block.clone();
        otherVersion[0] = 2;

        assertThatThrownBy(() -> ImportRowBlock.decode(otherVersion)).hasMessageContaining("format 2");
        assertThatThrownBy(() -> ImportRowBlock.decode(Arrays.copyOf(block, block.length - 3)))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }
}
