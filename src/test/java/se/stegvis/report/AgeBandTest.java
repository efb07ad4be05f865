package se.stegvis.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which age band an age at exit falls in: the last band whose lower bound is at most the age. */
class AgeBandTest {
    @Test
    void defaultBandsAreSixteenTwentyFiveThirtyFiveFortyFiveAndFiftyFiveAndOver() {
        assertThat(ReportSettings.DEFAULTS.ageBandLabels()).containsExactly("16-24", "25-34", "35-44", "45-54", "55-");
    }

    @Test
    void eachBandStartsAtItsLowerBoundAndEndsBeforeTheNext() {
        ReportSettings s = ReportSettings.DEFAULTS;
        assertThat(s.ageBand(16)).isEqualTo("16-24");
        assertThat(s.ageBand(24)).isEqualTo("16-24");
        assertThat(s.ageBand(25)).isEqualTo("25-34");
        assertThat(s.ageBand(44)).isEqualTo("35-44");
        assertThat(s.ageBand(45)).isEqualTo("45-54");
        assertThat(s.ageBand(55)).isEqualTo("55-");
        assertThat(s.ageBand(64)).isEqualTo("55-");
    }

    @Test
    void anAgeBelowTheFirstBoundCountsInTheFirstBand() {
        assertThat(ReportSettings.DEFAULTS.ageBand(15)).isEqualTo("16-24");
    }

    @Test
    void bandsAreConfigurable() {
        ReportSettings s = new ReportSettings(5, List.of(18, 30, 50));
        assertThat(s.ageBandLabels()).containsExactly("18-29", "30-49", "50-");
        assertThat(s.ageBand(29)).isEqualTo("18-29");
        assertThat(s.ageBand(30)).isEqualTo("30-49");
        assertThat(s.ageBand(50)).isEqualTo("50-");
    }
}
