package se.stegvis.shared;

import java.util.List;

/**
 * A named domain failure. Services throw subclasses; {@link DomainExceptionHandler} maps them once
 * to RFC 9457 problem responses. The service never knows HTTP: it only says what kind of failure
 * this is and which message key explains it.
 */
public abstract class DomainException extends RuntimeException {

    /** What kind of failure this is; the HTTP status is chosen from it in one place. */
    public enum Kind { INVALID, RULE_VIOLATED, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, GONE, TOO_MANY_REQUESTS }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;

    protected DomainException(Kind kind, String messageKey, Object... args) {
        this(kind, messageKey, List.of(), args);
    }

    protected DomainException(Kind kind, String messageKey, List<FieldProblem> fieldProblems, Object... args) {
        super(messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** Seconds after which a retry may succeed, sent as Retry-After (RFC 9110); empty when none applies. */
    public java.util.OptionalLong retryAfterSeconds() {
        return java.util.OptionalLong.empty();
    }

    /** One invalid field: its name as the client sent it and a message key with arguments. */
    public record FieldProblem(String field, String messageKey, Object... args) {
    }
}
