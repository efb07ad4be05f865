package se.stegvis.response;

import jakarta.inject.Singleton;
import se.stegvis.instrument.InstrumentNotFound;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.Texts;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;
import se.stegvis.security.Actor;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Instruments as a participant gets them: the current version of their association, worded for their team. */
@Singleton
class ParticipantInstruments {
    private final ParticipantService participants;
    private final TeamService teams;
    private final InstrumentService instruments;

    ParticipantInstruments(ParticipantService participants, TeamService teams, InstrumentService instruments) {
        this.participants = participants;
        this.teams = teams;
        this.instruments = instruments;
    }

    record Current(InstrumentVersionView version, String teamShortName) {
    }

    /** The current version of the participant's association for this code; 404 when it has none. */
    Current current(Actor participant, String code) {
        TeamView team = teamOf(participant);
        return new Current(instruments.current(team.associationId(), code), team.shortName());
    }

    /** Titles, worded for the participant's team, of the codes the association has. */
    Map<String, Texts> titles(Actor participant, Collection<String> codes) {
        TeamView team = teamOf(participant);
        Map<String, Texts> titles = new HashMap<>();
        for (String code : codes) {
            try {
                InstrumentVersionView v = instruments.current(team.associationId(), code);
                titles.put(code, Wording.rendered(v.definition().title(), team.shortName()));
            } catch (InstrumentNotFound gone) {
                // a due item whose instrument is no longer the association's: listed without a title
            }
        }
        return titles;
    }

    private TeamView teamOf(Actor participant) {
        ParticipantSummary p = participants.ownSummary(participant);
        return teams.get(p.teamId());
    }
}
