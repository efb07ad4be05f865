package se.stegvis.shared;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Whether to seed the demo association. {@code STEGVIS_DEMO_DATA=auto} (the default) seeds only
 * the embedded H2 database, so a production database is never filled with demo people by accident.
 */
@Singleton
public class DemoMode {
    private final String mode;
    private final String databaseUrl;

    DemoMode(@Value("${stegvis.demo-data:auto}") String mode,
                 @Value("${datasources.default.url:}") String databaseUrl) {
        this.mode = mode;
        this.databaseUrl = databaseUrl;
    }

    public boolean enabled() {
        return switch (mode.trim().toLowerCase()) {
            case "true", "on", "yes" -> true;
            case "auto" -> databaseUrl.startsWith("jdbc:h2:");
            default -> false;
        };
    }
}
