package se.stegvis.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Counts the SQL the application sends to the database, for tests that say "at most N statements"
 * (no N+1, no extra round trip per request). Every string the MySQL driver sends to the server is
 * seen by {@link CountingQueryInterceptor}, which {@link StatementCountingDataSource} installs on the
 * test datasource: the application's queries, and also what the driver sends for the transaction
 * manager ({@code SET autocommit=0}, {@code commit}, {@code rollback}) — what a JDBC-level wrapper
 * would not see.
 *
 * <pre>{@code
 * @Inject StatementCounter counter;
 *
 * Counts c = counter.count(() -> service.doSomething());      // this thread only
 * assertThat(c.statements()).as(c.toString()).isLessThanOrEqualTo(3);
 *
 * Counts http = counter.countAll(() -> client.post(...));     // every thread: the server's too
 * }</pre>
 *
 * {@link #countAll} also sees other threads of the same JVM (scheduled jobs, another application
 * context); use it around one HTTP call, not around a whole test. Connections opened with plain JDBC
 * are counted too when their URL carries {@link #URL_PARAMETER} (the submission benchmark does so).
 */
@Singleton
@Requires(env = Environment.TEST)
public class StatementCounter {
    /** Append to a MySQL JDBC URL to count what a plain JDBC connection sends. */
    public static final String URL_PARAMETER = "queryInterceptors=" + CountingQueryInterceptor.class.getName();

    private static final List<Recording> ACTIVE = new CopyOnWriteArrayList<>();

    /** One string sent to the server, and whether the connection was in autocommit mode then. */
    public record Sent(String sql, boolean autocommit) {
        boolean isControl() {
            String s = sql.strip().toLowerCase(Locale.ROOT);
            return s.equals("commit") || s.startsWith("rollback") || s.startsWith("set ") && !s.startsWith("set statement ")
                    || s.startsWith("start transaction") || s.equals("begin") || s.startsWith("select @@")
                    || s.startsWith("/* mysql-connector-j");
        }

        boolean isWrite() {
            String s = withoutSetStatement(withoutLeadingComment(sql.strip().toLowerCase(Locale.ROOT)));
            return s.startsWith("insert") || s.startsWith("update") || s.startsWith("delete")
                    || s.startsWith("replace");
        }

        /** A statement behind a leading comment of our own (not the driver's, a control statement) is that statement. */
        private static String withoutLeadingComment(String s) {
            if (!s.startsWith("/*") || s.startsWith("/* mysql-connector-j")) {
                return s;
            }
            int end = s.indexOf("*/");
            return end < 0 ? s : s.substring(end + 2).strip();
        }

        /**
         * MariaDB's {@code SET STATEMENT var=value FOR <statement>} (a variable for one statement) is the
         * statement it wraps: data, and a write if that is one.
         */
        private static String withoutSetStatement(String s) {
            if (!s.startsWith("set statement ")) {
                return s;
            }
            int f = s.indexOf(" for ");
            return f < 0 ? s : s.substring(f + 5).strip();
        }
    }

    /** What reached the server while counting, in order. */
    public record Counts(List<Sent> sent) {
        /** Data statements: everything except transaction and session control. */
        public int statements() {
            return (int) sent.stream().filter(s -> !s.isControl()).count();
        }

        /**
         * Transactions that wrote and committed: each {@code COMMIT}, plus each write sent in autocommit
         * mode (it commits on its own). What the server must make durable, one log flush each.
         */
        public int commits() {
            return (int) sent.stream().filter(s -> s.sql().strip().equalsIgnoreCase("commit")
                    || s.autocommit() && s.isWrite()).count();
        }

        public int rollbacks() {
            return (int) sent.stream().filter(s -> s.sql().strip().toLowerCase(Locale.ROOT).startsWith("rollback"))
                    .count();
        }

        /** Everything sent, control included: the number of round trips to the server. */
        public int roundTrips() {
            return sent.size();
        }

        /** The SQL as the driver sent it (values inlined), in order. */
        public List<String> sql() {
            return sent.stream().map(Sent::sql).toList();
        }

        /**
         * The data statements with every literal (string, number, {@code NULL}) replaced by {@code ?}:
         * the statement's shape, comparable between two runs with different ids.
         */
        public List<String> shapes() {
            return sent.stream().filter(s -> !s.isControl()).map(s -> shape(s.sql())).toList();
        }

        /** Data statements that name a table starting with {@code tablePrefix} (e.g. {@code "fit_"}). */
        public int touching(String tablePrefix) {
            String prefix = tablePrefix.toLowerCase(Locale.ROOT);
            return (int) shapes().stream().filter(s -> s.toLowerCase(Locale.ROOT).contains(prefix)).count();
        }

        /** Data statements that write (insert, update, delete), as shapes. */
        public List<String> writes() {
            return sent.stream().filter(s -> !s.isControl() && s.isWrite()).map(s -> shape(s.sql())).toList();
        }

        /** Data statements that only read, as shapes. */
        public List<String> reads() {
            return sent.stream().filter(s -> !s.isControl() && !s.isWrite()).map(s -> shape(s.sql())).toList();
        }

        /** One line per statement: an assertion's description. */
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder().append(statements()).append(" statements, ").append(commits())
                    .append(" commits, ").append(roundTrips()).append(" round trips:");
            sent.forEach(x -> s.append("\n  ").append(x.autocommit() && x.isWrite() ? "[autocommit] " : "")
                    .append(x.sql()));
            return s.toString();
        }
    }

    private static final Pattern LITERAL = Pattern.compile(
            "(?:_binary)?'(?:[^'\\\\]|\\\\.|'')*'|\\b\\d+(?:\\.\\d+)?\\b|\\bNULL\\b",
            Pattern.CASE_INSENSITIVE);

    /** {@code sql} with its literals replaced by {@code ?}, without a leading comment of ours. */
    static String shape(String sql) {
        return LITERAL.matcher(Sent.withoutLeadingComment(sql.strip())).replaceAll("?");
    }

    /** A value and what computing it sent. */
    public record Counted<T>(T value, Counts counts) {
    }

    /** What {@code work} sent on the calling thread. */
    public Counts count(Runnable work) {
        return record(Thread.currentThread(), work);
    }

    /** What {@code work} sent on any thread (an HTTP call: the server's threads do the work). */
    public Counts countAll(Runnable work) {
        return record(null, work);
    }

    /** As {@link #count(Runnable)}, for work that returns a value. */
    public <T> Counted<T> countResult(Supplier<T> work) {
        List<T> result = new ArrayList<>(1);
        Counts counts = count(() -> result.add(work.get()));
        return new Counted<>(result.get(0), counts);
    }

    private static Counts record(Thread thread, Runnable work) {
        Recording r = new Recording(thread, new ConcurrentLinkedQueue<>());
        ACTIVE.add(r);
        try {
            work.run();
        } finally {
            ACTIVE.remove(r);
        }
        return new Counts(List.copyOf(r.sent));
    }

    /** Called by the driver (through {@link CountingQueryInterceptor}) before it sends {@code sql}. */
    static void sent(Supplier<String> sql, Supplier<Boolean> autocommit) {
        if (ACTIVE.isEmpty()) {
            return;
        }
        Thread current = Thread.currentThread();
        Sent sent = null;
        for (Recording r : ACTIVE) {
            if (r.thread == null || r.thread == current) {
                if (sent == null) {
                    sent = new Sent(sql.get(), autocommit.get());
                }
                r.sent.add(sent);
            }
        }
    }

    private record Recording(Thread thread, Queue<Sent> sent) {
    }
}
