package se.stegvis.shared;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.jdbc.JdbcConnection;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver settings of application.yml reach the MySQL driver (it ignores values that are not
 * strings, so a YAML {@code true} would silently do nothing).
 */
@MicronautTest(transactional = false)
class DataSourceSettingsTest {
    @Inject
    ConnectionOperations<Connection> connections;

    @Test
    void pooledConnectionsKeepTheirParsedStatements() {
        JdbcConnection c = connections.executeRead(status -> {
            try {
                return status.getConnection().unwrap(JdbcConnection.class);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(c.getPropertySet().getBooleanProperty(PropertyKey.cachePrepStmts).getValue()).isTrue();
        assertThat(c.getPropertySet().getIntegerProperty(PropertyKey.prepStmtCacheSize).getValue()).isEqualTo(250);
        assertThat(c.getPropertySet().getIntegerProperty(PropertyKey.prepStmtCacheSqlLimit).getValue()).isEqualTo(2048);
    }
}
