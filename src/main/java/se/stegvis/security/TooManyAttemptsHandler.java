package se.stegvis.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import se.stegvis.shared.Problem;
import se.stegvis.shared.ProblemFactory;

/** Like every domain failure a problem response, plus Retry-After (RFC 9110) so clients know when. */
@Produces
@Singleton
class TooManyAttemptsHandler implements ExceptionHandler<TooManyAttempts, HttpResponse<Problem>> {
    private final ProblemFactory problems;

    TooManyAttemptsHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, TooManyAttempts exception) {
        Problem problem = problems.forDomain(request, exception);
        return HttpResponse.<Problem>status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, exception.retryAfterSeconds())))
                .contentType(MediaType.of(Problem.MEDIA_TYPE))
                .body(problem);
    }
}
