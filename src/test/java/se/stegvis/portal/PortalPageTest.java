package se.stegvis.portal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal page over HTTP: its headers protect the invitation code; its assets are our own. */
@MicronautTest
class PortalPageTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper json;

    @Test
    void homeIsServedAnonymouslyWithAStrictPolicy() {
        assertStrictPage(client.toBlocking().exchange(HttpRequest.GET("/"), String.class));
    }

    @Test
    void invitationLinkServesTheSamePageWithoutReferrerOrCaching() {
        HttpResponse<String> response = client.toBlocking().exchange(HttpRequest.GET("/i/abc-DEF_123"), String.class);
        assertStrictPage(response);
        assertThat(response.body()).doesNotContain("abc-DEF_123");
    }

    @Test
    void pageLoadsOnlyItsOwnAssets() {
        String html = client.toBlocking().retrieve(HttpRequest.GET("/"), String.class);
        assertThat(html).doesNotContain("http:").doesNotContain("https:").doesNotContain("//cdn")
                .doesNotContain("<script>").doesNotContain("style=");
        assertThat(html).contains("<html lang=\"sv\"").contains("/assets/app.js").contains("/assets/app.css")
                .contains("aria-live=\"polite\"");
    }

    @Test
    void assetsAreServedAnonymouslyWithTheirTypes() {
        HttpResponse<String> js = client.toBlocking().exchange(HttpRequest.GET("/assets/app.js"), String.class);
        assertThat(js.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).contains("javascript"));
        assertThat(js.header("X-Content-Type-Options")).isEqualTo("nosniff");
        HttpResponse<String> texts = client.toBlocking().exchange(HttpRequest.GET("/assets/i18n/ar.json"), String.class);
        assertThat(texts.body()).contains("مدربك");
    }

    @Test
    void everyLanguageHasTheSameTexts() throws IOException {
        Map<String, Object> sv = texts("sv");
        for (String lang : new String[]{"en", "ar"}) {
            Map<String, Object> other = texts(lang);
            assertThat(other.keySet()).as(lang + ".json keys").containsExactlyInAnyOrderElementsOf(sv.keySet());
            other.values().forEach(v -> assertThat(v.toString()).as(lang + ".json value").isNotBlank());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> texts(String lang) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/public/assets/i18n/" + lang + ".json")) {
            assertThat(in).as(lang + ".json").isNotNull();
            return json.readValue(in.readAllBytes(), Map.class);
        }
    }

    private static void assertStrictPage(HttpResponse<String> response) {
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getContentType()).hasValueSatisfying(t -> assertThat(t.getName()).isEqualTo("text/html"));
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline").doesNotContain("http");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }
}
