package se.stegvis.privacy;

import se.stegvis.shared.DomainException;

import java.util.List;

/** A {@code lang} other than sv, en or ar. */
public class UnsupportedLanguage extends DomainException {
    public UnsupportedLanguage() {
        super(Kind.INVALID, "records.unsupported-language",
                List.of(new FieldProblem("lang", "records.unsupported-language")));
    }
}
