#!/usr/bin/env bash
# The HTTP benchmark (docs/performance.md): the packaged jar on a fresh database, every path warmed
# up twice, then measured with wrk; prints req/s, p50, p99, non-2xx and the ratio to the admin
# port's /ping measured in the same run, and the server's RSS at the end.
#
#   docs/benchmark/run.sh                                  # embedded H2 in a fresh directory
#   docs/benchmark/run.sh jdbc:postgresql://host/db USER PASSWORD   # PostgreSQL (an empty database)
#
# Needs wrk (Debian: apt-get install wrk). Environment: SECONDS_PER_PATH (10), WARMUP_SECONDS (10),
# THREADS (2), CONNECTIONS (32), APP_PORT (18080), ADMIN_PORT (18081), JAVA_OPTS (as the README
# starts the service), AUDIENCES_JAR (this build's jar), RATE_LIMIT_STORE (rateLimit.store:
# memory or database; unset, the service's default for the database).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
jar=${AUDIENCES_JAR:-$root/bootstrap/target/audiences.jar}   # another build, to compare commits
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package

seconds=${SECONDS_PER_PATH:-10}
warmup=${WARMUP_SECONDS:-10}
. "$root/docs/benchmark/config.sh"
threads=${THREADS:-2}
connections=${CONNECTIONS:-32}
app_port=${APP_PORT:-18080}
admin_port=${ADMIN_PORT:-18081}
work=$(mktemp -d)

if [ $# -ge 1 ]; then
  database="  driverClass: org.postgresql.Driver
  url: $1
  user: ${2:-postgres}
  password: \"${3:-}\""
  label="PostgreSQL"
else
  database=$H2_DATABASE
  label="embedded H2"
fi
service_config "$app_port" "$admin_port" "$database" "${RATE_LIMIT_STORE:-}" > "$work/config.yml"

echo "Seeding 101 account groups and keys with the operator commands…" >&2
(cd "$work" && java -cp "$jar" "$root/docs/benchmark/Seed.java" config.yml 101 > keys.txt)

(cd "$work" && exec java $java_opts -jar "$jar" server config.yml > server.log 2>&1) &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$admin_port/ping" >/dev/null && break; sleep 0.5; done

wrk_path() { # kind url seconds [wrk options…]
  local kind=$1 url=$2 duration=$3
  shift 3
  PATH_KIND=$kind KEYS_FILE="$work/keys.txt" wrk -t"$threads" -c"$connections" -d"${duration}s" "$@" \
    -s "$root/docs/benchmark/paths.lua" "$url"
}

declare -A result
names=(ping accounts invalid create spread list)
declare -A titles=([ping]="admin /ping (Jetty's floor)" [accounts]="GET /v1/accounts (auth + one query)"
  [invalid]="create refused at validation (auth + 400)" [create]="create, one account group"
  [spread]="create, spread over 100 groups" [list]="GET a page of 20")
url_of() { if [ "$1" = ping ]; then echo "http://127.0.0.1:$admin_port"; else echo "http://127.0.0.1:$app_port"; fi; }
# Every path is warmed up twice before any is measured, so that no path is measured on code the
# JIT has not compiled yet.
for round in 1 2; do
  for kind in "${names[@]}"; do
    echo "Warming up $kind ($round/2)…" >&2
    wrk_path "$kind" "$(url_of "$kind")" "$warmup" >/dev/null
  done
done
for kind in "${names[@]}"; do
  echo "Measuring $kind…" >&2
  result[$kind]=$(wrk_path "$kind" "$(url_of "$kind")" "$seconds" --latency | awk '/^RESULT/ {print $2, $3, $4, $5, $6}')
done
rss=$(awk '/VmRSS/ {printf "%d MB", $2/1024}' "/proc/$(pgrep -f "audiences.jar server" | head -1)/status" 2>/dev/null || echo "?")

ping=$(echo "${result[ping]}" | awk '{print $1}')
echo
echo "$label${RATE_LIMIT_STORE:+, rateLimit.store: $RATE_LIMIT_STORE}, java ${java_opts:-(no options)}, wrk -t$threads -c$connections, ${seconds} s per path after two ${warmup} s warm-ups of every path, $(nproc) cores"
echo
echo "| path | req/s | p50 | p99 | non-2xx | ÷ /ping |"
echo "|---|---|---|---|---|---|"
for kind in "${names[@]}"; do
  read -r rps p50 p99 non2xx _ <<<"${result[$kind]}"
  awk -v t="${titles[$kind]}" -v r="$rps" -v a="$p50" -v b="$p99" -v n="$non2xx" -v p="$ping" \
    'BEGIN {printf "| %s | %\047.0f | %.2f ms | %.2f ms | %d | %.3f |\n", t, r, a, b, n, r / p}'
done
echo
echo "Server RSS after the run: $rss"
