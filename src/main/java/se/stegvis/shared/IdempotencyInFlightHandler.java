package se.stegvis.shared;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Like every domain failure a problem response, plus Retry-After so a retrying client waits a moment. */
@Produces
@Singleton
class IdempotencyInFlightHandler implements ExceptionHandler<IdempotencyInFlight, HttpResponse<Problem>> {
    private final ProblemFactory problems;

    IdempotencyInFlightHandler(ProblemFactory problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, IdempotencyInFlight exception) {
        return HttpResponse.<Problem>status(HttpStatus.CONFLICT)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(IdempotencyInFlight.RETRY_AFTER_SECONDS))
                .contentType(MediaType.of(Problem.MEDIA_TYPE))
                .body(problems.forDomain(request, exception));
    }
}
