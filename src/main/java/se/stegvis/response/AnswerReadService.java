package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.ItemDefinition;
import se.stegvis.instrument.Texts;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.TimeFactory;
import se.stegvis.team.TeamNotFound;
import se.stegvis.team.TeamService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Reading identified answers: the participant's own history, a participant's answers for their
 * coaches (audited), and part 2 of the exit feedback for the team lead, without names. Anonymous
 * answers are never read here: they belong to aggregate reports only.
 */
@Singleton
public class AnswerReadService {
    static final String RESPONSES_READ = "RESPONSES_READ";
    static final String EXIT_FEEDBACK_READ = "EXIT_FEEDBACK_READ";
    /** The exit feedback form; its part 2 is feedback on the team, read without the participant's name. */
    static final String EXIT_FEEDBACK = "EXIT_FEEDBACK";
    static final int TEAM_FEEDBACK_PART = 2;
    private static final Argument<Map<String, Object>> ANSWERS = Argument.mapOf(String.class, Object.class);

    private final IdentifiedResponseRepository identified;
    private final InstrumentService instruments;
    private final ParticipantService participants;
    private final TeamService teams;
    private final AuditService audit;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AnswerReadService(IdentifiedResponseRepository identified, InstrumentService instruments,
                      ParticipantService participants, TeamService teams, AuditService audit, JsonMapper json,
                      Clock clock) {
        this.identified = identified;
        this.instruments = instruments;
        this.participants = participants;
        this.teams = teams;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** One answered item: its key, the part it belongs to, its text in sv/en/ar, and the answer. */
    public record AnsweredItem(String key, @Nullable Integer part, Texts text, Object answer) {
    }

    /** An identified answer set with its instrument's title and, when wanted, the answered items. */
    public record Answer(UUID id, String instrumentCode, int version, Texts title, @Nullable BigDecimal score,
                         LocalDateTime submittedAt, List<AnsweredItem> items) {
    }

    /** Part 2 of one exit feedback form: the month and the answers, nothing about who wrote them. */
    public record TeamFeedback(YearMonth month, List<AnsweredItem> items) {
    }

    /** The participant's own identified answers, newest first, without the items. */
    public List<Answer> own(Actor participant) {
        ParticipantSummary p = participants.ownSummary(participant);
        String team = teams.get(p.teamId()).shortName();
        return identified.findByParticipantIdOrderBySubmittedAtDesc(p.id()).stream()
                .map(r -> answer(r, team, false)).toList();
    }

    /**
     * A participant's identified answers with the item texts, for a coach or team lead of their team
     * (404 for anyone else); audited. Part 2 of the exit feedback is left out: it is feedback on the
     * team and is read without the participant's name ({@link #exitFeedback}).
     */
    @Transactional
    public List<Answer> ofParticipant(Actor staff, UUID participantId) {
        ParticipantView p = participants.accessibleView(staff, participantId);
        audit.record(staff, RESPONSES_READ, p.teamId(), p.id());
        String team = teams.get(p.teamId()).shortName();
        return identified.findByParticipantIdOrderBySubmittedAtDesc(p.id()).stream()
                .map(r -> answer(r, team, true)).toList();
    }

    /**
     * Part 2 of the team's exit feedback forms handed in from {@code from} to {@code to} (YYYY-MM,
     * inclusive; default the last twelve months), for a team lead of the team; audited as a team-level
     * read. No ids, no names, no dates finer than the month; shuffled within each month so the order
     * tells nothing about who answered first.
     */
    @Transactional
    public List<TeamFeedback> exitFeedback(Actor staff, UUID teamId, @Nullable String from, @Nullable String to) {
        if (!staff.isStaff() || !staff.has(Role.TEAM_LEAD) || !teams.isMember(staff.id(), teamId)) {
            throw new TeamNotFound();
        }
        YearMonth last = to == null ? YearMonth.now(clock.withZone(TimeFactory.SWEDEN)) : month(to, "to");
        YearMonth first = from == null ? last.minusMonths(11) : month(from, "from");
        if (first.isAfter(last)) {
            throw new InvalidMonth("from");
        }
        audit.record(staff, EXIT_FEEDBACK_READ, teamId, null, "from=" + first + ";to=" + last);
        String team = teams.get(teamId).shortName();
        Map<YearMonth, List<TeamFeedback>> byMonth = new TreeMap<>();
        for (IdentifiedResponse r : identified.findByTeamIdAndInstrumentCodeAndSubmittedAtGreaterThanEqualsAndSubmittedAtLessThan(
                teamId, EXIT_FEEDBACK, utc(first.atDay(1)), utc(last.plusMonths(1).atDay(1)))) {
            List<AnsweredItem> part2 = items(r, team).stream()
                    .filter(i -> i.part() != null && i.part() == TEAM_FEEDBACK_PART).toList();
            if (!part2.isEmpty()) {
                YearMonth month = YearMonth.from(r.submittedAt().atOffset(ZoneOffset.UTC)
                        .atZoneSameInstant(TimeFactory.SWEDEN));
                byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(new TeamFeedback(month, part2));
            }
        }
        List<TeamFeedback> result = new ArrayList<>();
        byMonth.values().forEach(list -> {
            Collections.shuffle(list, random);
            result.addAll(list);
        });
        return result;
    }

    private Answer answer(IdentifiedResponse r, String team, boolean withItems) {
        InstrumentVersionView v = instruments.version(r.instrumentVersionId());
        List<AnsweredItem> items = !withItems ? List.of() : items(r, team).stream()
                .filter(i -> !(EXIT_FEEDBACK.equals(r.instrumentCode()) && i.part() != null
                        && i.part() == TEAM_FEEDBACK_PART)).toList();
        return new Answer(r.id(), r.instrumentCode(), v.version(), Wording.rendered(v.definition().title(), team),
                r.score(), r.submittedAt(), items);
    }

    /** The stored answers in the version's item order, with the item texts. */
    private List<AnsweredItem> items(IdentifiedResponse r, String team) {
        InstrumentVersionView v = instruments.version(r.instrumentVersionId());
        Map<String, Object> answers = parse(r.answers());
        List<AnsweredItem> items = new ArrayList<>();
        for (ItemDefinition item : v.definition().items()) {
            Object a = answers.get(item.key());
            if (a != null) {
                items.add(new AnsweredItem(item.key(), item.part(), Wording.rendered(item.text(), team), a));
            }
        }
        return items;
    }

    private Map<String, Object> parse(String stored) {
        try {
            return json.readValue(stored, ANSWERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static YearMonth month(String value, String field) {
        try {
            if (!value.matches("\\d{4}-\\d{2}")) {
                throw new InvalidMonth(field);
            }
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidMonth(field);
        }
    }

    private static LocalDateTime utc(LocalDate swedishDay) {
        return LocalDateTime.ofInstant(swedishDay.atStartOfDay(TimeFactory.SWEDEN).toInstant(), ZoneOffset.UTC);
    }
}
