package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.instrument.InstrumentNotFound;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.ItemDefinition;
import se.stegvis.instrument.ItemType;
import se.stegvis.instrument.PrivacyMode;
import se.stegvis.instrument.Texts;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.TimeFactory;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamNotFound;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Free-text answers of an anonymous instrument, only in aggregate (docs/adr/0005-anonymous-answers.md,
 * "Reading anonymous free text"): one cell is a team, an instrument (all its versions) and a year or
 * half-year. The texts come without gender, age band, month or any order of their own (shuffled on
 * every read), and only when the cell holds at least {@value #MIN_CELL} answers and the item at least
 * {@value #MIN_CELL} texts; below that only "<5" is shown. Readers: a team lead of the team and an
 * admin of its association; audited as a team-level read.
 */
@Singleton
public class AnonymousTextService {
    static final String TEXTS_READ = "ANONYMOUS_TEXTS_READ";
    static final int MIN_CELL = 5;
    static final String SMALL = "<5";
    private static final Argument<Map<String, Object>> ANSWERS = Argument.mapOf(String.class, Object.class);

    private final AnonymousResponseRepository responses;
    private final InstrumentService instruments;
    private final TeamService teams;
    private final StaffService staff;
    private final AuditService audit;
    private final JsonMapper json;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AnonymousTextService(AnonymousResponseRepository responses, InstrumentService instruments, TeamService teams,
                         StaffService staff, AuditService audit, JsonMapper json, Clock clock) {
        this.responses = responses;
        this.instruments = instruments;
        this.teams = teams;
        this.staff = staff;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** One free-text item of the cell: its question, how many wrote something ("<5" when few) and the texts. */
    public record ItemTexts(String key, Texts text, String count, List<String> texts) {
    }

    /** The cell: instrument, period, how many answered ("<5" when few), and its free-text items. */
    public record Aggregate(String instrumentCode, @Nullable Texts title, String period, String answers,
                            List<ItemTexts> items) {
    }

    @Transactional
    public Aggregate read(Actor actor, UUID teamId, String instrumentCode, @Nullable String period) {
        TeamView team = readableTeam(actor, teamId);
        ReportPeriod p = period == null || period.isBlank()
                ? ReportPeriod.yearOf(YearMonth.now(clock.withZone(TimeFactory.SWEDEN))) : ReportPeriod.parse(period);
        List<InstrumentVersionView> versions = instruments.allVersions(team.associationId(), instrumentCode);
        if (versions.isEmpty()) {
            throw new UnknownInstrument();
        }
        InstrumentVersionView current = current(team.associationId(), instrumentCode);
        if (current.privacyMode() != PrivacyMode.ANONYMOUS) {
            throw new NotAnonymous();
        }
        audit.record(actor, TEXTS_READ, teamId, null, "instrument=" + current.code() + ";period=" + p.label());
        List<String> stored = responses.answersOf(teamId, versions.stream().map(InstrumentVersionView::versionId)
                .toList(), p.storedMonths());
        Map<String, ItemDefinition> freeText = freeTextItems(versions);
        Map<String, List<String>> texts = new LinkedHashMap<>();
        freeText.keySet().forEach(k -> texts.put(k, new ArrayList<>()));
        for (String answers : stored) {
            parse(answers).forEach((key, value) -> {
                if (texts.containsKey(key) && value instanceof String s && !s.isBlank()) {
                    texts.get(key).add(s.strip());
                }
            });
        }
        boolean enough = stored.size() >= MIN_CELL;
        List<ItemTexts> items = new ArrayList<>();
        freeText.forEach((key, item) -> {
            List<String> written = texts.get(key);
            boolean shown = enough && written.size() >= MIN_CELL;
            if (shown) {
                Collections.shuffle(written, random);
            }
            items.add(new ItemTexts(key, Wording.rendered(item.text(), team.shortName()),
                    shown ? Integer.toString(written.size()) : SMALL, shown ? List.copyOf(written) : List.of()));
        });
        return new Aggregate(current.code(), Wording.rendered(current.definition().title(), team.shortName()),
                p.label(), enough ? Integer.toString(stored.size()) : SMALL, items);
    }

    /** A team lead of the team, or an admin of its association; 404 for anyone else. */
    private TeamView readableTeam(Actor actor, UUID teamId) {
        TeamView team = teams.find(teamId).orElseThrow(TeamNotFound::new);
        boolean lead = actor.isStaff() && actor.has(Role.TEAM_LEAD) && teams.isMember(actor.id(), teamId);
        boolean admin = actor.isStaff() && actor.has(Role.ADMIN) && staff.find(actor.id())
                .map(StaffView::associationId).filter(team.associationId()::equals).isPresent();
        if (!lead && !admin) {
            throw new TeamNotFound();
        }
        return team;
    }

    private InstrumentVersionView current(UUID associationId, String code) {
        try {
            return instruments.current(associationId, code);
        } catch (InstrumentNotFound e) {
            throw new UnknownInstrument();
        }
    }

    /** Free-text items by key across versions, the newest wording first (answers are compared by key). */
    private static Map<String, ItemDefinition> freeTextItems(List<InstrumentVersionView> versions) {
        Map<String, ItemDefinition> items = new LinkedHashMap<>();
        for (InstrumentVersionView v : versions) {
            v.definition().items().stream().filter(i -> i.type() == ItemType.FREE_TEXT)
                    .forEach(i -> items.putIfAbsent(i.key(), i));
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
}
