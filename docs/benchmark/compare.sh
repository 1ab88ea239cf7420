#!/usr/bin/env bash
# Two servers side by side, each path measured on one then the other (docs/performance.md): whole
# runs one after the other drift by up to a third on a shared machine, paths taken in turn do not.
# For every round and path: side A's /ping, A's path, B's /ping, B's path; each path as a ratio to
# its own side's /ping of that round, and A's ratio ÷ B's. Prints every round and the medians.
#
#   docs/benchmark/compare.sh limit postgres://postgres@127.0.0.1:5432  # rateLimit.store: database (A) against memory (B)
#   docs/benchmark/compare.sh plain                                      # the service (A) against PlainApp.java (B), embedded H2
#   docs/benchmark/compare.sh plain postgres://postgres@127.0.0.1:5432  # the same on PostgreSQL
#   AS_PLAIN=1 docs/benchmark/compare.sh plain postgres://…             # the same, the service with the limit in memory and named statements
#   JAVA_OPTS_A="-Xmx192m" docs/benchmark/compare.sh jvm                # the service under JAVA_OPTS_A (A) against JAVA_OPTS (B)
#   AUDIENCES_JAR_B=old.jar docs/benchmark/compare.sh jvm POSTGRES_URL  # this build (A) against another (B), on PostgreSQL
#
# A PostgreSQL URL names a server you can createdb on (two databases are made, then dropped).
# Needs wrk. Environment: ROUNDS (3), SECONDS_PER_PATH (5), WARMUP_SECONDS (5), THREADS (2),
# CONNECTIONS (32), DELAY_MS (unset: each connection's pause between requests, paths.lua),
# SERVER_CPUS / WRK_CPUS (unset: taskset CPU lists, sides.sh), JAVA_OPTS (as the README; both sides),
# JAVA_OPTS_A / JAVA_OPTS_B and AUDIENCES_JAR_A / AUDIENCES_JAR_B (one side's), AS_PLAIN (above),
# PATHS ("accounts invalid create spread list"; "ping" measures /ping's own latencies too).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

mode=${1:?usage: compare.sh limit POSTGRES_URL | plain [POSTGRES_URL] | jvm [POSTGRES_URL]}
server_url=${2:-}
[ "$mode" = limit ] && [ -z "$server_url" ] && { echo "limit needs a PostgreSQL URL" >&2; exit 2; }
rounds=${ROUNDS:-3}
seconds=${SECONDS_PER_PATH:-5}
warmup=${WARMUP_SECONDS:-5}
read -r -a paths <<<"${PATHS:-accounts invalid create spread list}"
. "$root/docs/benchmark/config.sh"
. "$root/docs/benchmark/sides.sh"
start_sides

for round in 1 2; do
  for kind in ping "${paths[@]}"; do
    for side in a b; do
      echo "Warming up $kind on $side ($round/2)…" >&2
      measure "$side" "$kind" "$warmup" >/dev/null
    done
  done
done

declare -A ratio rps tail
for round in $(seq "$rounds"); do
  for kind in "${paths[@]}"; do
    for side in a b; do
      echo "Round $round: $kind on $side…" >&2
      read -r ping _ <<<"$(measure "$side" ping "$seconds")"
      read -r r p50 p99 non2xx <<<"$(measure "$side" "$kind" "$seconds")"
      ratio[$kind,$side,$round]=$(awk -v r="$r" -v p="$ping" 'BEGIN {printf "%.3f", r / p}')
      rps[$kind,$side,$round]=$r
      tail[$kind,$side,$round]="$p50 $p99 $non2xx"
    done
  done
done

median() { tr ' ' '\n' | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
rss() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo "?"; }

echo
echo "A: ${labels[0]}; B: ${labels[1]}; ${server_url:+PostgreSQL}${server_url:-embedded H2}, java: A ${side_opts[a]:-(no options)}, B ${side_opts[b]:-(no options)},"
echo "wrk -t$threads -c$connections${DELAY_MS:+, each connection pausing $DELAY_MS ms between requests}, $seconds s per measurement, $rounds rounds, two $warmup s warm-ups of every path on each side, $(nproc) cores${SERVER_CPUS:+, the servers on CPUs $SERVER_CPUS}${WRK_CPUS:+, wrk on CPUs $WRK_CPUS}"
echo
echo "| path | A ÷ /ping (rounds) | B ÷ /ping (rounds) | A ÷ B (rounds) | A ÷ B, median | A req/s ÷ B req/s, median | A p50 / p99 ms, last round | B p50 / p99 ms, last round | A p99 ÷ p50 (rounds) | B p99 ÷ p50 (rounds) |"
echo "|---|---|---|---|---|---|---|---|---|---|"
tail_ratio() { local p50 p99 _; read -r p50 p99 _ <<<"$1"; awk -v a="$p50" -v b="$p99" 'BEGIN {if (a > 0) printf "%.1f", b / a; else printf "?"}'; }
for kind in "${paths[@]}"; do
  a_ratios= b_ratios= pair= raw= a_tails= b_tails=
  for round in $(seq "$rounds"); do
    a_ratios+="${ratio[$kind,a,$round]} "
    b_ratios+="${ratio[$kind,b,$round]} "
    pair+="$(awk -v a="${ratio[$kind,a,$round]}" -v b="${ratio[$kind,b,$round]}" 'BEGIN {printf "%.2f", a / b}') "
    raw+="$(awk -v a="${rps[$kind,a,$round]}" -v b="${rps[$kind,b,$round]}" 'BEGIN {printf "%.2f", a / b}') "
    a_tails+="$(tail_ratio "${tail[$kind,a,$round]}") "
    b_tails+="$(tail_ratio "${tail[$kind,b,$round]}") "
  done
  read -r a50 a99 a_non2xx <<<"${tail[$kind,a,$rounds]}"
  read -r b50 b99 b_non2xx <<<"${tail[$kind,b,$rounds]}"
  printf '| %s | %s | %s | %s | **%s** | %s | %s / %s%s | %s / %s%s | %s | %s |\n' "$kind" "${a_ratios% }" "${b_ratios% }" "${pair% }" \
    "$(echo "${pair% }" | median)" "$(echo "${raw% }" | median)" "$a50" "$a99" \
    "$([ "$a_non2xx" != 0 ] && echo " ($a_non2xx non-2xx)")" "$b50" "$b99" "$([ "$b_non2xx" != 0 ] && echo " ($b_non2xx non-2xx)")" \
    "${a_tails% }" "${b_tails% }"
done
echo
echo "RSS at the end: A $(rss "${pids[0]}"), B $(rss "${pids[1]}")"
