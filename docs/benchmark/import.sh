#!/usr/bin/env bash
# The import benchmark (docs/performance.md, "Imports"): a CSV of ROWS new prospects imported by
# the packaged jar on a fresh embedded H2 (from the upload to "completed"), its peak RSS, then the
# same rows inserted by plain JDBC batches into the same table of a fresh database the service
# migrated (PlainImport.java), and the ratio of the two rates.
#
#   docs/benchmark/import.sh                     # ROWS=100000, JAVA_OPTS as the README
#
# Needs curl and jq. Environment: ROWS, JAVA_OPTS, APP_PORT (18080), ADMIN_PORT (18081), AUDIENCES_JAR.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

jar=${AUDIENCES_JAR:-$root/bootstrap/target/audiences.jar}
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
rows=${ROWS:-100000}
. "$root/docs/benchmark/config.sh"
app_port=${APP_PORT:-18080}
admin_port=${ADMIN_PORT:-18081}
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill $server 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT


echo "Writing a CSV of $rows prospects…" >&2
awk -v n="$rows" 'BEGIN { print "email,firstName,lastName,companyName";
  for (i = 0; i < n; i++) printf "p%d@acme%d.io,First%d,Last%d,Company %d\n", i, i % 97, i, i, i % 1000 }' > "$work/prospects.csv"

mkdir -p "$work/service" "$work/plain"
write_h2_config "$work/service" "$app_port" "$admin_port"
write_h2_config "$work/plain" "$app_port" "$admin_port"
(cd "$work/service" && java -cp "$jar" "$root/docs/benchmark/Seed.java" config.yml 1 > keys.txt)
read -r group key < "$work/service/keys.txt"
(cd "$work/service" && exec java $java_opts -jar "$jar" server config.yml > server.log 2>&1) &
server=$!
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$admin_port/ping" >/dev/null && break; sleep 0.5; done
pid=$server   # the subshell exec-ed java
base="http://127.0.0.1:$app_port/v1/accounts/$group/audiences"
audience=$(curl -sf -H "Authorization: Bearer $key" -H 'Content-Type: application/json' "$base" \
  -d '{"name":"Imported","type":"on_demand"}' | jq -r .data.id)

echo "Importing through the service…" >&2
start=$(date +%s.%N)
location=$(curl -sf -o /dev/null -w '%header{location}' -H "Authorization: Bearer $key" -H 'Content-Type: text/csv' \
  --data-binary @"$work/prospects.csv" "$base/$audience/prospects/imports")
accepted=$(date +%s.%N)
peak=0
while :; do
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  [ "$rss" -gt "$peak" ] && peak=$rss
  status=$(curl -sf -H "Authorization: Bearer $key" "http://127.0.0.1:$app_port$location" | jq -r .data.status)
  [ "$status" = queued ] || [ "$status" = running ] || break
  sleep 0.2
done
finished=$(date +%s.%N)
result=$(curl -sf -H "Authorization: Bearer $key" "http://127.0.0.1:$app_port$location" | jq -c '.data | [.status, .rows, .added, .rejected]')
kill $server; wait $server 2>/dev/null || true; server=

echo "Inserting with plain JDBC…" >&2
(cd "$work/plain" && java -jar "$jar" migrate config.yml >/dev/null)
read -r plain_rows plain_seconds < <(cd "$work/plain" && java -cp "$jar" "$root/docs/benchmark/PlainImport.java" \
  "jdbc:h2:file:./data/audiences;WRITE_DELAY=0;PAGE_SIZE=4096" sa "" "$work/prospects.csv")

awk -v rows="$rows" -v s="$start" -v a="$accepted" -v f="$finished" -v pr="$plain_rows" -v ps="$plain_seconds" \
  -v peak="$peak" -v result="$result" -v opts="$java_opts" 'BEGIN {
  service = rows / (f - s); plain = pr / ps;
  printf "embedded H2, java %s, %d rows, %d cores\n\n", opts, rows, '"$(nproc)"'
  printf "| | rows/s | seconds |\n|---|---|---|\n"
  printf "| service: upload to completed (%s) | %\047.0f | %.1f (upload and storing: %.1f) |\n", result, service, f - s, a - s
  printf "| plain JDBC batches of 100, same table | %\047.0f | %.1f |\n", plain, ps
  printf "\nservice ÷ plain: %.2f; service peak RSS while importing: %d MB\n", service / plain, peak / 1024 }'
