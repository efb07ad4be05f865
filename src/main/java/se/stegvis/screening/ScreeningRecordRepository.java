package se.stegvis.screening;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ScreeningRecordRepository extends CrudRepository<ScreeningRecord, UUID> {
    List<ScreeningRecord> findByParticipantIdOrderBySubmittedAtDesc(UUID participantId);

    List<ScreeningRecord> findByTeamIdInAndReadAtIsNull(Collection<UUID> teamIds);

    /** Moves one row to another participant id with its payload sealed to that id (anonymisation, ADR 0011). */
    @Query("UPDATE screening_response SET participant_id = :participantId, key_id = :keyId, payload = :payload "
            + "WHERE id = :id")
    int reassign(String id, String participantId, String keyId, String payload);

    /** The next rows (by id, after {@code afterId}) not encrypted with {@code keyId}: the rotation's pages. */
    @Query("SELECT * FROM screening_response WHERE key_id <> :keyId AND id > :afterId ORDER BY id LIMIT :limit")
    List<ScreeningRecord> staleAfter(String keyId, String afterId, int limit);

    /**
     * Moves one row to another key, only if it is still on {@code oldKeyId} (a concurrent rotation may have
     * moved it): the other columns (a coach marking it read meanwhile) are left alone. 1 when moved.
     */
    @Query("UPDATE screening_response SET key_id = :newKeyId, payload = :newPayload WHERE id = :id AND key_id = :oldKeyId")
    int rekey(String id, String oldKeyId, String newKeyId, String newPayload);

    /** The key ids rows are encrypted with (ix_screening_response_key: one index read per key id). */
    @Query("SELECT DISTINCT key_id FROM screening_response")
    List<String> keyIdsInUse();

    /** A few rows encrypted with {@code keyId}, any of them (the startup check's sample). */
    @Query("SELECT * FROM screening_response WHERE key_id = :keyId LIMIT :limit")
    List<ScreeningRecord> sampleOfKey(String keyId, int limit);

    /** How many rows each key id encrypts. */
    @Query("SELECT key_id, COUNT(*) AS row_total FROM screening_response GROUP BY key_id")
    List<KeyUse> countByKeyId();

    @Introspected
    record KeyUse(String keyId, long rowTotal) {
    }
}
