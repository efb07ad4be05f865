package se.stegvis.report;

import jakarta.inject.Singleton;
import se.stegvis.fit.FitFigures;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * ORS/SRS team figures by gender and in total, from {@link FitFigures} (who counts is defined there):
 * participants with two ORS ({@code fit.participants}); the shares reliably improved and above the
 * cutoff at the latest rating ({@code fit.shares}); the mean change first → last ORS and the mean
 * SRS ({@code fit.means}). FitFigures gives shares and means, so they are turned back into figures that
 * add up across teams: numerator = round(share × n), sum = mean × n. Its means are rounded to one
 * decimal, so a scope's mean may be off by up to 0.05 from the exact one. The mean SRS is a mean over
 * ratings, but its n here is the number of participants who gave them (sum = mean × participants):
 * the threshold is about persons, and five ratings of one person must not be shown as "a mean of
 * five". A scope's mean SRS thus weighs each team's mean by its participants.
 *
 * <p>Per team: FitFigures reads one team at a time (three statements per team, whatever its size).
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
    public Map<UUID, RawSection> raw(ReportRequest request) {
        Map<UUID, RawSection> out = new LinkedHashMap<>();
        for (UUID team : request.teamIds()) {
            List<FitFigures.Row> rows = figures.forTeam(team, request.period().from(), request.period().to()).stream()
                    .filter(r -> r.ageBand() == null).toList();
            out.put(team, section(rows));
        }
        return out;
    }

    static RawSection section(List<FitFigures.Row> rows) {
        List<String> columns = GenderColumns.WITH_TOTAL;
        CountTable.Builder counted = CountTable.builder("fit.participants", List.of(WITH_TWO_ORS), columns);
        long[][] num = new long[2][columns.size()];
        long[][] den = new long[2][columns.size()];
        SampleTable.Sample[][] means = new SampleTable.Sample[2][columns.size()];
        for (SampleTable.Sample[] row : means) {
            Arrays.fill(row, SampleTable.Sample.EMPTY);
        }
        for (FitFigures.Row r : rows) {
            String column = r.gender() == null ? GenderColumns.TOTAL : GenderColumns.of(r.gender());
            int c = columns.indexOf(column);
            long n = r.participantsWithTwoOrs();
            if (r.gender() != null) {
                counted.add(WITH_TWO_ORS, column, n);
            }
            num[0][c] = count(r.shareReliablyImproved(), n);
            num[1][c] = count(r.shareAboveCutoffAtLatest(), n);
            den[0][c] = n;
            den[1][c] = n;
            means[0][c] = sample(r.meanChange(), n);
            means[1][c] = sample(r.meanSrs(), r.srsParticipants());
        }
        return RawSection.of(counted.totalColumn(GenderColumns.TOTAL).build(),
                new ShareTable("fit.shares", List.of(IMPROVED, ABOVE_CUTOFF), columns, num, den),
                new SampleTable("fit.means", List.of(MEAN_CHANGE, MEAN_SRS), columns, SampleTable.Statistic.MEAN,
                        means));
    }

    private static long count(Double share, long n) {
        return share == null ? 0 : Math.round(share * n);
    }

    private static SampleTable.Sample sample(Double mean, long n) {
        return mean == null || n == 0 ? SampleTable.Sample.EMPTY : new SampleTable.Sample(n, mean * n, null);
    }
}
