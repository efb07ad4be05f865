package se.stegvis.screening;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * How the portal keeps the screening safe on a shared phone: where "Leave quickly" goes
 * (STEGVIS_SCREENING_EXIT_URL, a neutral site) and after how long without a touch the answers are
 * dropped and the portal goes home (STEGVIS_SCREENING_IDLE_TIMEOUT).
 */
@Singleton
class PortalSafety {
    private final String quickExitUrl;
    private final Duration idleTimeout;

    PortalSafety(@Value("${stegvis.screening.quick-exit-url:`https://www.google.com/`}") String quickExitUrl,
                 @Value("${stegvis.screening.idle-timeout:5m}") Duration idleTimeout) {
        this.quickExitUrl = quickExitUrl;
        this.idleTimeout = idleTimeout;
    }

    String quickExitUrl() {
        return quickExitUrl;
    }

    long idleTimeoutSeconds() {
        return idleTimeout.toSeconds();
    }
}
