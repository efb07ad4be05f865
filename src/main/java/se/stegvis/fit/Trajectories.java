package se.stegvis.fit;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Expected ORS trajectories from an association's own ratings, pure (method: docs/fit-trajectory.md).
 * Participants are grouped by their intake score (the first complete ORS) into bands; for each band
 * and session number the 25th, 50th and 75th percentiles of the ORS totals given at that session
 * are computed, with the number of participants behind them. Whether a cell is shown depends on the
 * team's minimum ({@link FitSettings#trajectoryMinParticipants()}).
 */
final class Trajectories {
    /** Lower bounds of the intake bands (ORS total): 0–9.9, 10–14.9, 15–19.9, 20–24.9, 25–29.9, 30–40. */
    static final List<Integer> BAND_FLOORS = List.of(0, 10, 15, 20, 25, 30);

    private Trajectories() {
    }

    /** One complete ORS of one participant at one session number. */
    record Reference(UUID participantId, int sessionNumber, BigDecimal total) {
    }

    /** The percentiles of one intake band at one session number, from {@code n} participants. */
    record Cell(int n, double p25, double p50, double p75) {
    }

    /** Per intake band (by its floor), per session number. */
    record Table(Map<Integer, Map<Integer, Cell>> cells) {
        @Nullable Cell cell(int bandFloor, int sessionNumber) {
            return cells.getOrDefault(bandFloor, Map.of()).get(sessionNumber);
        }
    }

    /** The band an intake total belongs to, named by its floor. */
    static int band(BigDecimal intake) {
        int floor = 0;
        for (int f : BAND_FLOORS) {
            if (intake.compareTo(BigDecimal.valueOf(f)) >= 0) {
                floor = f;
            }
        }
        return floor;
    }

    static Table compute(List<Reference> ratings) {
        Map<UUID, List<Reference>> byParticipant = new HashMap<>();
        ratings.forEach(r -> byParticipant.computeIfAbsent(r.participantId(), k -> new ArrayList<>()).add(r));
        Map<Integer, Map<Integer, List<Double>>> values = new TreeMap<>();
        for (List<Reference> own : byParticipant.values()) {
            own.sort(Comparator.comparingInt(Reference::sessionNumber));
            int band = band(own.get(0).total());
            Map<Integer, List<Double>> bySession = values.computeIfAbsent(band, b -> new TreeMap<>());
            for (Reference r : own) {
                bySession.computeIfAbsent(r.sessionNumber(), k -> new ArrayList<>()).add(r.total().doubleValue());
            }
        }
        Map<Integer, Map<Integer, Cell>> cells = new TreeMap<>();
        values.forEach((band, bySession) -> {
            Map<Integer, Cell> row = new TreeMap<>();
            bySession.forEach((session, list) -> {
                List<Double> sorted = list.stream().sorted().toList();
                row.put(session, new Cell(sorted.size(), percentile(sorted, 0.25), percentile(sorted, 0.5),
                        percentile(sorted, 0.75)));
            });
            cells.put(band, row);
        });
        return new Table(cells);
    }

    /** Linear interpolation between closest ranks (Hyndman and Fan type 7, as in R and spreadsheets). */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double h = (sorted.size() - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.size() - 1);
        return sorted.get(lo) + (h - lo) * (sorted.get(hi) - sorted.get(lo));
    }
}
