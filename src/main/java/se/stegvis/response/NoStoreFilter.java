package se.stegvis.response;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Answers and instruments are never kept by a browser or proxy cache: participants share phones.
 * Covers errors too (a 422 names the answers that were wrong).
 */
@ServerFilter({"/api/participant/**", "/api/participants/*/responses", "/api/teams/*/exit-feedback"})
class NoStoreFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        response.getHeaders().set("Cache-Control", "no-store");
    }
}
