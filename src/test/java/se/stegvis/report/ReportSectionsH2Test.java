package se.stegvis.report;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.IncomeSource;
import se.stegvis.participant.Outcome;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.security.Role;
import se.stegvis.support.EmbeddedH2;
import se.stegvis.support.Fixtures;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report sections' grouped and streamed statements (answers, screenings, open due items, group
 * statistics) run on the embedded H2 of the demo (MySQL mode) as on MariaDB, where the section tests
 * check the figures. The ORS/SRS section is left to its own tests.
 */
class ReportSectionsH2Test {
    static ApplicationContext context;

    @BeforeAll
    static void startOnH2() {
        context = EmbeddedH2.start("reportsections");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void everySqlFedSectionReadsTwoTeamsOnH2() {
        TeamService teams = context.getBean(TeamService.class);
        UUID association = teams.createAssociation("Samordningsförbundet Västra Mälardalen");
        TeamView a = teams.createTeam(association, "Samverkansteam Köping", "Köping", List.of("Köping"),
                List.of("WORK"), 2);
        TeamView b = teams.createTeam(association, "Samverkansteam Arboga", "Arboga", List.of("Arboga"),
                List.of("WORK"), 2);
        StaffView coach = context.getBean(StaffService.class).create(association, "coach-" + UUID.randomUUID(),
                "Åsa Öberg", Role.COACH, Fixtures.PASSWORD, null, List.of(a.id(), b.id()));
        Fixtures.StaffLogin login = new Fixtures.StaffLogin(coach, "-", "-");
        ParticipantFixtures people = context.getBean(ParticipantFixtures.class);
        LocalDate today = people.today();
        people.aParticipant().woman().born(1990).enrolledOn(today.minusDays(40))
                .exitedOn(today.minusDays(5), IncomeSource.SALARY, Outcome.WORK).createdIn(a, login);
        people.aParticipant().man().born(1980).enrolledOn(today.minusDays(10)).createdIn(b, login);
        ReportRequest request = new ReportRequest(association, List.of(a.id(), b.id()),
                new ReportPeriod(today.minusDays(60), today, "h2"), ReportSettings.DEFAULTS);

        for (SectionSource source : context.getBeansOfType(SectionSource.class)) {
            if (source.key().equals("fit")) {
                continue;
            }
            Map<UUID, RawSection> raw = source.raw(request);
            assertThat(raw).as(source.key()).containsOnlyKeys(a.id(), b.id());
        }
    }
}
