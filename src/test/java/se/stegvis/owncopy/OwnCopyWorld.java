package se.stegvis.owncopy;

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
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A participant with something in every table that holds data about a person: created, invited, logged in and
 * screened through the real API and services; answers, FIT and group rows as SQL fixtures (their own features'
 * tests cover how they are made). Every free text carries the participant's marker, so a copy that leaks
 * another person's rows is caught.
 */
@Singleton
class OwnCopyWorld {
    private final ConnectionOperations<Connection> connections;
    private final SqlReads sql;
    private final JsonMapper json;
    private final InstrumentService instruments;
    private final SessionService sessions;
    private final ParticipantFixtures people;

    OwnCopyWorld(ConnectionOperations<Connection> connections, SqlReads sql, JsonMapper json,
                 InstrumentService instruments, SessionService sessions, ParticipantFixtures people) {
        this.connections = connections;
        this.sql = sql;
        this.json = json;
        this.instruments = instruments;
        this.sessions = sessions;
        this.people = people;
    }

    record Reply(int status, String body, @Nullable Object json, Map<String, String> headers) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map() {
            return (Map<String, Object>) json;
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries(String sectionKey) {
            return ((List<Map<String, Object>>) map().get("sections")).stream()
                    .filter(s -> sectionKey.equals(s.get("key"))).findFirst()
                    .map(s -> (List<Map<String, Object>>) s.get("entries"))
                    .orElseThrow(() -> new AssertionError("no section " + sectionKey + " in " + body));
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sections() {
            return (List<Map<String, Object>>) map().get("sections");
        }
    }

    /** A participant seeded in every table, with {@code marker} in their name and every free text. */
    ParticipantView seeded(HttpClient client, TeamView team, StaffLogin coach, String marker,
                           Map<String, Object> screeningAnswers) {
        ParticipantView p = people.aParticipant().named("Deltagare " + marker).enrolledDaysAgo(30).createdIn(team, coach);
        String id = p.id().toString();

        assertStatus(201, exchange(client, HttpRequest.POST("/api/participants/" + id + "/invitations", Map.of())
                .bearerAuth(coach.accessToken())), "invitation");
        String token = sessions.startParticipantSession(p.id()).token();
        assertStatus(201, exchange(client, HttpRequest.POST("/api/participant/screening/responses",
                        screening(team.associationId(), screeningAnswers)).contentType(MediaType.APPLICATION_JSON_TYPE)
                .bearerAuth(token).header(IdempotencyService.HEADER, UUID.randomUUID().toString())), "screening");
        assertStatus(200, exchange(client, HttpRequest.GET("/api/participants/" + id).bearerAuth(coach.accessToken())),
                "staff read");

        rowsEverywhere(this::execute, instruments, team, coach.id(), p, marker);
        return p;
    }

    /** Writes one statement (MariaDB through the test's pool, or H2 in {@link OwnCopyH2Test}). */
    @FunctionalInterface
    interface Sql {
        void execute(String statement, Object... params);
    }

    /**
     * The SQL fixtures: an outcome, a corrected background variable, an identified answer and a due item, a FIT session with attendance, rating (with the
     * report's copies of it) and alert, a startup group with booking, attendance and enrolment, the sign-up counter, a calendar token and
     * interest in a proposal; every free text carries {@code marker}.
     */
    static void rowsEverywhere(Sql sql, InstrumentService instruments, TeamView team, UUID coachId, ParticipantView p,
                               String marker) {
        String id = p.id().toString();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.toLocalDate();
        String staff = coachId.toString();
        String teamId = team.id().toString();
        sql.execute("INSERT INTO participant_outcome (participant_id, outcome) VALUES (?, 'STUDIES')", id);
        sql.execute("INSERT INTO participant_background_change (id, participant_id, field, old_value, new_value, "
                + "changed_by, changed_at, participant_version, reason) VALUES (?, ?, 'gender', 'WOMAN', 'OTHER_UNKNOWN', ?, ?, "
                + "1, ?)", uuid(), id, staff, now, "Rättelse " + marker);
        UUID exitFeedback = instruments.current(team.associationId(), "EXIT_FEEDBACK").versionId();
        sql.execute("INSERT INTO identified_response (id, participant_id, team_id, instrument_version_id, instrument_code, "
                + "answers, score, submitted_at) VALUES (?, ?, ?, ?, 'EXIT_FEEDBACK', ?, NULL, ?)",
                uuid(), id, teamId, exitFeedback.toString(), "{\"most_useful\":\"Svar " + marker + "\"}", now);
        sql.execute("INSERT INTO due_item (id, participant_id, instrument_code, due_date, reason, requested_by, answered, "
                + "answered_on) VALUES (?, ?, 'ORS', ?, 'COACH_REQUEST', ?, FALSE, NULL)", uuid(), id, today, staff);

        String fitSession = uuid();
        UUID ors = instruments.current(team.associationId(), "ORS").versionId();
        sql.execute("INSERT INTO fit_session (id, team_id, association_id, kind, held_on, coach_id, title, created_at, "
                + "created_by, code) VALUES (?, ?, ?, 'INDIVIDUAL', ?, ?, ?, ?, ?, NULL)", fitSession, teamId,
                team.associationId().toString(), today.minusDays(1), staff, "Samtal " + marker, now, staff);
        sql.execute("INSERT INTO fit_attendance (id, session_id, participant_id, ors_due_item_id, srs_due_item_id) "
                + "VALUES (?, ?, ?, NULL, NULL)", uuid(), fitSession, id);
        sql.execute("INSERT INTO fit_rating (id, session_id, participant_id, team_id, instrument_code, instrument_version_id, "
                + "response_id, item_1, item_2, item_3, item_4, total, source, entered_by, recorded_at) "
                + "VALUES (?, ?, ?, ?, 'ORS', ?, NULL, 4.5, 5, 6, 7, 22.5, 'PAPER', ?, ?)", uuid(), fitSession, id, teamId,
                ors.toString(), staff, now);
        sql.execute("INSERT INTO fit_counted_rating (association_id, held_on, participant_id, session_id, instrument_code, "
                + "created_at, team_id, total) VALUES (?, ?, ?, ?, 'ORS', ?, ?, 22.5)", team.associationId().toString(),
                today.minusDays(1), id, fitSession, now, teamId);
        sql.execute("INSERT INTO fit_first_ors (participant_id, session_id, held_on, created_at, total) "
                + "VALUES (?, ?, ?, ?, 22.5)", id, fitSession, today.minusDays(1), now);
        sql.execute("INSERT INTO fit_year_figure (association_id, year_held, participant_id, lo_team, hi_team, srs_sum, "
                + "srs_n, latest_total, latest_session, latest_on, first_total, first_session, team_id, gender, "
                + "birth_year) "
                + "SELECT ?, ?, p.id, ?, ?, 0, 0, 22.5, ?, ?, 22.5, ?, p.team_id, p.gender, p.birth_year "
                + "FROM participant p WHERE p.id = ?", team.associationId().toString(), today.minusDays(1).getYear(),
                teamId, teamId, fitSession, today.minusDays(1), fitSession, id);
        sql.execute("INSERT INTO fit_alert (id, participant_id, team_id, session_id, kind, detail, raised_at, acknowledged_at, "
                + "acknowledged_by, note) VALUES (?, ?, ?, ?, 'LOW_SRS', NULL, ?, ?, ?, ?)", uuid(), id, teamId,
                fitSession, now, now, staff, "Anteckning " + marker);

        String activity = uuid();
        sql.execute("INSERT INTO group_activity (id, team_id, type, title_sv, title_en, title_ar, description_sv, "
                + "description_en, description_ar, place, capacity, signup_opens, signup_closes, booking_seq, created_by, "
                + "created_at, updated_at) VALUES (?, ?, 'STARTUP_GROUP', ?, ?, NULL, NULL, NULL, NULL, 'Rummet', 8, NULL, "
                + "NULL, 1, ?, ?, ?)", activity, teamId, "Startgrupp " + marker, "Startup group " + marker, staff, now, now);
        String groupSession = uuid();
        sql.execute("INSERT INTO group_session (id, activity_id, session_date, start_time, end_time) "
                + "VALUES (?, ?, ?, '10:00:00', '12:00:00')", groupSession, activity, today.minusDays(2));
        sql.execute("INSERT INTO group_booking (id, activity_id, participant_id, status, seq, booked_at, promoted_at, "
                + "promotion_seen, passed_over_at) VALUES (?, ?, ?, 'BOOKED', 1, ?, NULL, FALSE, NULL)", uuid(), activity,
                id, now);
        sql.execute("INSERT INTO group_attendance (session_id, participant_id, marked_by, marked_at) VALUES (?, ?, ?, ?)",
                groupSession, id, staff, now);
        sql.execute("INSERT INTO group_startup_enrolment (participant_id, activity_id, enrolled_by, enrolled_at) "
                + "VALUES (?, ?, ?, ?)", id, activity, staff, now);
        sql.execute("INSERT INTO group_participant_lock (participant_id, sign_ups) VALUES (?, 1)", id);
        sql.execute("INSERT INTO group_calendar_token (participant_id, token_hash, language) VALUES (?, ?, 'sv')", id,
                "hash-" + marker + "-".repeat(20));
        String proposal = uuid();
        sql.execute("INSERT INTO group_proposal (id, team_id, type, title_sv, title_en, title_ar, threshold, activity_id, "
                + "created_by, created_at) VALUES (?, ?, 'FOREST', ?, NULL, NULL, 6, NULL, ?, ?)", proposal, teamId,
                "Skogspromenad " + marker, staff, now);
        sql.execute("INSERT INTO group_interest (proposal_id, participant_id) VALUES (?, ?)", proposal, id);
    }

    private String screening(UUID associationId, Map<String, Object> answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("versionId", instruments.current(associationId, "VIOLENCE_SCREENING").versionId().toString());
        body.put("answers", answers);
        body.put("declined", false);
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String participantToken(ParticipantView p) {
        return sessions.startParticipantSession(p.id()).token();
    }

    Reply get(HttpClient client, @Nullable String bearer, String path) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (bearer != null) {
            request.bearerAuth(bearer);
        }
        return exchange(client, request);
    }

    Reply exchange(HttpClient client, MutableHttpRequest<?> request) {
        HttpResponse<?> response;
        try {
            response = client.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            response = e.getResponse();
        }
        String body = response.getBody(String.class).orElse(null);
        Map<String, String> headers = new LinkedHashMap<>();
        response.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        Object parsed = null;
        String type = headers.getOrDefault("content-type", "");
        if (body != null && !body.isBlank() && type.contains("json")) {
            try {
                parsed = json.readValue(body, Object.class);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Reply(response.getStatus().getCode(), body, parsed, headers);
    }

    List<Map<String, Object>> rows(String query, Object... params) {
        return sql.rows(query, params);
    }

    long count(String query, Object... params) {
        return sql.count(query, params);
    }

    void execute(String statement, Object... params) {
        connections.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(statement)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void assertStatus(int expected, Reply reply, String what) {
        if (reply.status() != expected) {
            throw new AssertionError(what + ": " + reply.status() + " " + reply.body());
        }
    }

    private static String uuid() {
        return UUID.randomUUID().toString();
    }
}
