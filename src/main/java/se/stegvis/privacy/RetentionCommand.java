package se.stegvis.privacy;

import io.micronaut.context.ApplicationContextBuilder;
import se.stegvis.team.OperatorCommand;

import java.io.PrintStream;

/**
 * {@code java -jar stegvis.jar apply-retention}: the retention job as a command, for operators (README,
 * "Operations"). It starts the application context without the HTTP server, against the database of its
 * environment, runs the job for every association, prints the counts and exits: 0 when every due participant
 * was anonymised, 2 when some could not be (they are left as they were; run it again), 3 when the database
 * holds no association ({@link OperatorCommand}: most likely not the service's database). The service may keep
 * running meanwhile.
 */
public final class RetentionCommand {
    public static final String NAME = "apply-retention";

    private RetentionCommand() {
    }

    public static int run(ApplicationContextBuilder builder, PrintStream out) {
        return OperatorCommand.run(builder, out, context -> {
            int failed = 0;
            RetentionJob.Summary summary = context.getBean(RetentionJob.class).runAll();
            for (RetentionJob.Result r : summary.associations()) {
                out.printf("Association %s: exited before %s: %d anonymised, %d failed; %d audit record(s) deleted.%n",
                        r.associationId(), r.exitBefore(), r.anonymised(), r.failed(), r.auditDeleted());
                failed += r.failed();
            }
            out.printf("Ended sessions, login counters and expired invitations older than %d days: %d deleted.%n",
                    RetentionJob.ENDED_KEPT_DAYS, summary.endedDeleted());
            return failed == 0 ? 0 : 2;
        });
    }
}
