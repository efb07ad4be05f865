package se.stegvis.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;

import java.util.Map;

/**
 * The service on an in-memory H2 in the demo's MySQL mode, for the tests that check hand-written SQL
 * runs there as on MariaDB. Not the "test" environment: that one points at MariaDB.
 */
public final class EmbeddedH2 {
    /** The URL flags the run command uses too (EmbeddedDatabaseParityTest checks application.yml). */
    public static final String FLAGS = ";MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,USER";

    private EmbeddedH2() {
    }

    /** The JDBC URL of the in-memory database {@code name}. */
    public static String url(String name) {
        return "jdbc:h2:mem:" + name + FLAGS + ";DB_CLOSE_DELAY=-1";
    }

    /** A started context on its own in-memory database {@code name}; close it after the tests. */
    public static ApplicationContext start(String name) {
        return builder(name).start();
    }

    /** The builder of such a context, for code that starts its own (the operators' commands). */
    public static ApplicationContextBuilder builder(String name) {
        return ApplicationContext.builder().deduceEnvironment(false).environments("h2parity")
                .properties(Map.of(
                        "datasources.default.url", url(name),
                        "datasources.default.username", "sa",
                        "datasources.default.password", "",
                        "micronaut.security.token.jwt.signatures.secret.generator.secret",
                        "parity-only-secret-0123456789abcdef0123456789abcdef",
                        "stegvis.demo-data", "false",
                        "stegvis.retention.schedule", "false",
                        "stegvis.screening.keys", "parity:sDSFwezaTPtYgHiHNgcxSGUAq+RxFkInkHX77lHCIes="));
    }
}
