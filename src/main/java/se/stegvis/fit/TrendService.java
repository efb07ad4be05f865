package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.ItemDefinition;
import se.stegvis.instrument.Texts;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;
import se.stegvis.security.Actor;
import se.stegvis.shared.Times;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One participant's trend: per session the ORS and SRS (totals and items), the ORS cutoff for their
 * age, the expected band from the association's trajectories, and the alerts the rules raise there.
 * A constant number of statements whatever the number of sessions: participant and membership,
 * the audit row, the team's settings, ONE history read, and the association's trajectories when the
 * in-memory copy is stale — at most three of them FIT's own.
 */
@Singleton
public class TrendService {
    static final String READ = "FIT_TREND_READ";

    private final HistoryRepository histories;
    private final FitSettingsService settings;
    private final TrajectoryService trajectories;
    private final ParticipantService participants;
    private final InstrumentService instruments;
    private final AuditService audit;
    private final Clock clock;

    TrendService(HistoryRepository histories, FitSettingsService settings, TrajectoryService trajectories,
                 ParticipantService participants, InstrumentService instruments, AuditService audit, Clock clock) {
        this.histories = histories;
        this.settings = settings;
        this.trajectories = trajectories;
        this.participants = participants;
        this.instruments = instruments;
        this.audit = audit;
        this.clock = clock;
    }

    /** One answered (or missing) item: its key, its label and the value. */
    public record Item(String key, @Nullable Texts label, @Nullable BigDecimal value) {
    }

    /** A rating in the trend; {@code total} null when an item is missing. */
    public record TrendRating(String instrumentCode, List<Item> items, @Nullable BigDecimal total,
                              RatingSource source) {
    }

    /** The expected ORS range at a session: the 25th–75th percentile of similar participants, and the median. */
    public record Expected(double p25, double p50, double p75, int participants) {
    }

    /** The range of no reliable change around the intake score: intake ± the reliable change index. */
    public record Band(BigDecimal lower, BigDecimal upper) {
    }

    public record TrendSession(UUID sessionId, int number, LocalDate heldOn, SessionKind kind,
                               @Nullable TrendRating ors, @Nullable TrendRating srs, BigDecimal cutoff,
                               boolean orsBelowCutoff, @Nullable Expected expected, List<AlertKind> alerts) {
    }

    public record Trend(UUID participantId, String displayName, List<TrendSession> sessions,
                        ClinicalRules.Change change, @Nullable BigDecimal intake, @Nullable Integer intakeBand,
                        @Nullable Band noChangeBand, BigDecimal srsAlertBelow, boolean expectedShown) {
    }

    @Transactional
    public Trend of(Actor actor, UUID participantId) {
        ParticipantSummary p = participants.accessibleSummary(actor, participantId);
        audit.record(actor, READ, p.teamId(), p.id());
        FitSettings s = settings.of(p.teamId());
        List<HistoryRow> rows = histories.ofParticipant(p.id());
        Histories.History h = Histories.of(p.id(), rows);
        LocalDate today = Times.today(clock);
        Map<UUID, Set<AlertKind>> alerts = AlertRules.evaluate(s, h.points(), today).stream().collect(
                Collectors.groupingBy(AlertRules.Raised::sessionId,
                        Collectors.mapping(AlertRules.Raised::kind, Collectors.toCollection(java.util.TreeSet::new))));
        BigDecimal intake = h.points().stream().filter(x -> x.ors() != null && x.ors().complete())
                .map(x -> x.ors().total()).findFirst().orElse(null);
        Integer band = intake == null ? null : Trajectories.band(intake);
        Trajectories.Table table = intake == null || rows.isEmpty() ? null
                : trajectories.of(rows.get(0).associationId());
        List<TrendSession> sessions = new ArrayList<>();
        boolean anyExpected = false;
        for (SessionPoint point : h.points()) {
            BigDecimal cutoff = ClinicalRules.cutoff(s, ClinicalRules.age(p.birthYear(), point.heldOn()));
            Expected expected = expected(table, band, point.number(), s);
            anyExpected |= expected != null;
            BigDecimal orsTotal = point.ors() == null ? null : point.ors().total();
            sessions.add(new TrendSession(point.sessionId(), point.number(), point.heldOn(), point.kind(),
                    rating(h, point, point.ors()), rating(h, point, point.srs()), cutoff,
                    orsTotal != null && ClinicalRules.belowCutoff(s, orsTotal, cutoff), expected,
                    List.copyOf(alerts.getOrDefault(point.sessionId(), Set.of()))));
        }
        Band noChange = intake == null ? null : new Band(clamp(intake.subtract(s.reliableChange())),
                clamp(intake.add(s.reliableChange())));
        return new Trend(p.id(), p.displayName(), sessions, ClinicalRules.change(s, p.birthYear(), h.points()), intake,
                band, noChange, s.srsTotalAlertBelow(), anyExpected);
    }

    private static @Nullable Expected expected(@Nullable Trajectories.Table table, @Nullable Integer band, int number,
                                               FitSettings s) {
        if (table == null || band == null) {
            return null;
        }
        Trajectories.Cell c = table.cell(band, number);
        return c == null || c.n() < s.trajectoryMinParticipants() ? null : new Expected(c.p25(), c.p50(), c.p75(), c.n());
    }

    private @Nullable TrendRating rating(Histories.History h, SessionPoint point, @Nullable Scores scores) {
        if (scores == null) {
            return null;
        }
        Histories.Meta meta = h.meta(point.sessionId(), scores.instrumentCode());
        List<ItemDefinition> defs = meta == null ? List.of()
                : FitRatings.scaleItems(instruments.version(meta.versionId()).definition());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < Scores.ITEMS; i++) {
            ItemDefinition d = i < defs.size() ? defs.get(i) : null;
            items.add(new Item(d == null ? "item" + (i + 1) : d.key(), d == null ? null : d.text(),
                    scores.items().get(i)));
        }
        return new TrendRating(scores.instrumentCode(), items, scores.total(),
                meta == null ? RatingSource.PORTAL : meta.source());
    }

    private static BigDecimal clamp(BigDecimal v) {
        return v.max(BigDecimal.ZERO).min(BigDecimal.valueOf(40));
    }
}
