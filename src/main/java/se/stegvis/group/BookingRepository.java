package se.stegvis.group;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BookingRepository extends CrudRepository<Booking, UUID> {

    Optional<Booking> findByActivityIdAndParticipantId(UUID activityId, UUID participantId);

    long countByActivityIdAndStatus(UUID activityId, BookingStatus status);

    long countByActivityIdAndStatusAndSeqLessThanEquals(UUID activityId, BookingStatus status, int seq);

    List<Booking> findByActivityIdAndStatusOrderBySeqAsc(UUID activityId, BookingStatus status);

    List<Booking> findByActivityIdInAndStatusNotEqualOrderBySeqAsc(Collection<UUID> activityIds, BookingStatus status);

    List<Booking> findByParticipantIdAndStatusNotEqual(UUID participantId, BookingStatus status);

    List<Booking> findByParticipantIdAndStatusAndPromotionSeenFalse(UUID participantId, BookingStatus status);
}
