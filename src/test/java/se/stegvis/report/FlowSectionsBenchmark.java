package se.stegvis.report;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the flow, inflow and queue sections cost for one association's year at national scale:
 * {@code bench.participants} participants (default 1,000,000) over ten years in {@code bench.teams} teams
 * (default 300), of which one association holds 20. Compared, alternating in one run, with ONE hand-written
 * aggregate over the same association's rows (the baseline: reading them once, grouped by team and gender).
 * Prints median times and the ratio. Not part of the suite (the name does not end in Test): run
 * {@code bench/flow-sections.sh}. The bulk insert uses MariaDB's sequence engine (seq_1_to_N). With
 * {@code bench.coveringIndex=true} a candidate covering index is added before measuring.
 */
@MicronautTest(transactional = false)
class FlowSectionsBenchmark {
    private static final String BASELINE = "SELECT team_id, gender, COUNT(*) FROM participant WHERE team_id IN (%s) "
            + "GROUP BY team_id, gender";

    /** A candidate index (not in the migrations): every column the five statements read, after the team. */
    private static final String COVERING_INDEX = "CREATE INDEX ix_bench_report ON participant (team_id, gender, "
            + "enrolment_date, exit_date, queue_date, referrer, income_before, income_after)";

    @Inject
    Fixtures fixtures;
    @Inject
    FlowSection flow;
    @Inject
    InflowSection inflow;
    @Inject
    QueueSection queue;
    @Inject
    ConnectionOperations<Connection> connections;

    @Test
    void threeSectionsVersusOneAggregate() {
        int participants = Integer.getInteger("bench.participants", 1_000_000);
        int teamCount = Integer.getInteger("bench.teams", 300);
        UUID association = fixtures.association();
        List<UUID> teams = new ArrayList<>();
        for (int i = 0; i < teamCount; i++) {
            teams.add(i < 20 ? fixtures.team(association).id() : fixtures.team(fixtures.association()).id());
        }
        long loadStart = System.nanoTime();
        generate(teams, participants);
        boolean covering = Boolean.getBoolean("bench.coveringIndex");
        if (covering) {
            execute(COVERING_INDEX);
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        List<UUID> ours = teams.subList(0, 20);
        ReportRequest request = new ReportRequest(association, ours, ReportPeriod.year(2024), ReportSettings.DEFAULTS);
        String baseline = String.format(BASELINE, ours.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")));
        int rounds = Integer.getInteger("bench.rounds", 15);
        long[] sections = new long[rounds];
        long[] aggregate = new long[rounds];
        for (int i = -3; i < rounds; i++) { // three warm-up rounds
            long t0 = System.nanoTime();
            long rows = count(baseline);
            long t1 = System.nanoTime();
            assertThat(flow.raw(request)).hasSize(20);
            inflow.raw(request);
            queue.raw(request);
            long t2 = System.nanoTime();
            assertThat(rows).isPositive();
            if (i >= 0) {
                aggregate[i] = t1 - t0;
                sections[i] = t2 - t1;
            }
        }
        double a = median(aggregate);
        double s = median(sections);
        System.out.printf(Locale.ROOT, "BENCH flow-sections participants=%d teams=%d coveringIndex=%s load=%.1fs%n",
                participants, teamCount, covering, loadSeconds);
        System.out.printf(Locale.ROOT, "BENCH baseline one aggregate (20 teams): median %.1f ms%n", a / 1e6);
        System.out.printf(Locale.ROOT, "BENCH flow+inflow+queue sections (5 statements): median %.1f ms%n", s / 1e6);
        System.out.printf(Locale.ROOT, "BENCH ratio sections/baseline = %.2f%n", s / a);
    }

    /** participants spread over the teams, referred 2015..2024, most enrolled, half of those exited. */
    private void generate(List<UUID> teams, int participants) {
        connections.executeWrite(status -> {
            try (Statement st = status.getConnection().createStatement()) {
                st.execute("CREATE TEMPORARY TABLE bench_team (n INT PRIMARY KEY, id CHAR(36))");
                StringBuilder values = new StringBuilder();
                for (int i = 0; i < teams.size(); i++) {
                    values.append(i == 0 ? "" : ",").append("(").append(i).append(",'").append(teams.get(i)).append("')");
                }
                st.execute("INSERT INTO bench_team VALUES " + values);
                st.execute("INSERT INTO participant (id, team_id, display_name, gender, birth_year, education, "
                        + "years_in_support, income_before, referrer, home_municipality, referral_date, queue_date, "
                        + "enrolment_date, trial_end_date, exit_date, income_after, preferred_language, created_at, "
                        + "updated_at, version) SELECT UUID(), t.id, 'bench', ELT(1 + s.seq % 3, 'WOMAN', 'MAN', "
                        + "'OTHER_UNKNOWN'), 1980, 'UPPER_SECONDARY', 3, ELT(1 + s.seq % 10, " + quoted(incomes()) + "), "
                        + "ELT(1 + s.seq % 11, " + quoted(referrers()) + "), 'Avesta', "
                        + "DATE '2015-01-01' + INTERVAL (s.seq * 7919 % 3650) DAY, "
                        + "DATE '2015-01-01' + INTERVAL (s.seq * 7919 % 3650 + 20) DAY, "
                        + "IF(s.seq % 10 < 8, DATE '2015-01-01' + INTERVAL (s.seq * 7919 % 3650 + 60) DAY, NULL), NULL, "
                        + "IF(s.seq % 10 < 4, DATE '2015-01-01' + INTERVAL (s.seq * 7919 % 3650 + 60 + s.seq % 700) DAY, NULL), "
                        + "IF(s.seq % 10 < 4, 'SALARY', NULL), 'sv', NOW(), NOW(), 0 "
                        + "FROM seq_1_to_" + participants + " s JOIN bench_team t ON t.n = s.seq % " + teams.size());
                st.execute("INSERT INTO participant_outcome (participant_id, outcome) SELECT id, "
                        + "IF(birth_year = 1980 AND RIGHT(id, 1) < '3', 'DROPOUT', 'WORK') FROM participant "
                        + "WHERE display_name = 'bench' AND exit_date IS NOT NULL");
                st.execute("DROP TEMPORARY TABLE bench_team");
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void execute(String sql) {
        connections.executeWrite(status -> {
            try (Statement st = status.getConnection().createStatement()) {
                return st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long count(String sql) {
        return connections.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                long n = 0;
                while (rs.next()) {
                    n += rs.getLong(3);
                }
                return n;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(","));
    }

    private static List<String> incomes() {
        return Arrays.stream(se.stegvis.participant.IncomeSource.values()).map(Enum::name).toList();
    }

    private static List<String> referrers() {
        return Arrays.stream(se.stegvis.participant.Referrer.values()).map(Enum::name).toList();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
