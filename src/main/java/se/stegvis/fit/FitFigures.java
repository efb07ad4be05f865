package se.stegvis.fit;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * FIT figures of teams for a period, by gender, for the reports feature (which decides who may see
 * them and suppresses small cells). Who counts and how is the definition in the tests' FigureRules (the reference); here the
 * database computes it for all teams at once in one grouped statement ({@link FigureRepository}), so
 * the time and memory do not grow with the number of ratings held in Java. Counts and exact sums, not
 * rounded means, so that figures add up across teams. No names leave here.
 */
@Singleton
public class FitFigures {
    private final FigureRepository figures;

    FitFigures(FigureRepository figures) {
        this.figures = figures;
    }

    /**
     * One team's figures for one gender (a stored gender code). ORS: participants with at least two
     * complete ORS up to the period's end whose latest lies in the period, the sum of their changes
     * (latest − first), how many reliably improved / worsened, how many were above the cutoff at the
     * latest rating. SRS: the sum of every complete individual SRS of a session held in the period,
     * how many ratings that is, and how many participants gave them.
     */
    public record Sums(String gender, long withTwoOrs, BigDecimal changeSum, long reliablyImproved,
                       long reliablyWorse, long aboveCutoffAtLatest, BigDecimal srsSum, long srsRatings,
                       long srsParticipants) {
        static Sums empty(String gender) {
            return new Sums(gender, 0, BigDecimal.ZERO, 0, 0, 0, BigDecimal.ZERO, 0, 0);
        }
    }

    /**
     * The figures of these teams for sessions held from {@code from} to {@code to}, inclusive: per team
     * (every requested team, in the given order), one entry per gender that has any figure.
     */
    @Transactional
    public Map<UUID, List<Sums>> forTeams(Collection<UUID> teamIds, LocalDate from, LocalDate to) {
        Map<UUID, Map<String, Sums>> byTeam = new LinkedHashMap<>();
        teamIds.forEach(t -> byTeam.put(t, new LinkedHashMap<>()));
        if (teamIds.isEmpty()) {
            return Map.of();
        }
        for (FigureRepository.TeamSums t : figures.figures(teamIds, from, to)) {
            Objects.requireNonNull(byTeam.get(t.teamId())).put(t.sums().gender(), t.sums());
        }
        Map<UUID, List<Sums>> result = new LinkedHashMap<>();
        byTeam.forEach((team, sums) -> result.put(team, new ArrayList<>(sums.values())));
        return result;
    }
}
