package io.audiences.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.host.HostConfiguration;
import io.audiences.adapters.rest.host.HostFixture;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The served OpenAPI document is valid and true: a real response of every documented status of
 * every operation is checked against it (status documented, body valid against its schema,
 * promised headers present), and every documented response is produced at least once.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OpenApiConformanceIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(
            HOST.support(ConfigOverride.config("rateLimit.limitForPeriod", "6")));
    private static final Set<Permission> ALL = Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE);

    private static Http http;
    private static String yaml;
    private static OpenApiDocument document;

    @BeforeAll
    static void load() {
        http = new Http(APP.getLocalPort());
        Http.Reply reply = http.send(http.request("/openapi.yaml").GET().build());
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/yaml");
        yaml = reply.text();
        document = new OpenApiDocument(yaml);
    }

    @Test
    void theDocumentIsValidOpenApi() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);

        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getPaths()).containsKeys("/v1/accounts", "/v1/accounts/{accountGroupId}/audiences",
                "/v1/accounts/{accountGroupId}/audiences/{audienceId}");
    }

    @Test
    void everyExampleOfAResponseIsValidAgainstItsSchema() {
        int examples = 0;
        for (String status : new String[] {"201", "400", "422"}) {
            JsonNode response = document.response("POST", "/v1/accounts/{accountGroupId}/audiences", Integer.parseInt(status));
            for (JsonNode example : response.path("content").path("application/json").path("examples")) {
                assertThat(document.violations(response, example.get("value"))).as("%s example %s", status, example).isEmpty();
                examples++;
            }
        }
        assertThat(examples).as("examples: the 201, a 400, each 422 code").isEqualTo(12);
    }

    @Test
    void theSchemaCheckRejectsABodyThatBreaksTheDocument() {
        JsonNode created = document.response("POST", "/v1/accounts/{accountGroupId}/audiences", 201);
        JsonNode wrong = Http.parse("{\"success\":true,\"data\":{\"id\":\"x\"},\"error\":null,\"traceId\":\"abc\"}");
        JsonNode error = document.response("POST", "/v1/accounts/{accountGroupId}/audiences", 422);
        JsonNode unknownCode = Http.parse("{\"success\":false,\"data\":null,\"error\":{\"code\":\"OOPS\",\"message\":\"m\","
                + "\"details\":null},\"traceId\":\"6750a1c2e4b0f3a9d1c2b3a4\"}");

        assertThat(document.violations(created, wrong)).isNotEmpty();
        assertThat(document.violations(error, unknownCode)).isNotEmpty();
    }

    @Test
    void everyDocumentedResponseIsWhatTheServiceReallySends() {
        AccountGroup group = HOST.group(Plan.TESTER, false);
        AccountGroup other = HOST.group(Plan.TESTER, false);
        String audiences = "/v1/accounts/{accountGroupId}/audiences";
        String audience = "/v1/accounts/{accountGroupId}/audiences/{audienceId}";
        String groupPath = "/v1/accounts/" + group.id() + "/audiences";
        Set<String> checked = new LinkedHashSet<>();

        Supplier<String> key = () -> HOST.key(ALL, group);
        String created = check(checked, "POST", audiences, 201,
                post(groupPath, key.get(), "application/json", "{\"name\":\"Documented\",\"type\":\"on_demand\"}"))
                .get("data").get("id").asText();
        String one = groupPath + "/" + created;

        check(checked, "GET", "/v1/accounts", 200, get("/v1/accounts", key.get()));
        check(checked, "GET", "/v1/accounts", 401, get("/v1/accounts", "sk_live_wrong"));
        check(checked, "GET", "/v1/accounts", 405, http.send(http.request("/v1/accounts")
                .header("Authorization", "Bearer " + key.get()).DELETE().build()));
        check(checked, "GET", "/v1/accounts", 429, exhausted("/v1/accounts"));
        check(checked, "GET", "/v1/accounts", 500, whileDown(() -> get("/v1/accounts", key.get())));

        check(checked, "POST", audiences, 400, post(groupPath, key.get(), "application/json", "{\"name\":\"\"}"));
        check(checked, "POST", audiences, 401, post(groupPath, null, "application/json", "{}"));
        check(checked, "POST", audiences, 403, post("/v1/accounts/" + other.id() + "/audiences", key.get(), "application/json", "{}"));
        check(checked, "POST", audiences, 405, http.send(http.request(groupPath).header("Authorization", "Bearer " + key.get())
                .PUT(HttpRequest.BodyPublishers.ofString("{}")).build()));
        check(checked, "POST", audiences, 409, whileTheFirstRuns(groupPath, HOST.key(ALL, group),
                "{\"name\":\"Held\",\"type\":\"on_demand\"}"));
        String retrying = HOST.key(ALL, group);
        check(checked, "POST", audiences, 201, replayOf(groupPath, retrying, "{\"name\":\"Replayed\",\"type\":\"on_demand\"}"));
        check(checked, "POST", audiences, 422, sendWithKey(groupPath, retrying, "replayed",
                "{\"name\":\"Another\",\"type\":\"on_demand\"}"));
        check(checked, "POST", audiences, 413, post(groupPath, key.get(), "application/json", "x".repeat(70_000)));
        check(checked, "POST", audiences, 415, post(groupPath, key.get(), "text/plain", "{}"));
        check(checked, "POST", audiences, 422, post(groupPath, key.get(), "application/json", "{\"name\":\"w\",\"type\":\"monitoring\"}"));
        check(checked, "POST", audiences, 429, exhausted(groupPath));
        check(checked, "POST", audiences, 500, whileDown(() -> post(groupPath, key.get(), "application/json",
                "{\"name\":\"Down\",\"type\":\"on_demand\"}")));

        check(checked, "GET", audiences, 200, get(groupPath + "?limit=1", key.get()));
        check(checked, "GET", audiences, 400, get(groupPath + "?limit=0", key.get()));
        check(checked, "GET", audiences, 401, get(groupPath, "sk_live_wrong"));
        check(checked, "GET", audiences, 403, get(groupPath, HOST.key(Set.of(Permission.AUDIENCES_WRITE), group)));
        check(checked, "GET", audiences, 429, exhausted(groupPath));
        check(checked, "GET", audiences, 500, whileDown(() -> get(groupPath, key.get())));

        check(checked, "GET", audience, 200, get(one, key.get()));
        check(checked, "GET", audience, 400, get("/v1/accounts/NOT-HEX/audiences/" + created, key.get()));
        check(checked, "GET", audience, 401, get(one, "sk_live_wrong"));
        check(checked, "GET", audience, 403, get("/v1/accounts/" + other.id() + "/audiences/" + created, key.get()));
        check(checked, "GET", audience, 404, get(groupPath + "/ffffffffffffffffffffffff", key.get()));
        check(checked, "GET", audience, 405, post(one, key.get(), "application/json", "{}"));
        check(checked, "GET", audience, 429, exhausted(one));
        check(checked, "GET", audience, 500, whileDown(() -> get(one, key.get())));

        checkLifecycleRoutes(checked, group, other, created);
        checkProspectRoutes(checked, group, other);
        checkImportRoutes(checked, group, other);

        Http.Reply yaml = http.send(http.request("/openapi.yaml").GET().build());
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.header("Content-Type")).startsWith("application/yaml");
        assertThat(yaml.text()).startsWith("openapi: 3.1.0");
        checked.add("GET /openapi.yaml 200");
        check(checked, "GET", "/openapi.yaml", 405, http.send(http.request("/openapi.yaml").DELETE().build()));

        assertThat(checked).containsExactlyInAnyOrderElementsOf(document.documentedResponses());
    }

    /**
     * Checks a real response against the document. A 405 is documented under the operation that
     * does exist at that path (the response belongs to the path, not to the missing method).
     */
    private static JsonNode check(Set<String> checked, String method, String path, int status, Http.Reply reply) {
        assertThat(reply.status()).as("%s %s: %s", method, path, reply.text()).isEqualTo(status);
        JsonNode response = document.response(method, path, status);
        assertThat(response).as("%s %s %d is documented", method, path, status).isNotNull();
        assertThat(document.violations(response, reply.json())).as("%s %s %d: %s", method, path, status, reply.text()).isEmpty();
        for (String header : document.headers(response)) {
            assertThat(reply.header(header)).as("%s %s %d header %s", method, path, status, header).isNotNull();
        }
        checked.add(method + " " + path + " " + status);
        return reply.json();
    }

    /** Every documented response of the lifecycle routes (audience-lifecycle.md, sections 2–4). */
    private static void checkLifecycleRoutes(Set<String> checked, AccountGroup group, AccountGroup other, String created) {
        // Fresh keys, as each has a window of only 6 requests here.
        Supplier<String> key = () -> HOST.key(ALL, group);
        Supplier<String> readOnly = () -> HOST.key(Set.of(Permission.AUDIENCES_READ), group);
        String base = "/v1/accounts/" + group.id() + "/audiences";
        String foreign = "/v1/accounts/" + other.id() + "/audiences";
        String unknown = "ffffffffffffffffffffffff";
        String tooLarge = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
        String audience = "/v1/accounts/{accountGroupId}/audiences/{audienceId}";
        String folders = "/v1/accounts/{accountGroupId}/audiences/folders";
        String folder = folders + "/{folderId}";
        String move = audience + "/move-to-folder";
        String remove = audience + "/remove-from-folder";
        String navigation = "/v1/accounts/{accountGroupId}/audiences/navigation";
        String second = post(base, key.get(), "application/json", "{\"name\":\"Second\",\"type\":\"on_demand\"}")
                .json().get("data").get("id").asText();

        check(checked, "PATCH", audience, 200, send("PATCH", base + "/" + created, key.get(), "{\"name\":\"Renamed\"}"));
        check(checked, "PATCH", audience, 400, send("PATCH", base + "/" + created, key.get(), "{}"));
        check(checked, "PATCH", audience, 401, send("PATCH", base + "/" + created, "sk_live_wrong", "{}"));
        check(checked, "PATCH", audience, 403, send("PATCH", base + "/" + created, readOnly.get(), "{}"));
        check(checked, "PATCH", audience, 404, send("PATCH", base + "/" + unknown, key.get(), "{\"name\":\"x\"}"));
        check(checked, "PATCH", audience, 413, send("PATCH", base + "/" + created, key.get(), tooLarge));
        check(checked, "PATCH", audience, 415, send("PATCH", base + "/" + created, key.get(), "text/plain", "{}"));
        check(checked, "PATCH", audience, 422, send("PATCH", base + "/" + created, key.get(), "{\"name\":\"second\"}"));
        check(checked, "PATCH", audience, 429, exhausted("PATCH", base + "/" + created, "{}"));
        check(checked, "PATCH", audience, 500, whileDown(() -> send("PATCH", base + "/" + created, key.get(), "{\"name\":\"x\"}")));

        String webinars = check(checked, "POST", folders, 201,
                send("POST", base + "/folders", key.get(), "{\"name\":\"Webinars\",\"audienceType\":\"on_demand\"}"))
                .get("data").get("id").asText();
        String events = send("POST", base + "/folders", key.get(), "{\"name\":\"Events\",\"audienceType\":\"on_demand\"}")
                .json().get("data").get("id").asText();
        check(checked, "POST", folders, 400, send("POST", base + "/folders", key.get(), "{\"name\":\"x\"}"));
        check(checked, "POST", folders, 401, send("POST", base + "/folders", "sk_live_wrong", "{}"));
        check(checked, "POST", folders, 403, send("POST", foreign + "/folders", key.get(), "{}"));
        check(checked, "POST", folders, 405, send("GET", base + "/folders", key.get(), null));
        check(checked, "POST", folders, 409, whileTheFirstRuns(base + "/folders", key.get(),
                "{\"name\":\"Held\",\"audienceType\":\"on_demand\"}"));
        check(checked, "POST", folders, 422, replayOf(base + "/folders", key.get(),
                "{\"name\":\"WEBINARS\",\"audienceType\":\"on_demand\"}"));
        check(checked, "POST", folders, 413, send("POST", base + "/folders", key.get(), tooLarge));
        check(checked, "POST", folders, 415, send("POST", base + "/folders", key.get(), "text/plain", "{}"));
        check(checked, "POST", folders, 422,
                send("POST", base + "/folders", key.get(), "{\"name\":\"WEBINARS\",\"audienceType\":\"on_demand\"}"));
        check(checked, "POST", folders, 429, exhausted("POST", base + "/folders", "{}"));
        check(checked, "POST", folders, 500, whileDown(() -> send("POST", base + "/folders", key.get(),
                "{\"name\":\"Down\",\"audienceType\":\"on_demand\"}")));

        String onePath = base + "/folders/" + events;
        check(checked, "PATCH", folder, 200, send("PATCH", onePath, key.get(), "{\"name\":\"Talks\"}"));
        check(checked, "PATCH", folder, 400, send("PATCH", base + "/folders/NOT-HEX", key.get(), "{\"name\":\"x\"}"));
        check(checked, "PATCH", folder, 401, send("PATCH", onePath, "sk_live_wrong", "{}"));
        check(checked, "PATCH", folder, 403, send("PATCH", onePath, readOnly.get(), "{}"));
        check(checked, "PATCH", folder, 404, send("PATCH", base + "/folders/" + unknown, key.get(), "{\"name\":\"x\"}"));
        check(checked, "PATCH", folder, 405, send("GET", onePath, key.get(), null));
        check(checked, "PATCH", folder, 413, send("PATCH", onePath, key.get(), tooLarge));
        check(checked, "PATCH", folder, 415, send("PATCH", onePath, key.get(), "text/plain", "{}"));
        check(checked, "PATCH", folder, 422, send("PATCH", onePath, key.get(), "{\"name\":\"webinars\"}"));
        check(checked, "PATCH", folder, 429, exhausted("PATCH", onePath, "{}"));
        check(checked, "PATCH", folder, 500, whileDown(() -> send("PATCH", onePath, key.get(), "{\"name\":\"x\"}")));

        String movePath = base + "/" + second + "/move-to-folder";
        check(checked, "POST", move, 200, send("POST", movePath, key.get(), "{\"folderId\":\"" + webinars + "\"}"));
        check(checked, "POST", move, 400, send("POST", movePath, key.get(), "{\"folderId\":\"nope\"}"));
        check(checked, "POST", move, 401, send("POST", movePath, "sk_live_wrong", "{}"));
        check(checked, "POST", move, 403, send("POST", foreign + "/" + second + "/move-to-folder", key.get(), "{}"));
        check(checked, "POST", move, 404, send("POST", base + "/" + unknown + "/move-to-folder", key.get(),
                "{\"folderId\":\"" + webinars + "\"}"));
        check(checked, "POST", move, 405, send("GET", movePath, key.get(), null));
        check(checked, "POST", move, 413, send("POST", movePath, key.get(), tooLarge));
        check(checked, "POST", move, 415, send("POST", movePath, key.get(), "text/plain", "{}"));
        check(checked, "POST", move, 422, send("POST", movePath, key.get(), "{\"folderId\":\"" + unknown + "\"}"));
        check(checked, "POST", move, 429, exhausted("POST", movePath, "{}"));
        check(checked, "POST", move, 500, whileDown(() -> send("POST", movePath, key.get(), "{\"folderId\":\"" + webinars + "\"}")));

        check(checked, "GET", navigation, 200, send("GET", base + "/navigation", key.get(), null));
        check(checked, "GET", navigation, 400, send("GET", "/v1/accounts/NOT-HEX/audiences/navigation", key.get(), null));
        check(checked, "GET", navigation, 401, send("GET", base + "/navigation", "sk_live_wrong", null));
        check(checked, "GET", navigation, 403, send("GET", foreign + "/navigation", key.get(), null));
        check(checked, "GET", navigation, 405, send("POST", base + "/navigation", key.get(), "{}"));
        check(checked, "GET", navigation, 429, exhausted("GET", base + "/navigation", null));
        check(checked, "GET", navigation, 500, whileDown(() -> send("GET", base + "/navigation", key.get(), null)));

        String removePath = base + "/" + second + "/remove-from-folder";
        check(checked, "POST", remove, 200, send("POST", removePath, key.get(), null));
        check(checked, "POST", remove, 400, send("POST", removePath, key.get(), "{\"folderId\":null}"));
        check(checked, "POST", remove, 401, send("POST", removePath, "sk_live_wrong", null));
        check(checked, "POST", remove, 403, send("POST", removePath, readOnly.get(), null));
        check(checked, "POST", remove, 404, send("POST", base + "/" + unknown + "/remove-from-folder", key.get(), null));
        check(checked, "POST", remove, 405, send("GET", removePath, key.get(), null));
        check(checked, "POST", remove, 413, send("POST", removePath, key.get(), tooLarge));
        check(checked, "POST", remove, 415, send("POST", removePath, key.get(), "text/plain", "{}"));
        check(checked, "POST", remove, 429, exhausted("POST", removePath, null));
        check(checked, "POST", remove, 500, whileDown(() -> send("POST", removePath, key.get(), null)));

        check(checked, "DELETE", folder, 200, send("DELETE", base + "/folders/" + webinars, key.get(), null));
        check(checked, "DELETE", folder, 400, send("DELETE", base + "/folders/NOT-HEX", key.get(), null));
        check(checked, "DELETE", folder, 401, send("DELETE", onePath, "sk_live_wrong", null));
        check(checked, "DELETE", folder, 403, send("DELETE", onePath, readOnly.get(), null));
        check(checked, "DELETE", folder, 404, send("DELETE", base + "/folders/" + webinars, key.get(), null));
        check(checked, "DELETE", folder, 429, exhausted("DELETE", onePath, null));
        check(checked, "DELETE", folder, 500, whileDown(() -> send("DELETE", onePath, key.get(), null)));

        check(checked, "DELETE", audience, 200, send("DELETE", base + "/" + second, key.get(), null));
        check(checked, "DELETE", audience, 400, send("DELETE", base + "/NOT-HEX", key.get(), null));
        check(checked, "DELETE", audience, 401, send("DELETE", base + "/" + created, "sk_live_wrong", null));
        check(checked, "DELETE", audience, 403, send("DELETE", base + "/" + created, readOnly.get(), null));
        check(checked, "DELETE", audience, 404, send("DELETE", base + "/" + second, key.get(), null));
        check(checked, "DELETE", audience, 429, exhausted("DELETE", base + "/" + created, null));
        check(checked, "DELETE", audience, 500, whileDown(() -> send("DELETE", base + "/" + created, key.get(), null)));
    }

    /** Every documented response of the prospect routes (prospects.md, section 3). */
    private static void checkProspectRoutes(Set<String> checked, AccountGroup group, AccountGroup other) {
        Set<Permission> all = Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE, Permission.PROSPECTS_READ,
                Permission.PROSPECTS_WRITE);
        Supplier<String> key = () -> HOST.key(all, group);
        Supplier<String> readOnly = () -> HOST.key(Set.of(Permission.PROSPECTS_READ), group);
        String base = "/v1/accounts/" + group.id() + "/audiences";
        String unknown = "ffffffffffffffffffffffff";
        String tooLarge = "{\"prospects\":[{\"headline\":\"" + "x".repeat(70_000) + "\"}]}";
        String audienceId = send("POST", base, key.get(), "{\"name\":\"Prospects\",\"type\":\"on_demand\"}")
                .json().get("data").get("id").asText();
        String prospects = base + "/" + audienceId + "/prospects";
        String foreign = "/v1/accounts/" + other.id() + "/audiences/" + audienceId + "/prospects";
        String list = "/v1/accounts/{accountGroupId}/audiences/{audienceId}/prospects";
        String one = list + "/{prospectId}";
        String remove = list + "/remove";
        String batch = "{\"prospects\":[{\"email\":\"avery@acme.io\",\"company\":{\"name\":\"Acme\"}},{\"email\":\"x\"}]}";

        String prospectId = check(checked, "POST", list, 200, send("POST", prospects, key.get(), batch))
                .get("data").get("added").get(0).get("prospect").get("id").asText();
        check(checked, "POST", list, 400, send("POST", prospects, key.get(), "{\"prospects\":[]}"));
        check(checked, "POST", list, 401, send("POST", prospects, "sk_live_wrong", batch));
        check(checked, "POST", list, 403, send("POST", prospects, readOnly.get(), batch));
        check(checked, "POST", list, 404, send("POST", base + "/" + unknown + "/prospects", key.get(), batch));
        check(checked, "POST", list, 405, send("PUT", prospects, key.get(), batch));
        check(checked, "POST", list, 409, whileTheFirstRuns(prospects, key.get(), batch));
        String retrying = key.get();
        check(checked, "POST", list, 200, replayOf(prospects, retrying, batch));
        check(checked, "POST", list, 422, sendWithKey(prospects, retrying, "replayed", "{\"prospects\":[{\"email\":\"b@acme.io\"}]}"));
        check(checked, "POST", list, 413, send("POST", prospects, key.get(), tooLarge));
        check(checked, "POST", list, 415, send("POST", prospects, key.get(), "text/plain", batch));
        check(checked, "POST", list, 429, exhausted("POST", prospects, batch));
        check(checked, "POST", list, 500, whileDown(() -> send("POST", prospects, key.get(), batch)));

        check(checked, "GET", list, 200, send("GET", prospects + "?limit=1", key.get(), null));
        check(checked, "GET", list, 400, send("GET", prospects + "?cursor=forged", key.get(), null));
        check(checked, "GET", list, 401, send("GET", prospects, "sk_live_wrong", null));
        check(checked, "GET", list, 403, send("GET", foreign, key.get(), null));
        check(checked, "GET", list, 404, send("GET", base + "/" + unknown + "/prospects", key.get(), null));
        check(checked, "GET", list, 429, exhausted("GET", prospects, null));
        check(checked, "GET", list, 500, whileDown(() -> send("GET", prospects, key.get(), null)));

        String onePath = prospects + "/" + prospectId;
        check(checked, "GET", one, 200, send("GET", onePath, key.get(), null));
        check(checked, "GET", one, 400, send("GET", prospects + "/NOT-HEX", key.get(), null));
        check(checked, "GET", one, 401, send("GET", onePath, "sk_live_wrong", null));
        check(checked, "GET", one, 403, send("GET", foreign + "/" + prospectId, key.get(), null));
        check(checked, "GET", one, 404, send("GET", prospects + "/" + unknown, key.get(), null));
        check(checked, "GET", one, 405, send("PATCH", onePath, key.get(), "{}"));
        check(checked, "GET", one, 429, exhausted("GET", onePath, null));
        check(checked, "GET", one, 500, whileDown(() -> send("GET", onePath, key.get(), null)));

        String removeBody = "{\"prospectIds\":[\"" + unknown + "\"]}";
        check(checked, "POST", remove, 200, send("POST", prospects + "/remove", key.get(), removeBody));
        check(checked, "POST", remove, 400, send("POST", prospects + "/remove", key.get(), "{\"prospectIds\":[\"x\"]}"));
        check(checked, "POST", remove, 401, send("POST", prospects + "/remove", "sk_live_wrong", removeBody));
        check(checked, "POST", remove, 403, send("POST", prospects + "/remove", readOnly.get(), removeBody));
        check(checked, "POST", remove, 404, send("POST", base + "/" + unknown + "/prospects/remove", key.get(), removeBody));
        check(checked, "POST", remove, 405, send("GET", prospects + "/remove", key.get(), null));
        check(checked, "POST", remove, 413, send("POST", prospects + "/remove", key.get(), tooLarge));
        check(checked, "POST", remove, 415, send("POST", prospects + "/remove", key.get(), "text/plain", removeBody));
        check(checked, "POST", remove, 429, exhausted("POST", prospects + "/remove", removeBody));
        check(checked, "POST", remove, 500, whileDown(() -> send("POST", prospects + "/remove", key.get(), removeBody)));

        check(checked, "DELETE", one, 200, send("DELETE", onePath, key.get(), null));
        check(checked, "DELETE", one, 400, send("DELETE", prospects + "/NOT-HEX", key.get(), null));
        check(checked, "DELETE", one, 401, send("DELETE", onePath, "sk_live_wrong", null));
        check(checked, "DELETE", one, 403, send("DELETE", onePath, readOnly.get(), null));
        check(checked, "DELETE", one, 404, send("DELETE", onePath, key.get(), null));
        check(checked, "DELETE", one, 429, exhausted("DELETE", onePath, null));
        check(checked, "DELETE", one, 500, whileDown(() -> send("DELETE", onePath, key.get(), null)));
    }

    /** Every documented response of the import routes, and the 409 of each route an import holds off (prospects.md, section 5). */
    private static void checkImportRoutes(Set<String> checked, AccountGroup group, AccountGroup other) {
        Set<Permission> all = Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE, Permission.PROSPECTS_READ,
                Permission.PROSPECTS_WRITE);
        Supplier<String> key = () -> HOST.key(all, group);
        Supplier<String> readOnly = () -> HOST.key(Set.of(Permission.PROSPECTS_READ), group);
        String base = "/v1/accounts/" + group.id() + "/audiences";
        String unknown = "ffffffffffffffffffffffff";
        String audienceId = send("POST", base, key.get(), "{\"name\":\"Imported\",\"type\":\"on_demand\"}")
                .json().get("data").get("id").asText();
        String folderId = send("POST", base + "/folders", key.get(), "{\"name\":\"Busy\",\"audienceType\":\"on_demand\"}")
                .json().get("data").get("id").asText();
        String prospects = base + "/" + audienceId + "/prospects";
        String prospectId = send("POST", prospects, key.get(), "{\"prospects\":[{\"email\":\"held@acme.io\"}]}")
                .json().get("data").get("added").get(0).get("prospect").get("id").asText();
        String imports = prospects + "/imports";
        String audience = "/v1/accounts/{accountGroupId}/audiences/{audienceId}";
        String start = audience + "/prospects/imports";
        String one = start + "/{importId}";
        String cancel = one + "/cancel";
        String csv = "email\navery@acme.io\n";

        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        HOST.holdImports.set(release);
        try {
            String location = check(checked, "POST", start, 202, send("POST", imports, key.get(), "text/csv", csv))
                    .get("data").get("id").asText();
            String importPath = imports + "/" + location;
            check(checked, "POST", start, 409, send("POST", imports, key.get(), "text/csv", csv));
            check(checked, "PATCH", audience, 409, send("PATCH", base + "/" + audienceId, key.get(), "{\"name\":\"Other\"}"));
            check(checked, "DELETE", audience, 409, send("DELETE", base + "/" + audienceId, key.get(), null));
            check(checked, "POST", audience + "/move-to-folder", 409, send("POST", base + "/" + audienceId + "/move-to-folder",
                    key.get(), "{\"folderId\":\"" + folderId + "\"}"));
            check(checked, "POST", audience + "/remove-from-folder", 409,
                    send("POST", base + "/" + audienceId + "/remove-from-folder", key.get(), null));
            check(checked, "GET", audience + "/prospects", 409, send("GET", prospects, key.get(), null));
            check(checked, "POST", audience + "/prospects/remove", 409, send("POST", prospects + "/remove", key.get(),
                    "{\"prospectIds\":[\"" + prospectId + "\"]}"));
            check(checked, "DELETE", audience + "/prospects/{prospectId}", 409,
                    send("DELETE", prospects + "/" + prospectId, key.get(), null));
            check(checked, "GET", one, 200, send("GET", importPath, key.get(), null));
            check(checked, "POST", cancel, 200, send("POST", importPath + "/cancel", key.get(), null));
            check(checked, "POST", cancel, 409, send("POST", importPath + "/cancel", key.get(), "{}"));
        } finally {
            HOST.holdImports.set(null);
            release.countDown();
        }
        String finished = send("POST", imports, key.get(), "text/csv", csv).json().get("data").get("id").asText();
        String importPath = imports + "/" + finished;

        check(checked, "POST", start, 400, send("POST", imports, key.get(), "text/csv", "phone\n1\n"));
        check(checked, "POST", start, 401, send("POST", imports, "sk_live_wrong", "text/csv", csv));
        check(checked, "POST", start, 403, send("POST", imports, readOnly.get(), "text/csv", csv));
        check(checked, "POST", start, 404, send("POST", base + "/" + unknown + "/prospects/imports", key.get(), "text/csv", csv));
        check(checked, "POST", start, 405, send("PUT", imports, key.get(), "text/csv", csv));
        String retrying = key.get();
        awaitFinished(importPath, key.get());
        check(checked, "POST", start, 413, send("POST", imports, key.get(), "text/csv", "email\n" + "a@acme.io\n".repeat(1_100_000)));
        check(checked, "POST", start, 415, send("POST", imports, key.get(), "application/json", "{}"));
        Http.Reply firstImport = http.send(http.request(imports).header("Authorization", "Bearer " + retrying)
                .header("Content-Type", "text/csv").header("Idempotency-Key", "import")
                .POST(HttpRequest.BodyPublishers.ofString("email\nkept@acme.io\n")).build());
        Http.Reply reused = http.send(http.request(imports).header("Authorization", "Bearer " + retrying)
                .header("Content-Type", "text/csv").header("Idempotency-Key", "import")
                .POST(HttpRequest.BodyPublishers.ofString("email\nother@acme.io\n")).build());
        assertThat(firstImport.status()).as(firstImport.text()).isEqualTo(202);
        check(checked, "POST", start, 422, reused);
        awaitFinished(imports + "/" + firstImport.json().get("data").get("id").asText(), key.get());
        check(checked, "POST", start, 429, exhausted("POST", imports, csv));
        check(checked, "POST", start, 500, whileDown(() -> send("POST", imports, key.get(), "text/csv", csv)));

        check(checked, "GET", one, 400, send("GET", imports + "/NOT-HEX", key.get(), null));
        check(checked, "GET", one, 401, send("GET", importPath, "sk_live_wrong", null));
        check(checked, "GET", one, 403, send("GET", "/v1/accounts/" + other.id() + "/audiences/" + audienceId
                + "/prospects/imports/" + finished, key.get(), null));
        check(checked, "GET", one, 404, send("GET", imports + "/" + unknown, key.get(), null));
        check(checked, "GET", one, 405, send("DELETE", importPath, key.get(), null));
        check(checked, "GET", one, 429, exhausted("GET", importPath, null));
        check(checked, "GET", one, 500, whileDown(() -> send("GET", importPath, key.get(), null)));

        check(checked, "POST", cancel, 400, send("POST", imports + "/NOT-HEX/cancel", key.get(), null));
        check(checked, "POST", cancel, 401, send("POST", importPath + "/cancel", "sk_live_wrong", null));
        check(checked, "POST", cancel, 403, send("POST", importPath + "/cancel", readOnly.get(), null));
        check(checked, "POST", cancel, 404, send("POST", imports + "/" + unknown + "/cancel", key.get(), null));
        check(checked, "POST", cancel, 405, send("GET", importPath + "/cancel", key.get(), null));
        check(checked, "POST", cancel, 413, send("POST", importPath + "/cancel", key.get(), "{\"x\":\"" + "x".repeat(70_000) + "\"}"));
        check(checked, "POST", cancel, 415, send("POST", importPath + "/cancel", key.get(), "text/plain", "{}"));
        check(checked, "POST", cancel, 429, exhausted("POST", importPath + "/cancel", null));
        check(checked, "POST", cancel, 500, whileDown(() -> send("POST", importPath + "/cancel", key.get(), null)));
    }

    private static void awaitFinished(String importPath, String key) {
        long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (get(importPath, key).json().get("data").get("status").asText().matches("queued|running")) {
            assertThat(System.nanoTime()).as("the import finishes").isLessThan(giveUp);
            Thread.onSpinWait();
        }
    }

    /** The 409 of a request whose key's first request is held running; the first is then let go. */
    private static Http.Reply whileTheFirstRuns(String path, String key, String body) {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        HOST.holdCreations.set(release);
        int held = HOST.heldCreations.get();
        try {
            java.util.concurrent.CompletableFuture<Http.Reply> first = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> sendWithKey(path, key, "held", body));
            HOST.awaitHeldCreation(held);
            Http.Reply meanwhile = sendWithKey(path, key, "held", body);
            release.countDown();
            first.join();
            return meanwhile;
        } finally {
            HOST.holdCreations.set(null);
            release.countDown();
        }
    }

    /** The second of two identical requests with one idempotency key: the replay of the first's outcome. */
    private static Http.Reply replayOf(String path, String key, String body) {
        sendWithKey(path, key, "replayed", body);
        Http.Reply replay = sendWithKey(path, key, "replayed", body);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        return replay;
    }

    private static Http.Reply sendWithKey(String path, String key, String idempotencyKey, String body) {
        return http.send(http.request(path).header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static Http.Reply send(String method, String path, String key, String body) {
        return send(method, path, key, body == null ? null : "application/json", body);
    }

    private static Http.Reply send(String method, String path, String key, String contentType, String body) {
        HttpRequest.Builder request = http.request(path).header("Authorization", "Bearer " + key);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The answer of {@code method path} once a fresh key has spent its window (6 requests). */
    private static Http.Reply exhausted(String method, String path, String body) {
        AccountGroup group = HOST.group(Plan.TESTER, false);
        String key = HOST.key(ALL, group);
        Http.Reply reply = null;
        for (int i = 0; i < 7; i++) {
            reply = send(method, path, key, body);
        }
        return reply;
    }

    private static Http.Reply get(String path, String key) {
        return http.send(http.request(path).header("Authorization", "Bearer " + key).GET().build());
    }

    private static Http.Reply post(String path, String key, String contentType, String body) {
        return http.post(path, key, contentType, body);
    }

    /** The answer once a fresh key has spent its window (6 requests). */
    private static Http.Reply exhausted(String path) {
        AccountGroup group = HOST.group(Plan.TESTER, false);
        String key = HOST.key(ALL, group);
        Http.Reply reply = null;
        for (int i = 0; i < 7; i++) {
            reply = get(path, key);
        }
        return reply;
    }

    private static Http.Reply whileDown(Supplier<Http.Reply> request) {
        HOST.storageDown.set(true);
        try {
            return request.get();
        } finally {
            HOST.storageDown.set(false);
        }
    }
}
