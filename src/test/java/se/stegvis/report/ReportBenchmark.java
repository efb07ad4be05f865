package se.stegvis.report;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.security.SubjectKind;
import se.stegvis.support.Fixtures;
import se.stegvis.team.StaffView;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The association's year report against one hand-written SQL aggregate of the flow table over the
 * same data, in one run (issue 8). Two associations are generated in the same database, a small one
 * (a quarter of the participants) and a large one; for each: the median time of the whole report,
 * of the flow section alone, and of the hand-written aggregate, their ratios, and the heap above the
 * idle level while the report is built: the peak used (garbage included) and the peak left after forced full
 * GCs, the live set (it should stay flat as the data grows: sources aggregate in SQL or stream); then each section's median time and ratio, and the sum of the sections
 * other than the flow and the ORS/SRS section ("others"). Not part of the suite (the name does not end
 * in Test, and without {@code -Dbench.participants} it is skipped, so that a package pattern such as
 * {@code -Dtest='se.stegvis.report.**'} does not start it): run {@code bench/report.sh}. For a quick look at
 * the SQL-fed sections on data an earlier run left:
 * {@code -Dbench.reuse=true -Dbench.sectionsOnly=true -Dbench.skip=fit} (the whole report and the
 * peak heap are then those of the sections timed). With {@code -Dbench.generateOnly=true} it only generates
 * the data and prints the generator's figures (per table: rows, seconds, rows/s, server CPU seconds).
 */
@MicronautTest(transactional = false)
class ReportBenchmark {
    /** The flow table by team and gender, as a data analyst would write it. */
    static final String HAND_WRITTEN_FLOW = "SELECT p.team_id, p.gender, "
            + "SUM(p.enrolment_date < ? AND (p.exit_date IS NULL OR p.exit_date >= ?)), "
            + "SUM(p.enrolment_date BETWEEN ? AND ?), "
            + "SUM(p.enrolment_date IS NOT NULL AND p.exit_date BETWEEN ? AND ?), "
            + "SUM(p.enrolment_date <= ? AND (p.exit_date IS NULL OR p.exit_date > ?)) "
            + "FROM participant p JOIN team t ON t.id = p.team_id WHERE t.association_id = ? "
            + "GROUP BY p.team_id, p.gender";

    /** Sections measured on their own elsewhere: left out of the "other sections" sum. */
    static final Set<String> OWN_BASELINE = Set.of("flow", "fit");

    /** Sections left out of the per-section timing: {@code -Dbench.skip=fit} for a quick look at the others. */
    static final Set<String> SKIPPED = Set.of(System.getProperty("bench.skip", "").split(","));

    @Inject
    NationalData data;
    @Inject
    Fixtures fixtures;
    @Inject
    ReportService reports;
    @Inject
    ConnectionOperations<Connection> connections;
    @Inject
    List<SectionSource> sources;

    @Test
    void associationYearReportVersusHandWrittenFlowAggregate() {
        assumeTrue(System.getProperty("bench.participants") != null,
                "a benchmark: run by bench/report.sh (-Dbench.participants=…), not by a package pattern");
        int participants = Integer.getInteger("bench.participants", 1_000_000);
        int teams = Integer.getInteger("bench.teams", 100);
        int rounds = Integer.getInteger("bench.rounds", 5);
        ReportPeriod year = ReportPeriod.year(Integer.getInteger("bench.year", 2024));
        List<NationalData.Association> wanted = List.of(
                new NationalData.Association('1', teams, participants / 4),
                new NationalData.Association('2', teams, participants));
        List<NationalData.Generated> generated = Boolean.getBoolean("bench.reuse") ? wanted.stream()
                .map(a -> data.existing(a.tag()).orElseThrow(() -> new IllegalStateException(
                        "-Dbench.reuse=true: no association '" + a.tag() + "' left by an earlier run")))
                .toList() : data.generate(wanted);
        generated.forEach(g -> print("generated", g));
        System.out.printf(Locale.ROOT, "BENCH generated_total participants=%d answers=%d seconds=%.1f%n",
                generated.stream().mapToLong(NationalData.Generated::participants).sum(),
                generated.stream().mapToLong(NationalData.Generated::answers).sum(), generated.get(0).millis() / 1000.0);
        if (Boolean.getBoolean("bench.generateOnly")) {
            return;
        }
        for (NationalData.Generated g : generated) {
            measure(g, year, rounds);
        }
    }


    private void measure(NationalData.Generated g, ReportPeriod year, int rounds) {
        StaffView coordinator = fixtures.coordinator(g.associationId()).staff();
        Actor actor = new Actor(SubjectKind.STAFF, coordinator.id(), Role.COORDINATOR, UUID.randomUUID());
        boolean wholeReport = !Boolean.getBoolean("bench.sectionsOnly");
        ReportRequest request = new ReportRequest(g.associationId(), g.teamIds(), year, ReportSettings.DEFAULTS);
        Supplier<?> measured = wholeReport ? () -> reports.build(actor, List.of(), year) : () -> {
            sources.stream().filter(s -> !SKIPPED.contains(s.key())).forEach(s -> s.raw(request));
            return null;
        };
        Object warm = measured.get();
        int sectionCount = warm instanceof Report r ? r.sections().size() : (int) sources.stream()
                .filter(s -> !SKIPPED.contains(s.key())).count();
        if (warm instanceof Report r) {
            assertThat(r.teams()).hasSize(g.teamIds().size());
        }
        long[] flowRows = new long[1];
        flowRows[0] = handWritten(g.associationId(), year);
        List<Long> whole = new ArrayList<>();
        List<Long> flowOnly = new ArrayList<>();
        List<Long> sql = new ArrayList<>();
        SectionSource flow = sources.stream().filter(s -> s.key().equals("flow")).findFirst().orElse(null);
        Map<String, List<Long>> bySection = new LinkedHashMap<>();
        for (int i = 0; i < rounds; i++) { // interleaved, so both see the same machine
            sql.add(time(() -> handWritten(g.associationId(), year)));
            whole.add(time(measured));
            if (flow != null) {
                flowOnly.add(time(() -> flow.raw(request)));
            }
            for (SectionSource s : sources) {
                if (SKIPPED.contains(s.key())) {
                    continue;
                }
                bySection.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(time(() -> s.raw(request)));
            }
        }
        HeapPeaks heap = heapAbove(measured);
        double base = median(sql);
        System.out.printf(Locale.ROOT, "BENCH %s participants=%d answers=%d teams=%d sections=%d sqlRows=%d "
                        + "handSql_ms=%.1f report_ms=%.1f flow_ms=%s ratio_report=%.2f ratio_flow=%s peakHeapMB=%.1f liveHeapMB=%.1f%n",
                wholeReport ? "report" : "sectionsOnly", g.participants(), g.answers(), g.teamIds().size(),
                sectionCount, flowRows[0], base / 1e6,
                median(whole) / 1e6, flow == null ? "-" : String.format(Locale.ROOT, "%.1f", median(flowOnly) / 1e6),
                median(whole) / base, flow == null ? "-" : String.format(Locale.ROOT, "%.2f", median(flowOnly) / base),
                heap.used() / 1048576.0, heap.live() / 1048576.0);
        double others = 0;
        for (Map.Entry<String, List<Long>> e : bySection.entrySet()) {
            double t = median(e.getValue());
            if (!OWN_BASELINE.contains(e.getKey())) {
                others += t;
            }
            System.out.printf(Locale.ROOT, "BENCH section participants=%d key=%s ms=%.1f ratio=%.2f%n",
                    g.participants(), e.getKey(), t / 1e6, t / base);
        }
        // the sections other than the flow (its own ratio above) and the ORS/SRS section (its own benchmark)
        System.out.printf(Locale.ROOT, "BENCH others participants=%d sections=%s ms=%.1f ratio_others=%.2f%n",
                g.participants(), bySection.keySet().stream().filter(k -> !OWN_BASELINE.contains(k)).toList(),
                others / 1e6, others / base);
    }

    private long handWritten(UUID associationId, ReportPeriod p) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> handWritten(status.getConnection(), associationId, p));
    }

    private static long handWritten(Connection c, UUID associationId, ReportPeriod p) {
        try (PreparedStatement ps = c.prepareStatement(HAND_WRITTEN_FLOW)) {
            Object[] args = {p.from(), p.from(), p.from(), p.to(), p.from(), p.to(), p.to(), p.to(),
                    associationId.toString()};
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            long rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long time(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return System.nanoTime() - start;
    }

    /**
     * The heap while {@code work} runs, above the level after a GC just before it: {@code used} is the peak of the
     * used heap sampled every 2 ms (garbage included, so it swings between runs), {@code live} the peak of what is
     * left after a full GC forced every 250 ms (what the work keeps: the figure for "memory stays flat"). This run
     * is not one of the timed rounds, so the forced GCs do not touch the timings.
     */
    private static HeapPeaks heapAbove(Supplier<?> work) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long idle = memory.getHeapMemoryUsage().getUsed();
        AtomicLong used = new AtomicLong(idle);
        AtomicLong live = new AtomicLong(idle);
        Thread sampler = new Thread(() -> {
            long nextGc = System.nanoTime() + 250_000_000L;
            while (!Thread.currentThread().isInterrupted()) {
                used.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                if (System.nanoTime() >= nextGc) {
                    System.gc();
                    live.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    nextGc = System.nanoTime() + 250_000_000L;
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        work.get();
        sampler.interrupt();
        return new HeapPeaks(used.get() - idle, live.get() - idle);
    }

    private record HeapPeaks(long used, long live) {
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static void print(String what, NationalData.Generated g) {
        System.out.printf(Locale.ROOT, "BENCH %s participants=%d answers=%d teams=%d%n", what,
                g.participants(), g.answers(), g.teamIds().size());
    }
}
