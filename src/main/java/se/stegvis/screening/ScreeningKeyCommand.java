package se.stegvis.screening;

import io.micronaut.context.ApplicationContextBuilder;
import se.stegvis.team.OperatorCommand;

import java.io.PrintStream;

/**
 * {@code java -jar stegvis.jar rotate-screening-key}: the key rotation as a command, for operators who
 * would rather not call the HTTP route with an admin token. It starts the application context without
 * the HTTP server, against the database and keys of its environment (the same variables as the
 * service, so the startup key check runs first), rotates, prints the counts and what each key id still
 * encrypts, and exits: 0 when every readable row is on the active key and none is unreadable, 2 when
 * some rows could not be read, 3 when the database holds no association ({@link OperatorCommand}). The service may keep running meanwhile (see {@link ScreeningKeyRotation}),
 * but it must already have been restarted with the new key, or it cannot read the rotated rows.
 */
public final class ScreeningKeyCommand {
    public static final String NAME = "rotate-screening-key";

    private ScreeningKeyCommand() {
    }

    /** Runs the rotation in a context built from {@code builder}; the exit code. */
    public static int run(ApplicationContextBuilder builder, PrintStream out) {
        return OperatorCommand.run(builder, out, context -> {
            ScreeningKeyRotation.Result result = context.getBean(ScreeningKeyRotation.class).rotate();
            out.printf("Screening key rotation to key '%s': %d re-encrypted, %d unreadable.%n",
                    result.activeKeyId(), result.rotated(), result.unreadable());
            for (ScreeningKeyStatus.KeyUse use : context.getBean(ScreeningKeyStatus.class).keys()) {
                out.printf("  key '%s': %d row(s)%s%s%n", use.keyId(), use.rows(), use.active() ? ", active" : "",
                        use.removable() ? ", can be removed from " + ScreeningKeys.ENV_KEYS
                                : use.configured() ? "" : ", NOT CONFIGURED");
            }
            return result.unreadable() == 0 ? 0 : 2;
        });
    }
}
