#!/usr/bin/env bash
# Benchmark (issue 4, "Measure"): N clients submitting SRS answers through the HTTP API versus plain
# JDBC writing the same rows, in one run against the same MariaDB database (loopback only).
#
# API: the embedded server in the test JVM; each client thread holds one keep-alive HTTP/1.1
#   connection and POSTs /api/participant/responses with its participant token and a new
#   Idempotency-Key: session check, participant lookup, then one transaction with the idempotency
#   claim (holding its response, made before anything is written), the answer, the due-item update, the audit row
#   and FIT's look-up of a session the answer belongs to.
# Baseline: each client thread holds one plain JDBC connection and writes what a submission stores,
#   in one transaction per submission: the idempotency record (directly with its response), the identified_response
#   row, the due-item update (UPDATE … ORDER BY due_date LIMIT 1) and the audit row, then COMMIT.
# Ratio = API submissions/s ÷ baseline submissions/s, same threads, same database, same run; the
#   median of the rounds is the result (goal >= 0.5). Each round also prints statements and commits
#   per submission (counted at the driver) and CPU per submission: the clients, the server threads,
#   JIT+GC and the database server (mariadbd, which also serves anything else running).
#
#   bench/submit.sh                 8 threads x 200 submissions, 3 rounds, after a warm-up in chunks of 600 per
#                                   thread (both paths) repeated until the JIT compiler is quiet (support.JitWarmUp),
#                                   at most 12 chunks; each round prints the ms the JIT compiled during it. With a
#                                   fixed 600 the C2 compiler was still busy in the rounds, billed to the API. On a
#                                   quiet machine the JIT stays at ~2-3 % (the API and JDBC phases alternate): the
#                                   rounds with little compiling are the steady state (2026-11-24 morning: ratio 0.42-0.45;
#                                   evening, fresh database, lean participant read, the claim with its response:
#                                   run medians 0.50-0.55 in eleven runs of thirteen, 0.47 in two; rounds 0.45-0.62)
#   THREADS=4 REQUESTS=100 WARMUP=300 ROUNDS=5 bench/submit.sh
#   CLIENT=jdk bench/submit.sh      the JDK HttpClient instead (it costs the shared CPU ~0.5 ms more per request)
#   JFR=1 bench/submit.sh           also records target/bench.jfr (1 ms sampling); summarise with
#     jfr print --events jdk.ExecutionSample --stack-depth 96 target/bench.jfr | bench/jfr-top.py --tail 0.4
# Uses its own database (STEGVIS_BENCH_DB, default stegvis_bench) on 127.0.0.1:3306; prints the BENCH
# lines (the whole log is target/bench.log). On a busy machine absolute rates are noise; compare the
# ratio within one run, and the CPU per submission.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
db="${STEGVIS_BENCH_DB:-stegvis_bench}"
# A fresh database every run: each run adds ~120,000 rows to idempotency_record, identified_response and
# audit_event, and once those outgrow the buffer pool every insert costs the server more (random primary keys),
# which moves the ratio between runs (a 500,000-row leftover raised the database's CPU per submission by ~20 %).
mysql --protocol=tcp -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
STEGVIS_TEST_DB="$db" ./mvnw -B -q test -Dtest=SubmitBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false ${JFR:+-DargLine=-XX:StartFlightRecording=filename=$PWD/target/bench.jfr,settings=profile,method-profiling=max} \
  -Dbench.threads="${THREADS:-8}" -Dbench.requests="${REQUESTS:-200}" -Dbench.rounds="${ROUNDS:-3}" \
  -Dbench.warmup="${WARMUP:-600}" -Dbench.client="${CLIENT:-socket}" >target/bench.log 2>&1 || status=$?
grep -h '^BENCH' target/bench.log || { echo "benchmark failed; see target/bench.log" >&2; exit "${status:-1}"; }
exit "${status:-0}"
