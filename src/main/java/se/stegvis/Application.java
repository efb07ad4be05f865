package se.stegvis;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import se.stegvis.privacy.RetentionCommand;
import se.stegvis.screening.ScreeningKeyCommand;
import se.stegvis.security.JwtSecret;

import java.util.HashMap;
import java.util.Map;

@OpenAPIDefinition(info = @Info(title = "Stegvis", version = "0.1",
        description = "Stegvis API: associations, teams, staff, participants and their path through a samverkansteam."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {
    public static void main(String[] args) {
        if (args.length > 0 && ScreeningKeyCommand.NAME.equals(args[0])) {
            // a command, not the service: no HTTP server, exits with the command's code (README, "Operations")
            System.exit(ScreeningKeyCommand.run(ApplicationContext.builder().mainClass(Application.class)
                    .banner(false).properties(commandProperties()), System.out));
        }
        if (args.length > 0 && RetentionCommand.NAME.equals(args[0])) {
            System.exit(RetentionCommand.run(ApplicationContext.builder().mainClass(Application.class)
                    .banner(false).properties(commandProperties()), System.out));
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(JwtSecret.startupProperties(System.getenv()))
                .start();
    }

    /**
     * The service's own start properties, and no nightly retention schedule: the retention command is the run,
     * and a rotation should not start one. (On the embedded demo database a command keeps the demo mode: its
     * screening key is made up per run there, as for the service.)
     */
    private static Map<String, Object> commandProperties() {
        Map<String, Object> properties = new HashMap<>(JwtSecret.startupProperties(System.getenv()));
        properties.put("stegvis.retention.schedule", "false");
        return properties;
    }
}
