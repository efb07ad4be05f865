package se.stegvis.portal;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One static page of ours (the participants' portal or the staff views), read once from the build
 * and served with the same protective headers: only our own origin (no CDN, no third party, no
 * inline script or style), no referrer (invitation links carry a secret), never framed, never cached.
 */
final class HtmlPage {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
            "connect-src 'self'", "font-src 'self'", "manifest-src 'self'", "object-src 'none'",
            "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");

    private final String html;

    HtmlPage(ResourceResolver resources, String classpathLocation) {
        try (InputStream in = resources.getResourceAsStream(classpathLocation)
                .orElseThrow(() -> new IllegalStateException(classpathLocation + " is missing from the build"))) {
            this.html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MutableHttpResponse<String> response() {
        return HttpResponse.ok(html)
                .contentType(MediaType.of("text/html;charset=utf-8"))
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store");
    }
}
