package se.stegvis.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Counts the SQL statements Micronaut Data runs while a piece of code runs, by listening to its
 * query log ({@code io.micronaut.data.query}, one debug line per statement or batch). Every
 * statement of the whole process is counted, so compare two runs that differ in one thing only
 * (e.g. the team size): background work is the same in both.
 */
public final class SqlStatements {
    private static final String QUERY_LOG = "io.micronaut.data.query";

    private SqlStatements() {
    }

    /** The statements logged while {@code action} ran. */
    public static List<String> during(Runnable action) {
        Logger log = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(QUERY_LOG);
        Level before = log.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        log.addAppender(captured);
        log.setAdditive(false);
        log.setLevel(Level.DEBUG);
        try {
            action.run();
        } finally {
            log.setLevel(before);
            log.setAdditive(true);
            log.detachAppender(captured);
        }
        return captured.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.startsWith("Executing")).toList();
    }
}
