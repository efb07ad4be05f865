package se.stegvis.response;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import se.stegvis.shared.JdbcReads;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import static se.stegvis.shared.JdbcReads.ids;
import static se.stegvis.shared.JdbcReads.marks;

/**
 * The reads behind the report figures of answers ({@link IndicatorFigures}, {@link RatingFigures}): one
 * statement for all requested teams, only the columns the counting needs, read forward-only and
 * streamed row by row to the caller (Connector/J holds the whole result in memory unless the fetch size
 * is {@link Integer#MIN_VALUE}), so a report's memory does not grow with the number of answers. The
 * answers are JSON that H2 (the demo database) cannot take apart in SQL, so they are counted in Java as
 * they pass; nothing is kept per row.
 */
@Singleton
class AnswerFiguresRepository {
    private final ConnectionOperations<Connection> connections;

    AnswerFiguresRepository(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /** One answer as it passes: its team, instrument version, gender (anonymous answers; else null) and JSON. */
    @FunctionalInterface
    interface AnswerSink {
        void accept(String teamId, String versionId, String gender, String answers);
    }

    /** Anonymous answers of the teams and versions whose month lies from {@code fromMonth} to {@code toMonth} (YYYY-MM). */
    void anonymous(Collection<UUID> teamIds, Collection<UUID> versionIds, String fromMonth, String toMonth,
                   AnswerSink sink) {
        String sql = "SELECT team_id, instrument_version_id, gender, answers FROM anonymous_response "
                + "WHERE team_id IN (" + marks(teamIds.size()) + ") AND instrument_version_id IN ("
                + marks(versionIds.size()) + ") AND period >= ? AND period <= ?";
        List<Object> args = new ArrayList<>(ids(teamIds));
        args.addAll(ids(versionIds));
        args.add(fromMonth);
        args.add(toMonth);
        JdbcReads.stream(connections, sql, args, rs -> sink.accept(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** Identified answers of one instrument by the teams' participants handed in from {@code from} (inclusive) to {@code to} (exclusive, UTC). */
    void identified(Collection<UUID> teamIds, String instrumentCode, LocalDateTime from, LocalDateTime to,
                    AnswerSink sink) {
        String sql = "SELECT team_id, instrument_version_id, answers FROM identified_response "
                + "WHERE team_id IN (" + marks(teamIds.size()) + ") AND instrument_code = ? "
                + "AND submitted_at >= ? AND submitted_at < ?";
        List<Object> args = new ArrayList<>(ids(teamIds));
        args.add(instrumentCode);
        args.add(from);
        args.add(to);
        JdbcReads.stream(connections, sql, args, rs -> sink.accept(rs.getString(1), rs.getString(2), null, rs.getString(3)));
    }
}
