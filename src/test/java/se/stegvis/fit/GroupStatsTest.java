package se.stegvis.fit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroupStatsTest {
    private static Scores srs(double total) {
        return new Scores("SRS_GROUP", Points.even(total));
    }

    @Test
    void threeAnswersShowAverageSpreadAndHowManyWereLow() {
        GroupStats g = GroupStats.of(5, List.of(srs(30), srs(36), srs(39)), FitSettings.DEFAULTS);
        assertThat(g.shown()).isTrue();
        assertThat(g.answers()).isEqualTo(3);
        assertThat(g.mean()).isEqualTo(35.0);
        assertThat(g.min()).isEqualTo(30.0);
        assertThat(g.max()).isEqualTo(39.0);
        assertThat(g.standardDeviation()).isEqualTo(4.6);   // sqrt((25 + 1 + 16) / 2)
        assertThat(g.belowAlert()).isEqualTo(1);
        assertThat(g.itemMeans()).hasSize(4);
    }

    @Test
    void fewerAnswersThanTheMinimumShowOnlyTheCounts() {
        GroupStats g = GroupStats.of(6, List.of(srs(30), srs(39)), FitSettings.DEFAULTS);
        assertThat(g.shown()).isFalse();
        assertThat(g.answers()).isEqualTo(2);
        assertThat(g.attendees()).isEqualTo(6);
        assertThat(g.mean()).isNull();
        assertThat(g.min()).isNull();
        assertThat(g.itemMeans()).isNull();
        assertThat(g.belowAlert()).isZero();
    }

    @Test
    void incompleteAnswersDoNotCountTowardsTheMinimum() {
        Scores partial = new Scores("SRS_GROUP", Points.decimals(9.0, null, 9.0, 9.0));
        assertThat(GroupStats.of(3, List.of(srs(30), srs(39), partial), FitSettings.DEFAULTS).shown()).isFalse();
    }
}
