package se.stegvis.report;

import jakarta.inject.Singleton;
import se.stegvis.participant.OutcomeFigures;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Outcomes and throughput (issue 8, item 3), per team, in this table order:
 * <ol>
 *   <li>{@code outcomes.byAgeBand}, {@code outcomes.byGender}: persons who left in the period (row
 *       {@code outcomes.exits}) and persons per outcome (one row per outcome code), by age band at exit and
 *       by gender, with a TOTAL column;</li>
 *   <li>{@code outcomes.goalReached}: share of exits with an outcome in the team's goal set, by gender;</li>
 *   <li>{@code outcomes.throughputMean} / {@code outcomes.throughputMedian}: months from enrolment to exit
 *       of those who reached the goal, by gender;</li>
 *   <li>{@code outcomes.background}: mean years in public support before and mean age at enrolment of
 *       the period's newcomers, by gender;</li>
 *   <li>{@code outcomes.trendMean} / {@code outcomes.trendMedian}: throughput of goal exits in the twelve
 *       rolling 12-month windows that end with the period's last month.</li>
 * </ol>
 * Three grouped statements for all teams together, whatever their number (definitions:
 * docs/reports-outcomes.md).
 */
@Singleton
class OutcomesSection implements SectionSource {
    static final String KEY = "outcomes";
    static final int TREND_WINDOWS = 12;

    private final OutcomeFigures figures;
    private final TeamService teams;

    OutcomesSection(OutcomeFigures figures, TeamService teams) {
        this.figures = figures;
        this.teams = teams;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public int cost() {
        return 26;
    }

    @Override
    public Map<UUID, RawSection> raw(ReportRequest request) {
        ReportPeriod period = request.period();
        List<ReportPeriod> windows = ReportPeriod.rollingWindows(YearMonth.from(period.to()), TREND_WINDOWS);
        Map<UUID, OutcomeTally> tallies = new LinkedHashMap<>();
        request.teamIds().forEach(id -> tallies.put(id, new OutcomeTally(request.settings(), period, windows)));

        figures.exits(request.teamIds(), period.from(), period.to(), g -> tallies.get(g.teamId()).exit(g));
        LocalDate from = min(period.from(), windows.get(0).from());
        LocalDate to = max(period.to(), windows.get(windows.size() - 1).to());
        figures.goalExits(goalOutcomes(request), from, to, g -> tallies.get(g.teamId()).goalExit(g));
        figures.newcomers(request.teamIds(), period.from(), period.to(), g -> tallies.get(g.teamId()).newcomer(g));

        Map<UUID, RawSection> raw = new LinkedHashMap<>();
        tallies.forEach((id, tally) -> raw.put(id, new RawSection(tally.tables(), List.of())));
        return raw;
    }

    /** Each requested team's goal outcome set (a team setting), read with one statement for the association. */
    private Map<UUID, List<String>> goalOutcomes(ReportRequest request) {
        Map<UUID, List<String>> goals = new LinkedHashMap<>();
        for (TeamView t : teams.teamsOfAssociation(request.associationId())) {
            if (request.teamIds().contains(t.id())) {
                goals.put(t.id(), t.goalOutcomes());
            }
        }
        return goals;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
