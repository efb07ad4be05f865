package se.stegvis.participant;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import se.stegvis.shared.JdbcReads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grouped statements behind {@link FlowFigures}: each reads every requested team at once and
 * returns one row per team and group (gender, outcome, referrer, ...), never one per participant. The
 * definitions of the figures are on {@link FlowFigures}. Plain SQL that MariaDB, MySQL 8 and H2 (MySQL
 * mode) all run. Callers run inside a transaction.
 */
@Singleton
class FlowRepository {
    private static final String IN_PERIOD = " BETWEEN :from AND :to ";
    private static final String EXIT_WITH_ENROLMENT = "p.exit_date" + IN_PERIOD + "AND p.enrolment_date IS NOT NULL";

    /** Where a day lies against the period: 0 none, 1 before, 2 in, 3 after. */
    private static String bucket(String column) {
        return "CASE WHEN " + column + " IS NULL THEN 0 WHEN " + column + " < :from THEN 1 WHEN " + column
                + " <= :to THEN 2 ELSE 3 END";
    }

    /** The teams' participants who meet {@code condition}, grouped as {@link #FLOW} groups them. */
    private static String flowGroups(String condition) {
        return "SELECT p.team_id, p.gender, " + bucket("p.enrolment_date") + " AS enrolment, "
                + bucket("p.exit_date") + " AS exit_, "
                + "CASE WHEN p.exit_date < p.enrolment_date THEN 1 ELSE 0 END AS reversed, COUNT(*) AS persons "
                + "FROM participant p WHERE p.team_id IN (:teams) AND " + condition
                + " GROUP BY p.team_id, p.gender, enrolment, exit_, reversed";
    }

    /**
     * The participants of the teams grouped by where their enrolment and exit lie against the period (and whether
     * the exit is before the enrolment); {@link FlowFigures#flow} makes the flow of it. Only index ranges are
     * read: those not exited before the period (ix_participant_exits: no exit, then an exit from the period's first
     * day on) and those who entered in the period after an exit before it (ix_participant_enrolments; records that
     * broke the path rules). Everyone else — exited before the period, not entered in it — counts in no figure. Each
     * range is grouped by a few narrow values, not summed over eight conditions per row: at 400,000 participants
     * 250 → 115 ms (docs/reports.md), about half of what the whole-table aggregate it is measured against takes.
     * "No exit" and "exit from the first day" are two parts, not one {@code IS NULL OR >=}: with the OR, MariaDB
     * 10.11 planned the first part now as the range, now (after other report statements on the connection, for
     * 100 teams) as a scan of the whole index — 140 against 240 ms at 400,000 participants; as two parts it plans
     * ranges every time (docs/reports.md).
     */
    static final String FLOW = flowGroups("p.exit_date IS NULL") + " UNION ALL "
            + flowGroups("p.exit_date >= :from") + " UNION ALL "
            + flowGroups("p.enrolment_date" + IN_PERIOD + "AND p.exit_date < :from");

    /** The exits by outcome set ({@link ExitOutcomes}): one range of ix_participant_exits, nothing looked up. */
    static final String OUTCOMES = "SELECT p.team_id, p.gender, p.exit_outcomes, COUNT(*) AS persons "
            + "FROM participant p WHERE p.team_id IN (:teams) AND " + EXIT_WITH_ENROLMENT
            + " AND p.exit_outcomes IS NOT NULL GROUP BY p.team_id, p.gender, p.exit_outcomes";

    static final String INFLOW = "SELECT p.team_id, p.gender, p.referrer, p.income_before, COUNT(*) AS persons "
            + "FROM participant p WHERE p.team_id IN (:teams) AND p.enrolment_date" + IN_PERIOD
            + "GROUP BY p.team_id, p.gender, p.referrer, p.income_before";

    static final String INCOME_CHANGES = "SELECT p.team_id, p.income_before, p.income_after, COUNT(*) AS persons "
            + "FROM participant p WHERE p.team_id IN (:teams) AND " + EXIT_WITH_ENROLMENT
            + " GROUP BY p.team_id, p.income_before, p.income_after";

    /** Reads ix_participant_enrolments alone (those enrolled after the end or never; migration 290). */
    static final String QUEUE = "SELECT p.team_id, p.gender, p.queue_date, COUNT(*) AS persons "
            + "FROM participant p WHERE p.team_id IN (:teams) AND p.queue_date <= :to "
            + "AND (p.enrolment_date IS NULL OR p.enrolment_date > :to) AND (p.exit_date IS NULL OR p.exit_date > :to) "
            + "GROUP BY p.team_id, p.gender, p.queue_date";

    private static final Pattern PARAMETER = Pattern.compile(":(teams|from|to)\\b");

    /** Maps one result row; the result set is positioned on it. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;

    FlowRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs one of the statements above for these teams and dates ({@code from} may be null if unused). */
    <T> List<T> query(String sql, Collection<UUID> teamIds, LocalDate from, LocalDate to, RowMapper<T> mapper) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        String bound = bind(sql, Map.of("from", from == null ? to : from, "to", to), teamIds, args);
        return JdbcReads.list(jdbc, bound, args, mapper::map);
    }

    /** Replaces the named parameters with '?' in order and collects their values. */
    private static String bind(String sql, Map<String, LocalDate> dates, Collection<UUID> teamIds, List<Object> args) {
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (m.group(1).equals("teams")) {
                m.appendReplacement(out, String.join(",", teamIds.stream().map(id -> "?").toList()));
                teamIds.forEach(id -> args.add(id.toString()));
            } else {
                m.appendReplacement(out, "?");
                args.add(dates.get(m.group(1)));
            }
        }
        m.appendTail(out);
        return out.toString();
    }
}
