package se.stegvis.security;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenSignatureValidator;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a minute, the tokens whose signature this process has verified, so that a client
 * sending the same token on every request (the participant's phone) costs one parse and one HMAC a
 * minute instead of one per request. The key is the whole token as sent: only the exact bytes that
 * were verified with the configured keys are recognised, and the keys do not change while the
 * process runs. Only the signature is remembered: expiry, the session claim and whether the session
 * is still live are checked on every request as before (the claims validators, {@link
 * SessionClaimsValidator}, {@link SessionRevocationFilter}). Bounded: at most
 * {@code stegvis.verified-token-cache-size} tokens (5000; 0 switches it off), dropped when full.
 */
@Singleton
class VerifiedTokens {
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;

    private record Verified(SignedJWT jwt, long untilNanos) {
    }

    VerifiedTokens(@Value("${stegvis.verified-token-cache:1m}") Duration ttl,
                   @Value("${stegvis.verified-token-cache-size:5000}") int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The parsed token whose signature was verified within the time bound, if this is one. */
    Optional<SignedJWT> find(String token) {
        Verified v = verified.get(token);
        if (v == null) {
            return Optional.empty();
        }
        if (System.nanoTime() - v.untilNanos() >= 0) {
            verified.remove(token, v);
            return Optional.empty();
        }
        return Optional.of(v.jwt());
    }

    boolean isVerified(SignedJWT jwt) {
        String token = jwt.getParsedString();
        if (token == null) {
            return false;
        }
        Verified v = verified.get(token);
        return v != null && v.jwt() == jwt && System.nanoTime() - v.untilNanos() < 0;
    }

    void remember(SignedJWT jwt) {
        String token = jwt.getParsedString();
        if (token == null || maxEntries <= 0 || ttlNanos <= 0) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.clear();
        }
        verified.put(token, new Verified(jwt, System.nanoTime() + ttlNanos));
    }

    /** Answers a remembered token with the object that was verified (no parse). */
    @Singleton
    static class ParserHook implements BeanCreatedEventListener<JsonWebTokenParser<JWT>> {
        private final VerifiedTokens tokens;

        ParserHook(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public JsonWebTokenParser<JWT> onCreated(BeanCreatedEvent<JsonWebTokenParser<JWT>> event) {
            JsonWebTokenParser<JWT> parser = event.getBean();
            return new JsonWebTokenParser<>() {
                @Override
                public Optional<JWT> parse(String token) {
                    Optional<SignedJWT> known = tokens.find(token);
                    return known.isPresent() ? Optional.of(known.get()) : parser.parse(token);
                }

                @Override
                public Optional<Claims> parseClaims(String token) {
                    return parser.parseClaims(token);
                }
            };
        }
    }

    /** Skips the HMAC for the very object verified before; remembers what verifies now. */
    @Singleton
    static class SignatureHook implements BeanCreatedEventListener<ReactiveJsonWebTokenSignatureValidator<SignedJWT>> {
        private final VerifiedTokens tokens;

        SignatureHook(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public ReactiveJsonWebTokenSignatureValidator<SignedJWT> onCreated(
                BeanCreatedEvent<ReactiveJsonWebTokenSignatureValidator<SignedJWT>> event) {
            ReactiveJsonWebTokenSignatureValidator<SignedJWT> validator = event.getBean();
            return jwt -> {
                if (tokens.isVerified(jwt)) {
                    return Publishers.just(true);
                }
                Publisher<Boolean> result = validator.validateSignature(jwt);
                return Publishers.map(result, valid -> {
                    if (Boolean.TRUE.equals(valid)) {
                        tokens.remember(jwt);
                    }
                    return valid;
                });
            };
        }
    }
}
