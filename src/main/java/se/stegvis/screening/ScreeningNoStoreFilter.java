package se.stegvis.screening;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** No screening response is ever kept by a browser or proxy cache, errors included. */
@ServerFilter({"/api/participant/screening/**", "/api/participant/screening", "/api/participants/*/screenings",
        "/api/screening/**", "/api/teams/*/screening-settings", "/api/teams/*/screening-settings/**"})
class ScreeningNoStoreFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        response.getHeaders().set("Cache-Control", "no-store");
    }
}
