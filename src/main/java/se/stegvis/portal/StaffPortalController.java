package se.stegvis.portal;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Serves the staff views at {@code /staff}: one static page (public/staff/index.html) whose scripts
 * (public/assets/staff/) log in through the JSON API and keep the tokens in memory. Pages are hash
 * routes ({@code /staff#/participants}), so this one address is all the server serves. Same
 * self-only Content-Security-Policy as the participants' portal. Anonymous on purpose: the page
 * itself holds no data.
 */
@Hidden
@Controller("/staff")
@Secured(SecurityRule.IS_ANONYMOUS)
class StaffPortalController {
    private final String indexHtml;

    StaffPortalController(ResourceResolver resources) {
        this.indexHtml = read(resources, "classpath:public/staff/index.html");
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<String> page() {
        return HttpResponse.ok(indexHtml)
                .contentType(MediaType.of("text/html;charset=utf-8"))
                .header("Content-Security-Policy", PortalController.CONTENT_SECURITY_POLICY)
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
