package se.stegvis.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;
import se.stegvis.shared.IdempotencyService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A plain JDK HTTP client for the group tests: any bearer (staff or participant), any method, status and body. */
@Singleton
class GroupHttp {
    private final EmbeddedServer server;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    GroupHttp(EmbeddedServer server, JsonMapper json) {
        this.server = server;
        this.json = json;
    }

    record Reply(int status, String body, @Nullable String contentType) {
    }

    HttpRequest request(String method, String path, @Nullable Object body, String bearer, @Nullable String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", bearer.startsWith("Bearer ") ? bearer : "Bearer " + bearer)
                .header("Content-Type", "application/json");
        if (key != null) {
            b.header(IdempotencyService.HEADER, key);
        }
        String text = body == null ? null : body instanceof String s ? s : write(body);
        return b.method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(text)).build();
    }

    Reply send(String method, String path, @Nullable Object body, String bearer) {
        return send(request(method, path, body, bearer, null));
    }

    /** A participant's sign-up with a fresh Idempotency-Key. */
    Reply signUp(UUID activityId, String bearer) {
        return send(request("POST", "/api/participant/activities/" + activityId + "/booking", null, bearer,
                UUID.randomUUID().toString()));
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient client() {
        return http;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(Reply r) {
        return read(r.body(), Map.class);
    }

    List<Map<String, Object>> list(Reply r) {
        try {
            return json.readValue(r.body(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
