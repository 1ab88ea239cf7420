#!/usr/bin/env bash
# What the service costs while nothing is asked of it, after a flood of creates (docs/performance.md):
# the embedded file's housekeeping catching up, then (it should) settling. Starts the service as
# compare.sh does, floods it with creates spread over its groups for FLOOD_SECONDS (40), waits 5 s,
# then reports its CPU over IDLE_SECONDS (40) without a request, and the file's size every 5 s.
#
#   docs/benchmark/idle.sh            # AUDIENCES_JAR=… for another build
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
mode=idle
server_url=
flood=${FLOOD_SECONDS:-40}
quiet=${IDLE_SECONDS:-40}
. "$root/docs/benchmark/config.sh"
. "$root/docs/benchmark/sides.sh"
start a 18080 18081 service
echo "Creating for $flood s…" >&2
read -r rate _ <<<"$(measure a spread "$flood")"
sleep 5
pid=${pids[0]}
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(ticks)
sizes=
for _ in $(seq $((quiet / 5))); do
  sleep 5
  sizes+="$(($(stat -c %s "$work/a/data/audiences.mv.db") / 1048576)) "
done
after=$(ticks)
echo "$rate creates/s for $flood s; then, without a request, CPU $(awk -v t=$((after - before)) -v s="$quiet" \
  -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f %% of a core", 100 * t / hz / s}') over $quiet s; the file every 5 s (MB): ${sizes% }"
