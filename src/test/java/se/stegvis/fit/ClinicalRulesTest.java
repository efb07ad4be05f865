package se.stegvis.fit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static se.stegvis.fit.Points.history;

class ClinicalRulesTest {
    private static final FitSettings S = FitSettings.DEFAULTS;
    private static final FitSettings AT_CUTOFF_IS_BELOW = new FitSettings(S.cutoffAdult(), S.cutoffYouth(),
            S.cutoffChild(), true, S.reliableChange(), S.srsTotalAlertBelow(), S.srsItemAlertBelow(), S.srsDropAlert(),
            S.noChangeAfterSessions(), S.missingWindowDays(), S.trajectoryMinParticipants(), S.groupMinAnswers());

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void cutoffIsChildUnder13YouthFrom13To17AndAdultFrom18() {
        assertThat(ClinicalRules.cutoff(S, 12)).isEqualByComparingTo("32");
        assertThat(ClinicalRules.cutoff(S, 13)).isEqualByComparingTo("28");
        assertThat(ClinicalRules.cutoff(S, 17)).isEqualByComparingTo("28");
        assertThat(ClinicalRules.cutoff(S, 18)).isEqualByComparingTo("25");
        assertThat(ClinicalRules.cutoff(S, 64)).isEqualByComparingTo("25");
    }

    @Test
    void ageComesFromTheBirthYearAndTheYearOfTheSession() {
        assertThat(ClinicalRules.age(2008, LocalDate.of(2026, 1, 1))).isEqualTo(18);
        assertThat(ClinicalRules.age(2013, LocalDate.of(2026, 12, 31))).isEqualTo(13);
    }

    @Test
    void exactlyAtTheCutoffIsAboveByDefaultAndBelowWhenTheTeamSaysSo() {
        assertThat(ClinicalRules.belowCutoff(S, d("25.0"), d("25"))).isFalse();
        assertThat(ClinicalRules.belowCutoff(S, d("24.9"), d("25"))).isTrue();
        assertThat(ClinicalRules.belowCutoff(AT_CUTOFF_IS_BELOW, d("25.0"), d("25"))).isTrue();
        assertThat(ClinicalRules.belowCutoff(AT_CUTOFF_IS_BELOW, d("25.1"), d("25"))).isFalse();
    }

    @Test
    void aChangeOfExactlyTheRciIsReliableAndJustUnderIsNot() {
        assertThat(ClinicalRules.change(S, d("20.0"), 30, d("25.0"), 30).verdict())
                .isEqualTo(ClinicalRules.Verdict.RELIABLY_IMPROVED);
        assertThat(ClinicalRules.change(S, d("20.0"), 30, d("24.9"), 30).verdict())
                .isEqualTo(ClinicalRules.Verdict.NO_RELIABLE_CHANGE);
        assertThat(ClinicalRules.change(S, d("30.0"), 30, d("25.0"), 30).verdict())
                .isEqualTo(ClinicalRules.Verdict.RELIABLY_WORSE);
    }

    @Test
    void clinicallySignificantMeansReliableAndCrossedTheCutoff() {
        ClinicalRules.Change crossed = ClinicalRules.change(S, d("20.0"), 30, d("26.0"), 30);
        assertThat(crossed.clinicallySignificant()).isTrue();
        assertThat(crossed.difference()).isEqualByComparingTo("6.0");
        // reliable, but ended exactly at the cutoff: still "above" by default, so it crossed
        assertThat(ClinicalRules.change(S, d("20.0"), 30, d("25.0"), 30).clinicallySignificant()).isTrue();
        assertThat(ClinicalRules.change(AT_CUTOFF_IS_BELOW, d("20.0"), 30, d("25.0"), 30).clinicallySignificant()).isFalse();
        // reliable but stayed above the cutoff
        assertThat(ClinicalRules.change(S, d("26.0"), 30, d("32.0"), 30).clinicallySignificant()).isFalse();
        // crossed but not reliable
        assertThat(ClinicalRules.change(S, d("23.0"), 30, d("27.0"), 30).clinicallySignificant()).isFalse();
        // reliable deterioration into the clinical range
        assertThat(ClinicalRules.change(S, d("28.0"), 30, d("22.0"), 30).clinicallySignificant()).isTrue();
    }

    @Test
    void theCutoffFollowsTheAgeAtEachRating() {
        // 17 at intake (cutoff 28), 18 at the latest rating (cutoff 25): 26 is clinical then, not now
        ClinicalRules.Change c = ClinicalRules.change(S, d("21.0"), 17, d("26.0"), 18);
        assertThat(c.verdict()).isEqualTo(ClinicalRules.Verdict.RELIABLY_IMPROVED);
        assertThat(c.clinicallySignificant()).isTrue();
        assertThat(ClinicalRules.change(S, d("21.0"), 17, d("26.0"), 17).clinicallySignificant()).isFalse();
    }

    @Test
    void firstSessionOnlyHasNothingToCompare() {
        assertThat(ClinicalRules.change(S, 1990, history().ors(20).done()).verdict())
                .isEqualTo(ClinicalRules.Verdict.NOT_ENOUGH_DATA);
        assertThat(ClinicalRules.change(S, 1990, history().srs(38).done()).first()).isNull();
    }

    @Test
    void ratingsWithAMissingItemAreLeftOutOfTheComparison() {
        var h = history().ors(15).next().orsItems(9.0, 9.0, null, 9.0).next().ors(18).done();
        ClinicalRules.Change c = ClinicalRules.change(S, 1990, h);
        assertThat(c.first()).isEqualByComparingTo("15");
        assertThat(c.latest()).isEqualByComparingTo("18");
        assertThat(c.verdict()).isEqualTo(ClinicalRules.Verdict.NO_RELIABLE_CHANGE);
        assertThat(new Scores("ORS", Points.decimals(9.0, 9.0, null, 9.0)).total()).isNull();
    }
}
