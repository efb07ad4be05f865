#!/usr/bin/env bash
# Benchmark (issue 8): the flow, inflow and queue report sections for one association's year (20 teams)
# among PARTICIPANTS (default 1,000,000) participants in TEAMS (default 300) teams, against one
# hand-written grouped aggregate of the same rows, alternating, in one run.
#   bench/flow-sections.sh
#   PARTICIPANTS=200000 bench/flow-sections.sh
#   COVERING_INDEX=true bench/flow-sections.sh   (adds a candidate covering index before measuring)
# Uses its own database (STEGVIS_BENCH_DB, default stegvis_bench_flow) on 127.0.0.1:3306, dropped and
# recreated first; prints the BENCH lines.
set -euo pipefail
cd "$(dirname "$0")/.."
DB="${STEGVIS_BENCH_DB:-stegvis_bench_flow}"
mysql -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4"
STEGVIS_TEST_DB="$DB" ./mvnw -B -q -o test -Dtest=FlowSectionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.participants="${PARTICIPANTS:-1000000}" -Dbench.teams="${TEAMS:-300}" -Dbench.coveringIndex="${COVERING_INDEX:-false}" >target/bench-flow.log 2>&1 || status=$?
grep -h '^BENCH' target/bench-flow.log || { echo "benchmark failed; see target/bench-flow.log" >&2; exit "${status:-1}"; }
exit "${status:-0}"
