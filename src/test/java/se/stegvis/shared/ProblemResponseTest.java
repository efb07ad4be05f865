package se.stegvis.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest
class ProblemResponseTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void unknownApiRouteAnswersProblemJsonInSwedishByDefault() {
        var e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/does-not-exist"), String.class));
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(m -> assertThat(m.toString()).startsWith(Problem.MEDIA_TYPE));
        String body = e.getResponse().getBody(String.class).orElseThrow();
        assertThat(body).contains("\"status\":404").contains("Hittades inte");
    }

    @Test
    void unknownApiRouteAnswersInEnglishWhenAsked() {
        var e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/does-not-exist").header("Accept-Language", "en"), String.class));
        assertThat(e.getResponse().getBody(String.class).orElseThrow()).contains("Not found");
    }
}
