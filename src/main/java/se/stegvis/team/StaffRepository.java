package se.stegvis.team;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface StaffRepository extends CrudRepository<Staff, UUID> {
    Optional<Staff> findByUsername(String username);

    boolean existsByUsername(String username);

    List<Staff> findByAssociationIdOrderByDisplayName(UUID associationId);

    @Query("UPDATE staff SET failed_logins = failed_logins + 1 WHERE id = :id")
    int countFailure(UUID id);

    /** Locks an account whose consecutive failures reached the limit; the count starts again. */
    @Query("UPDATE staff SET failed_logins = 0, locked_until = :until WHERE id = :id AND failed_logins >= :maxFailures")
    int lockIfDue(UUID id, int maxFailures, LocalDateTime until);

    /** Atomic, so two requests with the same code cannot both succeed. */
    @Query("UPDATE staff SET failed_logins = 0, locked_until = NULL, totp_last_step = :step, totp_confirmed = TRUE "
            + "WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)")
    int acceptTotpStep(UUID id, long step);

    @Query("UPDATE staff SET active = FALSE, deactivated_at = :at WHERE id = :id AND active = TRUE")
    int deactivate(UUID id, LocalDateTime at);
}
