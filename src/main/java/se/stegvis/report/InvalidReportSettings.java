package se.stegvis.report;

import se.stegvis.shared.DomainException;

import java.util.List;

/** Report settings outside what {@link ReportSettingsRules} allows; one field problem per mistake. */
public class InvalidReportSettings extends DomainException {
    InvalidReportSettings(List<FieldProblem> problems) {
        super(Kind.INVALID, "invalid-request", problems);
    }
}
