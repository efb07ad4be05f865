package se.stegvis.report;

import se.stegvis.shared.DomainException;

/** Reports are for coordinators, admins and team leads; coaches and participants get none. */
public class ReportForbidden extends DomainException {
    public ReportForbidden() {
        super(Kind.FORBIDDEN, "report.forbidden");
    }
}
