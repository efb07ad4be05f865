package se.stegvis.shared;

import org.junit.jupiter.api.Test;
import se.stegvis.shared.IdempotencyClaims.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which "do not wait" each engine gets. MariaDB and H2 run it in the other tests; MySQL 8 (production's
 * target, no server on the test machines) only here, for its text.
 */
class IdempotencyClaimsTest {
    static final String INSERT = "INSERT INTO idempotency_record (key_hash) VALUES (?)";

    @Test
    void engineIsTakenFromTheDriversProductNameAndVersion() {
        assertThat(Engine.of("MySQL", "5.5.5-10.11.19-MariaDB-0+deb12u1")).isEqualTo(Engine.MARIADB);
        assertThat(Engine.of("MariaDB", "10.11.19-MariaDB")).isEqualTo(Engine.MARIADB);
        assertThat(Engine.of("MySQL", "8.0.40")).isEqualTo(Engine.MYSQL);
        assertThat(Engine.of("H2", "2.3.232 (2024-08-11)")).isEqualTo(Engine.H2);
    }

    @Test
    void mariaDbSetsTheLockWaitToZeroForTheOneStatement() {
        assertThat(Engine.MARIADB.noWait(INSERT))
                .isEqualTo("/* server-prepared */ SET STATEMENT innodb_lock_wait_timeout=0 FOR " + INSERT);
    }

    @Test
    void mysqlUsesTheHintWithItsSmallestLockWaitOfOneSecond() {
        assertThat(Engine.MYSQL.noWait(INSERT))
                .isEqualTo("INSERT /*+ SET_VAR(innodb_lock_wait_timeout=1) */ INTO idempotency_record (key_hash) VALUES (?)");
        assertThat(Engine.MYSQL.noWait("DELETE FROM idempotency_record")).startsWith("DELETE /*+ SET_VAR(");
    }

    @Test
    void h2KeepsTheStatementAndSetsItsSessionLockTimeoutAroundIt() {
        assertThat(Engine.H2.noWait(INSERT)).isEqualTo(INSERT);
        assertThat(Engine.H2.sharedLock()).isEmpty();
        assertThat(Engine.MARIADB.sharedLock()).isEqualTo(" LOCK IN SHARE MODE");
    }
}
