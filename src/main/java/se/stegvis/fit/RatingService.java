package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import se.stegvis.audit.AuditService;
import se.stegvis.instrument.InstrumentService;
import se.stegvis.instrument.InstrumentVersionView;
import se.stegvis.instrument.ScoredAnswers;
import se.stegvis.participant.ParticipantService;
import se.stegvis.participant.ParticipantSummary;
import se.stegvis.response.DueService;
import se.stegvis.response.IdentifiedAnswerStored;
import se.stegvis.security.Actor;
import se.stegvis.shared.IdempotencyService;
import se.stegvis.shared.IdempotencyService.StoredResponse;
import se.stegvis.shared.Ids;
import se.stegvis.shared.Times;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ratings for sessions. A participant's ORS/SRS answer from the portal is linked to a session when
 * it arrives (the answer feature publishes {@link IdentifiedAnswerStored}): the session whose due
 * item it closed, otherwise their latest session of the last week still lacking that rating; an
 * answer that fits no session stays an ordinary answer only. A coach may enter a paper rating on
 * the participant's behalf: stored as PAPER with the coach's id, audited, once per Idempotency-Key.
 */
@Singleton
public class RatingService {
    static final String ENTERED = "FIT_RATING_ENTERED";
    /** A portal answer without a matching due item is linked to a session held at most this many days before. */
    static final int LINK_WINDOW_DAYS = 7;

    private final SessionService sessions;
    private final SessionRepository sessionRows;
    private final AttendanceRepository attendance;
    private final RatingRepository ratings;
    private final InstrumentService instruments;
    private final ParticipantService participants;
    private final DueService due;
    private final AlertService alerts;
    private final AuditService audit;
    private final IdempotencyService idempotency;
    private final Ids ids;
    private final Clock clock;

    RatingService(SessionService sessions, SessionRepository sessionRows, AttendanceRepository attendance,
                  RatingRepository ratings, InstrumentService instruments, ParticipantService participants,
                  DueService due, AlertService alerts, AuditService audit, IdempotencyService idempotency, Ids ids,
                  Clock clock) {
        this.sessions = sessions;
        this.sessionRows = sessionRows;
        this.attendance = attendance;
        this.ratings = ratings;
        this.instruments = instruments;
        this.participants = participants;
        this.due = due;
        this.alerts = alerts;
        this.audit = audit;
        this.idempotency = idempotency;
        this.ids = ids;
        this.clock = clock;
    }

    /** A stored rating as the coach sees it. */
    public record RatingView(UUID id, UUID sessionId, UUID participantId, String instrumentCode, int version,
                             List<BigDecimal> items, @Nullable BigDecimal total, RatingSource source) {
    }

    /** Runs in the answer's transaction: the link is stored with the answer, or neither is. */
    @EventListener
    @Transactional
    void onAnswerStored(IdentifiedAnswerStored e) {
        if (!FitRatings.CODES.contains(e.instrumentCode())) {
            return;
        }
        sessionFor(e).ifPresent(s -> {
            InstrumentVersionView v = instruments.version(e.instrumentVersionId());
            save(s, e.participantId(), v, e.answers(), e.responseId(), RatingSource.PORTAL, null);
            alerts.refresh(e.participantId(), s.teamId());
        });
    }

    /** A coach enters a paper rating for an attendee of the session. */
    public StoredResponse enterPaper(Actor actor, @Nullable String key, String canonicalRequest, UUID sessionId,
                                     UUID participantId, String instrumentCode, Map<String, ?> answers,
                                     Function<RatingView, StoredResponse> reply) {
        return idempotency.execute("fit-rating:" + actor.id(), key, canonicalRequest,
                () -> reply.apply(storePaper(actor, sessionId, participantId, instrumentCode, answers)));
    }

    private RatingView storePaper(Actor actor, UUID sessionId, UUID participantId, String code, Map<String, ?> answers) {
        FitSession s = sessions.accessible(actor, sessionId);
        Attendance a = attendance.findBySessionId(s.id()).stream().filter(x -> x.participantId().equals(participantId))
                .findFirst().orElseThrow(() -> new InvalidSession("participantId", "fit.rating.not-attending"));
        ParticipantSummary p = participants.accessibleSummary(actor, participantId);
        if (!code.equals(FitRatings.ORS) && !code.equals(s.kind().srsCode())) {
            throw new InvalidSession("instrumentCode", "fit.rating.wrong-instrument", FitRatings.ORS, s.kind().srsCode());
        }
        if (s.heldOn().isAfter(Times.today(clock))) {
            throw new InvalidSession("sessionId", "fit.rating.future-session");
        }
        if (ratings.existsBySessionIdAndParticipantIdAndInstrumentCode(s.id(), participantId, code)) {
            throw new RatingAlreadyRecorded();
        }
        InstrumentVersionView v = instruments.current(s.associationId(), code);
        ScoredAnswers scored = instruments.validate(v.versionId(), answers);
        Rating r = save(s, participantId, v, scored.answers(), null, RatingSource.PAPER, actor.id());
        UUID dueItem = code.equals(FitRatings.ORS) ? a.orsDueItemId() : a.srsDueItemId();
        if (dueItem != null) {
            due.markAnswered(participantId, dueItem); // this session's item, not the earliest of that instrument
        }
        audit.record(actor, ENTERED, p.teamId(), p.id(), code + " v" + v.version() + " PAPER");
        alerts.refresh(participantId, s.teamId());
        return view(r, v.version());
    }

    private Optional<FitSession> sessionFor(IdentifiedAnswerStored e) {
        List<Attendance> mine = attendance.findByParticipantId(e.participantId());
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        Map<UUID, FitSession> byId = new java.util.HashMap<>();
        sessionRows.findByIdIn(mine.stream().map(Attendance::sessionId).toList()).forEach(s -> byId.put(s.id(), s));
        boolean ors = FitRatings.ORS.equals(e.instrumentCode());
        LocalDate today = Times.today(clock);
        if (e.dueItemId() != null) {
            Optional<FitSession> byDue = mine.stream()
                    .filter(a -> e.dueItemId().equals(ors ? a.orsDueItemId() : a.srsDueItemId()))
                    .map(a -> byId.get(a.sessionId())).filter(Objects::nonNull)
                    .filter(s -> !s.heldOn().isAfter(today))
                    .filter(s -> fits(s, e.instrumentCode()) && free(s, e))
                    .min(Comparator.comparing(FitSession::heldOn).thenComparing(FitSession::createdAt));
            if (byDue.isPresent()) {
                return byDue;
            }
        }
        return byId.values().stream()
                .filter(s -> !s.heldOn().isAfter(today) && !s.heldOn().isBefore(today.minusDays(LINK_WINDOW_DAYS)))
                .filter(s -> fits(s, e.instrumentCode()) && free(s, e))
                .max(Comparator.comparing(FitSession::heldOn).thenComparing(FitSession::createdAt));
    }

    private static boolean fits(FitSession s, String code) {
        return FitRatings.ORS.equals(code) || s.kind().srsCode().equals(code);
    }

    private boolean free(FitSession s, IdentifiedAnswerStored e) {
        return !ratings.existsBySessionIdAndParticipantIdAndInstrumentCode(s.id(), e.participantId(), e.instrumentCode());
    }

    private Rating save(FitSession s, UUID participantId, InstrumentVersionView v, Map<String, ?> answers,
                        @Nullable UUID responseId, RatingSource source, @Nullable UUID enteredBy) {
        Scores scores = new Scores(v.code(), FitRatings.items(v.definition(), answers));
        List<BigDecimal> i = scores.items();
        try {
            return ratings.save(new Rating(ids.newId(), s.id(), participantId, s.teamId(), v.code(), v.versionId(),
                    responseId, i.get(0), i.get(1), i.get(2), i.get(3), scores.total(), source, enteredBy,
                    Times.nowUtc(clock)));
        } catch (DataAccessException e) {
            // Checked free just before; another transaction stored that rating in between and the
            // unique key (session, participant, instrument) refused this one.
            if (isDuplicateKey(e)) {
                throw new RatingArrivedConcurrently();
            }
            throw e;
        }
    }

    /** MySQL/MariaDB "duplicate entry" (error 1062, SQLState 23000) anywhere in the cause chain. */
    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    private static RatingView view(Rating r, int version) {
        return new RatingView(r.id(), r.sessionId(), r.participantId(), r.instrumentCode(), version,
                java.util.Arrays.asList(r.item1(), r.item2(), r.item3(), r.item4()), r.total(), r.source());
    }
}
