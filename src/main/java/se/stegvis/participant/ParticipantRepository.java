package se.stegvis.participant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Participants, their coaches and their exit outcomes. SQL lives only here. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ParticipantRepository extends CrudRepository<Participant, UUID> {

    /** The team's identified participants by name; anonymous statistics (ADR 0011) are nobody's to list. */
    @Query("SELECT p.* FROM participant p WHERE p.team_id = :teamId AND p.anonymised_on IS NULL "
            + "ORDER BY p.display_name")
    List<Participant> findByTeamIdOrderByDisplayName(UUID teamId);

    /** The participant unless it is anonymous statistics (ADR 0011): those rows belong to no one. */
    @Query("SELECT p.* FROM participant p WHERE p.id = :id AND p.anonymised_on IS NULL")
    Optional<Participant> findIdentifiedById(UUID id);

    List<Participant> findByIdIn(Collection<UUID> ids);

    /** The team's participants that this staff member coaches, by name: one statement. */
    @Query("SELECT p.* FROM participant p JOIN participant_coach c ON c.participant_id = p.id "
            + "WHERE p.team_id = :teamId AND c.staff_id = :staffId ORDER BY p.display_name, p.id")
    List<Participant> findByTeamIdCoachedBy(UUID teamId, UUID staffId);

    /** Every participant the staff member coaches, in any team, by name: one statement. */
    @Query("SELECT p.* FROM participant p JOIN participant_coach c ON c.participant_id = p.id "
            + "WHERE c.staff_id = :staffId ORDER BY p.display_name")
    List<Participant> findByCoach(UUID staffId);

    @Query("SELECT staff_id FROM participant_coach WHERE participant_id = :participantId ORDER BY staff_id")
    List<UUID> coachIdsOf(UUID participantId);

    /** The participants this staff member is assigned to, in any team (participant_coach's staff_id index). */
    @Query("SELECT participant_id FROM participant_coach WHERE staff_id = :staffId")
    List<UUID> caseloadOf(UUID staffId);

    @Query("INSERT INTO participant_coach (participant_id, staff_id) VALUES (:participantId, :staffId)")
    void addCoach(UUID participantId, UUID staffId);

    @Query("DELETE FROM participant_coach WHERE participant_id = :participantId")
    void removeCoaches(UUID participantId);

    @Query("SELECT outcome FROM participant_outcome WHERE participant_id = :participantId ORDER BY outcome")
    List<String> outcomesOf(UUID participantId);

    @Query("INSERT INTO participant_outcome (participant_id, outcome) VALUES (:participantId, :outcome)")
    void addOutcome(UUID participantId, String outcome);

    /** The exit's outcomes as the reports read them ({@link ExitOutcomes}); written with {@link #addOutcome}. */
    @Query("UPDATE participant SET exit_outcomes = :outcomes WHERE id = :participantId")
    void setExitOutcomes(UUID participantId, @Nullable Integer outcomes);
}
