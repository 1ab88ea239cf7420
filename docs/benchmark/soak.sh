#!/usr/bin/env bash
# The soak benchmark (docs/performance.md, "Soak"): the service as the README starts it, on its
# embedded H2 file, under a steady stream of creates (half with an Idempotency-Key) for MINUTES
# minutes. Every minute it prints the database file's size at the minute's end and the largest it had
# in the minute (looked at every second), the size of a copy of it compacted at the minute's end, the rows, H2's chunk figures,
# the server's RSS and the CPU its housekeeping threads used in that minute; at the end it stops the
# service, compacts the file (SHUTDOWN COMPACT) and prints the largest size against both.
#
#   docs/benchmark/soak.sh            # MINUTES=10 CONNECTIONS=8 RETENTION=2m
#   RATE_PER_MINUTE=6000 CONNECTIONS=2 docs/benchmark/soak.sh   # paced: a steady 100 creates a second at most
#
# The configuration is the default one but for the rate limit (by default one nobody reaches: as
# many creates as the service takes) and a short idempotency.retention, so that kept outcomes
# expire and are pruned within the run. With RATE_PER_MINUTE, each connection also waits between
# requests (wrk's delay), so that the service sees that rate rather than a flood of 429s.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
jar=${AUDIENCES_JAR:-$root/bootstrap/target/audiences.jar}
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package

minutes=${MINUTES:-10}
connections=${CONNECTIONS:-8}
retention=${RETENTION:-2m}
. "$root/docs/benchmark/config.sh"
app_port=${APP_PORT:-18080}
admin_port=${ADMIN_PORT:-18081}
work=$(mktemp -d)

cat > "$work/config.yml" <<YAML
rateLimit:
  limitForPeriod: ${RATE_PER_MINUTE:-1000000000}
  refreshPeriod: 60s
idempotency:
  retention: $retention
server:
  applicationConnectors:
    - type: http
      port: $app_port
  adminConnectors:
    - type: http
      port: $admin_port
  requestLog:
    appenders: []
logging:
  level: WARN
YAML

(cd "$work" && java -cp "$jar" "$root/docs/benchmark/Seed.java" config.yml 1 > keys.txt)
(cd "$work" && exec java $java_opts -jar "$jar" server config.yml > server.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$admin_port/ping" >/dev/null && break; sleep 0.5; done

h2_sql() { # runs one statement on the service's file through H2's mixed mode, prints the result
  (cd "$work" && java -cp "$jar" org.h2.tools.Shell -url "jdbc:h2:file:./data/audiences;AUTO_SERVER=TRUE" \
    -user sa -password "" -sql "$1" 2>/dev/null | sed -n 2p | tr -d ' ')
}
# The size the file would have if compacted now: a copy of it, opened as after a crash (H2 takes the
# last whole commit) and compacted apart (SHUTDOWN COMPACT, as at the end). Not BACKUP TO: H2 stops
# reusing space while it copies, which would itself grow the file being measured. A copy taken
# while a chunk is overwritten may not open: then another.
compacted_now() {
  local attempt
  for attempt in 1 2 3; do
    rm -rf "$work/sample" && mkdir -p "$work/sample"
    cp "$work/data/audiences.mv.db" "$work/sample/audiences.mv.db"
    if (cd "$work/sample" && java -cp "$jar" org.h2.tools.Shell -url "jdbc:h2:file:./audiences" -user sa -password "" \
        -sql "SHUTDOWN COMPACT" >/dev/null 2>&1); then
      stat -c %s "$work/sample/audiences.mv.db"
      return
    fi
  done
  echo 0
}
mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b / 1048576}'; }
# CPU ticks (utime + stime) of the server's threads whose name starts with one of the housekeepers'
housekeeping_ticks() {
  local total=0 task comm
  for task in /proc/$server/task/*; do
    comm=$(cat "$task/comm" 2>/dev/null || true)
    case "$comm" in idempotency-pr*|h2-housekeep*)
      total=$((total + $(awk '{print $14 + $15}' "$task/stat")));;
    esac
  done
  echo $total
}
hz=$(getconf CLK_TCK)

[ -n "${RATE_PER_MINUTE:-}" ] && export PACE_MS=$((connections * 60000 / RATE_PER_MINUTE))
KEYS_FILE="$work/keys.txt" wrk -t2 -c"$connections" -d"$((minutes * 60))s" --latency \
  -s "$root/docs/benchmark/soak.lua" "http://127.0.0.1:$app_port" > "$work/wrk.txt" &
load=$!

echo "Soak: $minutes min of creates (half keyed), wrk -t2 -c$connections${PACE_MS:+ pausing $PACE_MS ms between requests}, retention $retention, java ${java_opts:-(no options)}"
echo
echo "| minute | file MB at its end | largest in it MB | compacted at its end MB | end ÷ compacted | largest ÷ compacted | audiences | kept keys | chunks | live in chunks % | file in chunks % | RSS MB | housekeeping CPU (% of a core) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
# The rows, and H2's own figures: its chunks, the share of their bytes still live, the share of the file they take.
info() { echo "(SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.$1')"; }
sample="SELECT (SELECT COUNT(*) FROM audiences) || '|' || (SELECT COUNT(*) FROM idempotency_keys) || '|' || $(info CHUNK_COUNT)
  || '|' || $(info CHUNKS_FILL_RATE) || '|' || $(info FILL_RATE)"
max_file=0
max_ratio=0
max_end_ratio=0
ticks=$(housekeeping_ticks)
for minute in $(seq "$minutes"); do
  file=0 # the largest size seen in this minute, looked at every second
  for _ in $(seq 60); do
    sleep 1
    size=$(stat -c %s "$work/data/audiences.mv.db")
    [ "$size" -gt "$file" ] && file=$size
  done
  [ "$file" -gt "$max_file" ] && max_file=$file
  now=$(housekeeping_ticks)
  cpu=$(awk -v t=$((now - ticks)) -v hz="$hz" 'BEGIN {printf "%.1f", 100 * t / hz / 60}')
  ticks=$now
  rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$server/status")
  rows=$(h2_sql "$sample")
  at_end=$(stat -c %s "$work/data/audiences.mv.db")
  compacted_then=$(compacted_now)
  ratio=$(awk -v f="$file" -v c="$compacted_then" 'BEGIN {printf "%.2f", (c > 0 ? f / c : 0)}')
  end_ratio=$(awk -v f="$at_end" -v c="$compacted_then" 'BEGIN {printf "%.2f", (c > 0 ? f / c : 0)}')
  max_ratio=$(awk -v a="$ratio" -v b="$max_ratio" 'BEGIN {print (a > b ? a : b)}')
  max_end_ratio=$(awk -v a="$end_ratio" -v b="$max_end_ratio" 'BEGIN {print (a > b ? a : b)}')
  echo "| $minute | $(mb "$at_end") | $(mb "$file") | $(mb "$compacted_then") | $end_ratio | $ratio | $rows | $rss | $cpu |"
done
wait $load
read -r rps p50 p99 non2xx requests < <(awk '/^RESULT/ {print $2, $3, $4, $5, $6}' "$work/wrk.txt")
kill $server; wait $server 2>/dev/null || true
closed=$(stat -c %s "$work/data/audiences.mv.db")
(cd "$work" && java -cp "$jar" org.h2.tools.Shell -url "jdbc:h2:file:./data/audiences" -user sa -password "" \
  -sql "SHUTDOWN COMPACT" >/dev/null 2>&1)
compacted=$(stat -c %s "$work/data/audiences.mv.db")
echo
echo "$requests creates ($rps/s, p50 $p50 ms, p99 $p99 ms, $non2xx not 201)."
echo "File: largest sample $(mb "$max_file") MB, after a clean stop $(mb "$closed") MB, compacted $(mb "$compacted") MB:"
awk -v m="$max_file" -v c="$compacted" 'BEGIN {printf "largest sample = %.1f x the compacted file at the end\n", m / c}'
echo "at a minute's end against the file compacted then: at most $max_end_ratio x"
echo "largest in any minute against the file compacted at that minute's end: $max_ratio x"
