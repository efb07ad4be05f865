package se.stegvis.shared;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Logs never carry what people send: no request bodies, and no invitation code from a
 * /i/{code} URL (an access log that prints request lines would leak it; keep it off or mask it).
 */
@MicronautTest(transactional = false)
class RequestLoggingTest {
    private static final String BODY_MARKER = "body-marker-åäö-مرحبا";
    private static final String PATH_MARKER = "path-marker-invitation-code";

    @Inject
    @Client("/")
    HttpClient client;

    final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    Logger root;

    @BeforeEach
    void capture() {
        root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
    }

    @Test
    void requestBodiesAndInvitationCodesStayOutOfTheLogs() {
        assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/invitations/redeem", Map.of("code", BODY_MARKER)), String.class));
        assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/api/does-not-exist", "{not json " + BODY_MARKER)
                        .contentType("application/json"), String.class));
        client.toBlocking().exchange(HttpRequest.GET("/i/" + PATH_MARKER), String.class);

        assertThat(captured.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(m -> m.contains(BODY_MARKER) || m.contains(PATH_MARKER));
    }
}
