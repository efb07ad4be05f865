package se.stegvis.fit;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import se.stegvis.shared.JdbcReads;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Sessions with their ratings, each read in ONE statement whatever the number of sessions: one
 * participant (the trend), many participants (the alert list), or a whole association
 * (the reference data of expected trajectories). Callers run inside a transaction.
 */
@Singleton
class HistoryRepository {
    private static final String SELECT = "SELECT a.participant_id, s.id, s.team_id, s.association_id, s.kind, s.held_on, s.created_at, "
            + "r.instrument_code, r.instrument_version_id, r.item_1, r.item_2, r.item_3, r.item_4, r.source "
            + "FROM fit_attendance a JOIN fit_session s ON s.id = a.session_id "
            + "LEFT JOIN fit_rating r ON r.session_id = a.session_id AND r.participant_id = a.participant_id ";
    private static final String ORDER = " ORDER BY a.participant_id, s.held_on, s.created_at, s.id";

    private final JdbcOperations jdbc;

    HistoryRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<HistoryRow> ofParticipant(UUID participantId) {
        return query(SELECT + "WHERE a.participant_id = ?" + ORDER, List.of(participantId.toString()));
    }

    /** The sessions of these participants held on or after {@code from} (all when null). */
    List<HistoryRow> ofParticipants(Collection<UUID> participantIds, LocalDate from) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(JdbcReads.ids(participantIds));
        args.add(from);
        return query(SELECT + "WHERE a.participant_id IN (" + JdbcReads.marks(participantIds.size())
                + ") AND s.held_on >= ?" + ORDER, args);
    }

    /** Every session and ORS of an association, for the expected trajectories. */
    List<HistoryRow> ofAssociation(UUID associationId) {
        return query(SELECT + "WHERE s.association_id = ?" + ORDER, List.of(associationId.toString()));
    }

    private List<HistoryRow> query(String sql, List<Object> args) {
        return JdbcReads.list(jdbc, sql, args, HistoryRepository::row);
    }

    private static HistoryRow row(ResultSet rs) throws SQLException {
        String code = rs.getString("instrument_code");
        String version = rs.getString("instrument_version_id");
        String source = rs.getString("source");
        return new HistoryRow(UUID.fromString(rs.getString("participant_id")), UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("team_id")), UUID.fromString(rs.getString("association_id")), SessionKind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class), rs.getObject("created_at", java.time.LocalDateTime.class),
                code, version == null ? null : UUID.fromString(version),
                Arrays.asList(decimal(rs, "item_1"), decimal(rs, "item_2"), decimal(rs, "item_3"), decimal(rs, "item_4")),
                source == null ? null : RatingSource.valueOf(source));
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }
}
