package se.stegvis.portal;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

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
    private final HtmlPage index;

    PortalController(ResourceResolver resources) {
        this.index = new HtmlPage(resources, "classpath:public/index.html");
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
        return index.response();
    }
}
