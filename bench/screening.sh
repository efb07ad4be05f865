#!/usr/bin/env bash
# Benchmark (issue 6): violence-screening submissions (encrypted) versus identified ORS submissions
# through the same HTTP API, alternating, one client, one run, one database (loopback only).
#   bench/screening.sh               150 submissions of each
#   REQUESTS=300 bench/screening.sh
# Uses its own database (STEGVIS_BENCH_DB, default stegvis_bench) on 127.0.0.1:3306; prints the BENCH lines.
set -euo pipefail
cd "$(dirname "$0")/.."
STEGVIS_TEST_DB="${STEGVIS_BENCH_DB:-stegvis_bench}" ./mvnw -B -q test -Dtest=ScreeningSubmitBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.requests="${REQUESTS:-150}" >target/bench-screening.log 2>&1 || status=$?
grep -h '^BENCH' target/bench-screening.log || { echo "benchmark failed; see target/bench-screening.log" >&2; exit "${status:-1}"; }
exit "${status:-0}"
