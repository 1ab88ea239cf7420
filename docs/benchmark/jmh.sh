#!/usr/bin/env bash
# The in-process benchmark (docs/performance.md): CreateAudience over the in-memory adapters, one
# thread, with JMH. Extra arguments go to JMH (e.g. -f 3, -prof gc, or a benchmark name).
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl application -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/jmh.classpath
exec java -cp "application/target/test-classes:application/target/classes:$(cat application/target/jmh.classpath)" \
  org.openjdk.jmh.Main CreateAudienceBenchmark "$@"
