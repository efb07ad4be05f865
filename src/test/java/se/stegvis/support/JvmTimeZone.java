package se.stegvis.support;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.util.TimeZone;

/**
 * Runs a test's work as if the service's JVM ran in another time zone than UTC (as a Swedish server's would), for
 * the checks that times written by hand-written SQL read back as written. The pool's connections are replaced before
 * and after: Connector/J takes the JVM's zone when it connects.
 */
public final class JvmTimeZone {
    private JvmTimeZone() {
    }

    public static void runIn(String zone, DataSource dataSource, Runnable work) {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            freshConnections(dataSource);
            work.run();
        } finally {
            TimeZone.setDefault(original);
            freshConnections(dataSource);
        }
    }

    private static void freshConnections(DataSource dataSource) {
        DataSource pool = DelegatingDataSource.unwrapDataSource(dataSource);
        if (pool instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null) {
            hikari.getHikariPoolMXBean().softEvictConnections();
        }
    }
}
