package se.stegvis.participant;

import se.stegvis.shared.Times;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.security.SessionService;
import se.stegvis.security.SubjectKind;
import se.stegvis.security.Throttle;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Sha256;
import se.stegvis.team.TeamService;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Invitations to the phone portal and the participant's sessions. A code carries 160 random bits,
 * is stored only as its SHA-256, lives seven days and works once; a new invitation revokes the
 * older unused ones. Failed redemptions are counted per client address and locked out.
 */
@Singleton
public class InvitationService {
    static final Duration VALIDITY = Duration.ofDays(7);
    static final int CODE_BYTES = 20;
    static final Throttle.Limit REDEEM_LIMIT = new Throttle.Limit(10, Duration.ofMinutes(15), Duration.ofMinutes(15));
    static final String CREATED = "INVITATION_CREATED";
    static final String REDEEMED = "INVITATION_REDEEMED";
    static final String SESSIONS_REVOKED = "PARTICIPANT_SESSIONS_REVOKED";
    static final String SELF_READ = "PARTICIPANT_SELF_READ";
    static final String LOGGED_OUT = "PARTICIPANT_LOGGED_OUT";

    private final InvitationRepository invitations;
    private final ParticipantService participants;
    private final ParticipantRepository participantRows;
    private final SessionService sessions;
    private final Throttle throttle;
    private final AuditService audit;
    private final TeamService teams;
    private final Ids ids;
    private final Clock clock;
    private final String publicUrl;

    InvitationService(InvitationRepository invitations, ParticipantService participants,
                      ParticipantRepository participantRows, SessionService sessions, Throttle throttle,
                      AuditService audit, TeamService teams, Ids ids, Clock clock,
                      @Value("${stegvis.public-url:`http://localhost:8080`}") String publicUrl) {
        this.invitations = invitations;
        this.participants = participants;
        this.participantRows = participantRows;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.teams = teams;
        this.ids = ids;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** A fresh invitation: the code is shown once (link and QR code) and never stored in clear. */
    public record CreatedInvitation(String code, String link, String qrSvg, LocalDateTime expiresAt) {
    }

    /** What redeeming a code gives the phone: a session token and how to greet the participant. */
    public record Redeemed(String token, Duration lifetime, String displayName, String preferredLanguage) {
    }

    /** What the portal shows about the logged-in participant. */
    public record Me(String displayName, String teamName, String preferredLanguage) {
    }

    @Transactional
    public CreatedInvitation create(Actor actor, UUID participantId) {
        Participant p = participants.accessible(actor, participantId);
        LocalDateTime now = now();
        invitations.revokeOpen(p.id(), now);
        String code = ids.newToken(CODE_BYTES);
        Invitation inv = invitations.save(new Invitation(ids.newId(), p.id(), Sha256.hex(code), actor.id(),
                now, now.plus(VALIDITY), null, null));
        audit.record(actor, CREATED, p.teamId(), p.id());
        String link = publicUrl + "/i/" + code;
        return new CreatedInvitation(code, link, QrSvg.of(link, "Stegvis"), inv.expiresAt());
    }

    /**
     * Exchanges a code for a participant session. Unknown, expired, used and revoked codes fail
     * alike and count as a failure for {@code clientAddress}; the failure count must survive the
     * failure, hence no rollback on {@link InvitationInvalid}.
     */
    @Transactional(dontRollbackOn = InvitationInvalid.class)
    public Redeemed redeem(String code, String clientAddress) {
        String bucket = "redeem-ip:" + clientAddress;
        throttle.check(bucket);
        LocalDateTime now = now();
        Invitation inv = invitations.findByCodeHash(Sha256.hex(code))
                .filter(i -> i.usable(now)).orElse(null);
        if (inv == null || invitations.redeem(inv.id(), now) != 1) {
            throttle.recordFailure(bucket, REDEEM_LIMIT);
            throw new InvitationInvalid();
        }
        Participant p = participantRows.findById(inv.participantId()).orElseThrow(InvitationInvalid::new);
        SessionService.ParticipantToken token = sessions.startParticipantSession(p.id());
        audit.record(new Actor(SubjectKind.PARTICIPANT, p.id(), Role.PARTICIPANT, token.sessionId()), REDEEMED,
                p.teamId(), p.id());
        return new Redeemed(token.token(), token.lifetime(), p.displayName(), p.preferredLanguage());
    }

    /** Deletes invitations that expired before {@code before} (UTC), used or not: the retention job's housekeeping. */
    public int deleteExpiredBefore(LocalDateTime before) {
        return invitations.deleteExpiredBefore(before);
    }

    /** "Lost phone": ends every session of the participant and every unused invitation at once. */
    @Transactional
    public int revokeSessions(Actor actor, UUID participantId) {
        Participant p = participants.accessible(actor, participantId);
        int revoked = sessions.revokeAll(SubjectKind.PARTICIPANT, p.id(), "LOST_PHONE");
        invitations.revokeOpen(p.id(), now());
        audit.record(actor, SESSIONS_REVOKED, p.teamId(), p.id(), "sessions=" + revoked);
        return revoked;
    }

    @Transactional
    public Me me(Actor actor) {
        Participant p = self(actor);
        audit.record(actor, SELF_READ, p.teamId(), p.id());
        return new Me(p.displayName(), teams.get(p.teamId()).name(), p.preferredLanguage());
    }

    @Transactional
    public void logout(Actor actor) {
        Participant p = self(actor);
        sessions.revoke(actor.sessionId(), "LOGOUT");
        audit.record(actor, LOGGED_OUT, p.teamId(), p.id());
    }

    private Participant self(Actor actor) {
        if (!actor.isParticipant()) {
            throw new ParticipantNotFound();
        }
        return participantRows.findById(actor.id()).orElseThrow(ParticipantNotFound::new);
    }

    private LocalDateTime now() {
        return Times.nowUtc(clock);
    }
}
