package se.stegvis.security;

import se.stegvis.shared.Times;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.shared.Ids;

import se.stegvis.shared.Sha256;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions for staff and participants. Every access token names its session ({@code sid}); a
 * session revoked here stops every token of it at once ({@link SessionClaimsValidator}).
 * Staff get a short access token and a refresh token that rotates on every use; presenting an
 * already-used refresh token revokes the whole session (token theft). Participants get one
 * long-lived token for their phone, revocable by their coach. Whether a session is live is
 * remembered for a few seconds ({@link LiveSessions}); every revocation goes through this class, so
 * this instance forgets the session at once.
 */
@Singleton
public class SessionService {
    private final AuthSessionRepository sessions;
    private final LiveSessions live;
    private final TransactionOperations<Connection> transactions;
    private final JwtTokenGenerator tokens;
    private final Ids ids;
    private final Clock clock;
    private final List<SubjectDirectory> directories;
    private final Duration staffAccess;
    private final Duration staffSession;
    private final Duration participantSession;

    SessionService(AuthSessionRepository sessions, LiveSessions live, TransactionOperations<Connection> transactions,
                   JwtTokenGenerator tokens, Ids ids, Clock clock,
                   List<SubjectDirectory> directories,
                   @Value("${micronaut.security.token.generator.access-token.expiration:600}") int staffAccessSeconds,
                   @Value("${stegvis.staff-session-hours:12}") int staffSessionHours,
                   @Value("${stegvis.participant-session-days:180}") int participantSessionDays) {
        this.sessions = sessions;
        this.live = live;
        this.transactions = transactions;
        this.tokens = tokens;
        this.ids = ids;
        this.clock = clock;
        this.directories = directories;
        this.staffAccess = Duration.ofSeconds(staffAccessSeconds);
        this.staffSession = Duration.ofHours(staffSessionHours);
        this.participantSession = Duration.ofDays(participantSessionDays);
    }

    /** What a staff login or refresh returns: a bearer access token and the next refresh token. */
    @Serdeable
    public record StaffTokens(String accessToken, String refreshToken, long expiresIn, String tokenType) {
    }

    /** A participant's session: the token to put in the portal cookie or use as a bearer token. */
    public record ParticipantToken(UUID sessionId, String token, Duration lifetime) {
    }

    @Transactional
    public StaffTokens startStaffSession(UUID staffId, Role role) {
        LocalDateTime now = nowUtc();
        String refresh = ids.newToken(32);
        AuthSession s = new AuthSession(ids.newId(), SubjectKind.STAFF, staffId, Sha256.hex(refresh), null,
                now, now.plus(staffSession), now, null, null);
        sessions.save(s);
        return new StaffTokens(accessToken(s, role, staffAccess), refresh, staffAccess.toSeconds(), "Bearer");
    }

    @Transactional
    public ParticipantToken startParticipantSession(UUID participantId) {
        LocalDateTime now = nowUtc();
        AuthSession s = new AuthSession(ids.newId(), SubjectKind.PARTICIPANT, participantId, null, null,
                now, now.plus(participantSession), now, null, null);
        sessions.save(s);
        return new ParticipantToken(s.id(), accessToken(s, Role.PARTICIPANT, participantSession), participantSession);
    }

    /**
     * Swaps a refresh token for a new pair. An unknown or expired token fails; an already-used one
     * revokes the session it belonged to, since only a thief or a replay presents it twice.
     */
    @Transactional(dontRollbackOn = SessionExpired.class)
    public StaffTokens refresh(String refreshToken) {
        String hash = Sha256.hex(refreshToken);
        LocalDateTime now = nowUtc();
        Optional<AuthSession> found = sessions.findByRefreshHash(hash);
        if (found.isEmpty()) {
            sessions.findByPreviousRefreshHash(hash).ifPresent(reused -> revokeOne(reused.id(), now, "REFRESH_REUSED"));
            throw new SessionExpired();
        }
        AuthSession s = found.get();
        Optional<Role> role = directory(s.subjectKind()).activeRole(s.subjectId());
        if (!s.isLive(now) || role.isEmpty() || s.subjectKind() != SubjectKind.STAFF) {
            throw new SessionExpired();
        }
        String next = ids.newToken(32);
        AuthSession rotated = new AuthSession(s.id(), s.subjectKind(), s.subjectId(), Sha256.hex(next), hash,
                s.createdAt(), s.expiresAt(), now, null, null);
        sessions.update(rotated);
        return new StaffTokens(accessToken(rotated, role.get(), staffAccess), next, staffAccess.toSeconds(), "Bearer");
    }

    @Transactional
    public void revoke(UUID sessionId, String reason) {
        revokeOne(sessionId, nowUtc(), reason);
    }

    /** Ends every session of a subject: deactivated staff, a participant's lost phone. */
    @Transactional
    public int revokeAll(SubjectKind kind, UUID subjectId, String reason) {
        live.revokedAll(kind, subjectId);
        afterTransaction(() -> live.revokedAll(kind, subjectId));
        return sessions.revokeAll(kind, subjectId, nowUtc(), reason);
    }

    /**
     * True while the session exists, has not expired and was not revoked; a live answer may come
     * from {@link LiveSessions} (at most a few seconds old, never for a session revoked here since).
     */
    public boolean isLive(UUID sessionId) {
        return live.isLive(sessionId, () -> sessions.findById(sessionId).filter(s -> s.isLive(nowUtc()))
                .map(s -> new LiveSessions.Live(s.subjectKind(), s.subjectId(), s.expiresAt())));
    }

    /** True when {@link LiveSessions} knows the session live: no database read, never blocks. */
    boolean isKnownLive(UUID sessionId) {
        return live.knownLive(sessionId);
    }

    /** Revokes one session; this instance forgets it now and again when the transaction ends. */
    private void revokeOne(UUID sessionId, LocalDateTime now, String reason) {
        live.revoked(sessionId);
        afterTransaction(() -> live.revoked(sessionId));
        sessions.revoke(sessionId, now, reason);
    }

    private void afterTransaction(Runnable forget) {
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(Status completed) {
                        forget.run();
                    }
                }), forget);
    }

    private String accessToken(AuthSession s, Role role, Duration lifetime) {
        Authentication auth = Authentication.build(s.subjectId().toString(), List.of(role.name()),
                Map.of(Actor.SESSION_CLAIM, s.id().toString(), Actor.KIND_CLAIM, s.subjectKind().name()));
        return tokens.generateToken(auth, (int) lifetime.toSeconds())
                .orElseThrow(() -> new IllegalStateException("token generation failed"));
    }

    private SubjectDirectory directory(SubjectKind kind) {
        return directories.stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no directory for " + kind));
    }

    private LocalDateTime nowUtc() {
        return Times.nowUtc(clock);
    }
}
