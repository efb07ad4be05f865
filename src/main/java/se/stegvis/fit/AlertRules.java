package se.stegvis.fit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which alerts a participant's history raises, pure. Each alert belongs to the session where its
 * condition arose: a low SRS to that session; ORS deterioration and "no reliable change" to the
 * ORS rating where the condition starts to hold (not again while it keeps holding, again if it
 * stopped and returns); missing ratings to a recent past session without its ORS or SRS.
 */
final class AlertRules {
    private AlertRules() {
    }

    /** An alert the rules raise: its kind, the session it belongs to and a short machine-readable detail. */
    record Raised(AlertKind kind, UUID sessionId, String detail) {
    }

    static List<Raised> evaluate(FitSettings s, List<SessionPoint> history, LocalDate today) {
        List<Raised> raised = new ArrayList<>();
        lowSrs(s, history, raised);
        orsTrend(s, history, raised);
        history.forEach(p -> missing(s, p, today).ifPresent(raised::add));
        return raised;
    }

    private static void lowSrs(FitSettings s, List<SessionPoint> history, List<Raised> raised) {
        java.util.Map<String, BigDecimal> previous = new java.util.HashMap<>();
        for (SessionPoint p : history) {
            Scores srs = p.srs();
            if (srs == null) {
                continue;
            }
            List<String> why = new ArrayList<>();
            BigDecimal total = srs.total();
            if (total != null && total.compareTo(s.srsTotalAlertBelow()) < 0) {
                why.add("total=" + total);
            }
            BigDecimal lowest = srs.lowestItem();
            if (lowest != null && lowest.compareTo(s.srsItemAlertBelow()) < 0) {
                why.add("item=" + lowest);
            }
            BigDecimal before = previous.get(srs.instrumentCode());
            if (total != null && before != null && before.subtract(total).compareTo(s.srsDropAlert()) >= 0) {
                why.add("drop=" + before.subtract(total));
            }
            if (total != null) {
                previous.put(srs.instrumentCode(), total);
            }
            if (!why.isEmpty()) {
                raised.add(new Raised(AlertKind.LOW_SRS, p.sessionId(), String.join(";", why)));
            }
        }
    }

    private static void orsTrend(FitSettings s, List<SessionPoint> history, List<Raised> raised) {
        BigDecimal first = null;
        boolean wasWorse = false;
        boolean wasStuck = false;
        for (SessionPoint p : history) {
            BigDecimal total = p.ors() == null ? null : p.ors().total();
            if (total == null) {
                continue;
            }
            if (first == null) {
                first = total;
                continue;
            }
            int dir = ClinicalRules.direction(s, first, total);
            boolean worse = dir < 0;
            boolean stuck = dir == 0 && p.number() >= s.noChangeAfterSessions();
            String detail = "first=" + first + ";latest=" + total;
            if (worse && !wasWorse) {
                raised.add(new Raised(AlertKind.ORS_DETERIORATION, p.sessionId(), detail));
            }
            if (stuck && !wasStuck) {
                raised.add(new Raised(AlertKind.NO_RELIABLE_CHANGE, p.sessionId(), detail));
            }
            wasWorse = worse;
            wasStuck = stuck;
        }
    }

    /** A session held before today, within the window, without its ORS or SRS. */
    static java.util.Optional<Raised> missing(FitSettings s, SessionPoint p, LocalDate today) {
        boolean recentPast = p.heldOn().isBefore(today) && !p.heldOn().isBefore(today.minusDays(s.missingWindowDays()));
        if (!recentPast || p.ors() != null && p.srs() != null) {
            return java.util.Optional.empty();
        }
        List<String> lacking = new ArrayList<>();
        if (p.ors() == null) {
            lacking.add("ORS");
        }
        if (p.srs() == null) {
            lacking.add(p.kind().srsCode());
        }
        return java.util.Optional.of(new Raised(AlertKind.MISSING_RATINGS, p.sessionId(), "missing=" + String.join(",", lacking)));
    }
}
