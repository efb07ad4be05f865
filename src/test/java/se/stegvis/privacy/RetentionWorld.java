package se.stegvis.privacy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.stegvis.fit.FitTestData;
import se.stegvis.group.GroupFixtures;
import se.stegvis.participant.InvitationService;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantDetails;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.report.Report;
import se.stegvis.report.ReportPeriod;
import se.stegvis.report.ReportRequest;
import se.stegvis.report.ReportService;
import se.stegvis.report.ReportSettings;
import se.stegvis.report.SectionSource;
import se.stegvis.report.SectionWorld;
import se.stegvis.screening.ScreeningWorld;
import se.stegvis.security.SessionService;
import se.stegvis.support.Api;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test helpers of retention and erasure: a participant with a row in every table that holds something about a
 * person, and every report section's figures, raw and published, as one comparable text.
 */
@Singleton
class RetentionWorld {
    /** Every table with a row about one participant, and the column that names them. */
    static final Map<String, String> PERSONAL_TABLES = personalTables();

    private final ParticipantFixtures people;
    private final ParticipantService participants;
    private final FitTestData fit;
    private final GroupFixtures groups;
    private final SectionWorld world;
    private final SessionService sessions;
    private final InvitationService invitations;
    private final ReportService reports;
    private final List<SectionSource> sources;
    private final SqlReads sql;
    private final JsonMapper json;
    private final Api api;

    RetentionWorld(ParticipantFixtures people, ParticipantService participants, FitTestData fit, GroupFixtures groups, SectionWorld world,
                   SessionService sessions, InvitationService invitations, ReportService reports,
                   List<SectionSource> sources, SqlReads sql, JsonMapper json, @Client("/") HttpClient client) {
        this.people = people;
        this.participants = participants;
        this.fit = fit;
        this.groups = groups;
        this.world = world;
        this.sessions = sessions;
        this.invitations = invitations;
        this.reports = reports;
        this.sources = sources;
        this.sql = sql;
        this.json = json;
        this.api = new Api(client, json);
    }

    private static Map<String, String> personalTables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("participant", "id");
        for (String table : Anonymiser.MOVED) {
            t.put(table, "participant_id");
        }
        for (String table : Anonymiser.DELETED) {
            t.put(table, "participant_id");
        }
        t.put("auth_session", "subject_id");
        return t;
    }

    /**
     * A participant enrolled 200 days ago, with a corrected birth year, FIT sessions and an alert, a group seat and attendance, group
     * feedback with a comment, a violence screening, interest in a proposal, a startup group, a calendar link,
     * an invitation and a portal session; exited {@code exitDaysAgo} days ago with exit feedback in free text
     * (null: still enrolled, no exit).
     */
    ParticipantView everything(TeamView team, StaffLogin coach, String name, boolean woman, Integer exitDaysAgo,
                               UUID activity) {
        LocalDate today = people.today();
        ParticipantFixtures.Builder b = people.aParticipant().named(name).born(1985).enrolledDaysAgo(200);
        ParticipantView created = (woman ? b.woman() : b.man()).createdIn(team, coach);
        ParticipantDetails d = created.details();
        ParticipantView p = participants.update(ParticipantFixtures.actor(coach), created.id(), new ParticipantDetails(
                d.displayName(), d.gender(), d.birthYear() - 1, d.education(), d.yearsInSupport(), d.incomeBefore(),
                d.referrer(), d.homeMunicipality(), d.preferredLanguage(), d.path()), created.version(),
                "Födelseåret var fel i remissen");
        List<UUID> fitSessions = fit.history(team, coach, p, today.minusDays(14), new double[]{14, 18, 26}, 30.0);
        insertAlert(team, p, fitSessions.get(0));
        groups.book(p, activity);
        world.answer(p, team.associationId(), "GROUP_FEEDBACK", Map.of("content", 4, "leaders", 5, "safety", 5,
                "recommend", woman ? 5 : 3, "comment", "Tack för gruppen, hälsningar " + name));
        world.screen(p, team.associationId(), ScreeningWorld.answers(woman ? "YES" : "NO", "NO", "NO", "NO", "NO", "NO",
                "NO"), false);
        GroupFixtures.MatrixIds startup = groups.matrix(coach, p);
        String token = sessions.startParticipantSession(p.id()).token();
        Api.Reply interest = api.send(HttpRequest.PUT("/api/participant/proposals/" + startup.proposalId() + "/interest", "")
                .bearerAuth(token), null);
        assertThat(interest.status()).as(interest.body()).isEqualTo(200);
        Api.Reply link = api.send(HttpRequest.POST("/api/participant/calendar-link", "").bearerAuth(token), null);
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        invitations.create(ParticipantFixtures.actor(coach), p.id());
        if (exitDaysAgo != null) {
            people.exit(coach, p.id(), today.minusDays(exitDaysAgo), Outcome.WORK);
            world.answer(p, team.associationId(), "EXIT_FEEDBACK", Map.of(
                    "most_satisfied", "Att jag vågade ringa själv, " + name,
                    "team_missing", "Fler träffar på kvällen"));
        }
        return p;
    }

    /** Marks everyone booked on the activity's sessions as present. */
    void allPresent(StaffLogin coach, UUID activity, Collection<ParticipantView> present) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> held = (List<Map<String, Object>>) world.staff("GET", "/api/activities/" + activity,
                null, coach).map().get("sessions");
        for (Map<String, Object> s : held) {
            Api.Reply marked = world.staff("PUT", "/api/activities/" + activity + "/sessions/" + s.get("id")
                    + "/attendance", Map.of("present", present.stream().map(ParticipantView::id).toList()), coach);
            assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        }
    }

    private void insertAlert(TeamView team, ParticipantView p, UUID session) {
        sql.execute("INSERT INTO fit_alert (id, participant_id, team_id, session_id, kind, detail, raised_at, "
                + "acknowledged_at, acknowledged_by, note) VALUES (?, ?, ?, ?, 'LOW_SRS', NULL, NOW(), NOW(), NULL, ?)",
                UUID.randomUUID().toString(), p.id().toString(), team.id().toString(), session.toString(),
                "Pratade om oron hemma med " + p.details().displayName());
    }

    /** Rows per personal table about the participant (by id). */
    Map<String, Long> rowsAbout(UUID participantId) {
        Map<String, Long> rows = new TreeMap<>();
        PERSONAL_TABLES.forEach((table, column) -> rows.put(table,
                sql.count("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", participantId.toString())));
        return rows;
    }

    /**
     * Every report section of the teams for each period: the raw figures (counts and sums before any
     * suppression) and the published report, without the time it was made.
     */
    String figures(StaffLogin coordinator, UUID associationId, List<UUID> teams, List<ReportPeriod> periods) {
        StringBuilder out = new StringBuilder();
        for (ReportPeriod period : periods) {
            out.append("== ").append(period).append('\n');
            for (SectionSource source : sources) {
                var raw = new TreeMap<>(source.raw(new ReportRequest(associationId, teams, period,
                        ReportSettings.DEFAULTS)));
                out.append(source.key()).append(": ").append(describe(raw)).append('\n');
            }
            Report published = reports.build(ParticipantFixtures.actor(coordinator), teams, period);
            try {
                out.append("published: ").append(json.writeValueAsString(published.sections())).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    /** Records, collections, maps and arrays written out by value, so two equal figures read the same. */
    static String describe(Object o) {
        if (o == null) {
            return "null";
        }
        if (o.getClass().isArray()) {
            if (o instanceof Object[] a) {
                List<String> parts = new ArrayList<>();
                for (Object x : a) {
                    parts.add(describe(x));
                }
                return parts.toString();
            }
            if (o instanceof long[] a) {
                return Arrays.toString(a);
            }
            if (o instanceof int[] a) {
                return Arrays.toString(a);
            }
            if (o instanceof double[] a) {
                return Arrays.toString(a);
            }
            return Arrays.deepToString(new Object[]{o});
        }
        if (o instanceof Map<?, ?> m) {
            StringBuilder s = new StringBuilder("{");
            m.forEach((k, v) -> s.append(describe(k)).append('=').append(describe(v)).append(", "));
            return s.append('}').toString();
        }
        if (o instanceof Collection<?> c) {
            return c.stream().map(RetentionWorld::describe).toList().toString();
        }
        if (o instanceof Record r) {
            StringBuilder s = new StringBuilder(r.getClass().getSimpleName()).append('(');
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    s.append(c.getName()).append('=').append(describe(c.getAccessor().invoke(r))).append(", ");
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return s.append(')').toString();
        }
        return o.toString();
    }
}
