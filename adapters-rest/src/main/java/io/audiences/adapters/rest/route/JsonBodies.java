package io.audiences.adapters.rest.route;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.audiences.adapters.rest.error.ApiException;
import io.audiences.adapters.rest.error.ErrorCode;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;

/**
 * Reads request bodies as the contract wants them: {@code application/json} only, at most
 * {@value #MAX_BYTES} bytes (never reading further), one JSON object with no duplicate keys.
 */
public final class JsonBodies {

    public static final int MAX_BYTES = 64 * 1024;

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBodies() {
    }

    /** @throws ApiException 415 unless {@code contentType} is {@code application/json}, with any parameters */
    public static void requireJson(String contentType) {
        if (contentType == null || !isJson(contentType)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json");
        }
    }

    private static boolean isJson(String contentType) {
        try {
            return MediaType.APPLICATION_JSON_TYPE.isCompatible(MediaType.valueOf(contentType))
                    && !MediaType.valueOf(contentType).isWildcardType()
                    && !MediaType.valueOf(contentType).isWildcardSubtype();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /**
     * Reads one JSON object.
     *
     * @throws ApiException 413 past {@value #MAX_BYTES} bytes, 400 for anything but one well-formed JSON object
     */
    public static ObjectNode readObject(InputStream body) {
        return parse(readAtMostLimit(body));
    }

    /** {@link #requireJson}, then {@link #readObject}: a body that must be a JSON object. */
    public static ObjectNode readObject(String contentType, InputStream body) {
        requireJson(contentType);
        return readObject(body);
    }

    /**
     * Reads one JSON object if a body was sent; none at all, or JSON {@code null} (what generated
     * clients send for an optional body left out), is none. Anything else is checked as
     * {@link #requireJson} and {@link #readObject} check it.
     */
    public static Optional<ObjectNode> readOptionalObject(String contentType, InputStream body) {
        byte[] bytes = readAtMostLimit(body);
        if (bytes.length == 0) {
            return Optional.empty();
        }
        requireJson(contentType);
        JsonNode node = parseAny(bytes);
        return node.isNull() ? Optional.empty() : Optional.of(object(node));
    }

    private static ObjectNode parse(byte[] bytes) {
        return object(parseAny(bytes));
    }

    private static JsonNode parseAny(byte[] bytes) {
        try {
            JsonNode node = STRICT.readTree(utf8(bytes));
            if (node == null) {
                throw new ApiException(ErrorCode.VALIDATION_ERROR, "body: must be one JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "body: must be one well-formed JSON object" + reason(e));
        }
    }

    /**
     * What a body that could not be read is answered: 408 once the request's deadline passed, 400
     * when the client stopped sending or its encoding is broken; any other runtime failure as it is.
     */
    public static RuntimeException unreadable(Exception e) {
        if (e instanceof IOException) {
            if (isDeadline(e)) {
                return new ApiException(ErrorCode.REQUEST_TIMEOUT, "the body did not arrive within the request's deadline");
            }
            // The client stopped sending before the body was complete.
            return new ApiException(ErrorCode.VALIDATION_ERROR, "body: could not be read to its end");
        }
        if (e.getCause() instanceof ZipException) {
            return new ApiException(ErrorCode.VALIDATION_ERROR, "body: could not be decoded as its Content-Encoding says");
        }
        return (RuntimeException) e;
    }

    /** The strict parser of request bodies: no duplicate keys, nothing after the value. */
    public static ObjectMapper strict() {
        return STRICT;
    }

    /** Whether a read failed because the server's deadline for the request passed (a timeout among its causes). */
    private static boolean isDeadline(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode object(JsonNode node) {
        if (!node.isObject()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "body: must be one JSON object");
        }
        return (ObjectNode) node;
    }

    private static byte[] readAtMostLimit(InputStream body) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "the body may be at most " + MAX_BYTES + " bytes");
        }
        return bytes;
    }

    /**
     * The body as text, if it is UTF-8: Jackson's own decoder lets overlong forms through
     * ({@code C0 AF} for {@code /}), which could smuggle characters past a check on bytes.
     */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "body: must be UTF-8");
        }
    }

    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field")) {
            return " (" + message.replaceAll("[\\p{Cc}]", "?") + ")";
        }
        return "";
    }
}
