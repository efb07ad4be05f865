package se.stegvis.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.stegvis.audit.AuditService;
import se.stegvis.participant.ParticipantNotFound;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;
import se.stegvis.participant.PathStage;
import se.stegvis.security.Actor;
import se.stegvis.security.Role;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.shared.Times;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

/**
 * Erasure on request (GDPR art. 17, issue 9 part 3): a team lead of the participant's team erases an exited
 * participant, with a reason, by the retention job's own path ({@link Anonymiser}): the figures of every report
 * stay, the person does not. The audit row (who, when, why) and the anonymisation share one transaction.
 * A retry with the same Idempotency-Key gets the first answer again.
 */
@Singleton
class ErasureService {
    static final String ERASED = "PARTICIPANT_ERASED";

    private final ParticipantService participants;
    private final Anonymiser anonymiser;
    private final AuditService audit;
    private final IdempotencyService idempotency;
    private final Clock clock;

    ErasureService(ParticipantService participants, Anonymiser anonymiser, AuditService audit,
                   IdempotencyService idempotency, Clock clock) {
        this.participants = participants;
        this.anonymiser = anonymiser;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional
    IdempotencyService.StoredResponse erase(Actor actor, String key, String canonicalRequest, UUID participantId,
                                            String reason, Function<ErasureResponse, IdempotencyService.StoredResponse> reply) {
        return idempotency.execute("erasure:" + actor.id(), key, canonicalRequest,
                () -> reply.apply(erase(actor, participantId, reason)));
    }

    private ErasureResponse erase(Actor actor, UUID participantId, String reason) {
        if (!actor.has(Role.TEAM_LEAD)) {
            throw new ParticipantNotFound();
        }
        ParticipantSummary p = participants.accessibleSummary(actor, participantId);
        if (p.stage() != PathStage.EXITED) {
            throw new ErasureNotExited();
        }
        audit.record(actor, ERASED, p.teamId(), p.id(), "reason=" + reason.strip());
        if (!anonymiser.anonymise(p.id(), Times.nowUtc(clock))) {
            throw new ParticipantNotFound();
        }
        return new ErasureResponse(Times.today(clock));
    }
}
