package io.audiences.bootstrap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A seeded generator of malformed HTTP requests: a valid request to one of the service's routes,
 * then one to four mutations of its request line, path, headers, framing, encoding or body. The
 * same seed gives the same requests.
 */
final class HostileRequests {

    /** One generated request: what it is (for a failure message) and its bytes on the wire. */
    record Case(int index, String description, String method, byte[] bytes) {
    }

    private final Random random;
    private final String accountGroupId;
    private final String key;
    private final String audienceId;

    HostileRequests(long seed, String accountGroupId, String key, String audienceId) {
        this.random = new Random(seed);
        this.accountGroupId = accountGroupId;
        this.key = key;
        this.audienceId = audienceId;
    }

    /** A request under construction. */
    private static final class Draft {
        String method;
        String target;
        String version = "HTTP/1.1";
        final List<String[]> headers = new ArrayList<>();
        byte[] body = new byte[0];
        boolean contentLength = true;
        String rawHeaderBlock;
        final List<String> mutations = new ArrayList<>();

        void header(String name, String value) {
            headers.removeIf(header -> header[0].equalsIgnoreCase(name));
            headers.add(new String[] {name, value});
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((method + " " + target + (version.isEmpty() ? "" : " " + version) + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            if (rawHeaderBlock != null) {
                out.writeBytes(rawHeaderBlock.getBytes(StandardCharsets.ISO_8859_1));
            }
            for (String[] header : headers) {
                out.writeBytes((header[0] + ": " + header[1] + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            if (contentLength && headers.stream().noneMatch(h -> h[0].equalsIgnoreCase("Content-Length")
                    || h[0].equalsIgnoreCase("Transfer-Encoding"))) {
                out.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(body);
            return out.toByteArray();
        }
    }

    Case next(int index) {
        Draft draft = base();
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            pick(MUTATIONS).accept(draft);
        }
        return new Case(index, draft.method + " " + abbreviate(draft.target) + " " + draft.mutations, draft.method, draft.bytes());
    }

    private Draft base() {
        Draft draft = new Draft();
        String audiences = "/v1/accounts/" + accountGroupId + "/audiences";
        switch (random.nextInt(5)) {
            case 0, 1 -> {
                draft.method = "POST";
                draft.target = audiences;
                draft.body = ("{\"name\":\"Fuzz " + random.nextInt(1_000_000) + "\",\"type\":\"on_demand\"}")
                        .getBytes(StandardCharsets.UTF_8);
                draft.header("Content-Type", "application/json");
            }
            case 2 -> {
                draft.method = "GET";
                draft.target = audiences + "?limit=" + (1 + random.nextInt(100));
            }
            case 3 -> {
                draft.method = "GET";
                draft.target = audiences + "/" + audienceId;
            }
            default -> {
                draft.method = "GET";
                draft.target = "/v1/accounts";
            }
        }
        draft.header("Host", "127.0.0.1");
        draft.header("Authorization", "Bearer " + key);
        draft.header("Connection", "close");
        return draft;
    }

    private final List<Consumer<Draft>> MUTATIONS = List.of(
            this::method, this::path, this::query, this::version, this::authorization, this::contentType,
            this::accept, this::contentLength, this::transferEncoding, this::contentEncoding, this::headerSyntax,
            this::hugeHeader, this::body, this::body, this::invalidUtf8, this::nesting, this::pipelined, this::expect);

    private void method(Draft draft) {
        draft.method = pick(List.of("PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "CONNECT", "PROPFIND", "get",
                "P0ST", "GET\u0000", "X".repeat(1 + random.nextInt(300)), "", "GET GET"));
        draft.mutations.add("method");
    }

    private void path(Draft draft) {
        String group = "/v1/accounts/" + accountGroupId;
        draft.target = pick(List.of(
                group + "/audiences/" + "f".repeat(24), "/v1/accounts/" + "A".repeat(24) + "/audiences",
                "/v1/accounts/../../etc/passwd", "/v1/accounts/%2e%2e/%2e%2e/audiences", "/v1/accounts/%zz/audiences",
                "/v1/accounts/%00/audiences", group + "/audiences/%2F", "/v1//accounts", "/v1/accounts/" + "a".repeat(5000),
                group + "/audiences/\u00e9\u00e8", "*", "http://evil.example/v1/accounts", "/v1/accounts#frag", "",
                "/openapi.yaml", "/openapi.yaml/../v1/accounts", group + "/audiences;jsessionid=1", "/v1/accounts\t",
                "/V1/ACCOUNTS", group + "/audiences/" + audienceId + "/", "/%u0041"));
        draft.mutations.add("path");
    }

    private void query(Draft draft) {
        String separator = draft.target.contains("?") ? "&" : "?";
        draft.target += separator + pick(List.of("limit=0", "limit=-1", "limit=101", "limit=99999999999999999999",
                "limit=1e3", "limit=", "cursor=" + "A".repeat(200), "cursor=%ff%fe", "cursor=!!!", "limit=5&limit=6",
                "cursor=" + HexFormat.of().formatHex(randomBytes(32)), "=&&==", "%", "limit=%20%31"));
        draft.mutations.add("query");
    }

    private void version(Draft draft) {
        draft.version = pick(List.of("HTTP/1.0", "HTTP/2.0", "HTTP/1.2", "HTTP/0.9", "HTTP/9.9", "http/1.1", "HTTP/1.1x", "",
                "HTTP/1.1 extra"));
        draft.mutations.add("version");
    }

    private void authorization(Draft draft) {
        String value = pick(List.of("Bearer", "Bearer ", "Bearer sk_live_wrong", "Basic dXNlcjpwYXNz", "bearer " + key,
                "Bearer " + key + " trailing", "Bearer " + key.substring(0, key.length() - 1), "Bearer " + "x".repeat(4000),
                "Bearer sk_live_\u00ff\u00fe", "Bearer \u0001\u0002", "Token " + key));
        if (random.nextInt(4) == 0) {
            draft.headers.removeIf(header -> header[0].equals("Authorization"));
        } else {
            draft.header("Authorization", value);
        }
        draft.mutations.add("authorization");
    }

    private void contentType(Draft draft) {
        draft.header("Content-Type", pick(List.of("application/json;;;=", "application/json; charset=latin1", "text/plain",
                "", "application/", "*/*", "application/json, text/plain", "application/json; charset=\"utf-8\"",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "\u00ffjson")));
        draft.mutations.add("content-type");
    }

    private void accept(Draft draft) {
        draft.header("Accept", pick(List.of("a/b;q=x", "text/html", "application/xml", ";;", "*/*;q=2", "application/json;q=0",
                "\u00ff")));
        draft.mutations.add("accept");
    }

    private void contentLength(Draft draft) {
        int length = draft.body.length;
        draft.header("Content-Length", pick(List.of("-1", "abc", "0", Integer.toString(length + 1 + random.nextInt(100)),
                Integer.toString(Math.max(0, length - 1)), "99999999999999999999", "1, 2", " " + length, "+" + length)));
        if (random.nextBoolean()) {
            draft.headers.add(new String[] {"Content-Length", Integer.toString(length + 5)});
        }
        draft.mutations.add("content-length");
    }

    private void transferEncoding(Draft draft) {
        String chunked = Integer.toHexString(draft.body.length) + "\r\n" + new String(draft.body, StandardCharsets.ISO_8859_1)
                + "\r\n0\r\n\r\n";
        draft.header("Transfer-Encoding", pick(List.of("chunked", "gzip, chunked", "identity", "chunked, chunked", "xchunked",
                "chunked ")));
        draft.body = pick(List.of(chunked, "zz\r\nabc\r\n0\r\n\r\n", "5\r\n{\"a\"\r\n", "ffffffffffffffff\r\n{}\r\n0\r\n\r\n",
                "0\r\nX-Trailer: 1\r\n\r\n", chunked.substring(0, chunked.length() / 2))).getBytes(StandardCharsets.ISO_8859_1);
        if (random.nextBoolean()) {
            draft.headers.add(new String[] {"Content-Length", Integer.toString(draft.body.length)});
        }
        draft.mutations.add("transfer-encoding");
    }

    private void contentEncoding(Draft draft) {
        draft.header("Content-Encoding", pick(List.of("gzip", "deflate", "br", "compress", "gzip, gzip", "identity", "zstd")));
        if (random.nextBoolean()) {
            draft.body = gzip(draft.body);
        }
        draft.mutations.add("content-encoding");
    }

    private void headerSyntax(Draft draft) {
        draft.rawHeaderBlock = pick(List.of("NoColonHere\r\n", " folded: continuation\r\n", "X-Null: a\u0000b\r\n",
                ": empty-name\r\n", "X-Bare-CR: a\rb\r\n", "Host: second.example\r\n", "X-Lf-Only: a\n",
                "Bad Name: x\r\n", "X-\u00ff: y\r\n"));
        draft.mutations.add("header-syntax");
    }

    private void hugeHeader(Draft draft) {
        if (random.nextBoolean()) {
            draft.header("X-Huge", "h".repeat(4_000 + random.nextInt(20_000)));
        } else {
            for (int i = 0; i < 200 + random.nextInt(400); i++) {
                draft.headers.add(new String[] {"X-Many-" + i, "v"});
            }
        }
        draft.mutations.add("huge-header");
    }

    private void body(Draft draft) {
        draft.body = pick(List.of("", "null", "[]", "{", "{\"name\":", "{\"name\":\"a\",\"type\":\"on_demand\"}{}",
                "{\"name\":\"a\",\"name\":\"b\",\"type\":\"on_demand\"}", "{\"name\":5,\"type\":true}",
                "{\"name\":\"\\ud800\",\"type\":\"on_demand\"}", "{\"name\":\"" + "n".repeat(70_000) + "\"}",
                "{\"name\":\"\\u0000\",\"type\":\"monitoring\"}", "{\"name\":\"a\",\"type\":\"on_demand\",\"extra\":{}}",
                "\uFEFF{\"name\":\"bom\",\"type\":\"on_demand\"}", "{'name':'single'}", "{\"name\":1e999999,\"type\":\"x\"}",
                "{\"description\":" + "9".repeat(5000) + "}")).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(3) == 0) {
            draft.body = randomBytes(random.nextInt(2000));
        }
        draft.mutations.add("body");
    }

    private void invalidUtf8(Draft draft) {
        byte[] bad = HexFormat.of().parseHex(pick(List.of("c0af", "e080af", "eda080", "ff", "f8888080af", "e282", "c3")));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"name\":\"x".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(bad);
        body.writeBytes("\",\"type\":\"on_demand\"}".getBytes(StandardCharsets.US_ASCII));
        draft.body = body.toByteArray();
        draft.mutations.add("invalid-utf8");
    }

    private void nesting(Draft draft) {
        int depth = 1_000 + random.nextInt(30_000);
        draft.body = ("{\"name\":" + "[".repeat(depth) + "]".repeat(depth) + "}").getBytes(StandardCharsets.US_ASCII);
        draft.mutations.add("nesting");
    }

    private void pipelined(Draft draft) {
        draft.header("Connection", "keep-alive");
        draft.body = concat(draft.body, ("GET /v1/accounts HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        draft.contentLength = random.nextBoolean();
        draft.mutations.add("pipelined");
    }

    private void expect(Draft draft) {
        draft.header("Expect", pick(List.of("100-continue", "200-ok", "100-continue, foo")));
        draft.mutations.add("expect");
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
