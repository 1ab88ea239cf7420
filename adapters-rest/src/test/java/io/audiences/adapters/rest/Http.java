package io.audiences.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A real HTTP client against a server on 127.0.0.1, and a raw socket for what clients refuse to send. */
public final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;

    public Http(int port) {
        this.port = port;
    }

    /** A response with its body parsed as JSON (or {@code null} when it is not JSON). */
    public record Reply(int status, java.net.http.HttpHeaders headers, String text, JsonNode json) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String code() {
            return json == null ? null : json.path("error").path("code").asText(null);
        }

        public String details() {
            return json == null ? null : json.path("error").path("details").asText(null);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    }

    public Reply get(String path) {
        return send(request(path).GET().build());
    }

    public Reply get(String path, String key) {
        return send(request(path).header("Authorization", "Bearer " + key).GET().build());
    }

    public Reply post(String path, String key, String contentType, String body) {
        HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    public Reply postJson(String path, String key, String body) {
        return post(path, key, "application/json", body);
    }

    public Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code raw} bytes as they are and returns the whole raw answer (the server closes the connection). */
    public String raw(byte[] raw) {
        return raw(raw, false);
    }

    /** As {@link #raw(byte[])}; with {@code thenHalfClose}, the client sends nothing more (end of stream) after them. */
    public String raw(byte[] raw, boolean thenHalfClose) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(raw);
            out.flush();
            if (thenHalfClose) {
                socket.shutdownOutput();
            }
            return readAnswer(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends each request (ISO-8859-1) on one connection, the next once the answer to the previous
     * one has arrived, and returns the answers; fewer than the requests if the server closed the
     * connection.
     */
    public java.util.List<String> onOneConnection(String... requests) {
        java.util.List<String> answers = new java.util.ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            for (String request : requests) {
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                String answer = readAnswer(socket.getInputStream());
                if (answer.isEmpty()) {
                    break;
                }
                answers.add(answer);
            }
        } catch (IOException e) {
            // The server closed the connection: the answers so far are all there are.
        }
        return answers;
    }

    /** One answer: up to the end of its body as its Content-Length says, or to the end of the stream. */
    public static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                answer.write(buffer, 0, n);
                if (complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException | java.net.SocketException endOfAnswer) {
            // The server may close or reset after answering; what arrived is the answer.
        }
        return answer.toString(StandardCharsets.UTF_8);
    }

    /** Sends {@code request} as it is (ISO-8859-1) and parses the raw answer as a reply. */
    public Reply rawReply(String request) {
        String answer = raw(request.getBytes(StandardCharsets.ISO_8859_1));
        int split = answer.indexOf("\r\n\r\n");
        if (split < 0) {
            throw new AssertionError("not an HTTP answer: " + answer);
        }
        String head = answer.substring(0, split);
        String body = answer.substring(split + 4);
        java.util.Map<String, java.util.List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        head.lines().skip(1).forEach(line -> headers.computeIfAbsent(line.substring(0, line.indexOf(':')).trim(),
                name -> new java.util.ArrayList<>()).add(line.substring(line.indexOf(':') + 1).trim()));
        return new Reply(Integer.parseInt(head.substring(9, 12)), java.net.http.HttpHeaders.of(headers, (name, value) -> true),
                body, parse(body));
    }

    private static boolean complete(String answer) {
        int headerEnd = answer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return false;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(answer.substring(0, headerEnd));
        return length.find() && answer.length() - headerEnd - 4 >= Integer.parseInt(length.group(1));
    }

    public static JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
