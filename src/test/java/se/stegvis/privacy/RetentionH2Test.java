package se.stegvis.privacy;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stegvis.fit.FitTestData;
import se.stegvis.participant.IncomeSource;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.support.EmbeddedH2;
import se.stegvis.support.Fixtures;
import se.stegvis.support.SqlReads;
import se.stegvis.team.TeamView;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention job's hand-written statements on the embedded H2 of the demo (MySQL mode), where the nightly
 * job runs too, through the operators' command {@code apply-retention}.
 */
class RetentionH2Test {
    static final String DATABASE = "retentioncommand";
    static ApplicationContext context;

    @BeforeAll
    static void startOnH2() {
        context = EmbeddedH2.start(DATABASE);
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theCommandAnonymisesAParticipantPastRetentionDeletesEndedLoginRecordsAndPrintsTheCounts() {
        EmbeddedH2.CoachedTeam world = EmbeddedH2.coachedTeam(context, "Sala");
        TeamView team = world.team();
        Fixtures.StaffLogin login = world.coach();
        UUID association = team.associationId();
        ParticipantFixtures people = context.getBean(ParticipantFixtures.class);
        LocalDate today = people.today();
        ParticipantView old = people.aParticipant().named("Gammal Gustafsson").enrolledOn(today.minusDays(400))
                .exitedOn(today.minusDays(300), IncomeSource.SALARY, Outcome.WORK).createdIn(team, login);
        context.getBean(FitTestData.class).history(team, login, old, today.minusDays(310), new double[]{15, 25}, 36.0);
        people.forceExitDate(old.id(), today.minusYears(3));
        ParticipantView current = people.aParticipant().named("Ny Nilsson").enrolledOn(today.minusDays(10))
                .createdIn(team, login);
        SqlReads sql = context.getBean(SqlReads.class);
        String ended = UUID.randomUUID().toString();
        String live = UUID.randomUUID().toString();
        LocalDate longAgo = today.minusDays(40);
        sql.execute("INSERT INTO auth_session (id, subject_kind, subject_id, created_at, expires_at, last_used_at) "
                + "VALUES (?, 'STAFF', ?, ?, ?, ?)", ended, login.id().toString(), longAgo.atStartOfDay(),
                longAgo.plusDays(1).atStartOfDay(), longAgo.atStartOfDay());
        sql.execute("INSERT INTO auth_session (id, subject_kind, subject_id, created_at, expires_at, last_used_at) "
                + "VALUES (?, 'STAFF', ?, ?, ?, ?)", live, login.id().toString(), today.atStartOfDay(),
                today.plusDays(1).atStartOfDay(), today.atStartOfDay());
        sql.execute("INSERT INTO throttle (bucket, window_start, attempts) VALUES ('ip:192.0.2.1', ?, 3)",
                longAgo.atStartOfDay());
        long ratings = sql.count("SELECT COUNT(*) FROM fit_rating WHERE team_id = ?", team.id().toString());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = RetentionCommand.run(EmbeddedH2.builder(DATABASE), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Association " + association)
                .contains("1 anonymised, 0 failed").contains("older than 30 days: 2 deleted");
        assertThat(sql.count("SELECT COUNT(*) FROM auth_session WHERE id IN (?, ?)", ended, live)).as("the live one")
                .isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM auth_session WHERE id = ?", live)).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM participant WHERE id = ?", old.id().toString())).isZero();
        assertThat(sql.count("SELECT COUNT(*) FROM participant WHERE id = ?", current.id().toString())).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM participant WHERE team_id = ? AND anonymised_on IS NOT NULL",
                team.id().toString())).isEqualTo(1);
        assertThat(sql.count("SELECT COUNT(*) FROM fit_rating WHERE team_id = ?", team.id().toString())).isEqualTo(ratings);
        assertThat(context.getBean(se.stegvis.audit.AuditRetention.class)
                .deleteBefore(association, java.time.LocalDateTime.now().plusDays(1))).as("the audit delete runs on H2")
                .isPositive();
    }
}
