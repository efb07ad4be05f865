package se.stegvis.participant;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.stegvis.security.Actor;
import se.stegvis.support.EmbeddedH2;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

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
        EmbeddedH2.CoachedTeam world = EmbeddedH2.coachedTeam(context, "Köping");
        TeamView team = world.team();
        Fixtures.StaffLogin login = world.coach();
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
