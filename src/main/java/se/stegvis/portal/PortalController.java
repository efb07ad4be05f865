package se.stegvis.portal;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the participants' portal: one static page whose script does the rest through the JSON API.
 * The invitation link {@code /i/{code}} carries a secret in its path, so the page is never cached
 * and never sends a referrer; the script swaps the URL for {@code /} once the code is used.
 * Anonymous on purpose: the page itself holds no data.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class PortalController {
    /** Only our own origin: no CDN, no third party, no inline script or style. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
            "connect-src 'self'", "font-src 'self'", "manifest-src 'self'", "object-src 'none'",
            "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");

    private final String indexHtml;

    PortalController(ResourceResolver resources) {
        this.indexHtml = read(resources, "classpath:public/index.html");
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<String> home() {
        return page();
    }

    /** The invitation link a coach sends. The code is read by the script, never by the server here. */
    @Get("/i/{code}")
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<String> invitation(@PathVariable String code) {
        return page();
    }

    private MutableHttpResponse<String> page() {
        return HttpResponse.ok(indexHtml)
                .contentType(MediaType.of("text/html;charset=utf-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store");
    }

    private static String read(ResourceResolver resources, String path) {
        try (InputStream in = resources.getResourceAsStream(path)
                .orElseThrow(() -> new IllegalStateException(path + " is missing from the build"))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
