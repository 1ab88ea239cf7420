# Sourced by compare.sh, profile.sh and gc.sh: two servers side by side on ports 18080/18081 (side a)
# and 18090/18091 (side b), each seeded with 101 account groups and keys, and wrk against either.
# Expects config.sh sourced, root, mode (limit | plain | jvm) and server_url (a PostgreSQL URL, or empty for H2); reads
# AUDIENCES_JAR, THREADS, CONNECTIONS, JAVA_OPTS, and JAVA_OPTS_A / JAVA_OPTS_B and AUDIENCES_JAR_A /
# AUDIENCES_JAR_B (one side's own: two builds, or two JVM options, of the service), and AS_PLAIN (plain
# mode on PostgreSQL: the service configured as the plain app runs, its limit in memory and its
# statements prepared by name), and SERVER_CPUS / WRK_CPUS (unset: no pinning; else `taskset -c`
# lists: the two servers share SERVER_CPUS, wrk gets WRK_CPUS, e.g. 0 and 1; on one CPU the JVM
# chooses the serial collector unless JAVA_OPTS names one); start_sides starts both, and they stop
# when the script exits.

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
jar=${AUDIENCES_JAR:-$root/bootstrap/target/audiences.jar}
[ -f "$jar" ] || ./mvnw -B -q -DskipTests package
threads=${THREADS:-2}
connections=${CONNECTIONS:-32}
server_pin=(${SERVER_CPUS:+taskset -c "$SERVER_CPUS"})
wrk_pin=(${WRK_CPUS:+taskset -c "$WRK_CPUS"})
declare -A side_opts=([a]=${JAVA_OPTS_A-$java_opts} [b]=${JAVA_OPTS_B-$java_opts})
declare -A side_jar=([a]=$(realpath "${AUDIENCES_JAR_A:-$jar}") [b]=$(realpath "${AUDIENCES_JAR_B:-$jar}"))
for side_jar_file in "${side_jar[@]}"; do [ -f "$side_jar_file" ] || { echo "no jar at $side_jar_file" >&2; exit 1; }; done

work=$(mktemp -d)
pids=()
databases=()
if [ -n "$server_url" ]; then
  rest=${server_url#postgres://}
  pg_user=${rest%%@*}
  hostport=${rest#*@}
  pg_host=${hostport%%:*}
  pg_port=${hostport##*:}
fi
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for db in "${databases[@]}"; do dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --if-exists "$db" || true; done
  rm -rf "$work"
}
trap cleanup EXIT

# database_yaml SIDE: the service's database block for a side: its own H2 file, or its own
# PostgreSQL database (made by new_database).
new_database() {
  local db="audiences_compare_$1"
  dropdb -h "$pg_host" -p "$pg_port" -U "$pg_user" --if-exists "$db"
  createdb -h "$pg_host" -p "$pg_port" -U "$pg_user" "$db"
  databases+=("$db")
}
database_yaml() { # SIDE [properties yaml]
  if [ -n "$server_url" ]; then
    local db="audiences_compare_$1"
    printf '  driverClass: org.postgresql.Driver\n  url: jdbc:postgresql://%s:%s/%s\n  user: %s\n  password: ""\n%s' \
      "$pg_host" "$pg_port" "$db" "$pg_user" "${2:-}"
  else
    printf '  driverClass: org.h2.Driver\n  url: jdbc:h2:file:./data/audiences\n  user: sa\n  password: ""\n'
  fi
}

# start SIDE APP_PORT ADMIN_PORT KIND [store] [properties]: seeds the side's database with the operator commands
# (101 account groups and keys), then starts the service (KIND service) or the plain app (plain) on it.
start() {
  local side=$1 app=$2 admin=$3 kind=$4 store=${5:-} properties=${6:-}
  mkdir -p "$work/$side"
  [ -z "$server_url" ] || new_database "$side"
  service_config "$app" "$admin" "$(database_yaml "$side" "$properties")" "$store" > "$work/$side/config.yml"
  echo "Seeding side $side…" >&2
  (cd "$work/$side" && java -cp "${side_jar[$side]}" "$root/docs/benchmark/Seed.java" config.yml 101 > keys.txt)
  if [ "$kind" = plain ]; then
    (cd "$work/$side" && exec "${server_pin[@]}" java ${side_opts[$side]} -cp "${side_jar[$side]}" "$root/docs/benchmark/PlainApp.java" server config.yml > server.log 2>&1) &
  else
    (cd "$work/$side" && exec "${server_pin[@]}" java ${side_opts[$side]} -jar "${side_jar[$side]}" server config.yml > server.log 2>&1) &
  fi
  pids+=($!)
  for _ in $(seq 240); do curl -sf "http://127.0.0.1:$admin/ping" >/dev/null && return; sleep 0.5; done
  echo "side $side did not start:" >&2; cat "$work/$side/server.log" >&2; exit 1
}

# start_sides: side a and side b as the mode compares them; labels names them.
start_sides() {
  if [ -n "${AS_PLAIN:-}" ] && { [ "$mode" != plain ] || [ -z "$server_url" ]; }; then
    echo "AS_PLAIN is for plain mode on PostgreSQL" >&2; exit 2
  fi
  if [ "$mode" = limit ]; then
    labels=("rateLimit.store: database" "rateLimit.store: memory")
    start a 18080 18081 service database
    start b 18090 18091 service memory
  elif [ "$mode" = jvm ]; then
    labels=("the service (${side_jar[a]##*/}), java ${side_opts[a]}" "the service (${side_jar[b]##*/}), java ${side_opts[b]}")
    start a 18080 18081 service
    start b 18090 18091 service
  elif [ -n "${AS_PLAIN:-}" ]; then
    labels=("the service, configured as the plain app runs (rateLimit.store: memory, prepareThreshold: 5)"
      "the plain app (PlainApp.java)")
    start a 18080 18081 service memory $'  properties:\n    prepareThreshold: 5\n'
    start b 18090 18091 plain
  else
    labels=("the service" "the plain app (PlainApp.java)")
    start a 18080 18081 service
    start b 18090 18091 plain
  fi
}

# measure SIDE KIND SECONDS: req/s, p50 ms, p99 ms, non-2xx
measure() {
  local side=$1 kind=$2 duration=$3 port
  if [ "$side" = a ]; then port=18080; else port=18090; fi
  [ "$kind" = ping ] && port=$((port + 1))
  PATH_KIND=$kind KEYS_FILE="$work/$side/keys.txt" "${wrk_pin[@]}" wrk -t"$threads" -c"$connections" -d"${duration}s" --latency \
    -s "$root/docs/benchmark/paths.lua" "http://127.0.0.1:$port" | awk '/^RESULT/ {print $2, $3, $4, $5}'
}
