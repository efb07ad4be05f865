package se.stegvis.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.support.Fixtures;
import se.stegvis.team.TeamView;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Generates an association at national scale for the report benchmark, in the database itself
 * ({@code INSERT ... SELECT} over MariaDB's sequence tables, so millions of rows take minutes, not
 * hours): teams, participants over ten years (2016–2025) with background variables, queue,
 * enrolment, exits with one or two outcomes, ORS and SRS ratings in FIT sessions, and anonymous
 * indicator answers at start and exit. Values come from CRC32 of the row number: the same
 * parameters give the same data. MariaDB only — a benchmark tool, not application code.
 */
@Singleton
class NationalData {
    /** Answers per participant: sessions × (ORS + SRS) + indicator at start and at exit. */
    static final int SESSIONS_PER_PARTICIPANT = 9;

    private final Fixtures fixtures;
    private final InstrumentService instruments;
    private final ConnectionOperations<Connection> connections;

    NationalData(Fixtures fixtures, InstrumentService instruments, ConnectionOperations<Connection> connections) {
        this.fixtures = fixtures;
        this.instruments = instruments;
        this.connections = connections;
    }

    record Generated(UUID associationId, List<UUID> teamIds, long participants, long answers, long millis) {
    }

    /** An association with {@code teams} teams and {@code participants} participants; {@code tag} (one hex digit) keeps ids apart. */
    Generated generate(char tag, int teams, int participants) {
        long start = System.nanoTime();
        UUID association = fixtures.association();
        List<UUID> teamIds = new ArrayList<>();
        for (int i = 0; i < teams; i++) {
            TeamView t = fixtures.team(association);
            teamIds.add(t.id());
        }
        String ors = instruments.current(association, "ORS").versionId().toString();
        String srs = instruments.current(association, "SRS").versionId().toString();
        String indStart = instruments.current(association, "INDICATOR_START").versionId().toString();
        String indExit = instruments.current(association, "INDICATOR_EXIT").versionId().toString();
        connections.execute(ConnectionDefinition.DEFAULT, status -> {
            generate(status.getConnection(), tag, teamIds, ors, srs, indStart, indExit, participants);
            return null;
        });
        long answers = count("SELECT COUNT(*) FROM fit_rating WHERE team_id IN (SELECT id FROM team WHERE association_id = '"
                + association + "')") + count("SELECT COUNT(*) FROM anonymous_response WHERE team_id IN "
                + "(SELECT id FROM team WHERE association_id = '" + association + "')");
        return new Generated(association, teamIds, participants, answers, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The association a previous {@link #generate} with this tag left in the database, if any (to measure
     * again without generating: {@code -Dbench.reuse=true}).
     */
    java.util.Optional<Generated> existing(char tag) {
        String prefix = "b" + tag + "000000-0000-4000-8000-";
        return connections.execute(ConnectionDefinition.DEFAULT, status -> {
            try (Statement s = status.getConnection().createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT t.association_id FROM participant p JOIN team t "
                         + "ON t.id = p.team_id WHERE p.id LIKE '" + prefix + "%' LIMIT 1")) {
                if (!rs.next()) {
                    return java.util.Optional.<Generated>empty();
                }
                String association = rs.getString(1);
                List<UUID> teamIds = new ArrayList<>();
                try (Statement t = status.getConnection().createStatement();
                     java.sql.ResultSet teams = t.executeQuery("SELECT id FROM team WHERE association_id = '"
                             + association + "' ORDER BY id")) {
                    while (teams.next()) {
                        teamIds.add(UUID.fromString(teams.getString(1)));
                    }
                }
                long participants = count("SELECT COUNT(*) FROM participant WHERE id LIKE '" + prefix + "%'");
                long answers = count("SELECT COUNT(*) FROM fit_rating WHERE team_id IN (SELECT id FROM team WHERE "
                        + "association_id = '" + association + "')") + count("SELECT COUNT(*) FROM anonymous_response "
                        + "WHERE team_id IN (SELECT id FROM team WHERE association_id = '" + association + "')");
                return java.util.Optional.of(new Generated(UUID.fromString(association), teamIds, participants,
                        answers, 0));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void generate(Connection c, char tag, List<UUID> teamIds, String ors, String srs, String indStart,
                          String indExit, int participants) {
        int teams = teamIds.size();
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("SET SESSION foreign_key_checks = 0");
            s.execute("SET SESSION unique_checks = 0");
            s.execute("DROP TEMPORARY TABLE IF EXISTS bench_team");
            s.execute("CREATE TEMPORARY TABLE bench_team (n INT PRIMARY KEY, id CHAR(36) NOT NULL)");
            for (int i = 0; i < teamIds.size(); i++) {
                s.execute("INSERT INTO bench_team VALUES (" + i + ", '" + teamIds.get(i) + "')");
            }
            String prefix = "b" + tag + "000000-0000-4000-8000-";
            timed(s, "participants", participants(prefix, teams, participants));
            timed(s, "outcomes", outcomes(prefix));
            timed(s, "sessions", sessions(prefix));
            timed(s, "attendances", attendances(prefix));
            timed(s, "ratings", ratings(prefix, ors, "ORS", 0));
            timed(s, "ratings", ratings(prefix, srs, "SRS", 1));
            timed(s, "indicators", indicators(prefix, indStart, "enrolment_date"));
            timed(s, "indicators", indicators(prefix, indExit, "exit_date"));
            s.execute("ANALYZE TABLE participant, participant_outcome, fit_session, fit_attendance, fit_rating, "
                    + "anonymous_response");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void timed(Statement s, String step, String sql) throws SQLException {
        long start = System.nanoTime();
        int rows = s.executeUpdate(sql);
        System.out.printf(java.util.Locale.ROOT, "BENCH generate step=%s rows=%d seconds=%.1f%n", step, rows,
                (System.nanoTime() - start) / 1e9);
    }

    private static String h(String salt) {
        return "CRC32(CONCAT(q.seq, '" + salt + "'))";
    }

    private static String participants(String prefix, int teams, int n) {
        String referral = "DATE '2016-01-01' + INTERVAL (" + h("r") + " % 3650) DAY";
        String enrol = "(" + referral + " + INTERVAL (14 + " + h("w") + " % 120) DAY)";
        String enrolOrNull = "IF(" + enrol + " <= DATE '2025-12-31', " + enrol + ", NULL)";
        String exit = "(" + enrol + " + INTERVAL (30 + " + h("x") + " % 700) DAY)";
        String exitOrNull = "IF(" + exit + " <= DATE '2025-12-31', " + exit + ", NULL)";
        return "INSERT INTO participant (id, team_id, display_name, gender, birth_year, education, years_in_support, "
                + "income_before, referrer, home_municipality, referral_date, study_visit_date, queue_date, "
                + "enrolment_date, trial_end_date, exit_date, income_after, preferred_language, created_at, updated_at, "
                + "version) SELECT CONCAT('" + prefix + "', LPAD(HEX(q.seq), 12, '0')), t.id, CONCAT('Deltagare ', q.seq), "
                + "CASE WHEN " + h("g") + " % 100 < 48 THEN 'WOMAN' WHEN " + h("g") + " % 100 < 96 THEN 'MAN' "
                + "ELSE 'OTHER_UNKNOWN' END, 1960 + " + h("b") + " % 46, "
                + "ELT(1 + " + h("e") + " % 5, 'NONE_OR_PRIMARY', 'UPPER_SECONDARY_INCOMPLETE', 'UPPER_SECONDARY', "
                + "'POST_SECONDARY', 'UNKNOWN'), " + h("y") + " % 15, "
                + "ELT(1 + " + h("i") + " % 10, 'FORSORJNINGSSTOD', 'SJUKPENNING', 'SJUKPENNING_SARSKILDA_FALL', "
                + "'AKTIVITETSERSATTNING', 'SJUKERSATTNING', 'AKTIVITETSSTOD', 'UNEMPLOYMENT_INSURANCE', 'SALARY', "
                + "'NONE', 'OTHER'), "
                + "ELT(1 + " + h("f") + " % 11, 'SOCIAL_SERVICES', 'FORSAKRINGSKASSAN', 'ARBETSFORMEDLINGEN', "
                + "'PSYCHIATRY', 'PRIMARY_CARE', 'KAA', 'PROBATION', 'GUARDIAN', 'SCHOOL', 'SELF', 'OTHER'), 'Avesta', "
                + referral + ", " + referral + " + INTERVAL 7 DAY, " + referral + " + INTERVAL 14 DAY, "
                + enrolOrNull + ", " + enrolOrNull + " + INTERVAL 2 MONTH, IF(" + enrolOrNull + " IS NULL, NULL, "
                + exitOrNull + "), IF(" + enrolOrNull + " IS NULL OR " + exitOrNull + " IS NULL, NULL, "
                + "ELT(1 + " + h("a") + " % 5, 'SALARY', 'FORSORJNINGSSTOD', 'AKTIVITETSSTOD', 'SJUKPENNING', 'NONE')), "
                + "'sv', NOW(), NOW(), 0 FROM seq_1_to_" + n + " q JOIN bench_team t ON t.n = q.seq % " + teams;
    }

    private static String outcomes(String prefix) {
        String num = "CONV(RIGHT(p.id, 12), 16, 10)";
        return "INSERT IGNORE INTO participant_outcome (participant_id, outcome) SELECT p.id, "
                + "ELT(1 + CRC32(CONCAT(" + num + ", 'o', k.seq)) % 9, 'WORK', 'WORK_SUBSIDISED', 'STUDIES', "
                + "'JOB_SEEKING', 'CONTINUED_VOCATIONAL_REHAB', 'MEDICAL_REHAB', 'SICKNESS_COMPENSATION', 'OTHER', "
                + "'DROPOUT') FROM participant p JOIN seq_1_to_2 k WHERE p.id LIKE '" + prefix + "%' "
                + "AND p.exit_date IS NOT NULL AND (k.seq = 1 OR CRC32(CONCAT(" + num + ", 'two')) % 5 = 0)";
    }

    /** Session k of a participant: every 30 days from enrolment, while enrolled and up to the end of 2025. */
    private static String sessions(String prefix) {
        return "INSERT INTO fit_session (id, team_id, association_id, kind, held_on, coach_id, title, created_at, "
                + "created_by) SELECT " + sessionId("c") + ", p.team_id, t.association_id, 'INDIVIDUAL', "
                + "p.enrolment_date + INTERVAL 30 * k.seq DAY, p.team_id, NULL, NOW(), p.team_id "
                + "FROM participant p JOIN team t ON t.id = p.team_id JOIN seq_1_to_" + SESSIONS_PER_PARTICIPANT + " k "
                + "WHERE p.id LIKE '" + prefix + "%' AND p.enrolment_date IS NOT NULL "
                + "AND p.enrolment_date + INTERVAL 30 * k.seq DAY <= COALESCE(p.exit_date, DATE '2025-12-31') "
                + "ORDER BY p.id, k.seq"; // in primary-key order: appends to the clustered index
    }

    private static String sessionId(String kind) {
        // kind letter, the association's tag, then the participant's number and the session number: 36 characters
        return "CONCAT('" + kind + "', SUBSTRING(p.id, 2, 1), '0000', SUBSTRING(p.id, 9, 28), LPAD(HEX(k.seq), 2, '0'))";
    }

    private static String attendances(String prefix) {
        return "INSERT INTO fit_attendance (id, session_id, participant_id, ors_due_item_id, srs_due_item_id) "
                + "SELECT " + sessionId("d") + ", " + sessionId("c") + ", p.id, NULL, NULL "
                + "FROM participant p JOIN seq_1_to_" + SESSIONS_PER_PARTICIPANT + " k "
                + "WHERE p.id LIKE '" + prefix + "%' AND p.enrolment_date IS NOT NULL "
                + "AND p.enrolment_date + INTERVAL 30 * k.seq DAY <= COALESCE(p.exit_date, DATE '2025-12-31') "
                + "ORDER BY p.id, k.seq"; // in primary-key order: appends to the clustered index
    }

    /** ORS rising with the session number (most improve), SRS high with some low ones. */
    private static String ratings(String prefix, String version, String code, int which) {
        String base = which == 0 ? "LEAST(10, 3 + k.seq * 0.4 + (CRC32(CONCAT(p.id, k.seq, 'v')) % 30) / 10)"
                : "LEAST(10, 6 + (CRC32(CONCAT(p.id, k.seq, 's')) % 40) / 10)";
        return "INSERT INTO fit_rating (id, session_id, participant_id, team_id, instrument_code, instrument_version_id, "
                + "response_id, item_1, item_2, item_3, item_4, total, source, entered_by, recorded_at) "
                + "SELECT " + sessionId(which == 0 ? "e" : "f") + ", " + sessionId("c") + ", p.id, p.team_id, '" + code
                + "', '" + version + "', NULL, " + base + ", " + base + ", " + base + ", " + base + ", 4 * " + base
                + ", 'PORTAL', NULL, NOW() FROM participant p JOIN seq_1_to_" + SESSIONS_PER_PARTICIPANT + " k "
                + "WHERE p.id LIKE '" + prefix + "%' AND p.enrolment_date IS NOT NULL "
                + "AND p.enrolment_date + INTERVAL 30 * k.seq DAY <= COALESCE(p.exit_date, DATE '2025-12-31') "
                + "ORDER BY p.id, k.seq"; // in primary-key order: appends to the clustered index
    }

    /** One anonymous indicator answer at the given date (enrolment or exit) — no participant key, as stored for real. */
    private static String indicators(String prefix, String version, String dateColumn) {
        String item = "1 + CRC32(CONCAT(p.id, '%s', '" + dateColumn + "')) % 5";
        StringBuilder json = new StringBuilder("CONCAT('{");
        String[] keys = {"influence", "respect", "time", "usefulness", "readiness"};
        for (int i = 0; i < keys.length; i++) {
            json.append(i == 0 ? "" : ",").append("\"").append(keys[i]).append("\":', ")
                    .append(item.replace("%s", keys[i])).append(", '");
        }
        json.append("}')");
        return "INSERT INTO anonymous_response (id, team_id, instrument_version_id, period, gender, age_band, answers) "
                + "SELECT UUID(), p.team_id, '" + version + "', DATE_FORMAT(p." + dateColumn + ", '%Y-%m'), p.gender, "
                + "CASE WHEN YEAR(p." + dateColumn + ") - p.birth_year < 25 THEN '16-24' "
                + "WHEN YEAR(p." + dateColumn + ") - p.birth_year < 35 THEN '25-34' "
                + "WHEN YEAR(p." + dateColumn + ") - p.birth_year < 45 THEN '35-44' "
                + "WHEN YEAR(p." + dateColumn + ") - p.birth_year < 55 THEN '45-54' ELSE '55-64' END, " + json
                + " FROM participant p WHERE p.id LIKE '" + prefix + "%' AND p." + dateColumn + " IS NOT NULL";
    }

    private long count(String sql) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> {
            try (Statement s = status.getConnection().createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
