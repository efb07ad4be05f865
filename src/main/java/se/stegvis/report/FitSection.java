package se.stegvis.report;

import jakarta.inject.Singleton;
import se.stegvis.fit.FitFigures;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * ORS/SRS team figures by gender and in total, from {@link FitFigures} (who counts is defined by the
 * FIT feature): participants with two ORS ({@code fit.participants}); the shares reliably improved and
 * above the cutoff at the latest rating ({@code fit.shares}); the mean change first → last ORS and the
 * mean SRS ({@code fit.means}). FitFigures gives counts and exact sums, so the figures add up across
 * teams person by person: numerators are counts, a mean's sum is the sum of the changes. The mean SRS
 * is a mean over ratings, but its n here is the number of participants who gave them (sum = mean over
 * the ratings × participants): the threshold is about persons, and five ratings of one person must not
 * be shown as "a mean of five". A scope's mean SRS thus weighs each team's mean by its participants.
 *
 * <p>All teams at once: FitFigures reads every requested team in two grouped statements, one row per
 * team and gender, whatever the number of participants and ratings.
 */
@Singleton
class FitSection implements SectionSource {
    static final String KEY = "fit";
    static final String WITH_TWO_ORS = "fit.withTwoOrs";
    static final String IMPROVED = "fit.reliablyImproved";
    static final String ABOVE_CUTOFF = "fit.aboveCutoffAtLatest";
    static final String MEAN_CHANGE = "fit.meanChange";
    static final String MEAN_SRS = "fit.meanSrs";

    private final FitFigures figures;

    FitSection(FitFigures figures) {
        this.figures = figures;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public int cost() {
        return 29;
    }

    @Override
    public Map<UUID, RawSection> raw(ReportRequest request) {
        Map<UUID, List<FitFigures.Sums>> byTeam = figures.forTeams(request.teamIds(), request.period().from(),
                request.period().to());
        Map<UUID, RawSection> out = new LinkedHashMap<>();
        for (UUID team : request.teamIds()) {
            out.put(team, section(byTeam.getOrDefault(team, List.of())));
        }
        return out;
    }

    static RawSection section(List<FitFigures.Sums> rows) {
        List<String> columns = GenderColumns.WITH_TOTAL;
        int total = columns.indexOf(GenderColumns.TOTAL);
        Cell[] cells = new Cell[columns.size()];
        Arrays.setAll(cells, c -> new Cell());
        for (FitFigures.Sums r : rows) {
            cells[columns.indexOf(GenderColumns.of(r.gender()))].add(r);
            cells[total].add(r);
        }
        CountTable.Builder counted = CountTable.builder("fit.participants", List.of(WITH_TWO_ORS), columns);
        long[][] num = new long[2][columns.size()];
        long[][] den = new long[2][columns.size()];
        SampleTable.Sample[][] means = new SampleTable.Sample[2][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = cells[c];
            if (c != total) {
                counted.add(WITH_TWO_ORS, columns.get(c), cell.n);
            }
            num[0][c] = cell.improved;
            num[1][c] = cell.above;
            den[0][c] = cell.n;
            den[1][c] = cell.n;
            means[0][c] = cell.n == 0 ? SampleTable.Sample.EMPTY
                    : new SampleTable.Sample(cell.n, cell.changeSum.doubleValue(), null);
            means[1][c] = cell.srsRatings == 0 || cell.srsParticipants == 0 ? SampleTable.Sample.EMPTY
                    : new SampleTable.Sample(cell.srsParticipants,
                    cell.srsSum.doubleValue() / cell.srsRatings * cell.srsParticipants, null);
        }
        return RawSection.of(counted.totalColumn(GenderColumns.TOTAL).build(),
                new ShareTable("fit.shares", List.of(IMPROVED, ABOVE_CUTOFF), columns, num, den),
                new SampleTable("fit.means", List.of(MEAN_CHANGE, MEAN_SRS), columns, SampleTable.Statistic.MEAN,
                        means));
    }

    /** One column's figures: the genders that fall in it added up. */
    private static final class Cell {
        long n;
        long improved;
        long above;
        BigDecimal changeSum = BigDecimal.ZERO;
        BigDecimal srsSum = BigDecimal.ZERO;
        long srsRatings;
        long srsParticipants;

        void add(FitFigures.Sums r) {
            n += r.withTwoOrs();
            improved += r.reliablyImproved();
            above += r.aboveCutoffAtLatest();
            changeSum = changeSum.add(r.changeSum());
            srsSum = srsSum.add(r.srsSum());
            srsRatings += r.srsRatings();
            srsParticipants += r.srsParticipants();
        }
    }
}
