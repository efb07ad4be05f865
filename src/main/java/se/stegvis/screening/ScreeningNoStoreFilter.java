package se.stegvis.screening;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * No screening response is ever kept by a browser or proxy cache, errors included: ordered before
 * the security filter, so its 401/403 answers get the header too.
 */
@ServerFilter({"/api/participant/screening/**", "/api/participant/screening", "/api/participants/*/screenings",
        "/api/screening/**", "/api/teams/*/screening-settings", "/api/teams/*/screening-settings/**"})
class ScreeningNoStoreFilter implements Ordered {

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        response.getHeaders().set("Cache-Control", "no-store");
    }
}
