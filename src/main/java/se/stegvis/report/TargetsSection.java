package se.stegvis.report;

import jakarta.inject.Singleton;
import se.stegvis.participant.TargetFigures;
import se.stegvis.target.TargetKind;
import se.stegvis.target.TargetService;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Goal attainment: per target kind the target, the result and the verdict (docs/reports-targets.md).
 * The results go to the assembler as raw tables (a count table for new participants, a share table for
 * the shares), so they are protected like any other figure. Target and verdict are added afterwards, in
 * {@link #complete}, from the PUBLISHED result only: a hidden result gets a hidden verdict (a verdict
 * against a known target would narrow the hidden number down), and a shown verdict never says more
 * than the shown result and the target already do.
 */
@Singleton
class TargetsSection implements SectionSource {
    static final String KEY = "targets";
    static final String COUNTS = "targets.counts";
    static final String SHARES = "targets.shares";
    static final String OVERVIEW = "targets.overview";
    static final String TARGET = "targets.target";
    static final String RESULT = "targets.result";
    static final String VERDICT = "targets.verdict";

    private final TeamService teams;
    private final TargetFigures figures;
    private final TargetService targets;

    TargetsSection(TeamService teams, TargetFigures figures, TargetService targets) {
        this.teams = teams;
        this.figures = figures;
        this.targets = targets;
    }

    static String row(TargetKind kind) {
        return KEY + "." + kind.name();
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public int cost() {
        return 6;
    }

    @Override
    public Map<UUID, RawSection> raw(ReportRequest request) {
        Set<UUID> wanted = new HashSet<>(request.teamIds());
        Map<UUID, List<String>> goals = new HashMap<>();
        for (TeamView t : teams.teamsOfAssociation(request.associationId())) {
            if (wanted.contains(t.id())) {
                goals.put(t.id(), t.goalOutcomes());
            }
        }
        request.teamIds().forEach(id -> goals.putIfAbsent(id, List.of()));
        Map<UUID, TargetFigures.Figures> results = figures.of(goals, request.period().from(), request.period().to());
        Map<UUID, RawSection> raw = new HashMap<>();
        for (UUID team : request.teamIds()) {
            raw.put(team, RawSection.of(counts(results.get(team)), shares(results.get(team))));
        }
        return raw;
    }

    private static CountTable counts(TargetFigures.Figures f) {
        // column TOTAL: the same count as the flow's new participants in all genders (SharedCounts)
        return CountTable.builder(COUNTS, List.of(row(TargetKind.NEW_PARTICIPANTS)), List.of(GenderColumns.TOTAL))
                .set(row(TargetKind.NEW_PARTICIPANTS), GenderColumns.TOTAL, f.newParticipants()).build();
    }

    private static ShareTable shares(TargetFigures.Figures f) {
        return new ShareTable(SHARES, List.of(row(TargetKind.SHARE_WORK_OR_STUDIES), row(TargetKind.SHARE_REACHED_GOAL)),
                List.of(RESULT), new long[][]{{f.exitsToWorkOrStudies()}, {f.exitsReachingGoal()}},
                new long[][]{{f.exits()}, {f.exits()}});
    }

    @Override
    public ReportSection complete(ReportRequest request, ReportSection published) {
        List<ReportWarning> warnings = new ArrayList<>(published.warnings());
        ScopeTargets scope = ScopeTargets.of(request, targets, warnings);
        Map<String, Figure> results = new HashMap<>();
        for (ReportTable table : published.tables()) {
            table.rows().forEach(r -> results.put(r.key(), r.figures().get(0)));
        }
        List<ReportTable.Row> rows = new ArrayList<>();
        for (TargetKind kind : TargetKind.values()) {
            Figure result = results.get(row(kind));
            BigDecimal target = scope.target(kind);
            rows.add(new ReportTable.Row(row(kind), List.of(targetFigure(kind, target), result,
                    verdict(result, target, request.settings().verdicts()))));
        }
        ReportTable overview = new ReportTable(OVERVIEW, List.of(TARGET, RESULT, VERDICT), rows);
        return new ReportSection(KEY, List.of(overview), warnings);
    }

    private static Figure targetFigure(TargetKind kind, BigDecimal target) {
        Figure.Kind figureKind = kind.isShare() ? Figure.Kind.SHARE : Figure.Kind.COUNT;
        return target == null ? Figure.none(figureKind) : new Figure(figureKind, target, false, null);
    }

    /** Hidden with a hidden result; empty without a result or a target; else the rule's verdict. */
    static Figure verdict(Figure result, BigDecimal target, VerdictThresholds limits) {
        if (result.suppressed()) {
            return Figure.hidden(Figure.Kind.TEXT);
        }
        return VerdictRule.of(result.value(), target, limits).map(v -> Figure.text(v.messageKey()))
                .orElse(Figure.none(Figure.Kind.TEXT));
    }
}
