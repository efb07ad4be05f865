package se.stegvis.participant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The history of a participant's background variables. Rows are only added, never changed. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface BackgroundChangeRepository extends GenericRepository<BackgroundChange, UUID> {

    BackgroundChange save(BackgroundChange change);

    /** Newest first, by the version each change produced (times are whole seconds); the caller orders by field. */
    @Query("SELECT * FROM participant_background_change WHERE participant_id = :participantId "
            + "ORDER BY participant_version DESC")
    List<BackgroundChange> findByParticipantIdNewestFirst(UUID participantId);
}
