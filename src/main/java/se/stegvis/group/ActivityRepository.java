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
interface ActivityRepository extends CrudRepository<Activity, UUID> {

    /**
     * Reads the activity and locks its row until the transaction ends. Every change of its bookings
     * (sign-up, cancellation, promotion, a new capacity) takes this lock first, so counting the
     * booked seats and taking one is a single step whatever the concurrency.
     */
    @Query("SELECT * FROM group_activity WHERE id = :id FOR UPDATE")
    Optional<Activity> lockById(UUID id);

    @Query("UPDATE group_activity SET booking_seq = :seq WHERE id = :id")
    void updateBookingSeq(UUID id, int seq);

    List<Activity> findByTeamIdOrderByCreatedAtDesc(UUID teamId);

    List<Activity> findByIdIn(Collection<UUID> ids);
}
