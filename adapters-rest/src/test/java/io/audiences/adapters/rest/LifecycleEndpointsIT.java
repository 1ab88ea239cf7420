package io.audiences.adapters.rest;

import static io.audiences.adapters.rest.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.host.HostConfiguration;
import io.audiences.adapters.rest.host.HostFixture;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code audience-lifecycle.md} sections 1–5 and 7 through a real HTTP server: every route, its refusals and their order. */
@ExtendWith(DropwizardExtensionsSupport.class)
class LifecycleEndpointsIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(HOST.support());
    private static final Set<Permission> READ_WRITE = Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE);
    private static final String UNKNOWN_ID = "ffffffffffffffffffffffff";

    private Http http;
    private AccountGroup group;
    private String key;
    private String audiences;

    @BeforeEach
    void setUp() {
        http = new Http(APP.getLocalPort());
        group = HOST.group(Plan.STARTER, true);
        key = HOST.key(READ_WRITE, group);
        audiences = "/v1/accounts/" + group.id() + "/audiences";
    }

    private Http.Reply send(String method, String path, String apiKey, String body) {
        HttpRequest.Builder request = http.request(path).header("Authorization", "Bearer " + apiKey);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Http.Reply send(String method, String path, String body) {
        return send(method, path, key, body);
    }

    private JsonNode ok(int status, Http.Reply reply) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.json().get("success").asBoolean()).isTrue();
        return reply.json().get("data");
    }

    private JsonNode createAudience(String name, String type) {
        return ok(201, send("POST", audiences, "{\"name\":\"" + name + "\",\"type\":\"" + type + "\"}"));
    }

    private JsonNode createFolder(String name, String type) {
        return ok(201, send("POST", audiences + "/folders", "{\"name\":\"" + name + "\",\"audienceType\":\"" + type + "\"}"));
    }

    @Test
    void aRenameAnswersTheAudienceAndADescriptionOfNullClearsIt() {
        String id = ok(201, send("POST", audiences, "{\"name\":\"Leads\",\"type\":\"on_demand\",\"description\":\"d\"}"))
                .get("id").asText();

        JsonNode renamed = ok(200, send("PATCH", audiences + "/" + id, "{\"name\":\"  Hot leads \"}"));
        JsonNode cleared = ok(200, send("PATCH", audiences + "/" + id, "{\"description\":null}"));

        assertThat(renamed.get("name").asText()).isEqualTo("Hot leads");
        assertThat(renamed.get("description").asText()).isEqualTo("d");
        assertThat(cleared.get("description").isNull()).isTrue();
        assertThat(ok(200, send("GET", audiences + "/" + id, null))).isEqualTo(cleared);
    }

    @Test
    void aPatchRefusesAnEmptyObjectAndEveryFieldItDoesNotChange() {
        String id = createAudience("Leads", "on_demand").get("id").asText();

        assertThat(assertError(send("PATCH", audiences + "/" + id, "{}"), 400, "VALIDATION_ERROR").details())
                .isEqualTo("body: must change name, description or both");
        assertThat(assertError(send("PATCH", audiences + "/" + id, "{\"name\":5,\"type\":\"monitoring\",\"folderId\":null}"),
                400, "VALIDATION_ERROR").details())
                .isEqualTo("name: must be a string; type: is not a known field; folderId: is not a known field");
        assertError(send("PATCH", audiences + "/" + id, "{\"name\":\"\"}"), 400, "VALIDATION_ERROR");
    }

    @Test
    void aRenameToATakenNameIs422AndToAnotherSpellingOfItsOwnIsAllowed() {
        String id = createAudience("Q1 Leads", "on_demand").get("id").asText();
        createAudience("Webinar", "on_demand");

        Http.Reply taken = assertError(send("PATCH", audiences + "/" + id, "{\"name\":\"WEBINAR\"}"), 422, "AUDIENCE_NAME_TAKEN");
        assertThat(taken.details()).isEqualTo("an audience with this name already exists in the account group");
        assertThat(taken.json().get("error").get("message").asText()).as("a rename is not a creation")
                .isEqualTo("Another audience of the account group has this name");
        assertThat(ok(200, send("PATCH", audiences + "/" + id, "{\"name\":\"q1  leads\"}")).get("name").asText())
                .isEqualTo("q1  leads");
    }

    /** The literal segments are routes of their own: another method on them is 405, never an id's 400. */
    @ParameterizedTest
    @CsvSource({"PATCH, navigation", "DELETE, navigation", "PATCH, folders", "DELETE, folders", "GET, folders",
            "POST, navigation/move-to-folder"})
    void aLiteralSegmentIsNeverTakenForAnAudienceId(String method, String segment) {
        Http.Reply reply = send(method, audiences + "/" + segment, method.equals("DELETE") || method.equals("GET") ? null : "{\"name\":\"x\"}");
        assertError(reply, segment.contains("/") ? 404 : 405, segment.contains("/") ? "NOT_FOUND" : "METHOD_NOT_ALLOWED");
    }

    @Test
    void aDeleteAnswersDeletedFreesTheNameAndASecondDeleteIs404() {
        String id = createAudience("Leads", "on_demand").get("id").asText();

        JsonNode deleted = ok(200, send("DELETE", audiences + "/" + id, null));

        assertThat(deleted.toString()).isEqualTo("{\"deleted\":true}");
        assertError(send("GET", audiences + "/" + id, null), 404, "NOT_FOUND");
        assertError(send("DELETE", audiences + "/" + id, null), 404, "NOT_FOUND");
        createAudience("leads", "on_demand");
    }

    @Test
    void foldersAreCreatedWithEveryFieldRenamedAndDeleted() {
        Http.Reply created = send("POST", audiences + "/folders", "{\"name\":\"Webinars\",\"audienceType\":\"on_demand\"}");
        JsonNode folder = ok(201, created);
        String id = folder.get("id").asText();

        assertThat(created.header("Location")).isEqualTo(audiences + "/folders/" + id);
        assertThat(folder.get("name").asText()).isEqualTo("Webinars");
        assertThat(folder.get("audienceType").asText()).isEqualTo("on_demand");
        assertThat(folder.get("isPinned").asBoolean()).isFalse();
        assertThat(folder.get("position").asLong()).isZero();
        assertThat(folder.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")
                .isEqualTo(folder.get("updatedAt").asText());
        assertThat(folder.size()).isEqualTo(7);
        assertThat(createFolder("Events", "monitoring").get("position").asLong()).isEqualTo(1);

        assertError(send("POST", audiences + "/folders", "{\"name\":\" webinars \",\"audienceType\":\"on_demand\"}"),
                422, "FOLDER_NAME_TAKEN");
        assertError(send("POST", audiences + "/folders", "{\"name\":\"x\"}"), 400, "VALIDATION_ERROR");
        assertThat(ok(200, send("PATCH", audiences + "/folders/" + id, "{\"name\":\"Talks\"}")).get("name").asText())
                .isEqualTo("Talks");
        assertError(send("PATCH", audiences + "/folders/" + id, "{\"name\":\"EVENTS\"}"), 422, "FOLDER_NAME_TAKEN");
        assertThat(ok(200, send("DELETE", audiences + "/folders/" + id, null)).toString()).isEqualTo("{\"deleted\":true}");
        assertError(send("DELETE", audiences + "/folders/" + id, null), 404, "NOT_FOUND");
        assertError(send("PATCH", audiences + "/folders/" + id, "{\"name\":\"Again\"}"), 404, "NOT_FOUND");
    }

    @Test
    void audiencesMoveInAndOutOfFoldersAndTheNavigationShowsTheTree() {
        JsonNode leads = createAudience("Leads", "on_demand");
        JsonNode older = createAudience("Older", "on_demand");
        JsonNode watch = createAudience("Watch", "monitoring");
        String webinars = createFolder("Webinars", "on_demand").get("id").asText();
        String watched = createFolder("Watched", "monitoring").get("id").asText();
        String move = audiences + "/" + leads.get("id").asText() + "/move-to-folder";

        assertError(send("POST", move, "{\"folderId\":\"" + watched + "\"}"), 422, "FOLDER_TYPE_MISMATCH");
        assertError(send("POST", move, "{\"folderId\":\"" + UNKNOWN_ID + "\"}"), 422, "FOLDER_NOT_FOUND");
        assertError(send("POST", move, "{\"folderId\":\"nope\"}"), 400, "VALIDATION_ERROR");
        assertError(send("POST", move, "{}"), 400, "VALIDATION_ERROR");
        JsonNode moved = ok(200, send("POST", move, "{\"folderId\":\"" + webinars + "\"}"));
        assertThat(moved.get("folderId").asText()).isEqualTo(webinars);
        assertThat(ok(200, send("GET", audiences + "/" + leads.get("id").asText(), null))).isEqualTo(moved);

        JsonNode navigation = ok(200, send("GET", audiences + "/navigation", null));
        assertThat(navigation.get("folders")).hasSize(2);
        assertThat(navigation.get("folders").get(0).get("id").asText()).isEqualTo(webinars);
        assertThat(navigation.get("folders").get(0).fieldNames()).toIterable().containsExactly(
                "id", "name", "audienceType", "isPinned", "position", "createdAt", "updatedAt", "audiences");
        assertThat(navigation.get("folders").get(0).get("audiences")).containsExactly(moved);
        assertThat(navigation.get("folders").get(1).get("audiences")).isEmpty();
        List<String> ungrouped = new ArrayList<>();
        navigation.get("ungroupedAudiences").forEach(audience -> ungrouped.add(audience.get("id").asText()));
        assertThat(ungrouped).containsExactlyInAnyOrder(older.get("id").asText(), watch.get("id").asText());

        String remove = audiences + "/" + leads.get("id").asText() + "/remove-from-folder";
        assertThat(ok(200, send("POST", remove, null)).get("folderId").isNull()).isTrue();
        assertThat(ok(200, send("POST", remove, "{}")).get("folderId").isNull()).isTrue();
        assertError(send("POST", remove, "{\"folderId\":null}"), 400, "VALIDATION_ERROR");
    }

    @Test
    void theOrderOfChecksHoldsOnEveryNewRoute() {
        AccountGroup other = HOST.group(Plan.STARTER, true);
        String foreign = "/v1/accounts/" + other.id() + "/audiences";
        String readOnly = HOST.key(Set.of(Permission.AUDIENCES_READ), group);
        String audienceId = createAudience("Leads", "on_demand").get("id").asText();
        String folderId = createFolder("Folder", "on_demand").get("id").asText();

        for (String[] route : new String[][] {
                {"PATCH", "/%s", "{\"name\":\"x\"}"}, {"DELETE", "/%s", null},
                {"POST", "/%s/move-to-folder", "{\"folderId\":\"" + folderId + "\"}"},
                {"POST", "/%s/remove-from-folder", null},
                {"PATCH", "/folders/%s", "{\"name\":\"x\"}"}, {"DELETE", "/folders/%s", null}}) {
            String id = route[1].startsWith("/folders") ? folderId : audienceId;
            String path = audiences + route[1].formatted(id);
            String name = route[0] + " " + route[1];
            assertThat(send(route[0], path, "sk_live_wrong", route[2]).status()).as(name).isEqualTo(401);
            assertThat(send(route[0], path, readOnly, route[2]).code()).as(name).isEqualTo("MISSING_PERMISSION");
            assertThat(send(route[0], foreign + route[1].formatted("NOT-AN-ID"), route[2]).code()).as(name)
                    .isEqualTo("VALIDATION_ERROR");
            assertThat(send(route[0], foreign + route[1].formatted(id), route[2]).code()).as(name)
                    .isEqualTo("ACCOUNT_GROUP_ACCESS_DENIED");
            assertThat(send(route[0], audiences + route[1].formatted(UNKNOWN_ID), route[2]).code()).as(name)
                    .isEqualTo("NOT_FOUND");
            if (route[2] != null && !route[1].contains("remove")) {
                Http.Reply textPlain = http.send(http.request(audiences + route[1].formatted(UNKNOWN_ID))
                        .header("Authorization", "Bearer " + key).header("Content-Type", "text/plain")
                        .method(route[0], HttpRequest.BodyPublishers.ofString(route[2])).build());
                assertThat(textPlain.code()).as(name).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
                assertThat(send(route[0], audiences + route[1].formatted(UNKNOWN_ID), "[]").code()).as(name)
                        .isEqualTo("VALIDATION_ERROR");
            }
        }
        assertThat(send("GET", foreign + "/navigation", null).code()).isEqualTo("ACCOUNT_GROUP_ACCESS_DENIED");
        assertThat(send("GET", audiences + "/navigation", HOST.key(Set.of(Permission.AUDIENCES_WRITE), group), null).code())
                .isEqualTo("MISSING_PERMISSION");
        assertThat(send("GET", audiences + "/folders", null).code()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(send("POST", audiences + "/navigation", "{}").code()).isEqualTo("METHOD_NOT_ALLOWED");
        assertThat(send("GET", audiences + "/NOT-AN-ID", null).code()).isEqualTo("VALIDATION_ERROR");
    }
}
