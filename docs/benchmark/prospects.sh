#!/usr/bin/env bash
# The prospect routes' benchmark (docs/performance.md, "Prospects"): the packaged jar on a fresh
# embedded H2, THREADS clients each filling an audience of its own with batches of 100 new
# prospects for SECONDS, then reading pages of 20 of it; then the same work by plain JDBC (the same
# rows into the same tables, one transaction per batch; the list's query) on a fresh database the
# service migrated; and the ratios.
#
#   docs/benchmark/prospects.sh            # THREADS=4, SECONDS_PER_PATH=20, JAVA_OPTS as the README
#
# Environment: THREADS, SECONDS_PER_PATH, JAVA_OPTS, APP_PORT (18080), ADMIN_PORT (18081), AUDIENCES_JAR.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

jar=${AUDIENCES_JAR:-$root/bootstrap/target/audiences.jar}
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
threads=${THREADS:-4}
seconds=${SECONDS_PER_PATH:-20}
. "$root/docs/benchmark/config.sh"
app_port=${APP_PORT:-18080}
admin_port=${ADMIN_PORT:-18081}
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill $server 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

for side in service plain; do
  mkdir -p "$work/$side"
  write_h2_config "$work/$side" "$app_port" "$admin_port"
done

(cd "$work/service" && java -cp "$jar" "$root/docs/benchmark/Seed.java" config.yml 1 2>/dev/null > keys.txt)
read -r group key < "$work/service/keys.txt"
(cd "$work/service" && exec java $java_opts -jar "$jar" server config.yml > server.log 2>&1) &
server=$!
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$admin_port/ping" >/dev/null && break; sleep 0.5; done
echo "Warming up the service…" >&2
java "$root/docs/benchmark/ProspectsBenchmark.java" http "http://127.0.0.1:$app_port" "$key" "$group" "$threads" 5 >/dev/null
echo "Measuring the service…" >&2
java "$root/docs/benchmark/ProspectsBenchmark.java" http "http://127.0.0.1:$app_port" "$key" "$group" "$threads" "$seconds" \
  > "$work/service.txt"
rss=$(awk '/VmRSS/ {printf "%d MB", $2/1024}' "/proc/$server/status")
kill $server; wait $server 2>/dev/null || true; server=

(cd "$work/plain" && java -jar "$jar" migrate config.yml >/dev/null)
echo "Measuring plain JDBC…" >&2
(cd "$work/plain" && java -cp "$jar" "$root/docs/benchmark/ProspectsBenchmark.java" jdbc \
  "jdbc:h2:file:./data/audiences;WRITE_DELAY=0;PAGE_SIZE=4096" sa "" "$threads" 5 >/dev/null)
(cd "$work/plain" && java -cp "$jar" "$root/docs/benchmark/ProspectsBenchmark.java" jdbc \
  "jdbc:h2:file:./data/audiences;WRITE_DELAY=0;PAGE_SIZE=4096" sa "" "$threads" "$seconds" > "$work/plain.txt")

echo "embedded H2, java $java_opts, $threads clients, ${seconds} s per path after a 5 s warm-up, $(nproc) cores"
echo
echo "| path | service ops/s | p50 | p99 | plain JDBC ops/s | p50 | p99 | service ÷ plain |"
echo "|---|---|---|---|---|---|---|---|"
paste -d'|' "$work/service.txt" "$work/plain.txt" | awk -F'|' '{printf "| %s | %\047.0f | %.2f ms | %.2f ms | %\047.0f | %.2f ms | %.2f ms | %.2f |\n", $1, $2, $3, $4, $7, $8, $9, $2 / $7}'
echo
echo "Service RSS after the run: $rss"
