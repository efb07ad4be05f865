package se.stegvis.team;

import io.micronaut.context.ApplicationContextBuilder;
import org.junit.jupiter.api.Test;
import se.stegvis.privacy.RetentionCommand;
import se.stegvis.screening.ScreeningKeyCommand;
import se.stegvis.support.EmbeddedH2;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's command started against the wrong database — here an empty embedded one in demo mode, what a
 * command started in another directory than the service opens — does nothing, says why and exits 3, and leaves
 * no demo association behind.
 */
class OperatorCommandTest {

    @Test
    void retentionCommandOnAnEmptyDemoDatabaseSeedsNothingAndExitsThreeWithTheReason() throws SQLException {
        Run run = onAnEmptyDemoDatabase("emptyretention", RetentionCommand::run);

        assertThat(run.code()).isEqualTo(OperatorCommand.NO_ASSOCIATION);
        assertThat(run.out()).startsWith("Nothing done: the database jdbc:h2:mem:emptyretention holds no association")
                .contains("STEGVIS_DB_URL").doesNotContain("Association ");
        assertThat(associations("emptyretention")).as("no demo seeded by the command").isZero();
    }

    @Test
    void keyRotationCommandOnAnEmptyDemoDatabaseSeedsNothingAndExitsThree() throws SQLException {
        Run run = onAnEmptyDemoDatabase("emptyrotation", ScreeningKeyCommand::run);

        assertThat(run.code()).isEqualTo(OperatorCommand.NO_ASSOCIATION);
        assertThat(run.out()).contains("holds no association").doesNotContain("re-encrypted");
        assertThat(associations("emptyrotation")).isZero();
    }

    @Test
    void theServiceInDemoModeStillSeedsAnEmptyDatabase() throws SQLException {
        String database = "demoseeded";
        EmbeddedH2.builder(database).properties(Map.of("stegvis.demo-data", "true")).start().close();

        assertThat(associations(database)).as("what the commands switch off").isEqualTo(1);
    }

    @Test
    void theDatabaseIsNamedWithoutItsParameters() {
        assertThat(OperatorCommand.withoutParameters("jdbc:mysql://db:3306/stegvis?user=app&password=secret"))
                .isEqualTo("jdbc:mysql://db:3306/stegvis");
        assertThat(OperatorCommand.withoutParameters("jdbc:h2:file:./data/stegvis;MODE=MySQL;PASSWORD=x"))
                .isEqualTo("jdbc:h2:file:./data/stegvis");
    }

    private record Run(int code, String out) {
    }

    /** Runs the command on a new in-memory H2 in demo mode, as the service's embedded default would be. */
    private static Run onAnEmptyDemoDatabase(String database, BiFunction<ApplicationContextBuilder, PrintStream, Integer> command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = command.apply(EmbeddedH2.builder(database).properties(Map.of("stegvis.demo-data", "true")),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    private static long associations(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(EmbeddedH2.url(database), "sa", "");
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM association")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
