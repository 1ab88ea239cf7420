package io.audiences.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.audiences.adapters.rest.Http;
import io.audiences.domain.accountgroup.AccountGroup;
import io.audiences.domain.plan.Plan;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Thousands of malformed requests (request lines, paths, methods, headers, framing, encodings,
 * bodies; {@link HostileRequests}) sent over raw sockets to the real service: each is answered
 * within seconds, never with a 5xx (but 505 for an HTTP version it does not speak), and every answer
 * is the JSON envelope (or the OpenAPI document,
 * or nothing at all for a request the server could not even frame). Reproducible from its seed:
 * {@code -Dfuzz.seed=N} (default 20261127) and {@code -Dfuzz.cases=N} (default 2000).
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class HostileRequestsIT {

    private static final String URL = "jdbc:h2:mem:hostile;DB_CLOSE_DELAY=-1";
    private static final DropwizardAppExtension<AudiencesConfiguration> APP = ServiceUnderTest.on("org.h2.Driver", URL, "sa",
            "rateLimit.limitForPeriod", "1000000",
            "failedAuthenticationLimit.limitForPeriod", "1000000");

    private static final long SEED = Long.getLong("fuzz.seed", 20261127L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 2000);
    private static final int ANSWER_WITHIN_MILLIS = 5000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyHostileRequestIsAnsweredPromptlyWithoutA5xxAndInTheEnvelope() {
        Seeded seeded = Seeded.in(database(), Plan.ENTERPRISE);
        AccountGroup group = seeded.group();
        String key = seeded.key();
        String audienceId = new Http(APP.getLocalPort()).postJson("/v1/accounts/" + group.id().value() + "/audiences", key, "{\"name\":\"Seed\",\"type\":\"on_demand\"}").json().get("data").get("id").asText();
        HostileRequests requests = new HostileRequests(SEED, group.id().value(), key, audienceId);

        List<String> failures = new ArrayList<>();
        for (int i = 0; i < CASES && failures.size() < 20; i++) {
            HostileRequests.Case request = requests.next(i);
            String problem = problemWith(request, exchange(request.bytes()));
            if (problem != null) {
                failures.add("case " + i + " (" + request.description() + "): " + problem + "\n  sent: "
                        + printable(request.bytes(), 600));
            }
        }

        assertThat(failures).as("seed %d, %d cases; rerun with -Dfuzz.seed=%d", SEED, CASES, SEED).isEmpty();
    }

    /** The raw answer, or {@code null} if the server neither answered nor closed within the bound. */
    private static byte[] exchange(byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(ANSWER_WITHIN_MILLIS);
            try {
                socket.getOutputStream().write(request);
                socket.shutdownOutput();
            } catch (IOException refusedMidway) {
                // the server answered and closed before taking everything; read what it said
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            long deadline = System.nanoTime() + ANSWER_WITHIN_MILLIS * 1_000_000L;
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[16 * 1024];
            try {
                for (int n; (n = in.read(buffer)) != -1; ) {
                    answer.write(buffer, 0, n);
                    if (System.nanoTime() > deadline) {
                        return null;
                    }
                }
            } catch (SocketTimeoutException hung) {
                return null;
            } catch (IOException reset) {
                // a reset after the answer: keep what arrived
            }
            return answer.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** What is wrong with the answer to {@code request}, or {@code null}. */
    private static String problemWith(HostileRequests.Case request, byte[] answer) {
        if (answer == null) {
            return "no answer and no close within " + ANSWER_WITHIN_MILLIS + " ms";
        }
        int at = 0;
        while (at < answer.length) {
            int headEnd = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), at);
            if (headEnd < 0) {
                return "not an HTTP answer: " + printable(java.util.Arrays.copyOfRange(answer, at, answer.length), 300);
            }
            String head = new String(answer, at, headEnd - at, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            int bodyStart = headEnd + 4;
            if (status == 100) {
                at = bodyStart;
                continue;
            }
            String contentLength = header(head, "Content-Length");
            boolean chunked = "chunked".equalsIgnoreCase(header(head, "Transfer-Encoding"));
            byte[] body;
            boolean bodiless = request.method().equals("HEAD") && (bodyStart == answer.length
                    || startsWith(answer, bodyStart, "HTTP/"));
            if (bodiless) {
                if (!String.valueOf(header(head, "Content-Type")).startsWith("application/")) {
                    return "HEAD answered " + status + " with Content-Type " + header(head, "Content-Type");
                }
                at = bodyStart;
                continue;
            } else if (contentLength != null) {
                int length = Integer.parseInt(contentLength);
                body = java.util.Arrays.copyOfRange(answer, bodyStart, Math.min(answer.length, bodyStart + length));
                at = bodyStart + length;
            } else if (chunked) {
                ByteArrayOutputStream unchunked = new ByteArrayOutputStream();
                at = dechunk(answer, bodyStart, unchunked);
                body = unchunked.toByteArray();
            } else {
                body = java.util.Arrays.copyOfRange(answer, bodyStart, answer.length);
                at = answer.length;
            }
            String problem = problemWithResponse(status, head, body);
            if (problem != null) {
                return problem + "\n  answer: " + printable(answer, 600);
            }
        }
        return null;
    }

    private static String problemWithResponse(int status, String head, byte[] body) {
        // 505 is the one 5xx a client causes by itself (an HTTP version the server does not speak).
        boolean versionRefused = status == 505 && "HTTP_VERSION_NOT_SUPPORTED".equals(json(body).path("error").path("code").asText());
        if (status >= 500 && !versionRefused) {
            return "status " + status;
        }
        if (body.length == 0) {
            return status == 204 || status == 304 ? null : "status " + status + " without a body";
        }
        String type = String.valueOf(header(head, "Content-Type")).toLowerCase(Locale.ROOT);
        if (status == 200 && type.startsWith("application/yaml")) {
            return null; // the OpenAPI document
        }
        if (!type.startsWith("application/json")) {
            return "status " + status + " with Content-Type " + type;
        }
        JsonNode envelope = json(body);
        if (!envelope.has("success") || !envelope.has("data") || !envelope.has("error")
                || !envelope.path("traceId").asText("").matches("[0-9a-f]{24}")) {
            return "status " + status + " with a body that is not the envelope";
        }
        if (status >= 400 && envelope.path("error").path("code").asText("").isEmpty()) {
            return "status " + status + " without an error code";
        }
        return null;
    }

    private static JsonNode json(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? JSON.missingNode() : node;
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }

    private static int dechunk(byte[] answer, int at, ByteArrayOutputStream body) {
        while (at < answer.length) {
            int lineEnd = indexOf(answer, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
            if (lineEnd < 0) {
                return answer.length;
            }
            int size = Integer.parseInt(new String(answer, at, lineEnd - at, StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            at = lineEnd + 2;
            if (size == 0) {
                int trailerEnd = indexOf(answer, "\r\n".getBytes(StandardCharsets.US_ASCII), at);
                return trailerEnd < 0 ? answer.length : trailerEnd + 2;
            }
            body.write(answer, at, Math.min(size, answer.length - at));
            at += size + 2;
        }
        return at;
    }

    private static String header(String head, String name) {
        return head.lines().skip(1).filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse(null);
    }

    private static boolean startsWith(byte[] bytes, int at, String prefix) {
        return at + prefix.length() <= bytes.length
                && new String(bytes, at, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String printable(byte[] bytes, int max) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, max); i++) {
            int b = bytes[i] & 0xff;
            text.append(b == '\r' ? "\\r" : b == '\n' ? "\\n" : b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
        }
        return bytes.length > max ? text + "… (" + bytes.length + " bytes)" : text.toString();
    }

    private static JdbcDataSource database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        return dataSource;
    }
}
