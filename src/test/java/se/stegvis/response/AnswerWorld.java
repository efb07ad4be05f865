package se.stegvis.response;

import se.stegvis.support.SqlReads;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.shared.IdempotencyService;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test helpers of the answering feature: submitting over HTTP and reading rows back with plain SQL. */
@Singleton
class AnswerWorld {
    private final SqlReads sqlReads;
    private final JsonMapper json;
    private final InstrumentService instruments;

    AnswerWorld(SqlReads sqlReads, JsonMapper json, InstrumentService instruments) {
        this.sqlReads = sqlReads;
        this.json = json;
        this.instruments = instruments;
    }

    record Reply(int status, String body, Map<String, Object> json, @Nullable String cacheControl) {
    }

    UUID currentVersion(UUID associationId, String code) {
        return instruments.current(associationId, code).versionId();
    }

    String body(UUID versionId, Map<String, ?> answers) {
        try {
            return json.writeValueAsString(Map.of("versionId", versionId.toString(), "answers", answers));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Reply submit(HttpClient client, String bearerToken, @Nullable String key, String body) {
        MutableHttpRequest<String> request = HttpRequest.POST("/api/participant/responses", body)
                .contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(bearerToken);
        if (key != null) {
            request.header(IdempotencyService.HEADER, key);
        }
        return exchange(client, request);
    }

    Reply get(HttpClient client, String bearerToken, String path) {
        return exchange(client, HttpRequest.GET(path).bearerAuth(bearerToken));
    }

    @SuppressWarnings("unchecked")
    Reply exchange(HttpClient client, MutableHttpRequest<?> request) {
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        String body = response.getBody(String.class).orElse(null);
        try {
            Map<String, Object> parsed = body == null || body.isBlank() || body.startsWith("[") ? Map.of()
                    : json.readValue(body, Map.class);
            return new Reply(response.getStatus().getCode(), body, parsed,
                    response.getHeaders().get("Cache-Control"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Map<String, Object>> rows(String sql, Object... params) {
        return sqlReads.rows(sql, params);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> parse(String jsonText) {
        try {
            return json.readValue(jsonText, Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }
}
