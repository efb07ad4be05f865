package se.stegvis.fit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttendanceRepository extends CrudRepository<Attendance, UUID> {
    List<Attendance> findBySessionId(UUID sessionId);

    List<Attendance> findBySessionIdIn(Collection<UUID> sessionIds);

    List<Attendance> findByParticipantId(UUID participantId);
}
