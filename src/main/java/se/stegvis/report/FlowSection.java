package se.stegvis.report;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.participant.FlowFigures;
import se.stegvis.participant.FlowFigures.Flow;
import se.stegvis.participant.FlowFigures.FlowCount;
import se.stegvis.participant.FlowFigures.OutcomeCount;
import se.stegvis.participant.Outcome;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Participant flow (key {@code flow}): active at period start, new, exits, of which dropouts, active at
 * period end, by gender (table {@code flow.byGender}, with start + new − exits − end = 0 per column); and
 * the period's exits per outcome (table {@code flow.exitsByOutcome}: persons per outcome, their sum — an
 * exit may have several outcomes — and the persons who exited). Definitions: {@link FlowFigures}. When
 * records with an exit before their enrolment break the identity, or exits without enrolment are left
 * out, the team gets a warning saying how many and where they are counted. Two grouped statements for
 * all teams, in one transaction so both tables see the same data.
 */
@Singleton
class FlowSection implements SectionSource {
    static final String KEY = "flow";
    static final String BY_GENDER = "flow.byGender";
    static final String BY_OUTCOME = "flow.exitsByOutcome";
    static final String START = "flow.activeAtStart";
    static final String NEW = "flow.new";
    static final String EXITS = "flow.exits";
    static final String DROPOUTS = "flow.dropouts";
    static final String END = "flow.activeAtEnd";
    static final String OUTCOMES = "flow.outcomes";
    static final String PERSONS = "flow.personsExited";
    static final String EXIT_BEFORE_ENROLMENT = "report.flow.warning.exitBeforeEnrolment";
    static final String EXIT_WITHOUT_ENROLMENT = "report.flow.warning.exitWithoutEnrolment";

    private final FlowFigures figures;
    private final TeamService teams;

    FlowSection(FlowFigures figures, TeamService teams) {
        this.figures = figures;
        this.teams = teams;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int cost() {
        return 19;
    }

    @Override
    @Transactional
    public Map<UUID, RawSection> raw(ReportRequest request) {
        ReportPeriod p = request.period();
        Map<UUID, List<FlowCount>> flows = figures.flow(request.teamIds(), p.from(), p.to()).stream()
                .collect(Collectors.groupingBy(FlowCount::teamId));
        Map<UUID, List<OutcomeCount>> outcomes = figures.exitOutcomes(request.teamIds(), p.from(), p.to()).stream()
                .collect(Collectors.groupingBy(OutcomeCount::teamId));
        Map<UUID, String> names = teams.teamsOfAssociation(request.associationId()).stream()
                .collect(Collectors.toMap(TeamView::id, TeamView::name));
        return request.teamIds().stream().collect(Collectors.toMap(id -> id, id -> {
            List<FlowCount> flow = flows.getOrDefault(id, List.of());
            CountTable byGender = byGender(flow, outcomes.getOrDefault(id, List.of()));
            return new RawSection(List.of(byGender, byOutcome(flow, outcomes.getOrDefault(id, List.of()))),
                    warnings(names.getOrDefault(id, id.toString()), flow, byGender));
        }));
    }

    private static CountTable byGender(List<FlowCount> flow, List<OutcomeCount> outcomes) {
        CountTable.Builder b = CountTable.builder(BY_GENDER, List.of(START, NEW, EXITS, DROPOUTS, END),
                GenderColumns.WITH_TOTAL);
        for (FlowCount c : flow) {
            String g = c.gender().name();
            Flow f = c.flow();
            b.set(START, g, f.activeAtStart()).set(NEW, g, f.newParticipants()).set(EXITS, g, f.exits())
                    .set(END, g, f.activeAtEnd());
        }
        outcomes.stream().filter(o -> o.outcome() == Outcome.DROPOUT)
                .forEach(o -> b.set(DROPOUTS, o.gender().name(), o.persons()));
        return b.totalColumn(GenderColumns.TOTAL)
                .rowRelation(List.of(START, NEW, EXITS, END), List.of(1, 1, -1, -1)).build();
    }

    private static CountTable byOutcome(List<FlowCount> flow, List<OutcomeCount> outcomes) {
        List<String> outcomeRows = GenderColumns.names(Outcome.values());
        List<String> rows = new ArrayList<>(outcomeRows);
        rows.add(OUTCOMES);
        rows.add(PERSONS);
        CountTable.Builder b = CountTable.builder(BY_OUTCOME, rows, GenderColumns.WITH_TOTAL);
        for (OutcomeCount o : outcomes) {
            b.set(o.outcome().name(), o.gender().name(), o.persons()).add(OUTCOMES, o.gender().name(), o.persons());
        }
        for (FlowCount c : flow) {
            b.set(PERSONS, c.gender().name(), c.flow().exits());
        }
        // Σ outcome rows − outcomes = 0 per column; persons exited is at most that, not a linear relation.
        List<String> summed = new ArrayList<>(outcomeRows);
        summed.add(OUTCOMES);
        List<Integer> coefficients = new ArrayList<>(outcomeRows.stream().map(r -> 1).toList());
        coefficients.add(-1);
        return b.totalColumn(GenderColumns.TOTAL).rowRelation(summed, coefficients).build();
    }

    /** Counts over the whole team (not by gender): a warning names a team and counts, never a person. */
    private static List<ReportWarning> warnings(String team, List<FlowCount> flow, CountTable byGender) {
        List<ReportWarning> warnings = new ArrayList<>();
        long afterExit = sum(flow, Flow::enteredAfterExit);
        long beforeEnrolment = sum(flow, Flow::exitedBeforeEnrolment);
        long reversed = sum(flow, Flow::reversedInPeriod);
        if (afterExit + beforeEnrolment + reversed > 0 || !identityHolds(byGender)) {
            warnings.add(ReportWarning.of(EXIT_BEFORE_ENROLMENT, team, afterExit + beforeEnrolment + reversed,
                    afterExit, beforeEnrolment, reversed));
        }
        long withoutEnrolment = sum(flow, Flow::exitsWithoutEnrolment);
        if (withoutEnrolment > 0) {
            warnings.add(ReportWarning.of(EXIT_WITHOUT_ENROLMENT, team, withoutEnrolment));
        }
        return warnings;
    }

    /** start + new − exits = end, checked against the independently counted end, in every column. */
    static boolean identityHolds(CountTable t) {
        int start = t.rows().indexOf(START);
        int added = t.rows().indexOf(NEW);
        int exits = t.rows().indexOf(EXITS);
        int end = t.rows().indexOf(END);
        for (int c = 0; c < t.columns().size(); c++) {
            if (t.value(start, c) + t.value(added, c) - t.value(exits, c) != t.value(end, c)) {
                return false;
            }
        }
        return true;
    }

    private static long sum(List<FlowCount> flow, ToLongFunction<Flow> count) {
        return flow.stream().mapToLong(c -> count.applyAsLong(c.flow())).sum();
    }
}
