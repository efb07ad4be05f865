package se.stegvis.report;

import jakarta.inject.Singleton;
import se.stegvis.participant.FlowFigures;
import se.stegvis.participant.FlowFigures.QueueCount;
import se.stegvis.participant.Gender;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The queue (key {@code queue}): who waits at the end of the period's last day — queue date on or before
 * it, not enrolled and not exited on or before it — by gender ({@code queue.waiting}), and how long they
 * have waited, in days from their queue date to the period's last day: longest, shortest and mean
 * ({@code queue.longestWait}, {@code queue.shortestWait}, {@code queue.meanWait}). One grouped statement
 * for all teams (one row per team, gender and queue date).
 */
@Singleton
class QueueSection implements SectionSource {
    static final String KEY = "queue";
    static final String WAITING = "queue.waiting";
    static final String WAITING_AT_END = "queue.waitingAtEnd";
    static final String LONGEST = "queue.longestWait";
    static final String SHORTEST = "queue.shortestWait";
    static final String MEAN = "queue.meanWait";
    static final String WAIT_DAYS = "queue.waitDays";

    private final FlowFigures figures;

    QueueSection(FlowFigures figures) {
        this.figures = figures;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public int cost() {
        return 3;
    }

    @Override
    public Map<UUID, RawSection> raw(ReportRequest request) {
        LocalDate end = request.period().to();
        Map<UUID, List<QueueCount>> waiting = figures.waiting(request.teamIds(), end).stream()
                .collect(Collectors.groupingBy(QueueCount::teamId));
        return request.teamIds().stream().collect(Collectors.toMap(id -> id,
                id -> section(waiting.getOrDefault(id, List.of()), end)));
    }

    private static RawSection section(List<QueueCount> waiting, LocalDate end) {
        CountTable.Builder counts = CountTable.builder(WAITING, List.of(WAITING_AT_END), GenderColumns.WITH_TOTAL);
        Map<Gender, Distribution.Builder> days = new HashMap<>();
        for (QueueCount q : waiting) {
            counts.add(WAITING_AT_END, q.gender().name(), q.persons());
            days.computeIfAbsent(q.gender(), g -> new Distribution.Builder())
                    .add(ChronoUnit.DAYS.between(q.queueDate(), end), q.persons());
        }
        SampleTable.Sample[][] samples = new SampleTable.Sample[1][GenderColumns.WITH_TOTAL.size()];
        SampleTable.Sample total = SampleTable.Sample.EMPTY;
        for (Gender g : Gender.values()) {
            Distribution.Builder d = days.get(g);
            SampleTable.Sample s = d == null ? SampleTable.Sample.EMPTY : SampleTable.Sample.of(d.build());
            samples[0][GenderColumns.WITH_TOTAL.indexOf(g.name())] = s;
            total = total.plus(s);
        }
        samples[0][GenderColumns.WITH_TOTAL.indexOf(GenderColumns.TOTAL)] = total;
        return RawSection.of(counts.totalColumn(GenderColumns.TOTAL).build(),
                sampleTable(LONGEST, SampleTable.Statistic.MAX, samples),
                sampleTable(SHORTEST, SampleTable.Statistic.MIN, samples),
                sampleTable(MEAN, SampleTable.Statistic.MEAN, samples));
    }

    private static SampleTable sampleTable(String key, SampleTable.Statistic statistic, SampleTable.Sample[][] samples) {
        return new SampleTable(key, List.of(WAIT_DAYS), GenderColumns.WITH_TOTAL, statistic, samples);
    }
}
