package se.stegvis.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Counts the SQL statements the current thread executes (execute, executeQuery, executeUpdate,
 * executeBatch: one each), with their SQL, while a recording is open. Fed by
 * {@link CountingDataSourceListener} in the test environment. Generic on purpose: to be folded into
 * the shared counter under se.stegvis.support when that lands.
 */
public final class StatementCounter {
    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private StatementCounter() {
    }

    /** What ran, and its result. */
    public record Counted<T>(T result, List<String> statements) {
        public int count() {
            return statements.size();
        }

        /** Statements whose SQL mentions a table name prefix, e.g. "fit_". */
        public long touching(String tablePrefix) {
            return statements.stream().filter(s -> s.toLowerCase().contains(tablePrefix)).count();
        }
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        List<String> previous = RECORDING.get();
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            RECORDING.set(previous);
        }
    }

    static void executed(String sql) {
        List<String> r = RECORDING.get();
        if (r != null) {
            r.add(sql);
        }
    }
}
