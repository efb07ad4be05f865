package se.stegvis.group;

import se.stegvis.shared.DomainException;

import java.util.List;

/** What staff sent about an activity (or its attendance) cannot be stored; the field problems say where. */
public class ActivityInvalid extends DomainException {
    public ActivityInvalid(List<FieldProblem> problems) {
        super(Kind.INVALID, "group.activity.invalid", problems);
    }

    static ActivityInvalid of(String field, String messageKey, Object... args) {
        return new ActivityInvalid(List.of(new FieldProblem(field, messageKey, args)));
    }
}
