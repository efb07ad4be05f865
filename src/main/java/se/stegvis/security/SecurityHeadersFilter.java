package se.stegvis.security;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every response gets: browsers must not guess content types, and no URL of ours (an
 * invitation link carries a code) leaks to another site as a referrer. Pages may set stricter
 * headers of their own (the portal adds a Content-Security-Policy).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

    @ResponseFilter
    void addHeaders(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        if (!headers.contains("X-Content-Type-Options")) {
            headers.add("X-Content-Type-Options", "nosniff");
        }
        if (!headers.contains("Referrer-Policy")) {
            headers.add("Referrer-Policy", "no-referrer");
        }
    }
}
