#!/usr/bin/env bash
# Where a request's CPU goes (or, with EVENT=alloc, its allocations), the service beside the plain
# app (docs/performance.md): both started as `compare.sh plain` starts them; for each path, each
# side is warmed up, then profiled with async-profiler (cpu, 1 ms) while wrk runs the path, and its
# CPU time per request is split by where it was spent: the auth filter, the resource method, writing
# the response, the rest of Jersey, the servlet filters, Jetty, GC and the JIT.
#
#   docs/benchmark/profile.sh                                  # embedded H2
#   docs/benchmark/profile.sh postgres://postgres@127.0.0.1:5432
#
# Fetches async-profiler 3.0 (tools.profiler:async-profiler, Maven Central) into target/. Each
# side's collapsed stacks stay in target/profiles (PATH-a.EVENT.collapsed, PATH-b.EVENT.collapsed) for flame
# graphs or grep. Environment: PATHS ("accounts invalid"), WARMUP_SECONDS (60: C2 is still compiling
# after 15 s), SECONDS_PER_PATH (15), EVENT (cpu; alloc: bytes allocated per request instead of CPU
# time, split the same way), THREADS, CONNECTIONS and JAVA_OPTS as compare.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

mode=plain
server_url=${1:-}
seconds=${SECONDS_PER_PATH:-15}
warmup=${WARMUP_SECONDS:-60}
read -r -a paths <<<"${PATHS:-accounts invalid}"
event=${EVENT:-cpu}
case $event in
  cpu) start_options="event=cpu,interval=1ms" dump_options=collapsed per_sample=1000 unit="µs" ;; # a sample is 1 ms
  alloc) start_options="event=alloc" dump_options="collapsed,total" per_sample=1 unit="bytes" ;;    # a line's count is bytes
  *) echo "EVENT is cpu or alloc" >&2; exit 2 ;;
esac
profiler=$root/target/async-profiler/libasyncProfiler.so
if [ ! -f "$profiler" ]; then
  ./mvnw -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:3.0 -DoutputDirectory=target/async-profiler
  unzip -o -q -j target/async-profiler/async-profiler-3.0.jar linux-x64/libasyncProfiler.so -d target/async-profiler
fi
out=$root/target/profiles
mkdir -p "$out"
. "$root/docs/benchmark/config.sh"
. "$root/docs/benchmark/sides.sh"
start_sides

# where_spent FILE REQUESTS: microseconds of CPU (or bytes allocated) per request, in all and by where
# (first match wins).
where_spent() {
  awk -v requests="$2" -v per_sample="$per_sample" -v unit="$unit" '
    { n = $NF; total += n
      where = "other"
      if (index($0, "OAuthCredentialAuthFilter")) where = "auth"
      else if (index($0, "ResourceMethodInvoker.invoke")) where = "resource"
      else if (index($0, "ServerRuntime$Responder.process")) where = "respond"
      else if (index($0, "ServerRuntime$1.run")) where = "jersey"
      else if (index($0, "ServletHandler")) where = "filters"
      else if (index($0, "jetty")) where = "jetty"
      else if ($0 ~ /G1|GC/) where = "gc"
      else if (index($0, "Compile")) where = "jit"
      spent[where] += n }
    END { printf "%.0f %s:", total * per_sample / requests, unit
          split("auth resource respond jersey filters jetty gc jit other", order, " ")
          for (i = 1; i <= 9; i++) printf " %s %.1f", order[i], spent[order[i]] * per_sample / requests
          printf "\n" }' "$1"
}

echo "A: ${labels[0]}; B: ${labels[1]}; ${server_url:+PostgreSQL}${server_url:-embedded H2}, java: A ${side_opts[a]:-(no options)}, B ${side_opts[b]:-(no options)},"
echo "wrk -t$threads -c$connections, $warmup s of warm-up then $seconds s profiled ($start_options), $(nproc) cores; per request:"
for kind in "${paths[@]}"; do
  for side in a b; do
    if [ "$side" = a ]; then pid=${pids[0]}; else pid=${pids[1]}; fi
    echo "Warming up $kind on $side…" >&2
    measure "$side" "$kind" "$warmup" >/dev/null
    jcmd "$pid" JVMTI.agent_load "$profiler" "\"start,$start_options\"" >/dev/null
    read -r rate p50 p99 _ <<<"$(measure "$side" "$kind" "$seconds")"
    jcmd "$pid" JVMTI.agent_load "$profiler" "\"stop,file=$out/$kind-$side.$event.collapsed,$dump_options\"" >/dev/null
    requests=$(awk -v r="$rate" -v s="$seconds" 'BEGIN {printf "%d", r * s}')
    printf '%s %s: %s req/s, p50 %s / p99 %s ms; %s\n' "$kind" "$side" "$rate" "$p50" "$p99" "$(where_spent "$out/$kind-$side.$event.collapsed" "$requests")"
  done
done
