#!/usr/bin/env bash
# HTTP load on loopback with wrk: GET incoming and POST create against the real server on the 1M-share
# dataset, next to a Javalin hello-world (the ceiling) in the same run. Results go in docs/benchmarks.md.
# Usage: [WARMUP=60s] scripts/bench-rest.sh [DURATION (default 30s)] [CONNECTIONS (default 32)]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-30s}
CONNECTIONS=${2:-32}
WARMUP=${WARMUP:-60s}
USERS=20
SERVER_PORT=18080
HELLO_PORT=18081
WORK=$(mktemp -d /tmp/storage-shares-bench-rest.XXXXXX)
JAR=bootstrap/target/storage-shares.jar
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait' EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
echo "== loading the dataset into $WORK (scripts/bench-persistence.sh)"
scripts/bench-persistence.sh "$WORK"
./mvnw -q -B -ntp -DskipTests package

wait_for() {
  for _ in $(seq 1 120); do curl -fs "$1" >/dev/null && return 0; sleep 1; done
  echo "bench-rest: $1 did not answer" >&2; exit 1
}

java -jar "$JAR" serve --data-dir "$WORK" --port "$SERVER_PORT" --mount-driver none --create-rate 0 \
  >"$WORK/server.log" 2>&1 &
PIDS+=($!)
java -cp "$JAR" scripts/bench/HelloJavalin.java "$HELLO_PORT" >"$WORK/hello.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$SERVER_PORT/ready"
wait_for "http://127.0.0.1:$HELLO_PORT/hello"

echo "TOKENS = {" >"$WORK/tokens.lua"
for u in $(seq 0 $((USERS - 1))); do
  echo "  \"$(java -jar "$JAR" token --sub "user$u" --ttl 2h --data-dir "$WORK")\"," >>"$WORK/tokens.lua"
done
echo "}" >>"$WORK/tokens.lua"
export BENCH_TOKENS="$WORK/tokens.lua"

run() {
  local title=$1; shift
  echo "== $title"
  # BENCH_RUN keeps create.lua's paths unique across runs.
  # Warm-up: on two shared cores the server's JIT needs about a minute of load to settle.
  BENCH_RUN=$(date +%s%N) wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$@" >/dev/null
  BENCH_RUN=$(date +%s%N) wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@"
}
run "Javalin hello-world (ceiling)" "http://127.0.0.1:$HELLO_PORT/hello"
run "GET incoming, random container of $((USERS * 10)), as its owner" -s scripts/bench/incoming.lua "http://127.0.0.1:$SERVER_PORT"
run "POST create, random container to its project neighbour" -s scripts/bench/create.lua "http://127.0.0.1:$SERVER_PORT"
echo "== server log: $WORK/server.log"
