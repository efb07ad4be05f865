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
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The association's year report against one hand-written SQL aggregate of the flow table over the
 * same data, in one run (issue 8). Two associations are generated in the same database, a small one
 * (a quarter of the participants) and a large one; for each: the median time of the whole report,
 * of the flow section alone, and of the hand-written aggregate, their ratios, and the peak heap
 * above the idle level while the report is built (it should stay flat as the data grows: sources
 * aggregate in SQL or stream). With {@code -Dbench.generateOnly=true} it only generates the data and prints
 * the generator's figures (per table: rows, seconds, rows/s, server CPU seconds). Not part of the suite (the name does not end in Test): run
 * {@code bench/report.sh}.
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
        int participants = Integer.getInteger("bench.participants", 1_000_000);
        int teams = Integer.getInteger("bench.teams", 100);
        int rounds = Integer.getInteger("bench.rounds", 5);
        ReportPeriod year = ReportPeriod.year(Integer.getInteger("bench.year", 2024));
        List<NationalData.Generated> generated = data.generate(List.of(
                new NationalData.Association('1', teams, participants / 4),
                new NationalData.Association('2', teams, participants)));
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
        Report warm = reports.build(actor, List.of(), year);
        assertThat(warm.teams()).hasSize(g.teamIds().size());
        long[] flowRows = new long[1];
        flowRows[0] = handWritten(g.associationId(), year);
        List<Long> whole = new ArrayList<>();
        List<Long> flowOnly = new ArrayList<>();
        List<Long> sql = new ArrayList<>();
        SectionSource flow = sources.stream().filter(s -> s.key().equals("flow")).findFirst().orElse(null);
        ReportRequest request = new ReportRequest(g.associationId(), g.teamIds(), year, ReportSettings.DEFAULTS);
        for (int i = 0; i < rounds; i++) { // interleaved, so both see the same machine
            sql.add(time(() -> handWritten(g.associationId(), year)));
            whole.add(time(() -> reports.build(actor, List.of(), year)));
            if (flow != null) {
                flowOnly.add(time(() -> flow.raw(request)));
            }
        }
        long peak = peakHeapAbove(() -> reports.build(actor, List.of(), year));
        double base = median(sql);
        System.out.printf(Locale.ROOT, "BENCH report participants=%d answers=%d teams=%d sections=%d sqlRows=%d "
                        + "handSql_ms=%.1f report_ms=%.1f flow_ms=%s ratio_report=%.2f ratio_flow=%s peakHeapMB=%.1f%n",
                g.participants(), g.answers(), g.teamIds().size(), warm.sections().size(), flowRows[0], base / 1e6,
                median(whole) / 1e6, flow == null ? "-" : String.format(Locale.ROOT, "%.1f", median(flowOnly) / 1e6),
                median(whole) / base, flow == null ? "-" : String.format(Locale.ROOT, "%.2f", median(flowOnly) / base),
                peak / 1048576.0);
        for (SectionSource s : sources) {
            long t = time(() -> s.raw(request));
            System.out.printf(Locale.ROOT, "BENCH section participants=%d key=%s ms=%.1f%n", g.participants(), s.key(),
                    t / 1e6);
        }
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

    /** Peak heap used while {@code work} runs, above the level after a GC just before it. */
    private static long peakHeapAbove(Supplier<?> work) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long idle = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(idle);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
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
        return peak.get() - idle;
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
