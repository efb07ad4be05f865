package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.ConnectionOperations;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test helpers of the answering feature: submitting over HTTP and reading rows back with plain SQL. */
@Singleton
class AnswerWorld {
    private final ConnectionOperations<Connection> connections;
    private final JsonMapper json;
    private final InstrumentService instruments;

    AnswerWorld(ConnectionOperations<Connection> connections, JsonMapper json, InstrumentService instruments) {
        this.connections = connections;
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
        return connections.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getObject(i));
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
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
