#!/usr/bin/env bash
# Benchmark (issue 4, "Measure"): N clients submitting SRS answers through the HTTP API versus plain
# JDBC writing the same rows, in one run against the same MariaDB database (loopback only).
#   bench/submit.sh                 8 threads x 200 submissions each, 3 rounds
#   THREADS=4 REQUESTS=100 ROUNDS=5 bench/submit.sh
# Uses its own database (STEGVIS_BENCH_DB, default stegvis_bench) on 127.0.0.1:3306; prints the BENCH lines.
set -euo pipefail
cd "$(dirname "$0")/.."
STEGVIS_TEST_DB="${STEGVIS_BENCH_DB:-stegvis_bench}" ./mvnw -B -q test -Dtest=SubmitBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false ${JFR:+-DargLine=-XX:StartFlightRecording=filename=$PWD/target/bench.jfr,settings=profile,method-profiling=max} \
  -Dbench.threads="${THREADS:-8}" -Dbench.requests="${REQUESTS:-200}" -Dbench.rounds="${ROUNDS:-3}" -Dbench.warmup="${WARMUP:-200}" \
  >target/bench.log 2>&1 || status=$?
grep -h '^BENCH' target/bench.log || { echo "benchmark failed; see target/bench.log" >&2; exit "${status:-1}"; }
exit "${status:-0}"
