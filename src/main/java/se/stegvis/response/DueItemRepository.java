package se.stegvis.response;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DueItemRepository extends CrudRepository<DueItem, UUID> {
    List<DueItem> findByParticipantIdOrderByDueDateAsc(UUID participantId);

    /** Every item of these participants in one statement (an IN list), for overviews. */
    List<DueItem> findByParticipantIdInOrderByDueDateAsc(Collection<UUID> participantIds);

    List<DueItem> findByParticipantIdAndInstrumentCodeAndReason(UUID participantId, String instrumentCode, DueReason reason);

    Optional<DueItem> findByParticipantIdAndInstrumentCodeAndDueDate(UUID participantId, String instrumentCode, LocalDate dueDate);

    List<DueItem> findByParticipantIdAndAnsweredFalseOrderByDueDateAsc(UUID participantId);

    /** The open items of one instrument due by {@code horizon}, earliest first: what a submission may close. */
    List<DueItem> findByParticipantIdAndInstrumentCodeAndAnsweredFalseAndDueDateLessThanEqualsOrderByDueDateAsc(
            UUID participantId, String instrumentCode, LocalDate horizon);

    /** Marks open items answered in one statement; {@code answeredOn} is null for anonymous instruments. */
    @Query("UPDATE due_item SET answered = TRUE, answered_on = :answeredOn WHERE id IN (:ids) AND answered = FALSE")
    int markAnswered(Collection<UUID> ids, @Nullable LocalDate answeredOn);
}
