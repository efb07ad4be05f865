package se.stegvis.screening;

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
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.shared.IdempotencyService;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test helpers of the screening: submitting and reading over HTTP, and raw rows with plain JDBC. */
@Singleton
public class ScreeningWorld {
    static final String SUBMIT = "/api/participant/screening/responses";
    /** Exposed, going on now, wants support: urgent. */
    static final Map<String, Object> URGENT = answers("YES", "YES", "DECLINED", "YES", "NO", "YES", "YES");
    /** Exposed once, nothing now. */
    static final Map<String, Object> CALM = answers("YES", "NO", "NO", "NO", "NO", "NO", "NO");

    private final SqlReads sqlReads;
    private final JsonMapper json;
    private final InstrumentService instruments;
    private final SessionService sessions;

    ScreeningWorld(SqlReads sqlReads, JsonMapper json, InstrumentService instruments,
                   SessionService sessions) {
        this.sqlReads = sqlReads;
        this.json = json;
        this.instruments = instruments;
        this.sessions = sessions;
    }

    record Reply(int status, String body, Object json, @Nullable String cacheControl) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) json;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list() {
            return (List<Map<String, Object>>) json;
        }
    }

    /** The screening's seven answers in item order (YES/NO/DECLINED each). */
    public static Map<String, Object> answers(String threats, String physical, String sexual, String ongoing,
                                              String usesViolence, String children, String wantsSupport) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("exposed_threats_control", threats);
        a.put("exposed_physical", physical);
        a.put("exposed_sexual", sexual);
        a.put("ongoing", ongoing);
        a.put("uses_violence", usesViolence);
        a.put("children_witness", children);
        a.put("wants_support_now", wantsSupport);
        return a;
    }

    UUID version(UUID associationId) {
        return instruments.current(associationId, ScreeningItems.CODE).versionId();
    }

    String token(ParticipantView p) {
        return sessions.startParticipantSession(p.id()).token();
    }

    String body(UUID versionId, @Nullable Map<String, ?> answers, boolean declined) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("versionId", versionId.toString());
        body.put("answers", answers);
        body.put("declined", declined);
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Reply submit(HttpClient client, String token, String key, String body) {
        return exchange(client, HttpRequest.POST(SUBMIT, body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(token).header(IdempotencyService.HEADER, key));
    }

    Reply answer(HttpClient client, ParticipantView p, UUID associationId, Map<String, ?> answers) {
        return submit(client, token(p), UUID.randomUUID().toString(), body(version(associationId), answers, false));
    }

    Reply get(HttpClient client, String bearer, String path) {
        return exchange(client, HttpRequest.GET(path).bearerAuth(bearer));
    }

    Reply put(HttpClient client, String bearer, String path, Object body) {
        return exchange(client, HttpRequest.PUT(path, body).bearerAuth(bearer));
    }

    Reply exchange(HttpClient client, MutableHttpRequest<?> request) {
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        String body = response.getBody(String.class).orElse(null);
        try {
            return new Reply(response.getStatus().getCode(), body,
                    body == null || body.isBlank() ? null : json.readValue(body, Object.class),
                    response.getHeaders().get("Cache-Control"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Map<String, Object>> rows(String sql, Object... params) {
        return sqlReads.rows(sql, params);
    }

    int execute(String sql, Object... params) {
        return sqlReads.execute(sql, params);
    }

    long count(String sql, Object... params) {
        return ((Number) rows(sql, params).get(0).values().iterator().next()).longValue();
    }
}
