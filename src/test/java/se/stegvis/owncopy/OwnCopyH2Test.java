package se.stegvis.owncopy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.participant.InvitationService;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.security.SessionService;
import se.stegvis.security.SubjectKind;
import se.stegvis.shared.Messages;
import se.stegvis.support.EmbeddedH2;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import io.micronaut.data.connection.ConnectionOperations;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The own copy's statements run on the embedded H2 (MySQL mode) of the demo as on MariaDB: every section's read,
 * the column labels turned into the same field names, dates and times, Swedish and Arabic text.
 */
class OwnCopyH2Test {
    static ApplicationContext context;

    @BeforeAll
    static void startOnH2() {
        context = EmbeddedH2.start("owncopy");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theCopyIsPutTogetherOnH2WithTheSameFields() throws IOException {
        EmbeddedH2.CoachedTeam world = EmbeddedH2.coachedTeam(context, "Köping");
        TeamView team = world.team();
        Fixtures.StaffLogin login = world.coach();
        ParticipantView p = context.getBean(ParticipantFixtures.class).aParticipant().named("ليلى Åkesson")
                .enrolledDaysAgo(20).createdIn(team, login);
        OwnCopyWorld.rowsEverywhere(OwnCopyH2Test::execute, context.getBean(InstrumentService.class), team, login.id(),
                p, "Öland");
        context.getBean(InvitationService.class).create(ParticipantFixtures.actor(login),
                p.id());
        UUID phone = context.getBean(SessionService.class).startParticipantSession(p.id()).sessionId();

        OwnCopyService copies = context.getBean(OwnCopyService.class);
        OwnCopy staffCopy = copies.forStaff(new Actor(SubjectKind.STAFF, login.id(), Role.COACH, UUID.randomUUID()),
                p.id(), Locale.forLanguageTag("ar"), "json");
        OwnCopy own = copies.forParticipant(new Actor(SubjectKind.PARTICIPANT, p.id(), Role.PARTICIPANT, phone), "html");

        for (OwnCopy copy : List.of(staffCopy, own)) {
            assertThat(copy.sections()).extracting(OwnCopy.Section::key).containsExactlyElementsOf(OwnCopyService.ORDER);
            assertThat(copy.sections()).filteredOn(s -> !s.key().equals("screenings"))
                    .allSatisfy(s -> assertThat(s.entries()).as(s.key()).isNotEmpty());
        }
        Map<String, Object> person = staffCopy.sections().get(0).entries().get(0);
        assertThat(person).containsEntry("displayName", "ليلى Åkesson").containsEntry("team", "Samverkansteam Köping")
                .containsKeys("referralDate", "createdAt");
        assertThat(section(staffCopy, "fitAlerts").get(0)).containsEntry("note", "Anteckning Öland")
                .containsEntry("acknowledgedBy", new OwnCopy.Person("Åsa Öberg", "COACH"));
        assertThat(section(staffCopy, "groupAttendance").get(0)).containsKeys("activity", "sessionDate", "startTime");

        Messages messages = context.getBean(Messages.class);
        String html = OwnCopyHtml.write(staffCopy, new OwnCopyText(messages, staffCopy.locale()));
        assertThat(html).contains("dir=\"rtl\"").contains("ليلى Åkesson").contains("10:00");
        String json = context.getBean(JsonMapper.class).writeValueAsString(
                OwnCopyResponse.from(own, new OwnCopyText(messages, own.locale())));
        assertThat(json).contains("\"sessionDate\":\"").contains("\"startTime\":\"10:00\"")
                .contains("\"note\":\"Anteckning Öland\"");
    }

    static List<Map<String, Object>> section(OwnCopy copy, String key) {
        return copy.sections().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().entries();
    }

    @SuppressWarnings("unchecked")
    static void execute(String statement, Object... params) {
        ConnectionOperations<Connection> connections = context.getBean(ConnectionOperations.class);
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
}
