package se.stegvis.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes logout, deactivation and "lost phone" act on the very next request. Whether a token's
 * session ({@code sid}) is still live may need a database read, and the JWT validator runs on the
 * event loop, where nothing may block. So this filter runs first: when every session the request
 * names (bearer token, session cookie) was found live a moment ago ({@link LiveSessions}) it lets
 * the request pass on the event loop; otherwise it reads them on the blocking executor and records
 * the ones that are not live in a request attribute; {@link SessionClaimsValidator} then rejects
 * those tokens, and the request reaches the security rules as anonymous (401 on protected routes).
 * The token is only decoded here to find its session; its signature and expiry are verified by
 * the security filter as usual.
 */
@ServerFilter({"/api/**", "/prometheus"})
class SessionRevocationFilter implements Ordered {
    /** Request attribute: the {@code Set<UUID>} of sessions named by this request that are not live. */
    static final String DEAD_SESSIONS = "stegvis.dead-sessions";
    private static final Pattern SID = Pattern.compile("\"" + Actor.SESSION_CLAIM + "\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");
    private static final String BEARER = "Bearer ";

    private final SessionService sessions;
    private final ExecutorService blocking;
    private final String cookieName;

    SessionRevocationFilter(SessionService sessions, @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                            @Value("${micronaut.security.token.cookie.cookie-name:stegvis_session}") String cookieName) {
        this.sessions = sessions;
        this.blocking = blocking;
        this.cookieName = cookieName;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    /** Null (go on at once) when nothing needs a database read; else the read on the blocking executor. */
    @RequestFilter
    @Nullable
    CompletionStage<Optional<HttpResponse<?>>> findDeadSessions(HttpRequest<?> request) {
        List<UUID> named = new ArrayList<>(2);
        request.getHeaders().getAuthorization().filter(h -> h.startsWith(BEARER))
                .flatMap(h -> sessionOf(h.substring(BEARER.length()))).ifPresent(named::add);
        request.getCookies().findCookie(cookieName).flatMap(c -> sessionOf(c.getValue())).ifPresent(named::add);
        if (named.stream().allMatch(sessions::isKnownLive)) {
            return null;
        }
        return CompletableFuture.supplyAsync(() -> {
            Set<UUID> dead = new HashSet<>();
            named.stream().filter(sid -> !sessions.isLive(sid)).forEach(dead::add);
            if (!dead.isEmpty()) {
                request.setAttribute(DEAD_SESSIONS, Set.copyOf(dead));
            }
            return Optional.empty();
        }, blocking);
    }

    static Optional<UUID> sessionOf(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            Matcher m = SID.matcher(payload);
            return m.find() ? Optional.of(UUID.fromString(m.group(1))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
