package se.stegvis.fit;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.fit.Points.history;

class AlertRulesTest {
    private static final FitSettings S = FitSettings.DEFAULTS;
    private static final LocalDate LATER = Points.START.plusYears(1);

    private static List<AlertKind> kinds(List<SessionPoint> h, LocalDate today) {
        return AlertRules.evaluate(S, h, today).stream().map(AlertRules.Raised::kind).toList();
    }

    @Test
    void srsTotalBelow36RaisesAnAlertAnd36DoesNot() {
        assertThat(kinds(history().ors(20).srsItems(9.0, 9.0, 9.0, 8.9).done(), LATER)).containsExactly(AlertKind.LOW_SRS);
        assertThat(kinds(history().ors(20).srsItems(9.0, 9.0, 9.0, 9.0).done(), LATER)).isEmpty();
    }

    @Test
    void anyItemBelow9RaisesAnAlertEvenWhenTheTotalIsHighOrAnItemIsMissing() {
        var h = history().ors(20).srsItems(10.0, 10.0, 10.0, 8.5).done();
        assertThat(AlertRules.evaluate(S, h, LATER)).singleElement()
                .satisfies(a -> assertThat(a.detail()).contains("item=8.5").doesNotContain("total"));
        assertThat(kinds(history().ors(20).srsItems(10.0, null, 10.0, 8.0).done(), LATER)).containsExactly(AlertKind.LOW_SRS);
    }

    @Test
    void aDropFromThePreviousSrsRaisesAnAlert() {
        var h = history().ors(20).srs(39.5).next().ors(21).srs(39.0).done();
        List<AlertRules.Raised> raised = AlertRules.evaluate(S, h, LATER);
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.LOW_SRS);
            assertThat(a.sessionId()).isEqualTo(h.get(1).sessionId());
            assertThat(a.detail()).isEqualTo("drop=0.5");
        });
    }

    @Test
    void groupAndIndividualSrsAreComparedOnlyWithTheirOwnKind() {
        var h = history().ors(20).srs(39.5).next().group().ors(21).srs(38.0).next().ors(21).srs(39.5).done();
        assertThat(kinds(h, LATER)).isEmpty();
    }

    @Test
    void reliableDeteriorationIsRaisedOnceWhenItStartsAndAgainOnlyAfterRecovery() {
        var h = history().ors(25).next().ors(19).next().ors(18).next().ors(24).next().ors(20).done();
        List<AlertRules.Raised> worse = AlertRules.evaluate(S, h, LATER).stream()
                .filter(a -> a.kind() == AlertKind.ORS_DETERIORATION).toList();
        assertThat(worse).extracting(AlertRules.Raised::sessionId)
                .containsExactly(h.get(1).sessionId(), h.get(4).sessionId());
    }

    @Test
    void noReliableChangeIsRaisedAtTheSetSessionNotBefore() {
        var h = history().ors(20).next().ors(21).next().ors(22).next().ors(21).next().ors(23).next().ors(22)
                .next().ors(23).done();
        List<AlertRules.Raised> stuck = AlertRules.evaluate(S, h, LATER).stream()
                .filter(a -> a.kind() == AlertKind.NO_RELIABLE_CHANGE).toList();
        assertThat(stuck).singleElement().satisfies(a -> assertThat(a.sessionId()).isEqualTo(h.get(5).sessionId()));
    }

    @Test
    void aReliableImprovementRaisesNothing() {
        assertThat(kinds(history().ors(15).next().ors(22).next().ors(30).done(), LATER)).isEmpty();
    }

    @Test
    void aRecentPastSessionWithoutRatingsIsMissingButTodayAndOldSessionsAreNot() {
        LocalDate today = LocalDate.of(2026, 6, 15);
        var h = history().on(today.minusDays(30)).next().on(today.minusDays(14)).ors(20).next()
                .on(today.minusDays(1)).srs(38).next().on(today).done();
        List<AlertRules.Raised> missing = AlertRules.evaluate(S, h, today);
        assertThat(missing).extracting(AlertRules.Raised::sessionId)
                .containsExactly(h.get(1).sessionId(), h.get(2).sessionId());
        assertThat(missing).extracting(AlertRules.Raised::detail).containsExactly("missing=SRS", "missing=ORS");
    }

    @Test
    void firstSessionOnlyRaisesNoTrendAlert() {
        assertThat(kinds(history().ors(5).srs(40).done(), LATER)).isEmpty();
    }
}
