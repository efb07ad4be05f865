package se.stegvis.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import se.stegvis.security.Role;
import se.stegvis.team.StaffService;
import se.stegvis.team.StaffView;
import se.stegvis.team.TeamService;
import se.stegvis.team.TeamView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    /** A new association's team with one coach, on a context from {@link #start}: what the H2 tests seed from. */
    public record CoachedTeam(TeamView team, Fixtures.StaffLogin coach) {
    }

    /** "Samverkansteam {municipality}" of "Samordningsförbundet {municipality}", with the coach Åsa Öberg. */
    public static CoachedTeam coachedTeam(ApplicationContext context, String municipality) {
        TeamService teams = context.getBean(TeamService.class);
        UUID association = teams.createAssociation("Samordningsförbundet " + municipality);
        TeamView team = teams.createTeam(association, "Samverkansteam " + municipality, municipality,
                List.of(municipality), List.of("WORK"), 2);
        StaffView coach = context.getBean(StaffService.class).create(association, "coach-" + UUID.randomUUID(),
                "Åsa Öberg", Role.COACH, Fixtures.PASSWORD, null, List.of(team.id()));
        return new CoachedTeam(team, new Fixtures.StaffLogin(coach, "-", "-"));
    }
}
