#!/usr/bin/env bash
# Benchmark (issue 4, "Measure"): the participant portal's first-load transfer size, compressed
# (goal <= 50 KB). Runs PortalTransferSizeTest: the embedded server and real headless Chromium
# (Playwright) on a 360x640 phone with an empty cache open a real invitation link, get the home page
# listing what is due and open the SRS. Every request is summed as Chromium reports it
# (Request.sizes(): request headers and body, response headers and encoded body), with the
# Accept-Encoding Chromium sends. Prints one BENCH line per resource (path, status, content-encoding,
# encoded and decoded bytes, cache-control) and the totals; the test fails above 51,200 bytes or when
# a text resource above 1 KB arrives uncompressed. Sizes are deterministic: no rounds, no warm-up.
#
#   bench/portal-size.sh
#   MICRONAUT_SERVER_NETTY_COMPRESSION_THRESHOLD=-1 bench/portal-size.sh   the same with compression off (fails)
# Uses its own database (STEGVIS_BENCH_DB, default stegvis_bench_size) on 127.0.0.1:3306; the whole
# log is target/portal-size.log.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
db="${STEGVIS_BENCH_DB:-stegvis_bench_size}"
mysql --protocol=tcp -h127.0.0.1 -uroot -e \
  "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
STEGVIS_TEST_DB="$db" ./mvnw -B -q test -Dtest=PortalTransferSizeTest \
  -Dsurefire.failIfNoSpecifiedTests=false >target/portal-size.log 2>&1 || status=$?
grep -h '^BENCH' target/portal-size.log \
  || { echo "benchmark failed; see target/portal-size.log" >&2; exit "${status:-1}"; }
if [ -n "${status:-}" ]; then
  echo "PortalTransferSizeTest failed (over budget or uncompressed text?); see target/portal-size.log" >&2
fi
exit "${status:-0}"
