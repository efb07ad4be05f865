package se.stegvis.report;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A report request that cannot be answered as asked: a bad period, team list or setting. */
public class ReportInvalid extends DomainException {
    public ReportInvalid(List<FieldProblem> problems) {
        super(Kind.INVALID, "report.invalid", problems);
    }

    static ReportInvalid of(String field, String messageKey, Object... args) {
        return new ReportInvalid(List.of(new FieldProblem(field, messageKey, args)));
    }
}
