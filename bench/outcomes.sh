#!/usr/bin/env bash
# Benchmark (issue 8, outcomes section): the section's raw figures for one association year versus one
# hand-written aggregate of the same exits, alternating in one run, on generated data (10 years).
#   bench/outcomes.sh                          100 000 participants in 20 teams
#   PARTICIPANTS=400000 TEAMS=40 bench/outcomes.sh
# Uses its own database (STEGVIS_BENCH_DB, default stegvis_bench_outcomes) on 127.0.0.1:3306; each run adds
# a new association. Prints the BENCH lines.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${STEGVIS_BENCH_DB:-stegvis_bench_outcomes}"
mysql -uroot -h127.0.0.1 -e "create database if not exists $db character set utf8mb4"
STEGVIS_TEST_DB="$db" ./mvnw -B -q -o test -Dtest=OutcomesBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.participants="${PARTICIPANTS:-100000}" -Dbench.teams="${TEAMS:-20}" >target/bench-outcomes.log 2>&1 || status=$?
grep -h '^BENCH' target/bench-outcomes.log || { echo "benchmark failed; see target/bench-outcomes.log" >&2; exit "${status:-1}"; }
exit "${status:-0}"
