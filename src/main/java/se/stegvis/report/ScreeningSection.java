package se.stegvis.report;

import jakarta.inject.Singleton;
import se.stegvis.screening.ScreeningFiguresService;
import se.stegvis.screening.ScreeningFiguresService.Counts;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * Violence screening counts by gender and in total ({@code screening.counts}): asked, answered,
 * declined, exposed ever, ongoing, uses violence, wants support now — as {@link ScreeningFiguresService}
 * defines them, for the screenings of the months the period touches (a screening keeps only its
 * month). That service decrypts the rows one at a time in memory and returns counts only; it writes no
 * audit row (ADR 0006: reports see counts per team, period and gender, never an answer), and this
 * section adds nothing that names a person.
 *
 * <p>All teams at once: the service reads the screenings of every requested team in one statement and
 * the open (asked, not answered) items in one grouped statement.
 */
@Singleton
class ScreeningSection implements SectionSource {
    static final String KEY = "screening";
    private static final Map<String, ToIntFunction<Counts>> ROWS = rows();

    private final ScreeningFiguresService figures;

    ScreeningSection(ScreeningFiguresService figures) {
        this.figures = figures;
    }

    private static Map<String, ToIntFunction<Counts>> rows() {
        Map<String, ToIntFunction<Counts>> rows = new LinkedHashMap<>();
        rows.put("screening.asked", Counts::asked);
        rows.put("screening.answered", Counts::answered);
        rows.put("screening.declined", Counts::declined);
        rows.put("screening.exposedEver", Counts::exposedEver);
        rows.put("screening.ongoing", Counts::ongoing);
        rows.put("screening.usesViolence", Counts::usesViolence);
        rows.put("screening.wantsSupport", Counts::wantsSupport);
        return rows;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Map<UUID, RawSection> raw(ReportRequest request) {
        YearMonth from = YearMonth.from(request.period().from());
        YearMonth to = YearMonth.from(request.period().to());
        Map<UUID, Map<String, Counts>> byTeam = figures.figures(request.teamIds(), from, to);
        Map<UUID, RawSection> out = new LinkedHashMap<>();
        for (UUID team : request.teamIds()) {
            CountTable.Builder b = CountTable.builder("screening.counts", List.copyOf(ROWS.keySet()),
                    GenderColumns.WITH_TOTAL);
            byTeam.getOrDefault(team, Map.of()).forEach((gender, counts) ->
                    ROWS.forEach((row, value) -> b.add(row, GenderColumns.of(gender), value.applyAsInt(counts))));
            out.put(team, RawSection.of(b.totalColumn(GenderColumns.TOTAL).build()));
        }
        return out;
    }
}
