package se.stegvis.shared;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A failure nobody planned for still answers problem+json, and never shows SQL or a stack trace. */
@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = "spec.name", value = "UnexpectedFailureTest")
class UnexpectedFailureTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void unexpectedExceptionAnswers500ProblemWithoutSqlOrStackTrace() {
        var e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/test-only/explode"), String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(500);
        assertThat(e.getResponse().getContentType().map(Object::toString)).hasValueSatisfying(
                m -> assertThat(m).startsWith(Problem.MEDIA_TYPE));
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("\"status\":500").contains("Inget sparades")
                .doesNotContain("SELECT").doesNotContain("secret_table").doesNotContain("Exception")
                .doesNotContain("at se.stegvis");
    }

    /** Exists only in this test's context: throws what a broken query would. */
    @Controller("/test-only")
    @Requires(property = "spec.name", value = "UnexpectedFailureTest")
    static class ExplodingController {
        @Get("/explode")
        @Secured(SecurityRule.IS_ANONYMOUS)
        String explode() throws SQLException {
            throw new SQLException("You have an error in your SQL syntax near 'SELECT * FROM secret_table'");
        }
    }
}
