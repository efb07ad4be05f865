package se.stegvis.report;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.support.Fixtures;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * every reference points at a row it wrote before. The rows the application keeps beside the answers
 * (counted ratings, first ORS, year rows, the exit's outcomes on the participant) come from the same
 * formulas as the answers, not from reading the written tables back (joins and groupings over 20 million
 * rows that took most of the time); {@code NationalDataTest} holds them to the application's REBUILD
 * statements and the migrations' fills. After the participants, one connection per core (the server runs
 * each statement on one core; two here) takes the next of the other tables, costliest first. The server's
 * automatic statistics recalculation is paused meanwhile. Each step prints its rows, seconds, rows per
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
                // the year rows' grouping in memory: with the default 16 MB it went to disk at 1,250,000
                // participants (2 million groups; the step took 210 s instead of 70)
                "SET SESSION tmp_table_size = 2147483648, max_heap_table_size = 2147483648",
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
        // One creation time for every generated row: the counted ratings and first ORS rows copy their session's.
        String created = "TIMESTAMP '" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                + "'";
        try (Statement s = c.createStatement(); StatsRecalculation paused = StatsRecalculation.pause(s)) {
            c.setAutoCommit(true); // each statement its own transaction: the bulk path needs the table empty at its start
            for (String sql : setUp) {
                s.execute(sql);
            }
            timed(s, "participants", participants(most));
            // The other tables only read participant: one connection per core takes them in this order, the
            // costliest first, each the next one left when done. What fit.FigureRows' listeners and
            // ParticipantService.exit keep when the services write is written from the same formulas as the
            // ratings (NationalDataTest compares it with the REBUILD statements and the migrations' fills).
            workers(setUp, List.of(
                    List.of("fit_rating", ratings(created)),
                    List.of("fit_counted_rating", countedRatings(created)),
                    List.of("fit_session", sessions(created)),
                    List.of("fit_attendance", attendances()),
                    List.of("fit_year_figure", yearRows()),
                    List.of("anonymous_response", indicators()),
                    List.of("fit_first_ors", firstOrs(created)),
                    List.of("participant_outcome", outcomes())));
            long start = System.nanoTime();
            s.execute("ANALYZE TABLE participant, participant_outcome, fit_session, fit_attendance, fit_rating, "
                    + "fit_counted_rating, fit_first_ors, fit_year_figure, anonymous_response");
            System.out.printf(Locale.ROOT, "BENCH generate step=analyze seconds=%.1f%n", (System.nanoTime() - start) / 1e9);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * InnoDB's automatic statistics recalculation, off while generating (restored after; ANALYZE runs at the end):
     * after each bulk insert the server's background thread recalculated the tables' statistics again and again,
     * taking one of the two cores from the generator's connections (measured: 28.5 server CPU seconds for a
     * 2.3-million-row insert with it, 14.9 without, the same wall time alone). Left as it is when the user may
     * not change it.
     */
    private record StatsRecalculation(Statement s, String before) implements AutoCloseable {
        static StatsRecalculation pause(Statement s) throws SQLException {
            String before;
            try (ResultSet rs = s.executeQuery("SELECT @@GLOBAL.innodb_stats_auto_recalc")) {
                before = rs.next() ? rs.getString(1) : null;
            }
            try {
                s.execute("SET GLOBAL innodb_stats_auto_recalc = OFF");
            } catch (SQLException e) {
                before = null; // no privilege: generate with it on
            }
            return new StatsRecalculation(s, before);
        }

        @Override
        public void close() throws SQLException {
            if (before != null) {
                s.execute("SET GLOBAL innodb_stats_auto_recalc = " + ("1".equals(before) ? "ON" : "OFF"));
            }
        }
    }

    /**
     * The steps (table name, statement) on connections of their own, one per core of this machine (the server runs
     * here and each statement on one core; at least two), each connection taking the next step left in the list
     * when it is done.
     */
    private void workers(List<String> setUp, List<List<String>> steps) {
        int workers = Math.min(steps.size(), Math.max(2, Runtime.getRuntime().availableProcessors()));
        java.util.Queue<List<String>> left = new java.util.concurrent.ConcurrentLinkedQueue<>(steps);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> connections.execute(ConnectionDefinition.DEFAULT, status -> {
                    Connection c = status.getConnection();
                    try (Statement s = c.createStatement()) {
                        c.setAutoCommit(true);
                        for (String sql : setUp) {
                            s.execute(sql);
                        }
                        for (List<String> step = left.poll(); step != null; step = left.poll()) {
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

    /** The first outcome of participant number {@code num}'s exit (0–8, in {@link #OUTCOMES}' order). */
    private static String firstOutcome(String num) {
        return "CRC32(CONCAT(" + num + ", 'o', 1)) % 9";
    }

    /** The second outcome, always another one (only when {@link #twoOutcomes}). */
    private static String otherOutcome(String num) {
        return "(" + firstOutcome(num) + " + 1 + CRC32(CONCAT(" + num + ", 'o', 2)) % 8) % 9";
    }

    /** One exit in five has two outcomes. */
    private static String twoOutcomes(String num) {
        return "CRC32(CONCAT(" + num + ", 'two')) % 5 = 0";
    }

    /** In participant.ExitOutcomes' order: outcome i is bit 2^i of participant.exit_outcomes. */
    private static final String OUTCOMES = "'WORK', 'WORK_SUBSIDISED', 'STUDIES', 'JOB_SEEKING', "
            + "'CONTINUED_VOCATIONAL_REHAB', 'MEDICAL_REHAB', 'SICKNESS_COMPENSATION', 'OTHER', 'DROPOUT'";

    /**
     * Participant q of association a, in team q mod teams; identical rows to one association generated alone. The
     * exit's outcomes as participant.ExitOutcomes keeps them on the row ({@link #outcomes} writes them one by one).
     */
    private static String participants(int most) {
        String referral = "DATE '2016-01-01' + INTERVAL (" + h("r") + " % 3650) DAY";
        String enrol = "(" + referral + " + INTERVAL (14 + " + h("w") + " % 120) DAY)";
        String enrolOrNull = "IF(" + enrol + " <= DATE '2025-12-31', " + enrol + ", NULL)";
        String exit = "(" + enrol + " + INTERVAL (30 + " + h("x") + " % 700) DAY)";
        String exitOrNull = "IF(" + exit + " <= DATE '2025-12-31', " + exit + ", NULL)";
        String exited = enrolOrNull + " IS NOT NULL AND " + exitOrNull + " IS NOT NULL";
        return "INSERT INTO participant (id, team_id, display_name, gender, birth_year, education, years_in_support, "
                + "income_before, referrer, home_municipality, referral_date, study_visit_date, queue_date, "
                + "enrolment_date, trial_end_date, exit_date, income_after, exit_outcomes, preferred_language, "
                + "created_at, updated_at, version) SELECT CONCAT('b', a.tag, '000000-0000-4000-8000-', "
                + "LPAD(HEX(q.seq), 12, '0')), t.id, CONCAT('Deltagare ', q.seq), "
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
                + exitOrNull + "), IF(" + exited + ", "
                + "ELT(1 + " + h("a") + " % 5, 'SALARY', 'FORSORJNINGSSTOD', 'AKTIVITETSSTOD', 'SJUKPENNING', 'NONE'), "
                + "NULL), IF(" + exited + ", (1 << (" + firstOutcome("q.seq") + ")) + IF(" + twoOutcomes("q.seq")
                + ", 1 << (" + otherOutcome("q.seq") + "), 0), NULL), "
                + "'sv', NOW(), NOW(), 0 FROM bench_association a " // this order, or it reads all numbers for every team
                + "STRAIGHT_JOIN seq_1_to_" + most + " q ON q.seq <= a.participants "
                + "STRAIGHT_JOIN bench_team t ON t.tag = a.tag AND t.n = q.seq % a.teams";
    }

    /** One outcome per exit, a second (always a different one, so the key holds without a check) for one in five. */
    private static String outcomes() {
        String num = "CONV(RIGHT(p.id, 12), 16, 10)";
        return "INSERT INTO participant_outcome (participant_id, outcome) SELECT p.id, "
                + "ELT(1 + IF(k.seq = 1, " + firstOutcome(num) + ", " + otherOutcome(num) + "), " + OUTCOMES + ") "
                + "FROM participant p STRAIGHT_JOIN seq_1_to_2 k WHERE p.id LIKE '" + GENERATED + "' "
                + "AND p.exit_date IS NOT NULL AND (k.seq = 1 OR " + twoOutcomes(num) + ")";
    }

    /** The last day a session may be held: the exit, or the end of the generated years. */
    private static final String LAST_DAY = "COALESCE(p.exit_date, DATE '2025-12-31')";

    /** The day of session {@code k} of participant p: every 30 days from enrolment. */
    private static String heldOn(String k) {
        return "p.enrolment_date + INTERVAL 30 * " + k + " DAY";
    }

    /**
     * Session k of each enrolled participant (k up to {@code sessions}): every 30 days from enrolment, while enrolled
     * and up to the end of 2025. Participants first (STRAIGHT_JOIN), so rows come in primary-key order: presorted
     * for the index build. {@code also}: more tables joined after the sessions.
     */
    private static String visits(int sessions, String also) {
        return " FROM participant p STRAIGHT_JOIN seq_1_to_" + sessions + " k ON " + heldOn("k.seq") + " <= "
                + LAST_DAY + also + " WHERE p.id LIKE '" + GENERATED + "' AND p.enrolment_date IS NOT NULL";
    }

    private static String visits() {
        return visits(SESSIONS_PER_PARTICIPANT, "");
    }

    /** ... and the participant's association (its id and instrument versions). */
    private static final String ASSOCIATION = " STRAIGHT_JOIN bench_association a ON a.tag = SUBSTRING(p.id, 2, 1)";
    /** ... and the two instruments of each session: ORS (w = 1) and SRS (w = 2). */
    private static final String BOTH = " STRAIGHT_JOIN seq_1_to_2 w";

    private static String sessions(String created) {
        return "INSERT INTO fit_session (id, team_id, association_id, kind, held_on, coach_id, title, created_at, "
                + "created_by) SELECT " + sessionId("'c'", "k.seq") + ", p.team_id, a.id, 'INDIVIDUAL', "
                + heldOn("k.seq") + ", p.team_id, NULL, " + created + ", p.team_id"
                + visits(SESSIONS_PER_PARTICIPANT, ASSOCIATION);
    }

    private static String sessionId(String kind, String k) {
        // kind letter, the association's tag, then the participant's number and the session number: 36 characters
        return "CONCAT(" + kind + ", SUBSTRING(p.id, 2, 1), '0000', SUBSTRING(p.id, 9, 28), LPAD(HEX(" + k + "), 2, '0'))";
    }

    private static String attendances() {
        return "INSERT INTO fit_attendance (id, session_id, participant_id, ors_due_item_id, srs_due_item_id) "
                + "SELECT " + sessionId("'d'", "k.seq") + ", " + sessionId("'c'", "k.seq") + ", p.id, NULL, NULL"
                + visits();
    }

    /** Each ORS item at session k: rising with the session number (most improve). */
    private static String orsItem(String k) {
        return "LEAST(10, 3 + " + k + " * 0.4 + (CRC32(CONCAT(p.id, " + k + ", 'v')) % 30) / 10)";
    }

    /** Each SRS item at session k: high, with some low ones. */
    private static String srsItem(String k) {
        return "LEAST(10, 6 + (CRC32(CONCAT(p.id, " + k + ", 's')) % 40) / 10)";
    }

    /** ORS (w = 1) and SRS (w = 2) at every session, all four items alike: every rating complete, so counted. */
    private static String item() {
        return "IF(w.seq = 1, " + orsItem("k.seq") + ", " + srsItem("k.seq") + ")";
    }

    private static String ratings(String created) {
        String item = item();
        return "INSERT INTO fit_rating (id, session_id, participant_id, team_id, instrument_code, instrument_version_id, "
                + "response_id, item_1, item_2, item_3, item_4, total, source, entered_by, recorded_at) "
                + "SELECT " + sessionId("IF(w.seq = 1, 'e', 'f')", "k.seq") + ", " + sessionId("'c'", "k.seq")
                + ", p.id, p.team_id, IF(w.seq = 1, 'ORS', 'SRS'), IF(w.seq = 1, a.ors, a.srs), NULL, " + item + ", "
                + item + ", " + item + ", " + item + ", 4 * " + item + ", 'PORTAL', NULL, " + created
                + visits(SESSIONS_PER_PARTICIPANT, ASSOCIATION + BOTH);
    }

    /**
     * What fit.FigureRows keeps for each rating (REBUILD_COUNTED): every generated rating counts (complete, attended,
     * an individual session); an ORS's next ORS is the participant's next session's, if there is one.
     */
    private static String countedRatings(String created) {
        String next = heldOn("(k.seq + 1)");
        return "INSERT INTO fit_counted_rating (association_id, held_on, participant_id, session_id, instrument_code, "
                + "created_at, team_id, total, next_held_on) SELECT a.id, " + heldOn("k.seq") + ", p.id, "
                + sessionId("'c'", "k.seq") + ", IF(w.seq = 1, 'ORS', 'SRS'), " + created + ", p.team_id, 4 * "
                + item() + ", IF(w.seq = 1 AND k.seq < " + SESSIONS_PER_PARTICIPANT + " AND " + next + " <= "
                + LAST_DAY + ", " + next + ", NULL)" + visits(SESSIONS_PER_PARTICIPANT, ASSOCIATION + BOTH);
    }

    /** Each participant's first ORS (REBUILD_FIRST_ORS): the first session's. */
    private static String firstOrs(String created) {
        return "INSERT INTO fit_first_ors (participant_id, session_id, held_on, created_at, total) SELECT p.id, "
                + sessionId("'c'", "k.seq") + ", " + heldOn("k.seq") + ", " + created + ", 4 * " + orsItem("k.seq")
                + visits(1, "");
    }

    /**
     * Each participant's year rows (REBUILD_YEARS, then migration 320's first ORS): per year of their sessions, the
     * team (every session is the participant's team's), the SRS sum and count, the last ORS of the year (the year's
     * last session), the first ORS (the first session), and the participant's team, gender and birth year. Grouped
     * by participant and year from the sessions' formulas, without reading the ratings.
     */
    private static String yearRows() {
        return "INSERT INTO fit_year_figure (association_id, year_held, participant_id, lo_team, hi_team, srs_sum, "
                + "srs_n, latest_total, latest_session, latest_on, first_total, first_session, team_id, gender, "
                + "birth_year) SELECT a.id, y.year_held, p.id, p.team_id, p.team_id, y.srs_sum, y.srs_n, 4 * "
                + orsItem("y.last") + ", " + sessionId("'c'", "y.last") + ", " + heldOn("y.last") + ", 4 * "
                + orsItem("1") + ", " + sessionId("'c'", "1") + ", p.team_id, p.gender, p.birth_year FROM (SELECT "
                + "p.id, YEAR(" + heldOn("k.seq") + ") AS year_held, SUM(4 * " + srsItem("k.seq") + ") AS srs_sum, "
                + "COUNT(*) AS srs_n, MAX(k.seq) AS last" + visits() + " GROUP BY p.id, year_held) y "
                + "STRAIGHT_JOIN participant p ON p.id = y.id" + ASSOCIATION;
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
