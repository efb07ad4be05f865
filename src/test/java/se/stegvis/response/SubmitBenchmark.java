package se.stegvis.response;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.stegvis.participant.ParticipantFixtures;
import se.stegvis.participant.ParticipantView;
import se.stegvis.security.SessionService;
import se.stegvis.support.CpuMeter;
import se.stegvis.support.Fixtures;
import se.stegvis.support.Fixtures.StaffLogin;
import se.stegvis.support.JitWarmUp;
import se.stegvis.support.KeepAliveHttp;
import se.stegvis.support.StatementCounter;
import se.stegvis.support.StatementCounter.Counts;
import se.stegvis.team.TeamView;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Measure": N clients submitting SRS answers through the real HTTP API (participant
 * tokens, Idempotency-Keys, loopback, the embedded server in this JVM) versus plain JDBC writing the
 * same rows into the same database, in one run. The baseline stores what one submission necessarily
 * stores, in one transaction per submission: the idempotency record (directly with its response),
 * the identified_response row, the due-item update (the earliest open SRS item; none is open
 * here, as for the API) and the audit row — 4 statements and a commit. The API additionally
 * authenticates, checks the session is live (remembered for a few seconds), looks the participant up, claims the
 * key with its response as the first write of its transaction (instead of inserting the record as the baseline
 * does) and looks for a FIT session the answer belongs to.
 *
 * <p>Prints, per round, both rates and their ratio (goal ≥ 0.5), the median ratio, the statements and
 * commits per submission counted at the driver ({@link StatementCounter}), and where the CPU went
 * ({@link CpuMeter}: the clients, the rest of this JVM = the server, the database server). Not part of
 * the suite (the name does not end in Test): run {@code bench/submit.sh}.
 */
@MicronautTest(transactional = false)
// The production pool size (application.yml), not the tests' small pool: 8 clients must not queue for 4 connections.
@Property(name = "datasources.default.maximum-pool-size", value = "10")
class SubmitBenchmark {
    private static final String CLIENT_THREAD = "bench-client-";
    private static final String PATH = "/api/participant/responses";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ParticipantFixtures people;
    @Inject
    SessionService sessions;
    @Inject
    AnswerWorld world;
    @Inject
    JsonMapper json;
    @Inject
    StatementCounter counter;
    @Value("${datasources.default.url}")
    String jdbcUrl;
    @Value("${datasources.default.username}")
    String jdbcUser;
    @Value("${datasources.default.password:}")
    String jdbcPassword;
    @Value("${bench.threads:8}")
    int threads;
    @Value("${bench.requests:200}")
    int requests;
    @Value("${bench.rounds:3}")
    int rounds;
    /** Per thread and warm-up chunk; chunks repeat until the JIT compiler is quiet ({@link JitWarmUp}). */
    @Value("${bench.warmup:600}")
    int warmUp;
    /** The most warm-up chunks before measuring anyway (the output then says the JIT was still busy). */
    @Value("${bench.warmupChunks:12}")
    int warmUpChunks;
    /** "socket": a hand-written keep-alive HTTP/1.1 client (cheapest); "jdk": java.net.http.HttpClient. */
    @Value("${bench.client:socket}")
    String clientKind;

    private final CpuMeter cpu = new CpuMeter();
    private final AtomicInteger clientNames = new AtomicInteger();
    private ExecutorService pool;
    private TeamView team;
    private UUID srs;

    @Test
    void apiVersusPlainJdbc() throws Exception {
        team = fixtures.team(fixtures.association());
        StaffLogin coach = fixtures.coach(team);
        srs = world.currentVersion(team.associationId(), "SRS");
        pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, CLIENT_THREAD + clientNames.incrementAndGet()));
        List<ParticipantView> clients = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            ParticipantView p = people.aParticipant().enrolledDaysAgo(30).createdIn(team, coach);
            clients.add(p);
            tokens.add(sessions.startParticipantSession(p.id()).token());
        }
        Submitter submitter = "jdk".equals(clientKind) ? jdkClient() : socketClient();

        // Warm-up until the JIT is quiet (both paths each chunk), then a tenth counted at the driver: what one
        // submission sends to the database.
        JitWarmUp.Result warm = JitWarmUp.until(() -> {
            run(t -> () -> submitter.submit(t, tokens.get(t), warmUp));
            return run(t -> () -> jdbc(clients.get(t), warmUp));
        }, 0.02, warmUpChunks);
        int counted = Math.max(1, warmUp / 10);
        Counts apiSql = counter.countAll(() -> run(t -> () -> submitter.submit(t, tokens.get(t), counted)));
        Counts jdbcSql = counter.countAll(() -> run(t -> () -> jdbc(clients.get(t), counted)));
        int n = threads * counted;
        System.out.printf(Locale.ROOT, "%nBENCH threads=%d requests/thread=%d rounds=%d warm-up/thread=%d client=%s%n",
                threads, requests, rounds, warmUp, clientKind);
        System.out.printf(Locale.ROOT, "BENCH warm-up: %s%n", warm);
        System.out.printf(Locale.ROOT, "BENCH per submission  api: %s   jdbc: %s%n", perOp(apiSql, n), perOp(jdbcSql, n));

        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            long compiledBefore = JitWarmUp.compileMs();
            Phase api = measure(() -> run(t -> () -> submitter.submit(t, tokens.get(t), requests)));
            Phase jdbc = measure(() -> run(t -> () -> jdbc(clients.get(t), requests)));
            double ratio = api.rate() / jdbc.rate();
            ratios.add(ratio);
            System.out.printf(Locale.ROOT, "BENCH round %d: api %.1f submissions/s, jdbc %.1f submissions/s, ratio %.3f"
                    + " (JIT compiling %d ms)%n", round, api.rate(), jdbc.rate(), ratio, JitWarmUp.compileMs() - compiledBefore);
            System.out.printf(Locale.ROOT, "BENCH   cpu per submission  api: %s%n", api.cpu(true));
            System.out.printf(Locale.ROOT, "BENCH   cpu per submission jdbc: %s%n", jdbc.cpu(false));
            System.out.printf(Locale.ROOT, "BENCH   api server threads (µs/submission): %s%n", api.topServerGroups());
        }
        List<Double> sorted = ratios.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "BENCH ratio api/jdbc = %.2f (median of %d rounds; goal >= 0.5)%n%n",
                sorted.get(sorted.size() / 2), rounds);
        pool.shutdownNow();
    }

    private static String perOp(Counts c, int n) {
        return String.format(Locale.ROOT, "%.1f statements, %.1f commits, %.1f round trips",
                c.statements() / (double) n, c.commits() / (double) n, c.roundTrips() / (double) n);
    }

    /** One timed phase: operations, wall time and CPU. */
    private record Phase(int operations, CpuMeter.Usage usage) {
        double rate() {
            return operations / (usage.wallNs() / 1e9);
        }

        private double us(long ns) {
            return ns / 1e3 / operations;
        }

        String cpu(boolean http) {
            long client = usage.groupNs(CLIENT_THREAD) + (http ? usage.groupNs("HttpClient-") : 0);
            return String.format(Locale.ROOT, "clients %.0f µs, server threads %.0f µs, JIT+GC %.0f µs, database %.0f µs"
                    + " (machine busy %.0f%%)", us(client), us(usage.jvmNs() - client), us(usage.jvmInternalNs()),
                    us(usage.databaseNs()),
                    100.0 * usage.machineBusyNs() / Math.max(1, usage.machineTotalNs()));
        }

        String topServerGroups() {
            StringBuilder s = new StringBuilder();
            usage.byThreadGroup().entrySet().stream()
                    .filter(e -> !e.getKey().startsWith(CLIENT_THREAD) && !e.getKey().startsWith("HttpClient-"))
                    .limit(4).forEach(e -> s.append(String.format(Locale.ROOT, "%s %.0f; ", e.getKey(), us(e.getValue()))));
            return s.toString();
        }
    }

    private Phase measure(Callable<Integer> work) throws Exception {
        CpuMeter.Sample before = cpu.sample();
        int done = work.call();
        return new Phase(done, CpuMeter.between(before, cpu.sample()));
    }

    interface Work {
        Callable<Integer> forThread(int t);
    }

    /**
     * Runs the work on all client threads at once and answers the number of operations. The client
     * threads live as long as the benchmark, so their CPU time is still there to be read after a phase.
     */
    private int run(Work work) {
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(work.forThread(t)));
            }
            int done = 0;
            for (Future<Integer> f : futures) {
                done += f.get(10, TimeUnit.MINUTES);
            }
            return done;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> answers(int i) {
        return Map.of("relationship", i % 11, "goals_and_topics", 7, "approach", 8.5, "overall", 9);
    }

    /** Submits n SRS answers over HTTP as one client thread, each with a new Idempotency-Key. */
    interface Submitter {
        int submit(int thread, String token, int n) throws Exception;
    }

    private Submitter socketClient() {
        List<KeepAliveHttp> connections = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            connections.add(new KeepAliveHttp(server.getURI()));
        }
        return (thread, token, n) -> {
            for (int i = 0; i < n; i++) {
                KeepAliveHttp.Reply r = connections.get(thread).post(PATH, Map.of("Authorization", "Bearer " + token,
                        "Content-Type", "application/json", "Idempotency-Key", UUID.randomUUID().toString()),
                        world.body(srs, answers(i)));
                assertThat(r.status()).as(r.body()).isEqualTo(201);
            }
            return n;
        };
    }

    private Submitter jdkClient() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI url = URI.create(server.getURL() + PATH);
        return (thread, token, n) -> {
            for (int i = 0; i < n; i++) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(url)
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(world.body(srs, answers(i)))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            }
            return n;
        };
    }

    /** The same rows as one API submission, with plain JDBC, one transaction per submission. */
    private int jdbc(ParticipantView p, int n) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl + "&" + StatementCounter.URL_PARAMETER, jdbcUser, jdbcPassword);
             PreparedStatement idem = c.prepareStatement("INSERT INTO idempotency_record (key_hash, fingerprint,"
                     + " response_status, response_body, created_at, expires_at) VALUES (?,?,201,?,?,?)");
             PreparedStatement answer = c.prepareStatement("INSERT INTO identified_response (id, participant_id, team_id,"
                     + " instrument_version_id, instrument_code, answers, score, submitted_at) VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement due = c.prepareStatement("UPDATE due_item SET answered = TRUE, answered_on = ?"
                     + " WHERE participant_id = ? AND instrument_code = ? AND answered = FALSE AND due_date <= ?"
                     + " ORDER BY due_date LIMIT 1");
             PreparedStatement audit = c.prepareStatement("INSERT INTO audit_event (at, actor_kind, actor_id, action,"
                     + " team_id, participant_id, detail) VALUES (?,'PARTICIPANT',?,?,?,?,'SRS v1')")) {
            c.setAutoCommit(false);
            for (int i = 0; i < n; i++) {
                String key = UUID.randomUUID().toString();
                String request = world.body(srs, answers(i));
                LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
                LocalDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
                UUID id = UUID.randomUUID();
                Map<String, Object> stored = new LinkedHashMap<>();
                answers(i).forEach((k, v) -> stored.put(k, ((Number) v).doubleValue()));
                BigDecimal score = BigDecimal.valueOf(stored.values().stream().mapToDouble(v -> (Double) v).sum());
                Map<String, Object> response = new LinkedHashMap<>();
                response.put("id", id.toString());
                response.put("instrumentCode", "SRS");
                response.put("version", 1);
                response.put("score", score);
                response.put("submittedAt", now.toString());

                idem.setString(1, sha256("answer:" + p.id() + ":" + key));
                idem.setString(2, sha256(key + "\n" + request));
                idem.setString(3, json.writeValueAsString(response));
                idem.setTimestamp(4, Timestamp.valueOf(hour));
                idem.setTimestamp(5, Timestamp.valueOf(hour.plusHours(25)));
                idem.executeUpdate();
                answer.setString(1, id.toString());
                answer.setString(2, p.id().toString());
                answer.setString(3, team.id().toString());
                answer.setString(4, srs.toString());
                answer.setString(5, "SRS");
                answer.setString(6, json.writeValueAsString(stored));
                answer.setBigDecimal(7, score);
                answer.setTimestamp(8, Timestamp.valueOf(now));
                answer.executeUpdate();
                LocalDate today = now.toLocalDate();
                due.setObject(1, today);
                due.setString(2, p.id().toString());
                due.setString(3, "SRS");
                due.setObject(4, today.plusDays(DueService.LOOKAHEAD_DAYS));
                due.executeUpdate();
                audit.setTimestamp(1, Timestamp.valueOf(now));
                audit.setString(2, p.id().toString());
                audit.setString(3, AnswerService.SUBMITTED);
                audit.setString(4, team.id().toString());
                audit.setString(5, p.id().toString());
                audit.executeUpdate();
                c.commit();
            }
        }
        return n;
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
