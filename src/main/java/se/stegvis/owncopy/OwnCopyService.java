package se.stegvis.owncopy;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantView;
import se.stegvis.screening.ScreeningReadService;
import se.stegvis.security.Actor;
import se.stegvis.shared.Messages;
import se.stegvis.shared.PersonalDataSection;
import se.stegvis.shared.PersonalDataSource;
import se.stegvis.shared.Times;
import se.stegvis.team.StaffService;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The participant's own copy (GDPR article 15): every feature's {@link PersonalDataSource} for the person,
 * plus their violence screenings. The participant gets their own in the portal, in their language, with the
 * screenings listed but not their answers (handed over by the coach at a meeting, for their safety). A coach
 * or team lead of the participant's team makes one to hand over (another team's participant: not found);
 * the screening answers are in it when they may read them, read through {@link ScreeningReadService} so the
 * read is audited and marks them read like any other. Every copy is audited as {@link #EXPORTED}, without
 * content.
 */
@Singleton
public class OwnCopyService {
    static final String EXPORTED = "OWN_COPY_EXPORTED";
    static final String SCREENINGS = "screenings";
    /** The order of the sections in the copy; a section not named here comes last. */
    static final List<String> ORDER = List.of("participant", "coaches", "outcomes", "backgroundChanges", "identifiedAnswers", "dueItems",
            SCREENINGS, "fitRatings", "fitCountedRatings", "fitFirstOrs", "fitYearFigures", "fitAttendance", "fitAlerts",
            "groupBookings", "groupAttendance", "groupInterest", "startupEnrolment", "groupSignUps", "calendarFeed",
            "invitations", "loginSessions", "auditEntries");

    private final ParticipantService participants;
    private final ScreeningReadService screenings;
    private final List<PersonalDataSource> sources;
    private final StaffService staff;
    private final TeamService teams;
    private final AuditService audit;
    private final Messages messages;
    private final Clock clock;

    OwnCopyService(ParticipantService participants, ScreeningReadService screenings, List<PersonalDataSource> sources,
                   StaffService staff, TeamService teams, AuditService audit, Messages messages, Clock clock) {
        this.participants = participants;
        this.screenings = screenings;
        this.sources = sources;
        this.staff = staff;
        this.teams = teams;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** A coach's or team lead's copy of a participant of their team, in {@code locale}; otherwise not found. */
    @Transactional
    public OwnCopy forStaff(Actor actor, UUID participantId, Locale locale, String format) {
        ParticipantView p = participants.accessibleView(actor, participantId);
        Locale l = messages.supported(locale);
        OwnCopy.Section screening = screenings.mayRead(actor, p.id()) ? withAnswers(actor, p.id(), l)
                : withoutAnswers(p.id(), "owncopy.screening.not-allowed");
        return gathered(actor, p, l, OwnCopy.Audience.STAFF, screening, format);
    }

    /** The logged-in participant's own copy, in their preferred language, without screening answers. */
    @Transactional
    public OwnCopy forParticipant(Actor actor, String format) {
        ParticipantView p = participants.own(actor);
        Locale l = messages.supported(Locale.forLanguageTag(p.details().preferredLanguage()));
        return gathered(actor, p, l, OwnCopy.Audience.PARTICIPANT,
                withoutAnswers(p.id(), "owncopy.screening.portal"), format);
    }

    private OwnCopy gathered(Actor actor, ParticipantView p, Locale locale, OwnCopy.Audience audience,
                             OwnCopy.Section screening, String format) {
        List<OwnCopy.Section> sections = new ArrayList<>();
        sections.add(screening);
        Map<UUID, OwnCopy.Person> names = new HashMap<>();
        for (PersonalDataSource source : sources) {
            for (PersonalDataSection s : source.sectionsOf(p.id(), locale)) {
                sections.add(new OwnCopy.Section(s.key(), s.table(),
                        s.entries().stream().map(e -> named(e, names, p)).toList(),
                        s.key().equals("auditEntries") ? "owncopy.audit.about" : null));
            }
        }
        sections.sort(Comparator.comparingInt(s -> ORDER.contains(s.key()) ? ORDER.indexOf(s.key()) : ORDER.size()));
        String team = teams.find(p.teamId()).map(TeamView::name).orElse(null);
        OwnCopy copy = new OwnCopy(p.id(), p.details().displayName(), team, locale, audience, Times.nowUtc(clock),
                List.copyOf(sections));
        audit.record(actor, EXPORTED, p.teamId(), p.id(), "format=" + format);
        return copy;
    }

    private OwnCopy.Section withAnswers(Actor actor, UUID participantId, Locale locale) {
        List<Map<String, Object>> entries = new ArrayList<>();
        List<ScreeningReadService.Screening> newestFirst = new ArrayList<>(screenings.ofParticipant(actor, participantId));
        Collections.reverse(newestFirst);
        for (ScreeningReadService.Screening s : newestFirst) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("submittedAt", s.submittedAt());
            entry.put("declined", s.declined());
            entry.put("urgent", s.urgent());
            entry.put("answers", s.answers().stream().map(a -> {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("question", a.text().in(locale));
                answer.put("answer", a.answer());
                return answer;
            }).toList());
            entries.add(entry);
        }
        return new OwnCopy.Section(SCREENINGS, "screening_response", entries, "owncopy.screening.staff");
    }

    private OwnCopy.Section withoutAnswers(UUID participantId, String noteKey) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ScreeningReadService.Held h : screenings.heldAbout(participantId)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("submittedAt", h.submittedAt());
            entry.put("declined", h.declined());
            entries.add(entry);
        }
        return new OwnCopy.Section(SCREENINGS, "screening_response", entries, noteKey);
    }

    /** The entry with every staff id turned into the member's name and role, nested answers included. */
    private Map<String, Object> named(Map<String, Object> entry, Map<UUID, OwnCopy.Person> names, ParticipantView p) {
        Map<String, Object> result = new LinkedHashMap<>();
        entry.forEach((k, v) -> result.put(k, named(v, names, p)));
        return result;
    }

    @SuppressWarnings("unchecked")
    private Object named(@Nullable Object value, Map<UUID, OwnCopy.Person> names, ParticipantView p) {
        if (value instanceof PersonalDataSection.ParticipantRef ref) {
            return new OwnCopy.Person(ref.self() ? p.details().displayName() : null, "PARTICIPANT");
        }
        if (value instanceof PersonalDataSection.StaffRef ref) {
            return names.computeIfAbsent(ref.id(), id -> staff.find(id)
                    .map(s -> new OwnCopy.Person(s.displayName(), s.role().name()))
                    .orElse(new OwnCopy.Person(null, null)));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> v instanceof Map<?, ?> m ? named((Map<String, Object>) m, names, p)
                    : named(v, names, p)).toList();
        }
        return value;
    }
}
