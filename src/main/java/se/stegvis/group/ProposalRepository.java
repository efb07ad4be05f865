package se.stegvis.group;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

/** Proposed activities and the interest registered in them. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ProposalRepository extends CrudRepository<Proposal, UUID> {

    List<Proposal> findByTeamIdOrderByCreatedAtDesc(UUID teamId);

    @Query("SELECT COUNT(*) FROM group_interest WHERE proposal_id = :proposalId")
    long countInterest(UUID proposalId);

    @Query("SELECT COUNT(*) FROM group_interest WHERE proposal_id = :proposalId AND participant_id = :participantId")
    long countInterestOf(UUID proposalId, UUID participantId);

    @Query("INSERT INTO group_interest (proposal_id, participant_id) VALUES (:proposalId, :participantId)")
    void addInterest(UUID proposalId, UUID participantId);

    @Query("DELETE FROM group_interest WHERE proposal_id = :proposalId AND participant_id = :participantId")
    void removeInterest(UUID proposalId, UUID participantId);

    @Query("SELECT participant_id FROM group_interest WHERE proposal_id = :proposalId")
    List<UUID> interested(UUID proposalId);
}
