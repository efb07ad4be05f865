package se.stegvis.report;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.stegvis.fit.FigureRows;
import se.stegvis.support.MigrationSql;
import se.stegvis.support.SqlReads;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's generator ({@link NationalData}) writes the rows the application keeps beside the answers
 * (counted ratings, first ORS, year rows, the exit's outcomes on the participant) from its own formulas, not by
 * reading back what it wrote: they must be exactly what the application's REBUILD statements and the migrations'
 * fills make of the generated ratings and outcomes, or the benchmark would measure the reports on data the
 * application could never hold. Two small associations, as the benchmark generates them; the reference tables are
 * made on the same connection as temporary copies. MariaDB only (the generator uses its sequence tables).
 */
@MicronautTest(transactional = false)
class NationalDataTest {
    private static final String GENERATED = "b_000000-0000-4000-8000-%";

    @Inject
    NationalData data;
    @Inject
    ConnectionOperations<Connection> connections;

    @BeforeEach
    @AfterEach
    void noGeneratedRows() {
        onOneConnection(s -> {
            for (String table : List.of("fit_year_figure", "fit_first_ors", "fit_counted_rating", "fit_rating",
                    "fit_attendance", "participant_outcome")) {
                s.execute("DELETE FROM " + table + " WHERE participant_id LIKE '" + GENERATED + "'");
            }
            // generated sessions: 'c', the association's tag, '0000', then the participant's id from its 9th character
            s.execute("DELETE FROM fit_session WHERE id LIKE 'c_0000-0000-4000-8000-%'");
            s.execute("DELETE FROM anonymous_response WHERE id LIKE '________-__00-4000-8000-%'");
            s.execute("DELETE FROM participant WHERE id LIKE '" + GENERATED + "'");
            return null;
        });
    }

    @Test
    void keptRowsAreWhatTheApplicationsRebuildAndFillsMakeOfTheGeneratedAnswers() {
        String recalcBefore = onOneConnection(s -> value(s, "SELECT @@GLOBAL.innodb_stats_auto_recalc"));
        List<NationalData.Generated> generated = data.generate(List.of(
                new NationalData.Association('7', 3, 150), new NationalData.Association('8', 4, 400)));
        assertThat(generated).extracting(NationalData.Generated::participants).containsExactly(150L, 400L);

        onOneConnection(s -> {
            s.execute("CREATE TEMPORARY TABLE reference_counted LIKE fit_counted_rating");
            s.execute("CREATE TEMPORARY TABLE reference_first_ors LIKE fit_first_ors");
            s.execute("CREATE TEMPORARY TABLE reference_years LIKE fit_year_figure");
            s.execute("CREATE TEMPORARY TABLE reference_exits AS SELECT id, exit_outcomes FROM participant "
                    + "WHERE id LIKE '" + GENERATED + "'");
            s.execute("UPDATE reference_exits SET exit_outcomes = NULL");
            s.execute(FigureRows.REBUILD_COUNTED.replace("INSERT INTO fit_counted_rating", "INSERT INTO reference_counted"));
            s.execute(FigureRows.REBUILD_FIRST_ORS.replace("INSERT INTO fit_first_ors", "INSERT INTO reference_first_ors")
                    .replace("FROM fit_counted_rating", "FROM reference_counted"));
            s.execute(FigureRows.REBUILD_YEARS.replace("INSERT INTO fit_year_figure", "INSERT INTO reference_years")
                    .replace("FROM fit_counted_rating", "FROM reference_counted"));
            s.execute(MigrationSql.of("320-fit-year-first-ors.xml", "320-fit-year-first-ors-fill")
                    .replace("fit_year_figure", "reference_years").replace("fit_first_ors", "reference_first_ors"));
            s.execute(MigrationSql.of("280-participant-exit-outcomes.xml", "280-participant-exit-outcomes-fill")
                    .replace("UPDATE participant SET", "UPDATE reference_exits SET")
                    .replace("participant.id", "reference_exits.id"));

            String counted = " WHERE participant_id LIKE '" + GENERATED + "' ORDER BY association_id, held_on, "
                    + "participant_id, session_id, instrument_code";
            List<Map<String, Object>> countedRows = rows(s, "SELECT * FROM fit_counted_rating" + counted);
            assertThat(countedRows).as("every generated rating counts: as many counted rows as ratings")
                    .hasSize((int) count(s, "SELECT COUNT(*) FROM fit_rating WHERE participant_id LIKE '"
                            + GENERATED + "'"));
            assertThat(countedRows).as("counted ratings").isNotEmpty()
                    .isEqualTo(rows(s, "SELECT * FROM reference_counted" + counted));
            assertThat(countedRows).as("some ORS have a next ORS, each participant's last has none")
                    .anyMatch(r -> r.get("next_held_on") != null)
                    .anyMatch(r -> "ORS".equals(r.get("instrument_code")) && r.get("next_held_on") == null);

            String first = " WHERE participant_id LIKE '" + GENERATED + "' ORDER BY participant_id";
            assertThat(rows(s, "SELECT * FROM fit_first_ors" + first)).as("first ORS").isNotEmpty()
                    .isEqualTo(rows(s, "SELECT * FROM reference_first_ors" + first));

            String years = " WHERE participant_id LIKE '" + GENERATED + "' ORDER BY association_id, year_held, "
                    + "participant_id";
            List<Map<String, Object>> yearRows = rows(s, "SELECT * FROM fit_year_figure" + years);
            assertThat(yearRows).as("year rows").isEqualTo(rows(s, "SELECT * FROM reference_years" + years));
            assertThat(yearRows.size()).as("participants with sessions in two or more years")
                    .isGreaterThan(rows(s, "SELECT * FROM fit_first_ors" + first).size());

            String exits = "SELECT id, exit_outcomes FROM {table} WHERE id LIKE '" + GENERATED + "' ORDER BY id";
            List<Map<String, Object>> exitRows = rows(s, exits.replace("{table}", "participant"));
            assertThat(exitRows).as("the exit's outcomes on the participant").isEqualTo(rows(s,
                    exits.replace("{table}", "reference_exits")));
            assertThat(exitRows).as("exits with two outcomes").anyMatch(r -> r.get("exit_outcomes") != null
                    && Integer.bitCount(((Number) r.get("exit_outcomes")).intValue()) == 2);
            return null;
        });
        String recalcAfter = onOneConnection(s -> value(s, "SELECT @@GLOBAL.innodb_stats_auto_recalc"));
        assertThat(recalcAfter)
                .as("statistics recalculation as before").isEqualTo(recalcBefore);
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Statement s) throws SQLException;
    }

    private <T> T onOneConnection(Work<T> work) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> {
            try (Statement s = status.getConnection().createStatement()) {
                return work.on(s);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<Map<String, Object>> rows(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return SqlReads.rowsOf(rs);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String value(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
