package se.stegvis.shared;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns every error the framework itself reports (unknown route, bad JSON, failed bean validation,
 * missing authentication, an unexpected exception) into {@code application/problem+json}. Framework
 * messages may quote internals, so a 5xx never carries a detail and field messages are reduced to
 * the field's name and a translated hint.
 */
@Singleton
@Primary
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {
    private final ProblemFactory problems;

    ProblemErrorResponseProcessor(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> response) {
        int status = response.code();
        var request = context.getRequest();
        List<Problem.FieldError> fields = new ArrayList<>();
        String detail = null;
        String code = null;
        if (status >= 500) {
            detail = problems.text(request, "problem.detail.internal");
            code = "internal";
        } else if (status == 400) {
            code = "invalid-request";
            for (Error e : context.getErrors()) {
                if (e.getPath().isPresent()) {
                    fields.add(new Problem.FieldError(fieldName(e.getPath().get()),
                            problems.text(request, "problem.field.invalid")));
                }
            }
            detail = problems.text(request, fields.isEmpty() ? "problem.detail.unreadable" : "problem.detail.fields");
        } else if (status == 404) {
            code = "not-found";
            detail = problems.text(request, "problem.detail.not-found");
        } else if (status == 401) {
            code = "unauthenticated";
            detail = problems.text(request, "problem.detail.unauthenticated");
        } else if (status == 403) {
            code = "forbidden";
            detail = problems.text(request, "problem.detail.forbidden");
        } else if (status == 413) {
            code = "too-large";
            detail = problems.text(request, "problem.detail.too-large");
        }
        Problem problem = problems.forStatus(request, status, detail, code, fields);
        if (request.getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Problem>) response;
        }
        return response.body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE));
    }

    /** "create.request.birthYear" becomes "birthYear": the client knows its own field names. */
    static String fieldName(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
