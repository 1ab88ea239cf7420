package io.audiences.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The served OpenAPI document, read as data: which responses it documents, and their JSON Schemas. */
final class OpenApiDocument {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;

    OpenApiDocument(String yaml) {
        try {
            this.document = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every documented response as {@code "METHOD path status"}. */
    Set<String> documentedResponses() {
        Set<String> responses = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (operation.getKey().equals("parameters")) {
                    continue;
                }
                operation.getValue().get("responses").fieldNames().forEachRemaining(status ->
                        responses.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + status));
            }
        }
        return responses;
    }

    /** The documented response, its {@code $ref} resolved; {@code null} if undocumented. */
    JsonNode response(String method, String path, int status) {
        JsonNode response = document.path("paths").path(path).path(method.toLowerCase()).path("responses")
                .path(Integer.toString(status));
        if (response.isMissingNode()) {
            return null;
        }
        return response.has("$ref") ? resolve(response.get("$ref").asText()) : response;
    }

    /** The problems of {@code body} against the documented response's JSON schema; empty when it conforms. */
    Set<String> violations(JsonNode response, JsonNode body) {
        JsonNode schema = response.path("content").path("application/json").path("schema");
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", rewriteRefs(document.path("components").path("schemas")));
        rewriteRefs(schema).properties().forEach(field -> root.set(field.getKey(), field.getValue()));
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        return validator.validate(body).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /** The headers a documented response promises. */
    /** The headers a response promises: all it documents but those marked {@code required: false} (sent only at times). */
    Set<String> headers(JsonNode response) {
        Set<String> names = new LinkedHashSet<>();
        response.path("headers").properties().forEach(header -> {
            JsonNode definition = header.getValue().has("$ref") ? resolve(header.getValue().get("$ref").asText()) : header.getValue();
            if (!definition.path("required").isBoolean() || definition.path("required").asBoolean()) {
                names.add(header.getKey());
            }
        });
        return names;
    }

    private JsonNode resolve(String ref) {
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part);
        }
        return node;
    }

    private static JsonNode rewriteRefs(JsonNode node) {
        try {
            return JSON.readTree(JSON.writeValueAsString(node).replace("#/components/schemas/", "#/$defs/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
