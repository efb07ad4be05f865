package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import se.stegvis.instrument.Texts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** What the FIT API answers. */
final class FitResponses {
    private FitResponses() {
    }

    @Serdeable
    record AttendeeResponse(UUID participantId, String displayName, boolean orsGiven, boolean srsGiven) {
    }

    @Serdeable
    record SessionResponse(UUID id, UUID teamId, SessionKind kind, LocalDate heldOn, UUID coachId,
                           @Nullable String title, @Nullable String code, String srsInstrument,
                           List<AttendeeResponse> attendees) {
        static SessionResponse from(SessionService.SessionView s) {
            return new SessionResponse(s.id(), s.teamId(), s.kind(), s.heldOn(), s.coachId(), s.title(), s.code(),
                    s.kind().srsCode(), s.attendees().stream().map(a -> new AttendeeResponse(a.participantId(),
                    a.displayName(), a.orsGiven(), a.srsGiven())).toList());
        }
    }

    /** For the portal: the session a code opens and the form to fill in next (null when both are in). */
    @Serdeable
    record OpenedSessionResponse(UUID sessionId, LocalDate heldOn, SessionKind kind, @Nullable String next) {
        static OpenedSessionResponse from(SessionService.Opened o) {
            return new OpenedSessionResponse(o.sessionId(), o.heldOn(), o.kind(), o.next());
        }
    }

    @Serdeable
    record RatingResponse(UUID id, UUID sessionId, UUID participantId, String instrumentCode, int version,
                          List<BigDecimal> items, @Nullable BigDecimal total, RatingSource source) {
        static RatingResponse from(RatingService.RatingView r) {
            return new RatingResponse(r.id(), r.sessionId(), r.participantId(), r.instrumentCode(), r.version(),
                    r.items(), r.total(), r.source());
        }
    }

    @Serdeable
    record GroupSummaryResponse(UUID sessionId, LocalDate heldOn, String instrumentCode, int attendees, int answers,
                                int minimumAnswers, boolean shown, @Nullable Double mean, @Nullable Double min,
                                @Nullable Double max, @Nullable Double standardDeviation,
                                @Nullable List<Double> itemMeans, int belowAlert) {
        static GroupSummaryResponse from(SessionService.GroupSummary g) {
            GroupStats s = g.stats();
            return new GroupSummaryResponse(g.sessionId(), g.heldOn(), g.instrumentCode(), s.attendees(), s.answers(),
                    g.minimumAnswers(), s.shown(), s.mean(), s.min(), s.max(), s.standardDeviation(), s.itemMeans(),
                    s.belowAlert());
        }
    }

    @Serdeable
    record ItemResponse(String key, @Nullable Texts label, @Nullable BigDecimal value) {
    }

    @Serdeable
    record TrendRatingResponse(String instrumentCode, List<ItemResponse> items, @Nullable BigDecimal total,
                               RatingSource source) {
        static @Nullable TrendRatingResponse from(@Nullable TrendService.TrendRating r) {
            return r == null ? null : new TrendRatingResponse(r.instrumentCode(), r.items().stream()
                    .map(i -> new ItemResponse(i.key(), i.label(), i.value())).toList(), r.total(), r.source());
        }
    }

    @Serdeable
    record ExpectedResponse(double p25, double p50, double p75, int participants) {
    }

    @Serdeable
    record TrendSessionResponse(UUID sessionId, int number, LocalDate heldOn, SessionKind kind,
                                @Nullable TrendRatingResponse ors, @Nullable TrendRatingResponse srs, BigDecimal cutoff,
                                boolean orsBelowCutoff, @Nullable ExpectedResponse expected, List<AlertKind> alerts) {
    }

    @Serdeable
    record ChangeResponse(@Nullable BigDecimal first, @Nullable BigDecimal latest, @Nullable BigDecimal difference,
                          ClinicalRules.Verdict verdict, boolean clinicallySignificant) {
    }

    @Serdeable
    record BandResponse(BigDecimal lower, BigDecimal upper) {
    }

    @Serdeable
    record TrendResponse(UUID participantId, String displayName, List<TrendSessionResponse> sessions,
                         ChangeResponse change, @Nullable BigDecimal intake, @Nullable Integer intakeBand,
                         @Nullable BandResponse noChangeBand, BigDecimal srsAlertBelow, boolean expectedShown) {
        static TrendResponse from(TrendService.Trend t) {
            ClinicalRules.Change c = t.change();
            return new TrendResponse(t.participantId(), t.displayName(), t.sessions().stream().map(s ->
                    new TrendSessionResponse(s.sessionId(), s.number(), s.heldOn(), s.kind(),
                            TrendRatingResponse.from(s.ors()), TrendRatingResponse.from(s.srs()), s.cutoff(),
                            s.orsBelowCutoff(), s.expected() == null ? null : new ExpectedResponse(s.expected().p25(),
                            s.expected().p50(), s.expected().p75(), s.expected().participants()), s.alerts())).toList(),
                    new ChangeResponse(c.first(), c.latest(), c.difference(), c.verdict(), c.clinicallySignificant()),
                    t.intake(), t.intakeBand(), t.noChangeBand() == null ? null
                    : new BandResponse(t.noChangeBand().lower(), t.noChangeBand().upper()), t.srsAlertBelow(),
                    t.expectedShown());
        }
    }

    @Serdeable
    record AlertResponse(UUID id, UUID participantId, String participantName, UUID teamId, UUID sessionId,
                         AlertKind kind, @Nullable String detail, LocalDateTime raisedAt) {
        static AlertResponse from(AlertService.OpenAlert a) {
            return new AlertResponse(a.id(), a.participantId(), a.participantName(), a.teamId(), a.sessionId(), a.kind(),
                    a.detail(), a.raisedAt());
        }
    }

    @Serdeable
    record SettingsResponse(BigDecimal cutoffAdult, BigDecimal cutoffYouth, BigDecimal cutoffChild,
                            boolean atCutoffCountsAsBelow, BigDecimal reliableChange, BigDecimal srsTotalAlertBelow,
                            BigDecimal srsItemAlertBelow, BigDecimal srsDropAlert, int noChangeAfterSessions,
                            int missingWindowDays, int trajectoryMinParticipants, int groupMinAnswers) {
        static SettingsResponse from(FitSettings s) {
            return new SettingsResponse(s.cutoffAdult(), s.cutoffYouth(), s.cutoffChild(), s.atCutoffCountsAsBelow(),
                    s.reliableChange(), s.srsTotalAlertBelow(), s.srsItemAlertBelow(), s.srsDropAlert(),
                    s.noChangeAfterSessions(), s.missingWindowDays(), s.trajectoryMinParticipants(), s.groupMinAnswers());
        }
    }
}
