package se.stegvis.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;

/** Builds localised problem bodies. The type URI names the failure; title and detail are for people. */
@Singleton
public class ProblemFactory {
    static final String TYPE_BASE = "https://stegvis.se/problems/";

    private final Messages messages;
    private final HttpLocaleResolver localeResolver;

    ProblemFactory(Messages messages, HttpLocaleResolver localeResolver) {
        this.messages = messages;
        this.localeResolver = localeResolver;
    }

    public Locale locale(HttpRequest<?> request) {
        return request == null ? Messages.SWEDISH : messages.supported(localeResolver.resolveOrDefault(request));
    }

    /** A problem for a known status, with a translated generic title and the given detail. */
    public Problem forStatus(HttpRequest<?> request, int status, String detail, String code,
                             List<Problem.FieldError> errors) {
        Locale locale = locale(request);
        String key = "problem.status." + status;
        String title = messages.has(key) ? messages.get(locale, key) : HttpStatus.valueOf(status).getReason();
        String type = code == null ? "about:blank" : TYPE_BASE + code;
        return new Problem(type, title, status, detail, request == null ? null : request.getPath(), code,
                errors == null || errors.isEmpty() ? null : errors);
    }

    public Problem forDomain(HttpRequest<?> request, DomainException e) {
        Locale locale = locale(request);
        String detail = messages.get(locale, e.messageKey(), e.args());
        List<Problem.FieldError> errors = e.fieldProblems().stream()
                .map(f -> new Problem.FieldError(f.field(), messages.get(locale, f.messageKey(), f.args())))
                .toList();
        return forStatus(request, status(e.kind()), detail, e.messageKey(), errors);
    }

    public String text(HttpRequest<?> request, String key, Object... args) {
        return messages.get(locale(request), key, args);
    }

    static int status(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case RULE_VIOLATED -> 422;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case GONE -> 410;
            case TOO_MANY_REQUESTS -> 429;
        };
    }
}
