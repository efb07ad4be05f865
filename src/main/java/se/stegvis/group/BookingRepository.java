package se.stegvis.group;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BookingRepository extends CrudRepository<Booking, UUID> {

    /**
     * Locks the participant's row in {@code group_participant_lock} until the transaction ends,
     * creating it on the first sign-up: one upsert, no check-then-insert (an existing row gets an
     * exclusive lock, a new one is locked by its insert). Sign-ups take it after the activity's lock
     * and before reading the places the participant holds, so two sign-ups by one person for two
     * overlapping activities run one after the other (ADR 0007).
     */
    @Query("INSERT INTO group_participant_lock (participant_id, sign_ups) VALUES (:participantId, 1)"
            + " ON DUPLICATE KEY UPDATE sign_ups = sign_ups + 1")
    void lockParticipant(UUID participantId);

    Optional<Booking> findByActivityIdAndParticipantId(UUID activityId, UUID participantId);

    long countByActivityIdAndStatus(UUID activityId, BookingStatus status);

    long countByActivityIdAndStatusAndSeqLessThanEquals(UUID activityId, BookingStatus status, int seq);

    List<Booking> findByActivityIdAndStatusOrderBySeqAsc(UUID activityId, BookingStatus status);

    List<Booking> findByActivityIdInAndStatusNotEqualOrderBySeqAsc(Collection<UUID> activityIds, BookingStatus status);

    List<Booking> findByParticipantIdAndStatusNotEqual(UUID participantId, BookingStatus status);

    List<Booking> findByParticipantIdAndStatusAndPromotionSeenFalse(UUID participantId, BookingStatus status);

    List<Booking> findByParticipantIdAndStatusAndPassedOverAtIsNotNull(UUID participantId, BookingStatus status);
}
