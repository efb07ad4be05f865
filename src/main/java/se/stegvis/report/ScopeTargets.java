package se.stegvis.report;

import se.stegvis.target.TargetKind;
import se.stegvis.target.TargetService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The targets of a report's scope (docs/reports-targets.md). Targets are yearly: a period inside one
 * calendar year uses that year's targets, a count target scaled to the period's share of the year
 * (rounded to whole persons, at least 1); a period across two years has no targets. Several teams: a
 * count target is the sum of the teams' targets, a share target the plain mean of the teams' targets —
 * not weighted by exits, since a published exit-weighted mean would give away the teams' exit counts.
 * A kind some teams of the scope have no target for has no scope target.
 */
final class ScopeTargets {
    private final Map<TargetKind, BigDecimal> targets;

    private ScopeTargets(Map<TargetKind, BigDecimal> targets) {
        this.targets = targets;
    }

    BigDecimal target(TargetKind kind) {
        return targets.get(kind);
    }

    static ScopeTargets of(ReportRequest request, TargetService source, List<ReportWarning> warnings) {
        ReportPeriod p = request.period();
        Map<TargetKind, BigDecimal> scope = new EnumMap<>(TargetKind.class);
        if (p.from().getYear() != p.to().getYear()) {
            warnings.add(ReportWarning.of("report.targets.period-spans-years", p.from(), p.to()));
            return new ScopeTargets(scope);
        }
        int year = p.from().getYear();
        Collection<Map<TargetKind, BigDecimal>> perTeam = source.of(request.teamIds(), year).values();
        for (TargetKind kind : TargetKind.values()) {
            long with = perTeam.stream().filter(t -> t.containsKey(kind)).count();
            if (with == perTeam.size() && with > 0) {
                scope.put(kind, combine(kind, perTeam.stream().map(t -> t.get(kind)).toList(), p));
            } else if (with > 0) {
                warnings.add(ReportWarning.of("report.targets.missing." + kind.name(), perTeam.size() - with));
            }
        }
        return new ScopeTargets(scope);
    }

    static BigDecimal combine(TargetKind kind, List<BigDecimal> teamTargets, ReportPeriod p) {
        BigDecimal sum = teamTargets.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (kind.isShare()) {
            return sum.divide(BigDecimal.valueOf(teamTargets.size()), 3, RoundingMode.HALF_UP);
        }
        return scaled(sum, p);
    }

    /** A yearly count target for a period inside that year: pro rata by days, whole persons, at least 1. */
    static BigDecimal scaled(BigDecimal yearly, ReportPeriod p) {
        long days = ChronoUnit.DAYS.between(p.from(), p.to()) + 1;
        int yearDays = p.from().lengthOfYear();
        if (days >= yearDays) {
            return yearly.setScale(0, RoundingMode.HALF_UP);
        }
        BigDecimal v = yearly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(yearDays), 0, RoundingMode.HALF_UP);
        return v.max(BigDecimal.ONE);
    }
}
