package se.stegvis.team;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * What the operators' commands ({@code java -jar stegvis.jar rotate-screening-key | apply-retention}) share
 * before they touch anything: their application context never seeds the demo, and a database without a
 * single association is refused. Both guard against the same slip: a command started in another working
 * directory than the service opens (H2) or creates an empty embedded database there, and without these it
 * would seed the demo into it and report "nothing to do" as success.
 */
public final class OperatorCommand {
    /** The exit code when the database holds no association: most likely not the service's database. */
    public static final int NO_ASSOCIATION = 3;
    /** Read by the demo seeding (demo.DemoData): false in a command's context. */
    public static final String SEED_DEMO = "stegvis.demo-seed-on-start";

    private OperatorCommand() {
    }

    /**
     * Runs {@code command} in the command's context and answers its exit code; or, when the database has no
     * association, prints why nothing was done and answers {@link #NO_ASSOCIATION}. The context is closed either way.
     */
    public static int run(ApplicationContextBuilder builder, PrintStream out, ToIntFunction<ApplicationContext> command) {
        try (ApplicationContext context = builder.properties(Map.of(SEED_DEMO, "false")).start()) {
            if (context.getBean(TeamService.class).anyAssociation()) {
                return command.applyAsInt(context);
            }
            String url = context.getProperty("datasources.default.url", String.class).orElse("");
            out.printf("Nothing done: the database %s holds no association. Is it the service's database? "
                    + "(`./mvnw mn:run` keeps its embedded database in target/data/stegvis; set STEGVIS_DB_URL to the "
                    + "service's database.)%n", withoutParameters(url));
            return NO_ASSOCIATION;
        }
    }

    /** The URL without its parameters (which may carry credentials). */
    static String withoutParameters(String url) {
        int cut = url.length();
        for (char c : new char[]{'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return url.substring(0, cut);
    }
}
