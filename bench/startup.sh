#!/usr/bin/env bash
# Startup time and memory of Stegvis beside a bare Micronaut hello app, measured in the same run on
# the same JDK, reported as ratios. Stegvis runs as the README's run command does: embedded H2 in a
# fresh temp directory with demo data (so the first start includes migrations and seeding).
#   bench/startup.sh [runs]     (default 3 runs each; prints medians and ratios)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
./mvnw -q -B -ntp -DskipTests package >/dev/null
(cd bench/hello && ../../mvnw -q -B -ntp -DskipTests package >/dev/null)

# measure JAR PORT -> prints "<ms to first 200 on /health> <RSS KiB after ready> <RSS KiB after 200 requests>"
measure() {
  local jar="$1" port="$2" work; work=$(mktemp -d)
  local start; start=$(date +%s%N)
  (cd "$work" && exec java -Dmicronaut.server.port="$port" -jar "$jar" >"$work/log" 2>&1) &
  local pid=$!
  local deadline=$(( $(date +%s) + 120 ))
  until curl -fs "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
    kill -0 $pid 2>/dev/null || { echo "process died:" >&2; tail -20 "$work/log" >&2; exit 1; }
    [ "$(date +%s)" -lt "$deadline" ] || { echo "no answer on :$port within 120 s" >&2; kill $pid; exit 1; }
    sleep 0.05
  done
  local ready=$(( ($(date +%s%N) - start) / 1000000 ))
  local child; child=$(pgrep -P $pid java || echo $pid)
  local rss1; rss1=$(awk '/VmRSS/{print $2}' /proc/$child/status)
  for _ in $(seq 1 200); do curl -fs "http://127.0.0.1:$port/health" >/dev/null; done
  local rss2; rss2=$(awk '/VmRSS/{print $2}' /proc/$child/status)
  kill $child 2>/dev/null || true; wait $pid 2>/dev/null || true
  rm -rf "$work"
  echo "$ready $rss1 $rss2"
}
median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

declare -a h_ms h_r1 h_r2 s_ms s_r1 s_r2
for i in $(seq 1 "$runs"); do
  read -r a b c < <(measure "$PWD/bench/hello/target/hello.jar" 18181); h_ms+=("$a"); h_r1+=("$b"); h_r2+=("$c")
  read -r a b c < <(measure "$PWD/target/stegvis.jar" 18182); s_ms+=("$a"); s_r1+=("$b"); s_r2+=("$c")
done
hm=$(printf '%s\n' "${h_ms[@]}" | median); sm=$(printf '%s\n' "${s_ms[@]}" | median)
h1=$(printf '%s\n' "${h_r1[@]}" | median); s1=$(printf '%s\n' "${s_r1[@]}" | median)
h2=$(printf '%s\n' "${h_r2[@]}" | median); s2=$(printf '%s\n' "${s_r2[@]}" | median)
printf '%-28s %12s %12s %8s\n' "median of $runs runs" "hello" "stegvis" "ratio"
printf '%-28s %12s %12s %8s\n' "ms to first 200 on /health" "$hm" "$sm" "$(awk -v a=$sm -v b=$hm 'BEGIN{printf "%.1fx", a/b}')"
printf '%-28s %12s %12s %8s\n' "RSS MiB when ready" "$((h1/1024))" "$((s1/1024))" "$(awk -v a=$s1 -v b=$h1 'BEGIN{printf "%.1fx", a/b}')"
printf '%-28s %12s %12s %8s\n' "RSS MiB after 200 requests" "$((h2/1024))" "$((s2/1024))" "$(awk -v a=$s2 -v b=$h2 'BEGIN{printf "%.1fx", a/b}')"
