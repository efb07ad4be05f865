package se.stegvis.report;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.participant.FlowFigures;
import se.stegvis.participant.FlowFigures.IncomeChange;
import se.stegvis.participant.FlowFigures.InflowCount;
import se.stegvis.participant.IncomeSource;
import se.stegvis.participant.Referrer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Inflow and income (key {@code inflow}): the period's new participants (enrolled in the period) by
 * referrer and by income source before, by gender ({@code inflow.byReferrer}, {@code inflow.byIncomeBefore});
 * and for the period's exits (as in the flow) income source before against after
 * ({@code inflow.incomeBeforeAfter}: rows before, columns after — "not recorded" when no income was given
 * at exit — with row and column totals). Two grouped statements for all teams.
 */
@Singleton
class InflowSection implements SectionSource {
    static final String KEY = "inflow";
    static final String BY_REFERRER = "inflow.byReferrer";
    static final String BY_INCOME = "inflow.byIncomeBefore";
    static final String BEFORE_AFTER = "inflow.incomeBeforeAfter";
    static final String AFTER_NOT_RECORDED = "inflow.afterNotRecorded";

    private final FlowFigures figures;

    InflowSection(FlowFigures figures) {
        this.figures = figures;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public int cost() {
        return 15;
    }

    @Override
    @Transactional
    public Map<UUID, RawSection> raw(ReportRequest request) {
        ReportPeriod p = request.period();
        Map<UUID, List<InflowCount>> inflow = figures.inflow(request.teamIds(), p.from(), p.to()).stream()
                .collect(Collectors.groupingBy(InflowCount::teamId));
        Map<UUID, List<IncomeChange>> changes = figures.incomeChanges(request.teamIds(), p.from(), p.to()).stream()
                .collect(Collectors.groupingBy(IncomeChange::teamId));
        return request.teamIds().stream().collect(Collectors.toMap(id -> id, id -> {
            List<InflowCount> counts = inflow.getOrDefault(id, List.of());
            return RawSection.of(byReferrer(counts), byIncome(counts),
                    beforeAfter(changes.getOrDefault(id, List.of())));
        }));
    }

    private static CountTable byReferrer(List<InflowCount> counts) {
        CountTable.Builder b = CountTable.builder(BY_REFERRER,
                GenderColumns.withTotal(GenderColumns.names(Referrer.values())),
                GenderColumns.WITH_TOTAL);
        counts.forEach(c -> b.add(c.referrer().name(), c.gender().name(), c.persons()));
        // the TOTAL row is the flow's new participants: the column relation belongs in this table for its
        // suppression to see it (and SharedCounts hides the copies together)
        return b.totalColumn(GenderColumns.TOTAL).totalRow(GenderColumns.TOTAL).build();
    }

    private static CountTable byIncome(List<InflowCount> counts) {
        CountTable.Builder b = CountTable.builder(BY_INCOME,
                GenderColumns.withTotal(GenderColumns.names(IncomeSource.values())),
                GenderColumns.WITH_TOTAL);
        counts.forEach(c -> b.add(c.incomeBefore().name(), c.gender().name(), c.persons()));
        // the TOTAL row is the flow's new participants: the column relation belongs in this table for its
        // suppression to see it (and SharedCounts hides the copies together)
        return b.totalColumn(GenderColumns.TOTAL).totalRow(GenderColumns.TOTAL).build();
    }

    private static CountTable beforeAfter(List<IncomeChange> changes) {
        List<String> rows = new ArrayList<>(GenderColumns.names(IncomeSource.values()));
        rows.add(GenderColumns.TOTAL);
        List<String> columns = new ArrayList<>(GenderColumns.names(IncomeSource.values()));
        columns.add(AFTER_NOT_RECORDED);
        columns.add(GenderColumns.TOTAL);
        CountTable.Builder b = CountTable.builder(BEFORE_AFTER, rows, columns);
        changes.forEach(c -> b.add(c.before().name(), c.after() == null ? AFTER_NOT_RECORDED : c.after().name(),
                c.persons()));
        // the TOTAL row is the flow's new participants: the column relation belongs in this table for its
        // suppression to see it (and SharedCounts hides the copies together)
        return b.totalColumn(GenderColumns.TOTAL).totalRow(GenderColumns.TOTAL).build();
    }
}
