package se.stegvis.shared;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import se.stegvis.support.SqlReads;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ids (lower-case UUIDs) and hashes (lower-case hex) are ASCII compared byte by byte on the MySQL-family server
 * (migrations/changes/170-ascii-ids.xml): a column left in the database's utf8mb4 collation makes every join
 * with it compare with the Unicode rules and, across character sets, keeps the server from using the index.
 * This reads the migrated test database's own catalogue, so a new table that forgets ${uuid} fails here.
 */
@MicronautTest(transactional = false)
class IdColumnsTest {
    @Inject
    SqlReads sql;

    @Test
    void everyIdAndHashColumnIsAsciiComparedByteByByte() {
        List<String> checked = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        sql.query("""
                     SELECT table_name, column_name, column_type, collation_name
                       FROM information_schema.columns
                      WHERE table_schema = DATABASE()
                        AND table_name NOT LIKE 'DATABASECHANGELOG%'
                        AND data_type IN ('char', 'varchar')
                        AND (column_type IN ('char(36)', 'char(64)')
                             OR column_name = 'id' OR column_name LIKE '%\\_id' OR column_name LIKE '%\\_by')
                        AND NOT (table_name = 'screening_response' AND column_name = 'key_id')""", rs -> {
            while (rs.next()) {
                String column = rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4);
                checked.add(column);
                if (!"ascii_bin".equals(rs.getString(4))) {
                    wrong.add(column);
                }
            }
            return null;
        });
        assertThat(checked).as("the id columns found").hasSizeGreaterThan(100);
        assertThat(wrong).as("id or hash columns not in ascii_bin").isEmpty();
    }
}
