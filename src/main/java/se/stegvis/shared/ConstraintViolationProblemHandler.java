package se.stegvis.shared;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Failed bean validation as a problem with one entry per invalid field. The framework's own
 * handler passes only flat messages (no field paths) to {@link ProblemErrorResponseProcessor}, so
 * clients could not tell which field was wrong. Messages are translated hints, never the
 * framework's text (which quotes internal method and parameter names).
 */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
@Requires(classes = {ConstraintViolationException.class, ExceptionHandler.class})
public class ConstraintViolationProblemHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {
    private static final Set<String> REQUIRED = Set.of("NotNull", "NotBlank", "NotEmpty");
    private final ProblemFactory problems;

    ConstraintViolationProblemHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Problem.FieldError> fields = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), text(request, v)))
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        Problem problem = problems.forStatus(request, 400, problems.text(request, "problem.detail.fields"),
                "invalid-request", fields);
        return HttpResponse.<Problem>status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.of(Problem.MEDIA_TYPE))
                .body(problem);
    }

    /**
     * What is wrong, said so that the person can fix it: required, a text's length or a number's bound with the
     * limits, otherwise "invalid value".
     */
    private String text(HttpRequest<?> request, ConstraintViolation<?> v) {
        String constraint = v.getConstraintDescriptor() == null ? ""
                : v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        if (REQUIRED.contains(constraint)) {
            return problems.text(request, "problem.field.required");
        }
        Map<String, Object> limits = v.getConstraintDescriptor().getAttributes();
        if (constraint.equals("Size") && v.getInvalidValue() instanceof CharSequence) {
            int min = (Integer) limits.get("min");
            int max = (Integer) limits.get("max");
            return max == Integer.MAX_VALUE ? problems.text(request, "problem.field.length-min", min)
                    : problems.text(request, "problem.field.length", min, max);
        }
        if (constraint.equals("Min") || constraint.equals("Max")) {
            return problems.text(request, "problem.field." + constraint.toLowerCase(), limits.get("value"));
        }
        return problems.text(request, "problem.field.invalid");
    }

    /** "login.request.username" becomes "username"; an element of a list "municipalities[2]". */
    static String fieldName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null) {
                name = name + "[" + node.getIndex() + "]";
            }
            if (node.isInIterable() && node.getIndex() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                name = name + "[" + node.getIndex() + "]";
            }
        }
        return name;
    }
}
