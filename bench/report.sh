#!/usr/bin/env bash
# Benchmark (issue 8): the association's year report versus one hand-written SQL aggregate of the
# flow table over the same generated data, in one run; plus the peak heap while the report is built,
# for a small association (a quarter of the participants) and a large one in the same database.
#   bench/report.sh                       1,000,000 participants (~18 answers each), 100 teams
#   PARTICIPANTS=100000 bench/report.sh   a quicker run
# Uses its own database (STEGVIS_BENCH_DB, default stegvis_bench_report), dropped and made anew, on
# 127.0.0.1:3306 (MariaDB: the generator uses its sequence tables). Prints the BENCH lines.
# The server's InnoDB buffer pool is raised to BUFFER_POOL (default 2G; MariaDB's default of 128M makes
# the generator disk-bound) and set back afterwards; both sides of the comparison run with the same setting.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${STEGVIS_BENCH_DB:-stegvis_bench_report}"
pool_before=$(mysql -uroot -h127.0.0.1 -N -e "SELECT @@innodb_buffer_pool_size")
trap 'mysql -uroot -h127.0.0.1 -e "SET GLOBAL innodb_buffer_pool_size = $pool_before" || true' EXIT
mysql -uroot -h127.0.0.1 -e "SET GLOBAL innodb_buffer_pool_size = ${BUFFER_POOL:-2147483648}"
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4"
mkdir -p target
STEGVIS_TEST_DB="$db" ./mvnw -B -q test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.participants="${PARTICIPANTS:-1000000}" -Dbench.teams="${TEAMS:-100}" -Dbench.rounds="${ROUNDS:-5}" \
  >target/bench-report.log 2>&1 || status=$?
grep -h '^BENCH' target/bench-report.log || { echo "benchmark failed; see target/bench-report.log" >&2; exit "${status:-1}"; }
exit "${status:-0}"
