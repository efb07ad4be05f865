package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;
import se.stegvis.participant.Gender;
import se.stegvis.response.AgeBand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A team's FIT figures for a period, pure. Who counts: a participant whose latest complete ORS up to
 * the period's end lies within the period and who has at least two complete ORS up to then; their
 * change is latest minus first (intake) ORS. "Above the cutoff" uses the cutoff for their age at the
 * latest rating. Mean SRS: every complete individual SRS of a session held in the period (with the
 * number of ratings and of participants who gave them, so a report can hold back a mean of few persons). Rows:
 * everyone, then by gender, by age band (age in the period's last year) and by both. Small cells are
 * NOT suppressed here: the report that publishes them applies its "<5" rule.
 *
 * <p>The definition in plain Java, kept in the tests as the reference (no production code runs it): the report computes the same figures in SQL
 * ({@link FigureRepository}, by gender only), and FitFiguresEquivalenceTest compares the two on random
 * histories. A change of the rules changes both.
 */
final class FigureRules {
    private FigureRules() {
    }

    /** One participant's background and sessions. */
    record Person(Gender gender, int birthYear, List<SessionPoint> points) {
    }

    /** One row of figures; shares are 0–1, means rounded to one decimal; null when nobody counts. */
    record Row(@Nullable Gender gender, @Nullable String ageBand, int participantsWithTwoOrs,
               @Nullable Double meanChange, @Nullable Double shareReliablyImproved, @Nullable Double shareReliablyWorse,
               @Nullable Double shareAboveCutoffAtLatest, @Nullable Double meanSrs, int srsRatings, int srsParticipants) {
    }

    static List<Row> compute(FitSettings s, List<Person> people, LocalDate from, LocalDate to) {
        Map<String, List<Person>> groups = new LinkedHashMap<>();
        groups.put("|", people);
        for (Person p : people) {
            String band = AgeBand.of(p.birthYear(), to.getYear());
            groups.computeIfAbsent(p.gender() + "|", k -> new ArrayList<>()).add(p);
            groups.computeIfAbsent("|" + band, k -> new ArrayList<>()).add(p);
            groups.computeIfAbsent(p.gender() + "|" + band, k -> new ArrayList<>()).add(p);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, members) -> {
            String[] parts = key.split("\\|", -1);
            rows.add(row(s, parts[0].isEmpty() ? null : Gender.valueOf(parts[0]), parts[1].isEmpty() ? null : parts[1],
                    members, from, to));
        });
        return rows;
    }

    private static Row row(FitSettings s, @Nullable Gender gender, @Nullable String band, List<Person> members,
                           LocalDate from, LocalDate to) {
        int counted = 0;
        int improved = 0;
        int worse = 0;
        int above = 0;
        BigDecimal changes = BigDecimal.ZERO;
        BigDecimal srsSum = BigDecimal.ZERO;
        int srsCount = 0;
        int srsPeople = 0;
        for (Person p : members) {
            List<SessionPoint> ors = p.points().stream().filter(x -> !x.heldOn().isAfter(to))
                    .filter(x -> x.ors() != null && x.ors().complete()).toList();
            int before = srsCount;
            for (SessionPoint x : p.points()) {
                boolean inPeriod = !x.heldOn().isBefore(from) && !x.heldOn().isAfter(to);
                if (inPeriod && x.srs() != null && x.srs().complete() && x.kind() == SessionKind.INDIVIDUAL) {
                    srsSum = srsSum.add(Objects.requireNonNull(x.srs().total()));
                    srsCount++;
                }
            }
            srsPeople += srsCount > before ? 1 : 0;
            if (ors.size() < 2 || ors.get(ors.size() - 1).heldOn().isBefore(from)) {
                continue;
            }
            SessionPoint first = ors.get(0);
            SessionPoint latest = ors.get(ors.size() - 1);
            ClinicalRules.Change c = ClinicalRules.change(s, first.ors().total(),
                    ClinicalRules.age(p.birthYear(), first.heldOn()), latest.ors().total(),
                    ClinicalRules.age(p.birthYear(), latest.heldOn()));
            counted++;
            changes = changes.add(c.difference());
            improved += c.verdict() == ClinicalRules.Verdict.RELIABLY_IMPROVED ? 1 : 0;
            worse += c.verdict() == ClinicalRules.Verdict.RELIABLY_WORSE ? 1 : 0;
            BigDecimal cutoff = ClinicalRules.cutoff(s, ClinicalRules.age(p.birthYear(), latest.heldOn()));
            above += ClinicalRules.belowCutoff(s, latest.ors().total(), cutoff) ? 0 : 1;
        }
        return new Row(gender, band, counted, counted == 0 ? null : mean(changes, counted),
                share(improved, counted), share(worse, counted), share(above, counted),
                srsCount == 0 ? null : mean(srsSum, srsCount), srsCount, srsPeople);
    }

    private static Double mean(BigDecimal sum, int n) {
        return sum.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP).doubleValue();
    }

    private static @Nullable Double share(int k, int n) {
        return n == 0 ? null : BigDecimal.valueOf(k).divide(BigDecimal.valueOf(n), 3, RoundingMode.HALF_UP).doubleValue();
    }
}
