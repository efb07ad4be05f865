package se.stegvis.participant;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.support.EmbeddedH2;
import se.stegvis.support.Fixtures;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The background history's table and statements run on the embedded H2 (MySQL mode) as on MariaDB. */
class BackgroundHistoryH2Test {
    static ApplicationContext context;

    @BeforeAll
    static void startOnH2() {
        context = EmbeddedH2.start("background-history");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void correctionsAreKeptAndReadNewestFirstOnH2() {
        TeamService teams = context.getBean(TeamService.class);
        UUID association = teams.createAssociation("Samordningsförbundet Västra Mälardalen");
        TeamView team = teams.createTeam(association, "Samverkansteam Köping", "Köping", List.of("Köping"),
                List.of("WORK"), 2);
        StaffView coach = context.getBean(StaffService.class).create(association, "coach-" + UUID.randomUUID(),
                "Åsa Öberg", Role.COACH, Fixtures.PASSWORD, null, List.of(team.id()));
        Fixtures.StaffLogin login = new Fixtures.StaffLogin(coach, "-", "-");
        Actor actor = ParticipantFixtures.actor(login);
        ParticipantService participants = context.getBean(ParticipantService.class);
        ParticipantView p = context.getBean(ParticipantFixtures.class).aParticipant().woman().enrolledDaysAgo(10)
                .createdIn(team, login);
        ParticipantDetails d = p.details();

        ParticipantView first = participants.update(actor, p.id(), new ParticipantDetails(d.displayName(), Gender.MAN,
                d.birthYear(), d.education(), d.yearsInSupport(), d.incomeBefore(), d.referrer(), "Kungsör",
                d.preferredLanguage(), d.path()), p.version(), "Fel kommun och kön i remissen");
        participants.update(actor, p.id(), new ParticipantDetails(d.displayName(), Gender.MAN, d.birthYear(),
                d.education(), d.yearsInSupport(), d.incomeBefore(), d.referrer(), "Arboga", d.preferredLanguage(),
                d.path()), first.version(), null);

        assertThat(participants.backgroundHistory(actor, p.id()))
                .extracting(BackgroundChangeView::field, BackgroundChangeView::oldValue, BackgroundChangeView::newValue,
                        BackgroundChangeView::changedByName, BackgroundChangeView::reason)
                .containsExactly(tuple("homeMunicipality", "Kungsör", "Arboga", "Åsa Öberg", null),
                        tuple("gender", "WOMAN", "MAN", "Åsa Öberg", "Fel kommun och kön i remissen"),
                        tuple("homeMunicipality", "Avesta", "Kungsör", "Åsa Öberg", "Fel kommun och kön i remissen"));
    }
}
