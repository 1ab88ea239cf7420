#!/usr/bin/env bash
# The cost of the rate limit shared through PostgreSQL (docs/performance.md, "Shared rate limit"):
# run.sh on PostgreSQL with rateLimit.store: database, then memory, ROUNDS times alternately, each
# run on a fresh database. Prints each run's table; compare the rows of one path across the runs.
#
#   docs/benchmark/shared-limit.sh postgres://postgres@127.0.0.1:5432   # a server you can createdb on
#
# Environment: ROUNDS (2), and run.sh's (SECONDS_PER_PATH, WARMUP_SECONDS, …). Needs createdb/dropdb.
set -euo pipefail
cd "$(dirname "$0")/../.."
server=${1:?usage: shared-limit.sh postgres://USER@HOST:PORT}
rest=${server#postgres://}
user=${rest%%@*}
hostport=${rest#*@}
host=${hostport%%:*}
port=${hostport##*:}
for round in $(seq "${ROUNDS:-2}"); do
  for store in database memory; do
    db="audiences_bench_${store}_$round"
    dropdb -h "$host" -p "$port" -U "$user" --if-exists "$db"
    createdb -h "$host" -p "$port" -U "$user" "$db"
    echo "== round $round, rateLimit.store: $store" >&2
    # run.sh ends with its server's exit status (143, killed), which is no failure here.
    RATE_LIMIT_STORE=$store docs/benchmark/run.sh "jdbc:postgresql://$host:$port/$db" "$user" "" || true
    dropdb -h "$host" -p "$port" -U "$user" "$db"
  done
done
