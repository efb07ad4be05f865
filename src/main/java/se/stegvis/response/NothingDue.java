package se.stegvis.response;

import se.stegvis.shared.DomainException;

import java.util.List;

/**
 * An anonymous questionnaire is answered once per time it is due: without a due item nobody could
 * tell a second answer from a first, so answers could be repeated without limit.
 */
public class NothingDue extends DomainException {
    public NothingDue() {
        super(Kind.RULE_VIOLATED, "response.nothing-due", List.of(new FieldProblem("versionId", "response.nothing-due")));
    }
}
