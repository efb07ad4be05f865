package se.stegvis.shared;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Maps every {@link DomainException} to its problem response, in the caller's language. */
@Produces
@Singleton
@Requires(classes = {DomainException.class, ExceptionHandler.class})
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {
    private final ProblemFactory problems;

    DomainExceptionHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
        Problem problem = problems.forDomain(request, exception);
        var response = HttpResponse.<Problem>status(io.micronaut.http.HttpStatus.valueOf(problem.status()))
                .contentType(MediaType.of(Problem.MEDIA_TYPE))
                .body(problem);
        exception.retryAfterSeconds().ifPresent(s ->
                response.header(io.micronaut.http.HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, s))));
        return response;
    }
}
