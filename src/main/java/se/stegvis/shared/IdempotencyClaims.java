package se.stegvis.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The statements of an idempotency claim, which run in the transaction of the request they claim for
 * (docs/adr/0004). The claim's INSERT must not wait: if another transaction holds the same key
 * uncommitted, the first request is still in flight and the answer is 409 now, not once the first has
 * finished. SQL has no portable "do not wait" for an INSERT, so per engine:
 * <ul>
 *   <li>MariaDB 10.3+: {@code SET STATEMENT innodb_lock_wait_timeout=0 FOR INSERT …}, one round trip;
 *       0 fails at once with error 1205. Sent behind a comment ({@link #SERVER_PREPARED}): Connector/J prepares
 *       on the client every statement that starts with {@code SET}, which made the claim the one statement of a
 *       submission sent as text (its two times formatted through a new {@code SimpleDateFormat} each, the response
 *       body escaped, the whole parsed by the server every time: ~10 % of a submission's server CPU). MariaDB
 *       prepares it like any other statement and still answers 1205 at once (IdempotencyClaimsTest).</li>
 *   <li>MySQL 8: the hint {@code INSERT /*+ SET_VAR(innodb_lock_wait_timeout=1) *&#47; …}: MySQL's
 *       minimum is one second, so there a duplicate answers 409 after at most a second. (No MySQL server on
 *       the test machines: this variant is checked for its text only.)</li>
 *   <li>H2, the demo's database: {@code SET LOCK_TIMEOUT 0} before the statement and the previous value
 *       after (in-process, no round trips).</li>
 * </ul>
 * The engine is read once, from the first connection's metadata. A record already committed is read
 * under a shared lock on the MySQL family (the latest committed row even inside a caller's older
 * REPEATABLE READ snapshot; the failed INSERT already holds that lock); H2 reads committed rows anyway.
 */
@Singleton
class IdempotencyClaims {
    private static final int MYSQL_DUPLICATE_KEY = 1062;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;
    private static final int MYSQL_DEADLOCK = 1213;
    private static final int MYSQL_LOCK_NOWAIT = 3572;
    private static final int H2_DUPLICATE_KEY = 23505;
    private static final int H2_LOCK_TIMEOUT = 50200;

    /** Put first, it keeps Connector/J from preparing a {@code SET STATEMENT …} on the client (see above). */
    static final String SERVER_PREPARED = "/* server-prepared */ ";

    /** What a write that may not wait did. */
    enum Write { DONE, BUSY, DUPLICATE }

    /** A committed record for the key: whose request it was, what it answered, whether it has expired. */
    record Earlier(String fingerprint, @Nullable Integer status, @Nullable String body, boolean expired) {
    }

    enum Engine {
        MARIADB, MYSQL, H2;

        static Engine of(String productName, String productVersion) {
            String name = productName.toLowerCase(Locale.ROOT);
            if (name.equals("h2")) {
                return H2;
            }
            // Connector/J names MariaDB "MySQL" and gives its version as "5.5.5-10.11.…-MariaDB…".
            return name.contains("mariadb") || productVersion.toLowerCase(Locale.ROOT).contains("mariadb")
                    ? MARIADB : MYSQL;
        }

        /** {@code sql} (an INSERT or DELETE) as a statement that does not wait for another transaction's lock. */
        String noWait(String sql) {
            return switch (this) {
                case MARIADB -> SERVER_PREPARED + "SET STATEMENT innodb_lock_wait_timeout=0 FOR " + sql;
                case MYSQL -> {
                    int verb = sql.indexOf(' ');
                    yield sql.substring(0, verb) + " /*+ SET_VAR(innodb_lock_wait_timeout=1) */" + sql.substring(verb);
                }
                case H2 -> sql; // the session's LOCK_TIMEOUT is set around it
            };
        }

        String sharedLock() {
            return this == H2 ? "" : " LOCK IN SHARE MODE";
        }
    }

    private final JdbcOperations jdbc;
    private volatile Engine engine;
    private volatile int h2LockTimeout;

    IdempotencyClaims(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the claim in the current transaction: without its response, or with it when the response was known
     * before the action ran ({@link IdempotencyService#executeKnown}).
     */
    Write insert(IdempotencyRecord claim) {
        return write("INSERT INTO idempotency_record (key_hash, fingerprint, response_status, response_body, created_at,"
                        + " expires_at) VALUES (?, ?, ?, ?, ?, ?)", claim.keyHash(), claim.fingerprint(),
                claim.responseStatus(), claim.responseBody(), claim.createdAt(), claim.expiresAt());
    }

    /** The committed record for the key, if any. */
    Optional<Earlier> find(String keyHash, LocalDateTime now) {
        return jdbc.execute(c -> {
            String sql = "SELECT fingerprint, response_status, response_body, expires_at <= ? FROM idempotency_record"
                    + " WHERE key_hash = ?" + engine(c).sharedLock();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, now, keyHash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    int status = rs.getInt(2);
                    return Optional.of(new Earlier(rs.getString(1), rs.wasNull() ? null : status, rs.getString(3),
                            rs.getBoolean(4)));
                }
            }
        });
    }

    /** Deletes the key's record if it has expired, so the key can be claimed again. */
    Write deleteIfExpired(String keyHash, LocalDateTime now) {
        return write("DELETE FROM idempotency_record WHERE key_hash = ? AND expires_at <= ?", keyHash, now);
    }

    private Write write(String sql, Object... args) {
        return jdbc.execute(c -> {
            Engine e = engine(c);
            if (e == Engine.H2) {
                setH2LockTimeout(c, 0);
            }
            try (PreparedStatement ps = c.prepareStatement(e.noWait(sql))) {
                bind(ps, args);
                ps.executeUpdate();
                return Write.DONE;
            } catch (SQLException failed) {
                return switch (failed.getErrorCode()) {
                    case MYSQL_DUPLICATE_KEY, H2_DUPLICATE_KEY -> Write.DUPLICATE;
                    // A deadlock can only come from MySQL's one-second wait; the server has rolled the
                    // transaction back, and the exception that follows rolls back the rest.
                    case MYSQL_LOCK_WAIT_TIMEOUT, MYSQL_LOCK_NOWAIT, MYSQL_DEADLOCK, H2_LOCK_TIMEOUT -> Write.BUSY;
                    default -> throw failed;
                };
            } finally {
                if (e == Engine.H2) {
                    setH2LockTimeout(c, h2LockTimeout);
                }
            }
        });
    }

    private Engine engine(Connection c) throws SQLException {
        Engine e = engine;
        if (e == null) {
            DatabaseMetaData meta = c.getMetaData();
            e = Engine.of(meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
            if (e == Engine.H2) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT LOCK_TIMEOUT()")) {
                    rs.next();
                    h2LockTimeout = rs.getInt(1);
                }
            }
            engine = e;
        }
        return e;
    }

    private static void setH2LockTimeout(Connection c, int millis) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCK_TIMEOUT " + millis);
        }
    }

    /** Binds as Micronaut Data does (a {@link LocalDateTime} as a timestamp), so stored values compare equal. */
    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalDateTime t) {
                ps.setTimestamp(i + 1, Timestamp.valueOf(t));
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
    }
}
