#!/usr/bin/env bash
# Loads 1M shares into an embedded PostgreSQL and measures the hot reads (see docs/benchmarks.md).
# Usage: scripts/bench-persistence.sh [DATA_DIR]   (given a directory, the loaded database is kept there)
# BENCH_JAVA_OPTS="-Dbench.shares=10000 -Dbench.loadOnly=true" loads a smaller dataset of the same shape and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -ntp -pl adapter-persistence-jdbi -am -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
CP="adapter-persistence-jdbi/target/test-classes:adapter-persistence-jdbi/target/classes:$(cat adapter-persistence-jdbi/target/bench.classpath)"
java -Xmx4g ${BENCH_JAVA_OPTS:-} -cp "$CP" dev.storageshares.adapter.persistence.bench.PersistenceBenchmark "$@"
