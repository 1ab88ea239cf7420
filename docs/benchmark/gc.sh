#!/usr/bin/env bash
# What the collector does under the cheap paths, two builds (or two sets of JVM options) of the
# service side by side (docs/performance.md): both started as compare.sh starts them, with a GC log;
# each round measures every path on one side, then on the other, and reports that side's rate and
# p50 / p99 of each path, then its young collections, remarks and total pause during those
# measurements, and the heap a young collection left (median).
#
#   AUDIENCES_JAR_B=old.jar docs/benchmark/gc.sh        # this build (A) against another (B), embedded H2
#
# Environment: ROUNDS (2), SECONDS_PER_PATH (10), WARMUP_SECONDS (20), PATHS ("accounts invalid list"),
# and those of compare.sh (JAVA_OPTS, JAVA_OPTS_A / _B, AUDIENCES_JAR_A / _B, THREADS, CONNECTIONS).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
mode=jvm
server_url=
rounds=${ROUNDS:-2}
seconds=${SECONDS_PER_PATH:-10}
warmup=${WARMUP_SECONDS:-20}
read -r -a paths <<<"${PATHS:-accounts invalid list}"
. "$root/docs/benchmark/config.sh"
JAVA_OPTS_A="${JAVA_OPTS_A-$java_opts} -Xlog:gc:file=gc.log::filecount=0"
JAVA_OPTS_B="${JAVA_OPTS_B-$java_opts} -Xlog:gc:file=gc.log::filecount=0"
. "$root/docs/benchmark/sides.sh"
start_sides

for side in a b; do
  for kind in "${paths[@]}"; do
    echo "Warming up $kind on $side…" >&2
    measure "$side" "$kind" "$warmup" >/dev/null
  done
done
echo "A: ${labels[0]}; B: ${labels[1]}; wrk -t$threads -c$connections, $seconds s a path, $rounds rounds"
for round in $(seq "$rounds"); do
  for side in a b; do
    log=$work/$side/gc.log
    from=$(wc -l <"$log")
    results=
    for kind in "${paths[@]}"; do
      read -r rate p50 p99 _ <<<"$(measure "$side" "$kind" "$seconds")"
      results+="$kind $rate/s $p50 / $p99 ms; "
    done
    window=$(tail -n +"$((from + 1))" "$log")
    median=$({ grep "Pause Young" <<<"$window" || true; } | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n \
      | awk '{v[NR] = $1} END {print NR ? v[int((NR + 1) / 2)] : "-"}')
    awk -v side="$side" -v round="$round" -v results="$results" -v median="$median" '
      /Pause Young/ { young++ }
      /Pause Remark/ { remarks++ }
      /Pause Full/ { full++ }
      /Pause (Young|Remark|Cleanup|Full)/ { v = $NF; sub("ms", "", v); pause += v }
      END { printf "round %s %s: %s%d young collections, %d remarks, %d full, %.0f ms paused, %s MB after a young one (median)\n",
              round, side, results, young, remarks, full, pause, median }' <<<"$window"
  done
done
