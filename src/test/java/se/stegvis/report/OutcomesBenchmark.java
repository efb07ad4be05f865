package se.stegvis.report;

import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.Gender;
import se.stegvis.participant.Outcome;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the outcomes section costs at scale: an association of {@code bench.teams} teams with
 * {@code bench.participants} participants over ten years (2016–2025, generated straight into the tables),
 * the section's raw figures for the year 2025 against ONE hand-written aggregate of the same year's exits
 * by team and gender, alternating in one run. Prints both times, the ratio and the bytes the section
 * allocates per report. Not part of the suite (the name does not end in Test): run {@code bench/outcomes.sh}.
 */
@MicronautTest(transactional = false)
class OutcomesBenchmark {
    private static final LocalDate START = LocalDate.of(2016, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 12, 31);

    @Inject
    Fixtures fixtures;
    @Inject
    OutcomesSection section;
    @Inject
    ConnectionOperations<Connection> connections;

    @Test
    void outcomesSectionVersusOneAggregate() {
        int n = Integer.getInteger("bench.participants", 100_000);
        int teamCount = Integer.getInteger("bench.teams", 20);
        UUID association = fixtures.association();
        List<UUID> teams = new ArrayList<>();
        for (int i = 0; i < teamCount; i++) {
            teams.add(fixtures.team(association).id());
        }
        long t0 = System.nanoTime();
        generate(teams, n);
        System.out.printf(Locale.ROOT, "BENCH generated %d participants in %d teams in %.1f s%n", n, teamCount,
                (System.nanoTime() - t0) / 1e9);
        ReportRequest request = new ReportRequest(association, teams, ReportPeriod.year(2025), ReportSettings.DEFAULTS);
        for (int i = 0; i < 3; i++) { // warm-up
            section.raw(request);
            baseline(teams);
        }
        int rounds = Integer.getInteger("bench.rounds", 10);
        long sectionNanos = 0;
        long baselineNanos = 0;
        long allocated = 0;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < rounds; i++) {
            long a0 = threads.getCurrentThreadAllocatedBytes();
            long s0 = System.nanoTime();
            assertThat(section.raw(request)).hasSize(teamCount);
            long s1 = System.nanoTime();
            allocated += threads.getCurrentThreadAllocatedBytes() - a0;
            assertThat(baseline(teams)).isPositive();
            long s2 = System.nanoTime();
            sectionNanos += s1 - s0;
            baselineNanos += s2 - s1;
        }
        System.out.printf(Locale.ROOT, "BENCH outcomes section (3 grouped statements): %.1f ms per report%n",
                sectionNanos / 1e6 / rounds);
        System.out.printf(Locale.ROOT, "BENCH one aggregate of the year's exits by team and gender: %.1f ms%n",
                baselineNanos / 1e6 / rounds);
        System.out.printf(Locale.ROOT, "BENCH ratio section/aggregate: %.2f%n", (double) sectionNanos / baselineNanos);
        System.out.printf(Locale.ROOT, "BENCH allocated per report: %.1f MB%n", allocated / 1e6 / rounds);
    }

    private long baseline(List<UUID> teams) {
        String sql = "SELECT team_id, gender, COUNT(*) FROM participant WHERE team_id IN ("
                + String.join(",", Collections.nCopies(teams.size(), "?"))
                + ") AND exit_date >= ? AND exit_date <= ? AND enrolment_date IS NOT NULL GROUP BY team_id, gender";
        return connections.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                int i = 1;
                for (UUID t : teams) {
                    ps.setString(i++, t.toString());
                }
                ps.setObject(i++, LocalDate.of(2025, 1, 1));
                ps.setObject(i, END);
                long sum = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sum += rs.getLong(3);
                    }
                }
                return sum;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Participants spread over ten years: 85 % enrolled, of those 80 % left (one or two outcomes). */
    private void generate(List<UUID> teams, int n) {
        Random random = new Random(42);
        Outcome[] outcomes = Outcome.values();
        List<Object[]> people = new ArrayList<>();
        List<Object[]> exits = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            LocalDate referral = START.plusDays(random.nextInt((int) (END.toEpochDay() - START.toEpochDay()) - 60));
            LocalDate enrolment = random.nextInt(100) < 85 ? referral.plusDays(10 + random.nextInt(50)) : null;
            LocalDate exit = enrolment != null && random.nextInt(100) < 80 ? enrolment.plusDays(30 + random.nextInt(900)) : null;
            if (exit != null && exit.isAfter(END)) {
                exit = null;
            }
            people.add(new Object[]{id.toString(), teams.get(random.nextInt(teams.size())).toString(),
                    Gender.values()[random.nextInt(3)].name(), referral.getYear() - 18 - random.nextInt(45),
                    random.nextInt(15), referral, enrolment, exit});
            if (exit != null) {
                Outcome first = outcomes[random.nextInt(outcomes.length)];
                exits.add(new Object[]{id.toString(), first.name()});
                if (first != Outcome.DROPOUT && random.nextInt(5) == 0) {
                    Outcome second = outcomes[random.nextInt(outcomes.length - 1)];
                    if (second != first) {
                        exits.add(new Object[]{id.toString(), second.name()});
                    }
                }
            }
            if (people.size() == 1000 || i == n - 1) {
                insert("participant (id, team_id, gender, birth_year, years_in_support, referral_date, enrolment_date, "
                        + "exit_date, display_name, education, income_before, referrer, home_municipality, "
                        + "preferred_language, created_at, updated_at, version)", 8,
                        ", 'Bench', 'UNKNOWN', 'NONE', 'SOCIAL_SERVICES', 'Avesta', 'sv', ?, ?, 0", people, true);
                insert("participant_outcome (participant_id, outcome)", 2, "", exits, false);
                people.clear();
                exits.clear();
            }
        }
    }

    private void insert(String into, int columns, String constants, List<Object[]> rows, boolean stamps) {
        if (rows.isEmpty()) {
            return;
        }
        String row = "(" + String.join(",", Collections.nCopies(columns, "?")) + constants + ")";
        String sql = "INSERT INTO " + into + " VALUES " + String.join(",", Collections.nCopies(rows.size(), row));
        LocalDateTime now = LocalDateTime.of(2026, 1, 1, 0, 0);
        connections.executeWrite(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                int i = 1;
                for (Object[] r : rows) {
                    for (Object v : r) {
                        ps.setObject(i++, v);
                    }
                    if (stamps) {
                        ps.setObject(i++, now);
                        ps.setObject(i++, now);
                    }
                }
                return ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
