package io.audiences.domain.folder;

import io.audiences.domain.audience.Name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.domain.RuleRefusal;
import io.audiences.domain.InvalidInputException;
import io.audiences.domain.accountgroup.AccountGroupId;
import io.audiences.domain.audience.Audience;
import io.audiences.domain.audience.AudienceDraft;
import io.audiences.domain.audience.AudienceId;
import io.audiences.domain.audience.AudienceType;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FolderRulesTest {

    private static final AccountGroupId GROUP = new AccountGroupId("6750a1c2e4b0f3a9d1c2b3a5");
    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456Z");
    private static final Audience LEADS = Audience.create(new AudienceId("6750a1c2e4b0f3a9d1c2b3a4"), GROUP,
            AudienceDraft.of("Leads", null, "on_demand"), NOW);

    @Test
    void aDraftNamesEveryBrokenFieldInOrder() {
        assertThatThrownBy(() -> FolderDraft.of(" ", "On_Demand")).isInstanceOf(InvalidInputException.class)
                .hasMessage("name: must not be blank; audienceType: must be one of: on_demand, monitoring");
        assertThatThrownBy(() -> FolderDraft.of(null, null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("name: is required; audienceType: is required");
        assertThat(FolderDraft.of("  Webinars ", "monitoring"))
                .isEqualTo(new FolderDraft(new Name("Webinars"), AudienceType.MONITORING));
    }

    @Test
    void aNewFolderIsUnpinnedAtItsPositionKeptToTheMillisecond() {
        Folder folder = Folder.create(new FolderId("6750a1c2e4b0f3a9d1c2b3a7"), GROUP, FolderDraft.of("Webinars", "on_demand"), 3, NOW);

        assertThat(folder.pinned()).isFalse();
        assertThat(folder.position()).isEqualTo(3);
        assertThat(folder.createdAt()).isEqualTo(folder.updatedAt()).isEqualTo(Instant.parse("2026-11-26T10:15:30.123Z"));
        assertThat(folder.renamed(new Name("Events"), NOW.plusSeconds(1)).createdAt()).isEqualTo(folder.createdAt());
    }

    @Test
    void theLimitIsCheckedBeforeTheName() {
        assertThatThrownBy(() -> FolderPolicy.checkCreation(new FolderSnapshot(100, true, 100)))
                .isInstanceOfSatisfying(RuleRefusal.class, e -> {
                    assertThat(e.code()).isEqualTo("FOLDER_LIMIT_REACHED");
                    assertThat(e.details()).isEqualTo("an account group may hold 100 folders; 100 exist");
                });
        assertThatThrownBy(() -> FolderPolicy.checkCreation(new FolderSnapshot(99, true, 99)))
                .isInstanceOfSatisfying(RuleRefusal.class, e -> assertThat(e.code()).isEqualTo("FOLDER_NAME_TAKEN"));
        FolderPolicy.checkCreation(new FolderSnapshot(99, false, 120));
    }

    @Test
    void anAudienceIsFiledOnlyInAFolderOfItsGroupAndType() {
        FolderId id = new FolderId("6750a1c2e4b0f3a9d1c2b3a7");
        Folder onDemand = Folder.create(id, GROUP, FolderDraft.of("Webinars", "on_demand"), 0, NOW);
        Folder monitoring = Folder.create(id, GROUP, FolderDraft.of("Watched", "monitoring"), 0, NOW);
        Folder elsewhere = Folder.create(id, new AccountGroupId("6750a1c2e4b0f3a9d1c2b3a6"),
                FolderDraft.of("Webinars", "on_demand"), 0, NOW);

        assertThat(FolderPolicy.file(LEADS, id, Optional.of(onDemand)).folderId()).isEqualTo(id.value());
        assertThatThrownBy(() -> FolderPolicy.file(LEADS, id, Optional.empty()))
                .isInstanceOfSatisfying(RuleRefusal.class, e -> assertThat(e.code()).isEqualTo("FOLDER_NOT_FOUND"));
        assertThatThrownBy(() -> FolderPolicy.file(LEADS, id, Optional.of(elsewhere)))
                .isInstanceOfSatisfying(RuleRefusal.class, e -> assertThat(e.code()).isEqualTo("FOLDER_NOT_FOUND"));
        assertThatThrownBy(() -> FolderPolicy.file(LEADS, id, Optional.of(monitoring)))
                .isInstanceOfSatisfying(RuleRefusal.class, e -> {
                    assertThat(e.code()).isEqualTo("FOLDER_TYPE_MISMATCH");
                    assertThat(e.details()).isEqualTo(
                            "folder 6750a1c2e4b0f3a9d1c2b3a7 holds monitoring audiences; this audience is on_demand");
                });
    }
}
