#!/usr/bin/env bash
# Benchmark (issue 8): the association's year report versus one hand-written SQL aggregate of the
# flow table over the same generated data, in one run; plus the heap while the report is built (peakHeapMB: used,
# garbage included; liveHeapMB: left after forced full GCs, in a run apart from the timed rounds),
# for a small association (a quarter of the participants) and a large one in the same database.
#   bench/report.sh                       1,000,000 participants (~20 answers each: 20 million), 100 teams
#   PARTICIPANTS=100000 bench/report.sh   a quicker run
#   GENERATE_ONLY=1 bench/report.sh       only generate the data (both associations, 1.25x PARTICIPANTS in all) and
#                                         print the generator's BENCH lines: per table rows, seconds, rows/s and the
#                                         server thread's CPU seconds (steadier than seconds on a shared machine)
# Uses its own database (STEGVIS_BENCH_DB, default stegvis_bench_report), dropped and made anew, on
# 127.0.0.1:3306 (MariaDB: the generator uses its sequence tables). Prints the BENCH lines.
# The server's InnoDB buffer pool is raised to BUFFER_POOL (default 2G; MariaDB's default of 128M makes
# the generator disk-bound) and its redo log to REDO_LOG (default 2G; with the default 96M the bulk load
# waits for checkpoint flushes, about twice the time), both set back afterwards (the redo log is dynamic
# from MariaDB 10.9; an older server keeps its own); both sides of the comparison run with the same setting.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${STEGVIS_BENCH_DB:-stegvis_bench_report}"
pool_before=$(mysql -uroot -h127.0.0.1 -N -e "SELECT @@innodb_buffer_pool_size")
log_before=$(mysql -uroot -h127.0.0.1 -N -e "SELECT @@innodb_log_file_size")
trap 'mysql -uroot -h127.0.0.1 -e "SET GLOBAL innodb_buffer_pool_size = $pool_before" || true
      mysql -uroot -h127.0.0.1 -e "SET GLOBAL innodb_log_file_size = $log_before" 2>/dev/null || true' EXIT
mysql -uroot -h127.0.0.1 -e "SET GLOBAL innodb_buffer_pool_size = ${BUFFER_POOL:-2147483648}"
mysql -uroot -h127.0.0.1 -e "SET GLOBAL innodb_log_file_size = ${REDO_LOG:-2147483648}" 2>/dev/null \
  || echo "redo log size not changed (server older than MariaDB 10.9)" >&2
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4"
mkdir -p target
STEGVIS_TEST_DB="$db" ./mvnw -B -q test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.participants="${PARTICIPANTS:-1000000}" -Dbench.teams="${TEAMS:-100}" -Dbench.rounds="${ROUNDS:-5}" \
  -Dbench.generateOnly="$([ "${GENERATE_ONLY:-0}" = 1 ] && echo true || echo false)" \
  >target/bench-report.log 2>&1 || status=$?
grep -h '^BENCH' target/bench-report.log || { echo "benchmark failed; see target/bench-report.log" >&2; exit "${status:-1}"; }
exit "${status:-0}"
