package se.stegvis.report;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import se.stegvis.fit.FigureRows;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.support.Fixtures;
import se.stegvis.support.MigrationSql;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates associations at national scale for the report benchmark, in the database itself
 * ({@code INSERT ... SELECT} over MariaDB's sequence tables, so millions of rows take minutes, not
 * hours): teams, participants over ten years (2016–2025) with background variables, queue,
 * enrolment, exits with one or two outcomes, ORS and SRS ratings in FIT sessions, and anonymous
 * indicator answers at start and exit. Values come from CRC32 of the row number: the same
 * parameters give the same data. MariaDB only — a benchmark tool, not application code.
 *
 * <p>Speed (docs/reports.md): every table is filled by ONE statement for all associations at once,
 * with foreign key and unique checks off for the session. InnoDB then takes its bulk path for an
 * insert into an empty table (MariaDB 10.6+): no undo log, each index sorted and built once at
 * commit instead of a B-tree insert per row — the schema (every index and key) stays as migrated.
 * The generator itself guarantees what the checks would check: every key it writes is unique and
 * every reference points at a row it wrote before. After the participants, two connections fill the
 * other tables side by side (the server runs each statement on one core). Each step prints its rows, seconds, rows per
 * second and the CPU seconds of the server thread that ran it (Linux, when the server runs here),
 * which show the cost even when other work shares the machine.
 */
@Singleton
class NationalData {
    /** FIT sessions per participant at most: monthly while enrolled; ~20 answers per participant in all. */
    static final int SESSIONS_PER_PARTICIPANT = 14;
    /** Generated participant ids: 'b', the association's tag, then the participant's number in hex. */
    private static final String GENERATED = "b_000000-0000-4000-8000-%";
    /** The tables' collation (the database's default may differ): their ids are compared with these. */
    private static final String COLLATION = "DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci";

    private final Fixtures fixtures;
    private final InstrumentService instruments;
    private final ConnectionOperations<Connection> connections;

    NationalData(Fixtures fixtures, InstrumentService instruments, ConnectionOperations<Connection> connections) {
        this.fixtures = fixtures;
        this.instruments = instruments;
        this.connections = connections;
    }

    /** One association to generate: {@code tag} (one hex digit) keeps its ids apart from the others'. */
    record Association(char tag, int teams, int participants) {
    }

    record Generated(UUID associationId, List<UUID> teamIds, long participants, long answers, long millis) {
    }

    /** The associations, each with its teams and participants, in one pass (the tables must hold no generated rows yet). */
    List<Generated> generate(List<Association> associations) {
        long start = System.nanoTime();
        List<UUID> ids = new ArrayList<>();
        List<List<UUID>> teams = new ArrayList<>();
        for (Association a : associations) {
            UUID association = fixtures.association();
            ids.add(association);
            List<UUID> teamIds = new ArrayList<>();
            for (int i = 0; i < a.teams(); i++) {
                teamIds.add(fixtures.team(association).id());
            }
            teams.add(teamIds);
        }
        connections.execute(ConnectionDefinition.DEFAULT, status -> {
            generate(status.getConnection(), associations, ids, teams);
            return null;
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Generated> out = new ArrayList<>();
        for (int i = 0; i < associations.size(); i++) {
            String in = "(SELECT id FROM team WHERE association_id = '" + ids.get(i) + "')";
            long answers = count("SELECT COUNT(*) FROM fit_rating WHERE team_id IN " + in)
                    + count("SELECT COUNT(*) FROM anonymous_response WHERE team_id IN " + in);
            out.add(new Generated(ids.get(i), teams.get(i), associations.get(i).participants(), answers, millis));
        }
        return out;
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

    private void generate(Connection c, List<Association> associations, List<UUID> ids, List<List<UUID>> teams) {
        List<String> setUp = new ArrayList<>(List.of(
                "SET SESSION foreign_key_checks = 0",
                "SET SESSION unique_checks = 0",
                "SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED", // no shared locks on the rows read
                "DROP TEMPORARY TABLE IF EXISTS bench_association",
                "CREATE TEMPORARY TABLE bench_association (tag CHAR(1) PRIMARY KEY, id CHAR(36) NOT NULL, "
                        + "teams INT NOT NULL, participants INT NOT NULL, ors CHAR(36) NOT NULL, srs CHAR(36) NOT NULL, "
                        + "ind_start CHAR(36) NOT NULL, ind_exit CHAR(36) NOT NULL) " + COLLATION,
                "DROP TEMPORARY TABLE IF EXISTS bench_team",
                "CREATE TEMPORARY TABLE bench_team (tag CHAR(1) NOT NULL, n INT NOT NULL, id CHAR(36) NOT NULL, "
                        + "PRIMARY KEY (tag, n)) " + COLLATION));
        int most = 0;
        for (int i = 0; i < associations.size(); i++) {
            Association a = associations.get(i);
            UUID id = ids.get(i);
            most = Math.max(most, a.participants());
            setUp.add("INSERT INTO bench_association VALUES ('" + a.tag() + "', '" + id + "', " + a.teams() + ", "
                    + a.participants() + ", '" + version(id, "ORS") + "', '" + version(id, "SRS") + "', '"
                    + version(id, "INDICATOR_START") + "', '" + version(id, "INDICATOR_EXIT") + "')");
            StringBuilder values = new StringBuilder("INSERT INTO bench_team VALUES ");
            for (int n = 0; n < a.teams(); n++) {
                values.append(n == 0 ? "" : ", ").append("('").append(a.tag()).append("', ").append(n).append(", '")
                        .append(teams.get(i).get(n)).append("')");
            }
            setUp.add(values.toString());
        }
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true); // each statement its own transaction: the bulk path needs the table empty at its start
            for (String sql : setUp) {
                s.execute(sql);
            }
            timed(s, "participants", participants(most));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // The other tables only read participant: two connections fill them side by side (one per core),
        // the ratings (the most rows) on one, the rest on the other.
        lanes(setUp, List.of(List.of("fit_rating", ratings())),
                List.of(List.of("fit_session", sessions()), List.of("fit_attendance", attendances()),
                        List.of("participant_outcome", outcomes()), List.of("anonymous_response", indicators())));
        try (Statement s = c.createStatement()) {
            // what fit.FigureRows' listeners keep when the services write
            timed(s, "fit_counted_rating", FigureRows.REBUILD_COUNTED);
            timed(s, "fit_first_ors", FigureRows.REBUILD_FIRST_ORS);
            timed(s, "fit_year_figure", FigureRows.REBUILD_YEARS);
            // the first ORS's copy on the year rows, as migration 320 filled stored data
            timed(s, "fit_year_figure.first_ors", MigrationSql.of("320-fit-year-first-ors.xml",
                    "320-fit-year-first-ors-fill"));
            // what participant.ParticipantService.exit keeps with the outcomes (migration 280's fill)
            timed(s, "participant.exit_outcomes", MigrationSql.of("280-participant-exit-outcomes.xml",
                    "280-participant-exit-outcomes-fill"));
            long start = System.nanoTime();
            s.execute("ANALYZE TABLE participant, participant_outcome, fit_session, fit_attendance, fit_rating, "
                    + "fit_counted_rating, fit_first_ors, fit_year_figure, anonymous_response");
            System.out.printf(Locale.ROOT, "BENCH generate step=analyze seconds=%.1f%n", (System.nanoTime() - start) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each lane's steps (table name, statement) in order on a connection of its own, the lanes at once. */
    @SafeVarargs
    private void lanes(List<String> setUp, List<List<String>>... lanes) {
        ExecutorService pool = Executors.newFixedThreadPool(lanes.length);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<List<String>> lane : lanes) {
                running.add(pool.submit(() -> connections.execute(ConnectionDefinition.DEFAULT, status -> {
                    Connection c = status.getConnection();
                    try (Statement s = c.createStatement()) {
                        c.setAutoCommit(true);
                        for (String sql : setUp) {
                            s.execute(sql);
                        }
                        for (List<String> step : lane) {
                            timed(s, step.get(0), step.get(1));
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                })));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private String version(UUID association, String code) {
        return instruments.current(association, code).versionId().toString();
    }

    private static void timed(Statement s, String table, String sql) throws SQLException {
        ServerThread thread = ServerThread.of(s);
        double cpuBefore = thread.cpuSeconds();
        long start = System.nanoTime();
        int rows = s.executeUpdate(sql);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = thread.cpuSeconds() - cpuBefore;
        System.out.printf(Locale.ROOT, "BENCH generate step=%s rows=%d seconds=%.1f rows_per_s=%.0f serverCpu_s=%s%n",
                table, rows, seconds, rows / seconds, Double.isNaN(cpu) ? "-" : String.format(Locale.ROOT, "%.1f", cpu));
    }

    /** The CPU time of the server thread serving this connection, from /proc when the server runs on this machine. */
    private record ServerThread(Path stat) {
        static ServerThread of(Statement s) throws SQLException {
            try (ResultSet rs = s.executeQuery("SELECT tid FROM information_schema.processlist WHERE id = CONNECTION_ID()")) {
                return new ServerThread(rs.next() ? Path.of("/proc", Long.toString(rs.getLong(1)), "task", Long.toString(rs.getLong(1)), "stat") : null);
            } catch (SQLException e) {
                return new ServerThread(null); // not MariaDB's processlist with a TID column
            }
        }

        double cpuSeconds() {
            try {
                if (stat == null || !Files.isReadable(stat)) {
                    return Double.NaN;
                }
                String text = Files.readString(stat);
                String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime + stime, USER_HZ
            } catch (java.io.IOException | RuntimeException e) {
                return Double.NaN;
            }
        }
    }

    private static String h(String salt) {
        return "CRC32(CONCAT(q.seq, '" + salt + "'))";
    }

    /** Participant q of association a, in team q mod teams; identical rows to one association generated alone. */
    private static String participants(int most) {
        String referral = "DATE '2016-01-01' + INTERVAL (" + h("r") + " % 3650) DAY";
        String enrol = "(" + referral + " + INTERVAL (14 + " + h("w") + " % 120) DAY)";
        String enrolOrNull = "IF(" + enrol + " <= DATE '2025-12-31', " + enrol + ", NULL)";
        String exit = "(" + enrol + " + INTERVAL (30 + " + h("x") + " % 700) DAY)";
        String exitOrNull = "IF(" + exit + " <= DATE '2025-12-31', " + exit + ", NULL)";
        return "INSERT INTO participant (id, team_id, display_name, gender, birth_year, education, years_in_support, "
                + "income_before, referrer, home_municipality, referral_date, study_visit_date, queue_date, "
                + "enrolment_date, trial_end_date, exit_date, income_after, preferred_language, created_at, updated_at, "
                + "version) SELECT CONCAT('b', a.tag, '000000-0000-4000-8000-', LPAD(HEX(q.seq), 12, '0')), t.id, "
                + "CONCAT('Deltagare ', q.seq), "
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
                + "'sv', NOW(), NOW(), 0 FROM bench_association a " // this order, or it reads all numbers for every team
                + "STRAIGHT_JOIN seq_1_to_" + most + " q ON q.seq <= a.participants "
                + "STRAIGHT_JOIN bench_team t ON t.tag = a.tag AND t.n = q.seq % a.teams";
    }

    /** One outcome per exit, a second (always a different one, so the key holds without a check) for one in five. */
    private static String outcomes() {
        String num = "CONV(RIGHT(p.id, 12), 16, 10)";
        String first = "CRC32(CONCAT(" + num + ", 'o', 1)) % 9";
        String other = "(" + first + " + 1 + CRC32(CONCAT(" + num + ", 'o', 2)) % 8) % 9";
        return "INSERT INTO participant_outcome (participant_id, outcome) SELECT p.id, "
                + "ELT(1 + IF(k.seq = 1, " + first + ", " + other + "), 'WORK', 'WORK_SUBSIDISED', 'STUDIES', "
                + "'JOB_SEEKING', 'CONTINUED_VOCATIONAL_REHAB', 'MEDICAL_REHAB', 'SICKNESS_COMPENSATION', 'OTHER', "
                + "'DROPOUT') FROM participant p STRAIGHT_JOIN seq_1_to_2 k WHERE p.id LIKE '" + GENERATED + "' "
                + "AND p.exit_date IS NOT NULL AND (k.seq = 1 OR CRC32(CONCAT(" + num + ", 'two')) % 5 = 0)";
    }

    /**
     * Session k of each enrolled participant: every 30 days from enrolment, while enrolled and up to the end of
     * 2025. Participants first (STRAIGHT_JOIN), so rows come in primary-key order: presorted for the index build.
     */
    private static String visits() {
        return " FROM participant p STRAIGHT_JOIN seq_1_to_" + SESSIONS_PER_PARTICIPANT + " k "
                + "ON p.enrolment_date + INTERVAL 30 * k.seq DAY <= COALESCE(p.exit_date, DATE '2025-12-31') "
                + "WHERE p.id LIKE '" + GENERATED + "' AND p.enrolment_date IS NOT NULL";
    }

    private static String sessions() {
        return "INSERT INTO fit_session (id, team_id, association_id, kind, held_on, coach_id, title, created_at, "
                + "created_by) SELECT " + sessionId("c") + ", p.team_id, a.id, 'INDIVIDUAL', "
                + "p.enrolment_date + INTERVAL 30 * k.seq DAY, p.team_id, NULL, NOW(), p.team_id" + visits().replace(
                " WHERE ", " STRAIGHT_JOIN bench_association a ON a.tag = SUBSTRING(p.id, 2, 1) WHERE ");
    }

    private static String sessionId(String kind) {
        // kind letter, the association's tag, then the participant's number and the session number: 36 characters
        return "CONCAT('" + kind + "', SUBSTRING(p.id, 2, 1), '0000', SUBSTRING(p.id, 9, 28), LPAD(HEX(k.seq), 2, '0'))";
    }

    private static String attendances() {
        return "INSERT INTO fit_attendance (id, session_id, participant_id, ors_due_item_id, srs_due_item_id) "
                + "SELECT " + sessionId("d") + ", " + sessionId("c") + ", p.id, NULL, NULL" + visits();
    }

    /** ORS (w = 1) rising with the session number (most improve), SRS (w = 2) high with some low ones. */
    private static String ratings() {
        String ors = "LEAST(10, 3 + k.seq * 0.4 + (CRC32(CONCAT(p.id, k.seq, 'v')) % 30) / 10)";
        String srs = "LEAST(10, 6 + (CRC32(CONCAT(p.id, k.seq, 's')) % 40) / 10)";
        String item = "IF(w.seq = 1, " + ors + ", " + srs + ")";
        return "INSERT INTO fit_rating (id, session_id, participant_id, team_id, instrument_code, instrument_version_id, "
                + "response_id, item_1, item_2, item_3, item_4, total, source, entered_by, recorded_at) "
                + "SELECT " + sessionId("e").replace("'e'", "IF(w.seq = 1, 'e', 'f')") + ", " + sessionId("c")
                + ", p.id, p.team_id, IF(w.seq = 1, 'ORS', 'SRS'), IF(w.seq = 1, a.ors, a.srs), NULL, " + item + ", "
                + item + ", " + item + ", " + item + ", 4 * " + item + ", 'PORTAL', NULL, NOW()"
                + visits().replace(" WHERE ", " STRAIGHT_JOIN bench_association a ON a.tag = SUBSTRING(p.id, 2, 1) "
                + "STRAIGHT_JOIN seq_1_to_2 w WHERE ");
    }

    /**
     * One anonymous indicator answer at enrolment (w = 1) and one at exit (w = 2) — no participant key, as
     * stored for real. The id looks random (a hash first, as the random v4 ids spread rows for real) but
     * is the same in every run: the participant's number and w after it keep it unique.
     */
    private static String indicators() {
        String date = "IF(w.seq = 1, p.enrolment_date, p.exit_date)";
        String column = "IF(w.seq = 1, 'enrolment_date', 'exit_date')";
        String item = "1 + CRC32(CONCAT(p.id, '%s', " + column + ")) % 5";
        StringBuilder json = new StringBuilder("CONCAT('{");
        String[] keys = {"influence", "respect", "time", "usefulness", "readiness"};
        for (int i = 0; i < keys.length; i++) {
            json.append(i == 0 ? "" : ",").append("\"").append(keys[i]).append("\":', ")
                    .append(item.replace("%s", keys[i])).append(", '");
        }
        json.append("}')");
        String id = "CONCAT(LPAD(HEX(CRC32(CONCAT(p.id, 'anon', w.seq))), 8, '0'), '-', SUBSTRING(p.id, 2, 1), "
                + "w.seq, '00-4000-8000-', RIGHT(p.id, 12))";
        return "INSERT INTO anonymous_response (id, team_id, instrument_version_id, period, gender, age_band, answers) "
                + "SELECT " + id + ", p.team_id, IF(w.seq = 1, a.ind_start, a.ind_exit), DATE_FORMAT(" + date
                + ", '%Y-%m'), p.gender, "
                + "CASE WHEN YEAR(" + date + ") - p.birth_year < 25 THEN '16-24' "
                + "WHEN YEAR(" + date + ") - p.birth_year < 35 THEN '25-34' "
                + "WHEN YEAR(" + date + ") - p.birth_year < 45 THEN '35-44' "
                + "WHEN YEAR(" + date + ") - p.birth_year < 55 THEN '45-54' ELSE '55-64' END, " + json
                + " FROM participant p STRAIGHT_JOIN bench_association a ON a.tag = SUBSTRING(p.id, 2, 1) "
                + "STRAIGHT_JOIN seq_1_to_2 w "
                + "WHERE p.id LIKE '" + GENERATED + "' AND " + date + " IS NOT NULL";
    }

    private long count(String sql) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> {
            try (PreparedStatement s = status.getConnection().prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
