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

        Http.Reply openApi = http.send(http.request("/openapi.yaml").GET().build());
        assertThat(openApi.status()).isEqualTo(200);
        checked.add("GET /openapi.yaml 200");

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
