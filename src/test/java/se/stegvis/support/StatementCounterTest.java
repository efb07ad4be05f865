package se.stegvis.support;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.support.StatementCounter.Counts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The counter sees exactly what reaches the server, per thread or from every thread. */
@MicronautTest(transactional = false)
class StatementCounterTest {
    @Inject
    StatementCounter counter;
    @Inject
    ApplicationContext context;
    @Inject
    ConnectionOperations<Connection> connections;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void twoQueriesCountAsTwoStatementsAndNoCommit() {
        Counts c = counter.count(() -> {
            query("SELECT 1");
            query("SELECT 2");
        });

        assertThat(c.statements()).as(c.toString()).isEqualTo(2);
        assertThat(c.commits()).isZero();
        assertThat(c.rollbacks()).isZero();
        assertThat(c.sql()).containsSubsequence("SELECT 1", "SELECT 2");
    }

    @Test
    void aTransactionCountsItsStatementsItsCommitAndTheAutocommitSwitches() {
        Counts c = counter.count(() -> transactions.executeWrite(status -> {
            query("SELECT 1");
            return null;
        }));

        assertThat(c.statements()).as(c.toString()).isEqualTo(1);
        assertThat(c.commits()).as(c.toString()).isEqualTo(1);
        assertThat(c.roundTrips()).as(c.toString()).isGreaterThan(2);
    }

    @Test
    void aWriteInAutocommitModeCountsAsACommitOfItsOwn() {
        Counts c = counter.count(() -> query("DELETE FROM idempotency_record WHERE key_hash = 'no such key'"));

        assertThat(c.statements()).as(c.toString()).isEqualTo(1);
        assertThat(c.commits()).as(c.toString()).isEqualTo(1);
        assertThat(c.roundTrips()).as(c.toString()).isEqualTo(1);
    }

    @Test
    void aWriteWrappedInSetStatementIsAWriteNotSessionControl() {
        Counts c = counter.count(() -> query("SET STATEMENT innodb_lock_wait_timeout=0 FOR"
                + " DELETE FROM idempotency_record WHERE key_hash = 'no such key'"));

        assertThat(c.statements()).as(c.toString()).isEqualTo(1);
        assertThat(c.commits()).as(c.toString()).isEqualTo(1);
        assertThat(c.writes()).as(c.toString()).hasSize(1);
    }

    @Test
    void countSeesOnlyTheCallingThreadAndCountAllEveryThread() {
        Counts mine = counter.count(() -> CompletableFuture.runAsync(() -> query("SELECT 3")).join());
        Counts all = counter.countAll(() -> CompletableFuture.runAsync(() -> query("SELECT 3")).join());

        assertThat(mine.statements()).as(mine.toString()).isZero();
        assertThat(all.sql()).as(all.toString()).contains("SELECT 3");
    }

    @Test
    void countResultKeepsTheValue() {
        StatementCounter.Counted<Integer> c = counter.countResult(() -> {
            query("SELECT 4");
            return 4;
        });

        assertThat(c.value()).isEqualTo(4);
        assertThat(c.counts().statements()).isEqualTo(1);
    }

    @Test
    void shapesReplaceLiteralsSoTwoRunsWithDifferentValuesCompareEqual() {
        Counts one = counter.count(() -> query("SELECT 'a''b', 12, 3.5, NULL FROM fit_alert WHERE id IN ('x', 'y')"));
        Counts two = counter.count(() -> query("SELECT 'c', 7, 0.25, NULL FROM fit_alert WHERE id IN ('z', 'w')"));

        assertThat(one.shapes()).containsExactly("SELECT ?, ?, ?, ? FROM fit_alert WHERE id IN (?, ?)");
        assertThat(two.shapes()).isEqualTo(one.shapes());
        assertThat(one.touching("fit_")).isEqualTo(1);
        assertThat(one.touching("audit_")).isZero();
        assertThat(one.reads()).hasSize(1);
        assertThat(one.writes()).isEmpty();
    }

    @Test
    void theDataSourceIsWrappedByNoTestListenerAndTheDriverHookIsInstalledOnce() {
        // Of the project's own bean listeners, only the one that installs the driver hook touches the
        // datasource (the framework's transaction-aware wrapper is the only DataSource wrapper).
        assertThat(context.getBeanDefinitions(BeanCreatedEventListener.class).stream()
                .filter(d -> d.getBeanType().getName().startsWith("se.stegvis."))
                .filter(d -> d.getTypeArguments(BeanCreatedEventListener.class).stream()
                        .anyMatch(t -> t.getType() == DataSource.class || t.getType() == DatasourceConfiguration.class))
                .map(d -> d.getBeanType().getSimpleName()))
                .containsExactly("StatementCountingDataSource");
        assertThat(context.getBeansOfType(DatasourceConfiguration.class)).allSatisfy(c -> assertThat(
                String.valueOf(c.getDataSourceProperties().get("queryInterceptors"))
                        .split(CountingQueryInterceptor.class.getName(), -1)).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void countAllSeesTheServerSideOfAnHttpRequest() {
        // /api/teams with no token: 401 before any query, so a request that queries is needed; the
        // session check of a (forged, unsigned) bearer token reads the session table.
        String forged = "eyJhbGciOiJub25lIn0." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sid\":\"00000000-0000-0000-0000-000000000001\"}".getBytes()) + ".x";
        Counts c = counter.countAll(() -> {
            try {
                client.toBlocking().exchange(HttpRequest.GET("/api/teams").bearerAuth(forged));
            } catch (RuntimeException expected401) {
                // the answer does not matter here, only that the server read the session
            }
        });

        assertThat(c.statements()).as(c.toString()).isGreaterThanOrEqualTo(1);
    }

    private void query(String sql) {
        connections.executeWrite(status -> {
            try (Statement s = status.getConnection().createStatement()) {
                s.execute(sql);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
