#!/usr/bin/env bash
# POST create throughput of one jar on a fresh embedded database (200 containers, 20 owners), next
# to a Javalin hello-world measured in the same run — run it on two jars (e.g. before and after a
# change to the database settings) and compare each to its own hello-world. Results go in
# docs/benchmarks.md. Usage: scripts/bench-create.sh [JAR] [DURATION (default 30s)] [CONNECTIONS (default 32)]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-bootstrap/target/storage-shares.jar}
DURATION=${2:-30s}
CONNECTIONS=${3:-32}
WARMUP=${WARMUP:-30s}
USERS=20
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
SERVER_PORT=${SERVER_PORT:-$(free_port)}
HELLO_PORT=${HELLO_PORT:-$(free_port)}
WORK=$(mktemp -d /tmp/storage-shares-bench-create.XXXXXX)
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait' EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

wait_for() {
  for _ in $(seq 1 300); do curl -fs "$1" >/dev/null && return 0; sleep 1; done
  echo "bench-create: $1 did not answer" >&2; exit 1
}

java -jar "$JAR" serve --data-dir "$WORK" --port "$SERVER_PORT" --mount-driver none --create-rate 0 \
  >"$WORK/server.log" 2>&1 &
PIDS+=($!)
java -cp "$JAR" scripts/bench/HelloJavalin.java "$HELLO_PORT" >"$WORK/hello.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$SERVER_PORT/ready"
# the port may have been taken between choosing and binding: make sure the answer was ours
grep -q "listening on http://127.0.0.1:$SERVER_PORT" "$WORK/server.log" || { echo "bench-create: port $SERVER_PORT taken" >&2; exit 1; }
wait_for "http://127.0.0.1:$HELLO_PORT/hello"

ADMIN=$(java -jar "$JAR" token --sub bench-admin --role admin --ttl 2h --data-dir "$WORK")
B="http://127.0.0.1:$SERVER_PORT/api/v1"
echo "TOKENS = {" >"$WORK/tokens.lua"
for u in $(seq 0 $((USERS - 1))); do
  curl -fs -X PUT "$B/admin/projects/p$u" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"realm_id\":\"r1\",\"name\":\"p$u\",\"members\":[{\"user_id\":\"user$u\",\"role\":\"owner\"}]}" >/dev/null
  for c in $(seq $((u * 10)) $((u * 10 + 9))); do
    curl -fs -X PUT "$B/admin/containers/c$c" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
      -d "{\"realm_id\":\"r1\",\"project_id\":\"p$u\",\"owner_id\":\"user$u\",\"name\":\"c$c\",\"runtime_ref\":\"c$c\"}" >/dev/null
  done
  echo "  \"$(java -jar "$JAR" token --sub "user$u" --ttl 2h --data-dir "$WORK")\"," >>"$WORK/tokens.lua"
done
echo "}" >>"$WORK/tokens.lua"
export BENCH_TOKENS="$WORK/tokens.lua"

run() {
  local title=$1; shift
  echo "== $title"
  BENCH_RUN=$(date +%s%N) wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$@" >/dev/null
  BENCH_RUN=$(date +%s%N) wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@"
}
run "Javalin hello-world (ceiling)" "http://127.0.0.1:$HELLO_PORT/hello"
run "POST create, random container to its project neighbour" -s scripts/bench/create.lua "http://127.0.0.1:$SERVER_PORT"
grep -E "fsync|synchronous_commit" "$WORK/server.log" || true
echo "== server log: $WORK/server.log"
