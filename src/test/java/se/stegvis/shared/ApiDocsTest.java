package se.stegvis.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Swagger UI and the spec are served by the application itself: no CDN. */
@MicronautTest(transactional = false)
class ApiDocsTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void swaggerUiPageReferencesOurSpec() {
        HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET("/docs/index.html"), String.class);
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("/swagger/stegvis.yml").doesNotContain("unpkg").doesNotContain("cdn");
    }

    @Test
    void docsWithoutAFileNameOpensSwaggerUi() {
        HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET("/docs"), String.class);
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
    }

    @Test
    void specAndSwaggerUiScriptsAreServedLocally() {
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/swagger/stegvis.yml"))).contains("openapi:");
        assertThat(client.toBlocking().exchange(HttpRequest.GET("/swagger-ui/res/swagger-ui-bundle.js"), String.class).code())
                .isEqualTo(200);
    }
}
