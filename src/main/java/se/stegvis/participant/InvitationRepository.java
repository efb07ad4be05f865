package se.stegvis.participant;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface InvitationRepository extends CrudRepository<Invitation, UUID> {

    Optional<Invitation> findByCodeHash(String codeHash);

    @Query("UPDATE invitation SET revoked_at = :at WHERE participant_id = :participantId "
            + "AND redeemed_at IS NULL AND revoked_at IS NULL")
    int revokeOpen(UUID participantId, LocalDateTime at);

    /** Marks the invitation used; 0 when someone else used or revoked it first. */
    @Query("UPDATE invitation SET redeemed_at = :at WHERE id = :id AND redeemed_at IS NULL "
            + "AND revoked_at IS NULL AND expires_at > :at")
    int redeem(UUID id, LocalDateTime at);

    /** Invitations that stopped working before {@code before}: expired, whether used or not (housekeeping). */
    @Query("DELETE FROM invitation WHERE expires_at < :before")
    int deleteExpiredBefore(LocalDateTime before);
}
