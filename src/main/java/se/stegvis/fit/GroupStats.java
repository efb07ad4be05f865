package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A group session's SRS in aggregate, pure. With fewer answers than the team's minimum (default 3)
 * only the counts are given: with one or two answers an average or a range would show, or let an
 * attendee work out, what a named person answered.
 */
public record GroupStats(int attendees, int answers, boolean shown, @Nullable Double mean, @Nullable Double min,
                  @Nullable Double max, @Nullable Double standardDeviation, @Nullable List<Double> itemMeans,
                  int belowAlert) {

    static GroupStats of(int attendees, List<Scores> ratings, FitSettings s) {
        List<Scores> complete = ratings.stream().filter(Scores::complete).toList();
        int n = complete.size();
        if (n < s.groupMinAnswers()) {
            return new GroupStats(attendees, n, false, null, null, null, null, null, 0);
        }
        List<Double> totals = complete.stream().map(r -> Objects.requireNonNull(r.total()).doubleValue()).toList();
        double mean = totals.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = totals.stream().mapToDouble(t -> (t - mean) * (t - mean)).sum() / (n > 1 ? n - 1 : 1);
        List<Double> itemMeans = java.util.stream.IntStream.range(0, Scores.ITEMS).mapToObj(i -> round(complete.stream()
                .mapToDouble(r -> r.items().get(i).doubleValue()).average().orElseThrow())).toList();
        int below = (int) complete.stream().filter(r -> r.total().compareTo(s.srsTotalAlertBelow()) < 0).count();
        return new GroupStats(attendees, n, true, round(mean),
                totals.stream().min(Double::compare).orElseThrow(), totals.stream().max(Double::compare).orElseThrow(),
                round(Math.sqrt(variance)), itemMeans, below);
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
