package se.stegvis.fit;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * In tests, wraps the data source so that every statement executed reports itself to
 * {@link StatementCounter} (which records only on threads with an open recording).
 */
@Singleton
@Requires(env = "test")
class CountingDataSourceListener implements BeanCreatedEventListener<DataSource>, Ordered {

    /** First, so the framework's contextual (transaction-aware) wrapper wraps this one, not the reverse. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return new Counting(event.getBean());
    }

    private record Counting(DataSource target) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return connection(target.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(target.getConnection(username, password));
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return target.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            target.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            target.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return target.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return target.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return iface.isInstance(target) ? iface.cast(target) : target.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(target) || target.isWrapperFor(iface);
        }
    }

    private static Connection connection(Connection c) {
        InvocationHandler h = (proxy, method, args) -> {
            Object result = invoke(c, method, args);
            String name = method.getName();
            if (result instanceof Statement s && (name.startsWith("prepare") || name.equals("createStatement"))) {
                String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : null;
                return statement(s, sql);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class}, h);
    }

    private static Statement statement(Statement s, String preparedSql) {
        Class<?> type = s instanceof CallableStatement ? CallableStatement.class
                : s instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : preparedSql;
                StatementCounter.executed(sql == null ? "(batch)" : sql);
            }
            return invoke(s, method, args);
        };
        return (Statement) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, h);
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
