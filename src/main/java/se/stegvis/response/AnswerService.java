package se.stegvis.response;

import se.stegvis.shared.Times;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.stegvis.audit.AuditService;
import se.stegvis.instrument.InstrumentNotFound;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.PrivacyMode;
import se.stegvis.instrument.ScoredAnswers;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;
import se.stegvis.security.Actor;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.shared.IdempotencyService.StoredResponse;
import se.stegvis.shared.Ids;
import se.stegvis.team.TeamService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A participant submits answers to an instrument version. The version's privacy mode decides how
 * they are kept: IDENTIFIED in {@code identified_response} (audited, the due item marked with the
 * date); ANONYMOUS in {@code anonymous_response}, which holds nothing that leads back to the person,
 * and the due item is marked without a date in a transaction of its own, after the answer has
 * committed (docs/adr/0005-anonymous-answers.md); CONFIDENTIAL is refused here: the screening feature
 * takes those on its own route and encrypts them before anything is written
 * (docs/adr/0006-screening-encryption.md). Every submission runs once per {@code Idempotency-Key}.
 */
@Singleton
public class AnswerService {
    static final String SUBMITTED = "RESPONSE_SUBMITTED";

    private final IdentifiedResponseRepository identified;
    private final AnonymousResponseRepository anonymous;
    private final InstrumentService instruments;
    private final ParticipantService participants;
    private final TeamService teams;
    private final DueService due;
    private final AuditService audit;
    private final IdempotencyService idempotency;
    private final JsonMapper json;
    private final Ids ids;
    private final Clock clock;
    private final ApplicationEventPublisher<IdentifiedAnswerStored> stored;

    AnswerService(IdentifiedResponseRepository identified, AnonymousResponseRepository anonymous,
                  InstrumentService instruments, ParticipantService participants, TeamService teams, DueService due,
                  AuditService audit, IdempotencyService idempotency, JsonMapper json, Ids ids, Clock clock,
                  ApplicationEventPublisher<IdentifiedAnswerStored> stored) {
        this.stored = stored;
        this.identified = identified;
        this.anonymous = anonymous;
        this.instruments = instruments;
        this.participants = participants;
        this.teams = teams;
        this.due = due;
        this.audit = audit;
        this.idempotency = idempotency;
        this.json = json;
        this.ids = ids;
        this.clock = clock;
    }

    /** What a submission stored: for an anonymous one only the instrument code, never an id or time. */
    public record Receipt(PrivacyMode privacyMode, String instrumentCode, @Nullable StoredAnswer answer) {
    }

    /** An identified answer as its owner and their coaches see it. */
    public record StoredAnswer(UUID id, String instrumentCode, int version, @Nullable BigDecimal score,
                               LocalDateTime submittedAt) {
    }

    /**
     * Stores the answers once per key and returns what {@code reply} made of the receipt (or what it
     * made the first time, on a retry).
     *
     * @param canonicalRequest the request in canonical form, for the idempotency fingerprint
     * @param reply            turns the receipt into the response to store and replay; for an anonymous
     *                         answer it must identify nothing
     */
    // One connection for the participant read and the transaction (the claim with its response, the answer):
    // one pool checkout per submission instead of two. The receipt (new id, time, score) is made before
    // anything is written, so the claim is inserted with its response and nothing is updated afterwards
    // (IdempotencyService.executeKnown: one statement fewer per submission, bench/submit.sh).
    @Connectable
    public StoredResponse submit(Actor participant, @Nullable String idempotencyKey, String canonicalRequest,
                                 UUID versionId, Map<String, ?> answers, Function<Receipt, StoredResponse> reply) {
        ParticipantSummary p = participants.ownSummary(participant);
        AtomicReference<Prepared> prepared = new AtomicReference<>();
        AtomicBoolean storedNow = new AtomicBoolean();
        StoredResponse response = idempotency.executeKnown("answer:" + p.id(), idempotencyKey, canonicalRequest,
                () -> {
                    Prepared ready = prepare(p, versionId, answers);
                    prepared.set(ready);
                    return reply.apply(ready.receipt());
                },
                () -> {
                    store(participant, p, prepared.get());
                    storedNow.set(true);
                });
        Prepared stored = prepared.get();
        if (storedNow.get() && stored.receipt().privacyMode() == PrivacyMode.ANONYMOUS) {
            // Its own transaction, after the answer committed: the two writes never share a
            // transaction (nor a binlog group), and the due item gets no date (ADR 0005). Not on a
            // replay: the first request marked it, a retry must not mark a second item.
            due.markAnswered(p.id(), stored.receipt().instrumentCode(), true);
        }
        return response;
    }

    /** A validated submission with what it will store: the receipt's id and time are chosen here. */
    private record Prepared(InstrumentVersionView version, ScoredAnswers scored, Receipt receipt) {
    }

    /**
     * Everything about the submission that does not depend on what is stored (the version, its privacy mode,
     * the answers' validity and score): checked before the claim, so the claim can carry the response.
     */
    private Prepared prepare(ParticipantSummary p, UUID versionId, Map<String, ?> answers) {
        InstrumentVersionView v = instruments.version(versionId);
        if (!v.builtIn() && !v.associationId().equals(teams.get(p.teamId()).associationId())) {
            throw new InstrumentNotFound();
        }
        if (v.privacyMode() == PrivacyMode.CONFIDENTIAL) {
            throw new ConfidentialNotSupported();
        }
        ScoredAnswers scored = instruments.validate(v.versionId(), answers);
        Receipt receipt = v.privacyMode() == PrivacyMode.ANONYMOUS
                ? new Receipt(PrivacyMode.ANONYMOUS, v.code(), null)
                : new Receipt(PrivacyMode.IDENTIFIED, v.code(),
                new StoredAnswer(ids.newId(), v.code(), v.version(), scored.score(), Times.nowUtc(clock)));
        return new Prepared(v, scored, receipt);
    }

    /** Runs in the idempotency transaction, after the claim: the claim and the answer commit together. */
    private void store(Actor participant, ParticipantSummary p, Prepared prepared) {
        if (prepared.receipt().privacyMode() == PrivacyMode.ANONYMOUS) {
            storeAnonymous(participant, p, prepared.version(), prepared.scored());
        } else {
            storeIdentified(participant, p, prepared.version(), prepared.scored(), prepared.receipt().answer());
        }
    }

    private void storeIdentified(Actor participant, ParticipantSummary p, InstrumentVersionView v, ScoredAnswers scored,
                                 StoredAnswer answer) {
        IdentifiedResponse row = identified.save(new IdentifiedResponse(answer.id(), p.id(), p.teamId(), v.versionId(),
                v.code(), toJson(scored.answers()), answer.score(), answer.submittedAt()));
        java.util.Optional<DueService.Due> closed = due.markAnswered(p.id(), v.code(), false);
        audit.record(participant, SUBMITTED, p.teamId(), p.id(), v.code() + " v" + v.version());
        stored.publishEvent(new IdentifiedAnswerStored(row.id(), p.id(), p.teamId(), v.versionId(), v.code(),
                scored.answers(), row.score(), row.submittedAt(), closed.map(DueService.Due::id).orElse(null),
                closed.map(DueService.Due::dueDate).orElse(null)));
    }

    /**
     * Only what reports group by: no participant id, no time, a fresh random id. Not audited: the
     * row holds no personal data, and an audit row "participant X answered the indicator at 10:41"
     * would be exactly the link this table avoids. "Has answered" is the due item, marked later.
     * Whether it is due is checked here, after the claim: a retry of a stored answer is no longer due
     * and must get the stored response, not "nothing due".
     */
    private void storeAnonymous(Actor participant, ParticipantSummary p, InstrumentVersionView v, ScoredAnswers scored) {
        boolean isDue = due.openFor(participant).stream().anyMatch(d -> d.instrumentCode().equals(v.code()));
        if (!isDue) {
            throw new NothingDue();
        }
        LocalDate today = Times.today(clock);
        anonymous.save(new AnonymousResponse(ids.newId(), p.teamId(), v.versionId(), YearMonth.from(today).toString(),
                p.gender().name(), AgeBand.of(p.birthYear(), today.getYear()),
                toJson(scored.answers())));
    }

    private String toJson(Map<String, Object> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
