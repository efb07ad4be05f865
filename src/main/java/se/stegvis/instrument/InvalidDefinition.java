package se.stegvis.instrument;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A definition that breaks the rules of {@link DefinitionRules}; each problem names its field. */
public class InvalidDefinition extends DomainException {
    public InvalidDefinition(List<FieldProblem> problems) {
        super(Kind.RULE_VIOLATED, "instrument.definition-invalid", problems);
    }
}
