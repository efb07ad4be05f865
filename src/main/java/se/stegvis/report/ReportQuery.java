package se.stegvis.report;

import se.stegvis.shared.DomainException.FieldProblem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A report request as written in a query: {@code teams} (comma-separated team ids; none means every
 * team the caller may report on), {@code period} and {@code format}. Every bad field is named in one
 * {@link ReportInvalid}.
 */
record ReportQuery(List<UUID> teamIds, ReportPeriod period, ReportFormat format) {

    static ReportQuery parse(String teams, String period, String format) {
        List<FieldProblem> problems = new ArrayList<>();
        List<UUID> ids = teams(teams, problems);
        ReportPeriod p = null;
        ReportFormat f = null;
        try {
            p = ReportPeriod.parse(period);
        } catch (ReportInvalid e) {
            problems.addAll(e.fieldProblems());
        }
        try {
            f = ReportFormat.parse(format);
        } catch (ReportInvalid e) {
            problems.addAll(e.fieldProblems());
        }
        if (!problems.isEmpty()) {
            throw new ReportInvalid(problems);
        }
        return new ReportQuery(ids, p, f);
    }

    private static List<UUID> teams(String teams, List<FieldProblem> problems) {
        LinkedHashSet<UUID> ids = new LinkedHashSet<>();
        if (teams == null || teams.isBlank()) {
            return List.of();
        }
        for (String part : teams.split(",")) {
            String id = part.trim();
            if (id.isEmpty()) {
                continue;
            }
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("teams", "report.teams.invalid", id));
                return List.of();
            }
        }
        return List.copyOf(ids);
    }
}
