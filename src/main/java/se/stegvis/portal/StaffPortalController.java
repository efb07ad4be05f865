package se.stegvis.portal;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

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
    private final HtmlPage index;

    StaffPortalController(ResourceResolver resources) {
        this.index = new HtmlPage(resources, "classpath:public/staff/index.html");
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    MutableHttpResponse<String> page() {
        return index.response();
    }
}
