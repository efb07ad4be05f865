package se.stegvis.shared;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON for idempotent endpoints, with the app's own mapper: the canonical form of a bound request
 * (so whitespace, key order and map order do not change the fingerprint), a response to store, and
 * the stored response back as an HTTP response. See {@link IdempotencyService} for a usage example.
 */
@Singleton
public class IdempotencyJson {
    private final JsonMapper json;

    IdempotencyJson(JsonMapper json) {
        this.json = json;
    }

    /** The request re-serialised with object keys sorted at every level. */
    public String canonical(Object request) {
        try {
            return json.writeValueAsString(sorted(json.writeValueToTree(request)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response to store: the status and the body as JSON (null for no body). */
    public IdempotencyService.StoredResponse response(int status, Object body) {
        try {
            return new IdempotencyService.StoredResponse(status, body == null ? null : json.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored (or fresh) response as the controller's answer, byte for byte the same on a replay. */
    public static MutableHttpResponse<String> reply(IdempotencyService.StoredResponse response) {
        MutableHttpResponse<String> r = HttpResponse.status(HttpStatus.valueOf(response.status()));
        return response.body() == null ? r : r.contentType(MediaType.APPLICATION_JSON_TYPE).body(response.body());
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.entries()) {
                fields.put(e.getKey(), sorted(e.getValue()));
            }
            return JsonNode.createObjectNode(fields);
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            for (JsonNode item : node.values()) {
                items.add(sorted(item));
            }
            return JsonNode.createArrayNode(items);
        }
        return node;
    }
}
