#!/usr/bin/env bash
# The embedded H2 file killed with kill -9 after SECONDS_OF_LOAD (default 75) seconds of creates from
# four clients: the file's space has then been reused many times over, and is larger than in the
# crash tests in verify, which kill within a second. Prints how many 201s were answered, how many of
# those audiences the file holds once reopened as the service does, and how many were lost (must be
# 0); and, beside it, how many a copy opened by H2 alone lost (ADR 0011, "Recovery after a crash").
#   docs/benchmark/crash-after-reuse.sh      # JAVA_OPTS as the README unless set
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/docs/benchmark/config.sh"
jar=${AUDIENCES_JAR:-$root/bootstrap/target/audiences.jar}
[ -f "$jar" ] || (cd "$root" && ./mvnw -B -q -DskipTests package)
secs=${SECONDS_OF_LOAD:-75}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/config.yml" <<YAML
rateLimit:
  limitForPeriod: 1000000000
  refreshPeriod: 60s
server:
  applicationConnectors:
    - type: http
      port: 18090
  adminConnectors:
    - type: http
      port: 18091
  requestLog:
    appenders: []
logging:
  level: WARN
YAML
(cd "$work" && java -cp "$jar" "$root/docs/benchmark/Seed.java" config.yml 1 > keys.txt)
read group key < "$work/keys.txt"
(cd "$work" && exec java $java_opts -jar "$jar" server config.yml > server.log 2>&1) &
server=$!
for _ in $(seq 120); do curl -sf "http://127.0.0.1:18091/ping" >/dev/null && break; sleep 0.5; done
end=$((SECONDS + secs))
for c in 1 2 3 4; do
  (n=0; while [ $SECONDS -lt $end ]; do n=$((n+1));
     out=$(curl -s -m 5 -w ' %{http_code}' -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
       -d "{\"name\":\"c$c-$n-$RANDOM\",\"type\":\"on_demand\"}" "http://127.0.0.1:18090/v1/accounts/$group/audiences")
     [ "${out##* }" = 201 ] && echo "$out" | grep -o '"id":"[0-9a-f]*"' | head -1 | cut -d'"' -f4 >> "$work/acked.$c"
   done) &
done
sleep "$secs"
kill -9 $server; wait 2>/dev/null
cat "$work"/acked.* | sort -u > "$work/acked"
stored() { # ids in the H2 file $1 (without .mv.db), opened directly: H2's own recovery
  java -cp "$jar" org.h2.tools.Shell -url "jdbc:h2:file:$1" -user sa -password "" -sql "SELECT id FROM audiences" 2>&1 \
    | sed 1d | tr -d ' ' | grep -E '^[0-9a-f]{24}$' | sort -u
}
mkdir "$work/copy" && cp "$work/data/audiences.mv.db" "$work/copy/"
stored "$work/copy/audiences" > "$work/stored-by-h2-alone"
(cd "$work" && java -jar "$jar" migrate config.yml > /dev/null) # as the service opens it after a crash (H2CrashRecovery)
stored "$work/data/audiences" > "$work/stored"
echo "acknowledged $(wc -l < "$work/acked"), stored $(wc -l < "$work/stored"), lost $(comm -23 "$work/acked" "$work/stored" | wc -l)" \
  "(H2's own recovery alone: lost $(comm -23 "$work/acked" "$work/stored-by-h2-alone" | wc -l))"
