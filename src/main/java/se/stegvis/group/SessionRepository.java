package se.stegvis.group;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Sessions and the attendance marked on them. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionRepository extends CrudRepository<GroupSession, UUID> {

    @Query("SELECT * FROM group_session WHERE activity_id = :activityId ORDER BY session_date, start_time")
    List<GroupSession> findByActivityIdOrderBySessionDateAscStartTimeAsc(UUID activityId);

    @Query("SELECT * FROM group_session WHERE activity_id IN (:activityIds) ORDER BY session_date, start_time")
    List<GroupSession> findByActivityIdInOrderBySessionDateAscStartTimeAsc(Collection<UUID> activityIds);

    @Query("SELECT s.* FROM group_session s JOIN group_activity a ON a.id = s.activity_id "
            + "WHERE a.team_id = :teamId AND s.session_date BETWEEN :from AND :to ORDER BY s.session_date, s.start_time")
    List<GroupSession> findByTeamBetween(UUID teamId, LocalDate from, LocalDate to);

    @Query("SELECT participant_id FROM group_attendance WHERE session_id = :sessionId")
    List<UUID> attendeesOf(UUID sessionId);

    @Query("SELECT COUNT(*) FROM group_attendance WHERE session_id = :sessionId")
    long countAttendance(UUID sessionId);

    @Query("DELETE FROM group_attendance WHERE session_id = :sessionId")
    void clearAttendance(UUID sessionId);

    @Query("INSERT INTO group_attendance (session_id, participant_id, marked_by, marked_at) "
            + "VALUES (:sessionId, :participantId, :markedBy, :markedAt)")
    void addAttendance(UUID sessionId, UUID participantId, UUID markedBy, LocalDateTime markedAt);

    /** The dates of every session the participant attended, for the trial-period weeks. */
    @Query("SELECT s.session_date FROM group_attendance a JOIN group_session s ON s.id = a.session_id "
            + "WHERE a.participant_id = :participantId ORDER BY s.session_date")
    List<LocalDate> attendedDates(UUID participantId);
}
