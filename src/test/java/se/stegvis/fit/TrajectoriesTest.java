package se.stegvis.fit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrajectoriesTest {
    private static Trajectories.Reference ref(UUID p, int session, double total) {
        return new Trajectories.Reference(p, session, BigDecimal.valueOf(total));
    }

    @Test
    void percentilesInterpolateBetweenClosestRanks() {
        List<Double> v = List.of(10.0, 20.0, 30.0, 40.0);
        assertThat(Trajectories.percentile(v, 0.25)).isCloseTo(17.5, within(1e-9));
        assertThat(Trajectories.percentile(v, 0.5)).isCloseTo(25.0, within(1e-9));
        assertThat(Trajectories.percentile(v, 0.75)).isCloseTo(32.5, within(1e-9));
        assertThat(Trajectories.percentile(List.of(7.0), 0.75)).isEqualTo(7.0);
    }

    @Test
    void intakeBandsAreFivePointsWideWithOpenEnds() {
        assertThat(Trajectories.band(new BigDecimal("9.9"))).isZero();
        assertThat(Trajectories.band(new BigDecimal("10.0"))).isEqualTo(10);
        assertThat(Trajectories.band(new BigDecimal("24.9"))).isEqualTo(20);
        assertThat(Trajectories.band(new BigDecimal("25.0"))).isEqualTo(25);
        assertThat(Trajectories.band(new BigDecimal("40.0"))).isEqualTo(30);
    }

    @Test
    void participantsAreGroupedByTheirFirstRatedSessionAndCountedPerSessionNumber() {
        List<Trajectories.Reference> refs = new ArrayList<>();
        // five people with intake 12–14 (band 10), session 2 values 14, 16, 18, 20, 22
        for (int i = 0; i < 5; i++) {
            UUID p = UUID.randomUUID();
            refs.add(ref(p, 1, 12 + i * 0.5));
            refs.add(ref(p, 2, 14 + i * 2));
        }
        // one person with intake 22 at session 2 (missed session 1): band 20, counted at session 2 and 3
        UUID late = UUID.randomUUID();
        refs.add(ref(late, 3, 30));
        refs.add(ref(late, 2, 22));
        Trajectories.Table t = Trajectories.compute(refs);
        Trajectories.Cell c = t.cell(10, 2);
        assertThat(c.n()).isEqualTo(5);
        assertThat(c.p25()).isEqualTo(16.0);
        assertThat(c.p50()).isEqualTo(18.0);
        assertThat(c.p75()).isEqualTo(20.0);
        assertThat(t.cell(10, 1).n()).isEqualTo(5);
        assertThat(t.cell(20, 3).n()).isEqualTo(1);
        assertThat(t.cell(20, 1)).isNull();
        assertThat(t.cell(25, 2)).isNull();
    }
}
