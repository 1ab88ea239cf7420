package io.audiences.adapters.rest;

import static io.audiences.adapters.rest.Envelopes.assertError;
import static io.audiences.adapters.rest.Envelopes.assertTraceId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.audiences.adapters.rest.host.HostConfiguration;
import io.audiences.adapters.rest.host.HostFixture;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.apikey.Permission;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Section 10: reading the state back, through a real HTTP server. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ReadEndpointsIT {

    private static final HostFixture HOST = new HostFixture();
    private static final DropwizardAppExtension<HostConfiguration> APP = new DropwizardAppExtension<>(HOST.support());
    private static final Set<Permission> READ_WRITE = Set.of(Permission.AUDIENCES_READ, Permission.AUDIENCES_WRITE);

    private Http http;
    private AccountGroup group;
    private String key;
    private String path;

    @BeforeEach
    void setUp() {
        http = new Http(APP.getLocalPort());
        group = HOST.group(Plan.ENTERPRISE, true);
        key = HOST.key(READ_WRITE, group);
        path = "/v1/accounts/" + group.id() + "/audiences";
    }

    private Http.Reply get(String pathAndQuery, String apiKey) {
        return http.send(http.request(pathAndQuery).header("Authorization", "Bearer " + apiKey).GET().build());
    }

    /** Creates {@code count} audiences; their ids in the list's order. */
    private List<String> createAudiences(int count) {
        List<JsonNode> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Http.Reply reply = http.postJson(path, key, "{\"name\":\"Audience " + i + "\",\"type\":\"on_demand\"}");
            assertThat(reply.status()).isEqualTo(201);
            created.add(reply.json().get("data"));
        }
        return NewestFirst.ids(created);
    }

    private List<String> pageThrough(int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Http.Reply reply = get(path + "?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), key);
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            JsonNode data = reply.json().get("data");
            data.get("items").forEach(item -> seen.add(item.get("id").asText()));
            cursor = data.get("nextCursor").isNull() ? null : data.get("nextCursor").asText();
            assertThat(data.get("hasMore").asBoolean()).isEqualTo(cursor != null);
        } while (cursor != null);
        return seen;
    }

    @Test
    void accountsListsTheGroupsTheKeyMayActOnForAnyValidKey() {
        AccountGroup second = HOST.group(Plan.TESTER, false);
        String noPermissions = HOST.key(Set.of(), group, second);

        Http.Reply reply = get("/v1/accounts", noPermissions);

        assertThat(reply.status()).isEqualTo(200);
        assertTraceId(reply);
        JsonNode items = reply.json().get("data").get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).fieldNames()).toIterable().containsExactly("id", "name", "plan", "linkedinConnected");
        assertThat(List.of(items.get(0).get("id").asText(), items.get(1).get("id").asText()))
                .containsExactlyInAnyOrder(group.id().value(), second.id().value());
        assertError(get("/v1/accounts", "sk_live_nope"), 401, "INVALID_API_KEY");
    }

    @Test
    void theListIsNewestFirstWithADefaultLimitOf20() {
        List<String> newestFirst = createAudiences(25);

        Http.Reply reply = get(path, key);

        JsonNode data = reply.json().get("data");
        assertThat(data.fieldNames()).toIterable().containsExactly("items", "nextCursor", "hasMore");
        List<String> ids = new ArrayList<>();
        data.get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertThat(ids).containsExactlyElementsOf(newestFirst.subList(0, 20));
        assertThat(data.get("hasMore").asBoolean()).isTrue();
        assertThat(data.get("nextCursor").asText()).matches("[A-Za-z0-9_-]+");
        assertThat(reply.header("X-RateLimit-Limit")).isNotNull();
    }

    @Test
    void pagingYieldsEveryAudienceOnceInOrderForSeveralLimits() {
        List<String> newestFirst = createAudiences(45);

        for (int limit : new int[] {1, 2, 7, 20, 44, 45, 46, 100}) {
            assertThat(pageThrough(limit)).as("limit %d", limit).containsExactlyElementsOf(newestFirst);
        }
    }

    @Test
    void pagingWhileAnotherClientCreatesNeverRepeatsOrSkipsAnAudience() throws Exception {
        List<String> existing = createAudiences(40);
        AtomicBoolean done = new AtomicBoolean();
        Thread creator = new Thread(() -> {
            for (int i = 0; !done.get() && i < 200; i++) {
                http.postJson(path, key, "{\"name\":\"Concurrent " + i + "\",\"type\":\"on_demand\"}");
            }
        });
        creator.start();
        List<String> seen;
        try {
            seen = pageThrough(3);
        } finally {
            done.set(true);
            creator.join();
        }

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen.stream().filter(existing::contains).toList()).containsExactlyElementsOf(existing);
    }

    @Test
    void anEmptyGroupHasAnEmptyLastPage() {
        JsonNode data = get(path, key).json().get("data");

        assertThat(data.get("items")).isEmpty();
        assertThat(data.get("nextCursor").isNull()).isTrue();
        assertThat(data.get("hasMore").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "abc", "1.5", "1000000000000"})
    void aLimitOutside1To100IsAValidationError(String limit) {
        assertThat(assertError(get(path + "?limit=" + limit, key), 400, "VALIDATION_ERROR").details())
                .isEqualTo("limit: must be an integer from 1 to 100");
    }

    @Test
    void tamperedTruncatedForeignAndGarbageCursorsAre400NotErrors() {
        createAudiences(3);
        String cursor = get(path + "?limit=1", key).json().get("data").get("nextCursor").asText();
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            byte[] flipped = bytes.clone();
            flipped[i] ^= 0x01;
            bad.add(Base64.getUrlEncoder().withoutPadding().encodeToString(flipped));
        }
        bad.add(cursor.substring(0, cursor.length() - 2));
        bad.add(cursor + "AA");
        bad.add("garbage");
        bad.add("%00%ff");
        bad.add("====");
        AccountGroup other = HOST.group(Plan.ENTERPRISE, true);
        String otherKey = HOST.key(READ_WRITE, group, other);
        http.postJson("/v1/accounts/" + other.id() + "/audiences", otherKey, "{\"name\":\"x\",\"type\":\"on_demand\"}");
        http.postJson("/v1/accounts/" + other.id() + "/audiences", otherKey, "{\"name\":\"y\",\"type\":\"on_demand\"}");
        String foreign = get("/v1/accounts/" + other.id() + "/audiences?limit=1", otherKey).json().get("data").get("nextCursor").asText();
        bad.add(foreign);

        for (String cursorParameter : bad) {
            Http.Reply reply = get(path + "?cursor=" + cursorParameter, otherKey);
            assertError(reply, 400, "VALIDATION_ERROR");
            assertThat(reply.details()).startsWith("cursor: ");
        }
        assertThat(get(path + "?cursor=" + cursor, key).status()).isEqualTo(200);
    }

    @Test
    void oneAudienceReadsBackAsItWasCreated() {
        Http.Reply created = http.postJson(path, key, "{\"name\":\"Read me\",\"type\":\"monitoring\",\"description\":\"d\"}");

        Http.Reply read = get(created.header("Location"), key);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("data")).isEqualTo(created.json().get("data"));
    }

    @Test
    void anAudienceOfAnotherGroupIsNotFoundJustLikeAMissingOne() {
        AccountGroup other = HOST.group(Plan.ENTERPRISE, true);
        String bothKey = HOST.key(READ_WRITE, group, other);
        String elsewhere = http.postJson("/v1/accounts/" + other.id() + "/audiences", bothKey,
                "{\"name\":\"Elsewhere\",\"type\":\"on_demand\"}").json().get("data").get("id").asText();

        Http.Reply foreign = get(path + "/" + elsewhere, bothKey);
        Http.Reply missing = get(path + "/ffffffffffffffffffffffff", bothKey);
        Http.Reply malformed = get(path + "/not-an-id", bothKey);

        assertError(foreign, 404, "NOT_FOUND");
        assertError(missing, 404, "NOT_FOUND");
        assertThat(assertError(malformed, 400, "VALIDATION_ERROR").details())
                .as("a malformed id in the path is not an id at all")
                .isEqualTo("audienceId: must be 24 lower-case hex characters");
        assertThat(foreign.json().get("error")).isEqualTo(missing.json().get("error"));
    }

    @Test
    void readingNeedsTheReadPermissionAndAccessInTheContractsOrder() {
        String writeOnly = HOST.key(Set.of(Permission.AUDIENCES_WRITE), group);
        AccountGroup other = HOST.group(Plan.ENTERPRISE, true);

        assertError(get(path, writeOnly), 403, "MISSING_PERMISSION");
        assertError(get(path + "/ffffffffffffffffffffffff", writeOnly), 403, "MISSING_PERMISSION");
        assertError(get("/v1/accounts/NOT-HEX/audiences", key), 400, "VALIDATION_ERROR");
        assertError(get("/v1/accounts/" + other.id() + "/audiences?limit=0&cursor=bad", key), 403, "ACCOUNT_GROUP_ACCESS_DENIED");
        assertError(get("/v1/accounts/" + other.id() + "/audiences/ffffffffffffffffffffffff", key), 403,
                "ACCOUNT_GROUP_ACCESS_DENIED");
    }
}
