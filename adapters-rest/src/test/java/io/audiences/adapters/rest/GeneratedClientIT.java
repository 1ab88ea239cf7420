package io.audiences.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.audiences.adapters.rest.host.HostConfiguration;
import io.audiences.adapters.rest.host.HostFixture;
import io.audiences.client.ApiClient;
import io.audiences.client.ApiException;
import io.audiences.client.api.AccountsApi;
import io.audiences.client.api.AudiencesApi;
import io.audiences.client.api.FoldersApi;
import io.audiences.client.model.Audience;
import io.audiences.client.model.AudiencePage;
import io.audiences.client.model.AudienceType;
import io.audiences.client.model.CreateAudienceRequest;
import io.audiences.client.model.CreateFolderRequest;
import io.audiences.client.model.Folder;
import io.audiences.client.model.MoveToFolderRequest;
import io.audiences.client.model.Navigation;
import io.audiences.client.model.RenameFolderRequest;
import io.audiences.client.model.UpdateAudienceRequest;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Java client that openapi-generator makes of our OpenAPI document at build time (native
 * library, unmodified), used as a client team would against the real server: every route of the
 * document is called through it at least once.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class GeneratedClientIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(HOST.support());

    private AccountGroup group;
    private String groupId;
    private AudiencesApi audiences;
    private FoldersApi folders;
    private AccountsApi accounts;

    @BeforeEach
    void setUp() {
        group = HOST.group(Plan.STARTER, true);
        groupId = group.id().value();
        String key = HOST.key(Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE), group);
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + APP.getLocalPort());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        audiences = new AudiencesApi(client);
        folders = new FoldersApi(client);
        accounts = new AccountsApi(client);
    }

    private Audience create(String name) throws ApiException {
        return audiences.createAudience(groupId, new CreateAudienceRequest().name(name).type(AudienceType.ON_DEMAND), null)
                .getData();
    }

    /** A generated client left at its default calls the service as the README starts it. */
    @Test
    void aClientLeftAtItsDefaultCallsTheServiceWhereTheReadmeStartsIt() {
        assertThat(new ApiClient().getBaseUri()).isEqualTo("http://localhost:8080");
    }

    @Test
    void listsGroupsCreatesReadsAndPagesWithTypedModels() throws ApiException {
        assertThat(accounts.listAccountGroups().getData().getItems()).extracting(item -> item.getId()).containsExactly(groupId);

        Audience created = audiences.createAudience(groupId,
                new CreateAudienceRequest().name("Q1 webinar").type(AudienceType.ON_DEMAND).description("From the webinar"), null)
                .getData();
        for (int i = 0; i < 4; i++) {
            create("Page " + i);
        }

        assertThat(created.getType()).isEqualTo(AudienceType.ON_DEMAND);
        assertThat(created.getCreatedAt()).isInstanceOf(OffsetDateTime.class).isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(audiences.getAudience(groupId, created.getId()).getData()).isEqualTo(created);
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            AudiencePage page = audiences.listAudiences(groupId, cursor, 2).getData();
            page.getItems().forEach(item -> paged.add(item.getName()));
            cursor = page.getNextCursor();
            assertThat(page.getHasMore()).isEqualTo(cursor != null);
        } while (cursor != null);
        assertThat(paged).containsExactly("Page 3", "Page 2", "Page 1", "Page 0", "Q1 webinar");
    }

    @Test
    void refusalsReachTheClientAsItsExceptionWithTheEnvelope() throws ApiException {
        create("Leads");

        assertThatThrownBy(() -> create("LEADS")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(422);
            assertThat(e.getResponseBody()).contains("\"code\":\"AUDIENCE_NAME_TAKEN\"");
        });
        assertThatThrownBy(() -> audiences.getAudience(groupId, "NOT-HEX")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(400);
            assertThat(e.getResponseBody()).contains("audienceId: must be 24 lower-case hex characters");
        });
    }

    @Test
    void theLifecycleRoutesWorkThroughTheClient() throws ApiException {
        Audience leads = create("Leads");

        Audience renamed = audiences.updateAudience(groupId, leads.getId(), new UpdateAudienceRequest().name("Hot leads")).getData();
        Folder folder = folders.createFolder(groupId, new CreateFolderRequest().name("Webinars").audienceType(AudienceType.ON_DEMAND),
                "folder-once").getData();
        Folder again = folders.createFolder(groupId, new CreateFolderRequest().name("Webinars").audienceType(AudienceType.ON_DEMAND),
                "folder-once").getData();
        Folder talks = folders.renameFolder(groupId, folder.getId(), new RenameFolderRequest().name("Talks")).getData();
        Audience moved = folders.moveAudienceToFolder(groupId, leads.getId(), new MoveToFolderRequest().folderId(folder.getId()))
                .getData();
        Navigation tree = folders.getNavigation(groupId).getData();
        Audience removed = folders.removeAudienceFromFolder(groupId, leads.getId(), null).getData();

        assertThat(renamed.getName()).isEqualTo("Hot leads");
        assertThat(again).isEqualTo(folder);
        assertThat(talks.getName()).isEqualTo("Talks");
        assertThat(moved.getFolderId()).isEqualTo(folder.getId());
        assertThat(tree.getFolders()).singleElement().satisfies(node -> {
            assertThat(node.getName()).isEqualTo("Talks");
            assertThat(node.getAudiences()).containsExactly(moved);
        });
        assertThat(tree.getUngroupedAudiences()).isEmpty();
        assertThat(removed.getFolderId()).isNull();
        assertThat(folders.deleteFolder(groupId, folder.getId()).getData().getDeleted()).isTrue();
        assertThat(audiences.deleteAudience(groupId, leads.getId()).getData().getDeleted()).isTrue();
        assertThat(audiences.listAudiences(groupId, null, null).getData().getItems()).isEmpty();
    }
}
