package se.stegvis.security;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuthSessionRepository extends CrudRepository<AuthSession, UUID> {

    Optional<AuthSession> findByRefreshHash(String refreshHash);

    Optional<AuthSession> findByPreviousRefreshHash(String previousRefreshHash);

    @Query("UPDATE auth_session SET revoked_at = :at, revoked_reason = :reason "
            + "WHERE subject_kind = :kind AND subject_id = :subjectId AND revoked_at IS NULL")
    int revokeAll(SubjectKind kind, UUID subjectId, LocalDateTime at, String reason);

    @Query("UPDATE auth_session SET revoked_at = :at, revoked_reason = :reason WHERE id = :id AND revoked_at IS NULL")
    int revoke(UUID id, LocalDateTime at, String reason);

    /** Sessions that expired or were revoked before {@code before} (housekeeping). */
    @Query("DELETE FROM auth_session WHERE expires_at < :before OR revoked_at < :before")
    int deleteEndedBefore(LocalDateTime before);
}
