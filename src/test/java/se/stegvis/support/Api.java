package se.stegvis.support;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.util.Map;

/** A small blocking JSON client for HTTP tests: every call answers status and body, errors included. */
public final class Api {
    private final HttpClient client;
    private final JsonMapper json;

    public Api(HttpClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    /** A response: status code and the body as JSON (a map or a list), null when empty. */
    public record Reply(int status, String body, Object json) {
        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            return (Map<String, Object>) json;
        }

        @SuppressWarnings("unchecked")
        public java.util.List<Map<String, Object>> list() {
            return (java.util.List<Map<String, Object>>) json;
        }
    }

    public Reply get(String path, Fixtures.StaffLogin as) {
        return send(HttpRequest.GET(path), as);
    }

    public Reply post(String path, Object body, Fixtures.StaffLogin as) {
        return send(HttpRequest.POST(path, body == null ? Map.of() : body), as);
    }

    public Reply put(String path, Object body, Fixtures.StaffLogin as) {
        return send(HttpRequest.PUT(path, body), as);
    }

    public Reply send(MutableHttpRequest<?> request, Fixtures.StaffLogin as) {
        if (as != null) {
            request.bearerAuth(as.accessToken());
        }
        try {
            HttpResponse<String> r = client.toBlocking().exchange(request, String.class);
            return reply(r.getStatus().getCode(), r.getBody().orElse(null));
        } catch (HttpClientResponseException e) {
            return reply(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(null));
        }
    }

    private Reply reply(int status, String body) {
        try {
            return new Reply(status, body, body == null || body.isBlank() ? null : json.readValue(body, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
