package se.stegvis.screening;

import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import se.stegvis.shared.JdbcReads;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The read behind {@link ScreeningFiguresService}: the screenings of all requested teams and months in
 * one statement (the team/period index), only the columns that decryption and counting need, read
 * forward-only and streamed row by row (Connector/J holds the whole result in memory unless the fetch
 * size is {@link Integer#MIN_VALUE}), so the counting never holds more than one screening.
 */
@Singleton
class ScreeningFiguresRepository {
    private final ConnectionOperations<Connection> connections;

    ScreeningFiguresRepository(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    /**
     * Each screening of the teams whose month lies from {@code fromMonth} to {@code toMonth} (YYYY-MM), as a
     * record with what {@link ScreeningVault#open} and the counts use (times and readers left out).
     */
    void ofTeams(Collection<UUID> teamIds, String fromMonth, String toMonth, Consumer<ScreeningRecord> sink) {
        List<UUID> teams = List.copyOf(teamIds);
        String sql = "SELECT id, participant_id, team_id, instrument_version_id, period, gender, declined, key_id, "
                + "payload FROM screening_response WHERE team_id IN ("
                + JdbcReads.marks(teams.size())
                + ") AND period >= ? AND period <= ?";
        List<Object> args = new ArrayList<>(JdbcReads.ids(teams));
        args.add(fromMonth);
        args.add(toMonth);
        JdbcReads.stream(connections, sql, args, rs -> sink.accept(new ScreeningRecord(
                UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)), UUID.fromString(rs.getString(3)),
                UUID.fromString(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                rs.getString(8), rs.getString(9), null, null, null)));
    }
}
