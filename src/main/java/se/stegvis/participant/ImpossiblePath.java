package se.stegvis.participant;

import se.stegvis.shared.DomainException;

import java.util.List;

/** The change would make a path that cannot have happened; {@link #fieldProblems()} says where. */
public class ImpossiblePath extends DomainException {
    public ImpossiblePath(List<FieldProblem> problems) {
        super(Kind.RULE_VIOLATED, "participant.impossible", problems);
    }

    static ImpossiblePath of(String field, String messageKey, Object... args) {
        return new ImpossiblePath(List.of(new FieldProblem(field, messageKey, args)));
    }
}
