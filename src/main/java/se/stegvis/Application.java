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

@OpenAPIDefinition(info = @Info(title = "Stegvis", version = "0.1",
        description = "Stegvis API: associations, teams, staff, participants and their path through a samverkansteam."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class Application {
    public static void main(String[] args) {
        if (args.length > 0 && ScreeningKeyCommand.NAME.equals(args[0])) {
            // a command, not the service: no HTTP server, exits with the command's code (README, "Operations")
            System.exit(ScreeningKeyCommand.run(ApplicationContext.builder().mainClass(Application.class)
                    .banner(false).properties(JwtSecret.startupProperties(System.getenv())), System.out));
        }
        if (args.length > 0 && RetentionCommand.NAME.equals(args[0])) {
            // the command is the run: the nightly schedule stays off in its context
            java.util.Map<String, Object> properties = new java.util.HashMap<>(JwtSecret.startupProperties(System.getenv()));
            properties.put("stegvis.retention.schedule", "false");
            System.exit(RetentionCommand.run(ApplicationContext.builder().mainClass(Application.class)
                    .banner(false).properties(properties), System.out));
        }
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .properties(JwtSecret.startupProperties(System.getenv()))
                .start();
    }
}
