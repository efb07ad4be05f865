package se.stegvis.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import se.stegvis.shared.JdbcReads;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The access review's reads of audit_event: SELECT only (ADR 0010: nothing in the application updates or
 * deletes audit rows). Staff reads of a participant in the given teams, filtered by staff member and a UTC
 * time range; the time indexes (team_id, at) and (actor_id, at) of migration 200 serve the range and the order.
 */
@Singleton
class AccessReviewRepository {
    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;

    AccessReviewRepository(JdbcOperations jdbc, ConnectionOperations<Connection> connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    /** What to read: teams (never empty), optional staff member, optional UTC bounds [from, to). */
    record Range(Collection<UUID> teamIds, @Nullable UUID staffId, @Nullable LocalDateTime from,
                 @Nullable LocalDateTime toExclusive) {
    }

    /**
     * Reviewed reads, newest first (by time, then id), after the read {@code before} when given, {@code limit} at
     * most. One statement per team, each walking (team_id, at) backwards from the cursor and stopping at the limit,
     * merged here: a period far in the past or an association of many teams costs a seek per team instead of a
     * walk over every newer row (ADR 0010).
     */
    List<AccessRead> reads(Range range, @Nullable Long before, int limit) {
        LocalDateTime beforeAt = null;
        if (before != null) {
            List<LocalDateTime> at = JdbcReads.list(jdbc, "SELECT at FROM audit_event WHERE id = ?", List.of(before),
                    rs -> rs.getObject(1, LocalDateTime.class));
            if (at.isEmpty()) {
                return List.of();
            }
            beforeAt = at.get(0);
        }
        List<AccessRead> merged = new ArrayList<>();
        for (UUID teamId : range.teamIds()) {
            merged.addAll(teamReads(teamId, range, beforeAt, before, limit));
        }
        merged.sort(NEWEST_FIRST);
        return merged.size() > limit ? List.copyOf(merged.subList(0, limit)) : merged;
    }

    /**
     * Every reviewed read in the range, newest first, or {@code max + 1} of them when there are more (the caller
     * refuses those): team by team, each asked only for what is still missing, so an export never fetches more
     * than {@code max + 1} rows whatever the number of teams.
     */
    List<AccessRead> allReads(Range range, int max) {
        List<AccessRead> all = new ArrayList<>();
        for (UUID teamId : range.teamIds()) {
            all.addAll(teamReads(teamId, range, null, null, max + 1 - all.size()));
            if (all.size() > max) {
                break;
            }
        }
        all.sort(NEWEST_FIRST);
        return all;
    }

    private List<AccessRead> teamReads(UUID teamId, Range range, @Nullable LocalDateTime beforeAt,
                                       @Nullable Long before, int limit) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT id, at, actor_id, action, team_id, participant_id FROM audit_event ");
        where(sql, args, new Range(List.of(teamId), range.staffId(), range.from(), range.toExclusive()),
                ReadActions.REVIEWED);
        if (beforeAt != null) {
            sql.append(" AND at <= ? AND (at < ? OR id < ?)");
            args.addAll(List.of(beforeAt, beforeAt, before));
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
        args.add(limit);
        return JdbcReads.list(jdbc, sql.toString(), args, AccessReviewRepository::read);
    }

    static final Comparator<AccessRead> NEWEST_FIRST = Comparator.comparing(AccessRead::at)
            .thenComparingLong(AccessRead::id).reversed();

    /** Record reads (not list reads) in the range, one row at a time: the flag's input. */
    void recordReads(Range range, RecordReadSink sink) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT actor_id, participant_id, at FROM audit_event ");
        where(sql, args, range, ReadActions.RECORD.stream().sorted().toList());
        JdbcReads.stream(connections, sql.toString(), args, rs -> sink.accept(UUID.fromString(rs.getString(1)),
                UUID.fromString(rs.getString(2)), rs.getObject(3, LocalDateTime.class)));
    }

    @FunctionalInterface
    interface RecordReadSink {
        void accept(UUID staffId, UUID participantId, LocalDateTime at);
    }

    private static void where(StringBuilder sql, List<Object> args, Range range, List<String> actions) {
        sql.append("WHERE team_id IN (").append(JdbcReads.marks(range.teamIds().size())).append(")");
        args.addAll(JdbcReads.ids(range.teamIds()));
        sql.append(" AND actor_kind = 'STAFF' AND participant_id IS NOT NULL AND action IN (")
                .append(JdbcReads.marks(actions.size())).append(")");
        args.addAll(actions);
        if (range.staffId() != null) {
            sql.append(" AND actor_id = ?");
            args.add(range.staffId().toString());
        }
        if (range.from() != null) {
            sql.append(" AND at >= ?");
            args.add(range.from());
        }
        if (range.toExclusive() != null) {
            sql.append(" AND at < ?");
            args.add(range.toExclusive());
        }
    }

    private static AccessRead read(ResultSet rs) throws SQLException {
        return new AccessRead(rs.getLong(1), rs.getObject(2, LocalDateTime.class), UUID.fromString(rs.getString(3)),
                rs.getString(4), UUID.fromString(rs.getString(5)), UUID.fromString(rs.getString(6)));
    }
}
