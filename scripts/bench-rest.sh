#!/usr/bin/env bash
# The HTTP benchmark in one command: loads 1,000,000 shares (and 10,000 of the same shape), runs
# PostgreSQL with durable settings (fsync and synchronous_commit on), measures in the same run
#   - a Javalin hello-world (same JVM options, same wrk),
#   - pgbench -M prepared with ONE statement returning a container's incoming view, and with one
#     transaction inserting a share row and its event row,
#   - the real jar's GET incoming, POST create, GET mounts and the global lists,
# and prints each figure, the composed ceilings 1/(1/hello + 1/db) and the ratios. Results go in
# docs/benchmarks.md. Needs root (or the tools already installed) for wrk and pgbench.
# Usage: [WARMUP=45s] [DURATION=30s] [CONNECTIONS=32] [BENCH_JFR=1] [SKIP_BUILD=1] scripts/bench-rest.sh [WORK_DIR]
#   BENCH_JFR=1 records the server with JFR during each measured run (WORK_DIR/<measure>.jfr; read
#   them with `jfr print --events jdk.ExecutionSample` or `jfr summary`).
#   WORK_DIR keeps the loaded datasets: a second run with the same directory skips the load, and
#   every run first removes what earlier runs wrote (scripts/bench/reset.sql), so each measures the same data.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-45s}
CONNECTIONS=${CONNECTIONS:-32}
USERS=20 # the benchmark calls as user0..user19, owners of containers c0..c199
# What the README recommends for serve; the hello-world gets the same.
JAVA_OPTS=${JAVA_OPTS:-$(sed -n 's/^JAVA_OPTS="\(.*\)".*/\1/p' README.md | head -1)}
WORK=${1:-$(mktemp -d /tmp/storage-shares-bench-rest.XXXXXX)}
mkdir -p "$WORK"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

# Waits for the package lock: other jobs on the machine may be installing too.
need() {
  command -v "$1" >/dev/null || { apt-get -o DPkg::Lock::Timeout=600 update -qq \
    && apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$2" >/dev/null; }
}
need wrk wrk
need pgbench postgresql-client

echo "== JVM options (README): ${JAVA_OPTS:-none}"
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -ntp -DskipTests package
# A copy, so that rebuilding the tree while the benchmark runs cannot change what it measures.
cp bootstrap/target/storage-shares.jar "$WORK/storage-shares.jar"
JAR=$WORK/storage-shares.jar
for size in 1000000 10000; do
  if [ ! -f "$WORK/$size/postgres/PG_VERSION" ]; then
    echo "== loading $size shares into $WORK/$size"
    BENCH_JAVA_OPTS="-Dbench.shares=$size -Dbench.loadOnly=true" scripts/bench-persistence.sh "$WORK/$size"
  fi
done

# The server binaries the embedded database was made with (Maven's zonky bundle, unpacked on first use).
PG_MAJOR=$(cat "$WORK/1000000/postgres/PG_VERSION")
PG_BIN=
for bin in "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin; do
  if "$bin/postgres" --version | grep -q " $PG_MAJOR\."; then PG_BIN=$bin; fi
done
[ -n "$PG_BIN" ] || { echo "bench-rest: no PostgreSQL $PG_MAJOR binaries under /tmp/embedded-pg" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() {
  for _ in $(seq 1 180); do curl -fs "$1" >/dev/null && return 0; sleep 1; done
  echo "bench-rest: $1 did not answer" >&2; exit 1
}
# Durable: fsync and synchronous_commit on, whatever the embedded defaults are. Started as the
# embedded database starts it: PostgreSQL refuses to run as root, so as root it runs in a user
# namespace of its own (unshare -U), where it is not root but still owns its files.
start_postgres() {
  local dir=$1 port=$2
  $([ "$(id -u)" = 0 ] && echo unshare -U) "$PG_BIN/postgres" -D "$dir" -p "$port" -c fsync=on -c synchronous_commit=on -c full_page_writes=on \
    -c max_connections=300 -c timezone=UTC >"$dir.log" 2>&1 &
  PG_PID=$!
  PIDS+=("$PG_PID")
  for _ in $(seq 1 120); do
    pg_isready -q -h 127.0.0.1 -p "$port" && break
    sleep 1
  done
  pg_isready -q -h 127.0.0.1 -p "$port" || { echo "bench-rest: PostgreSQL in $dir did not start (see $dir.log)" >&2; exit 1; }
  reset_data "$port"
  # Reads the rows the benchmark's containers receive once, so no measurement starts on a cold cache.
  psql -h 127.0.0.1 -p "$port" -U postgres -qAt -c "select sum(length(source_path)) from (
      select * from shares where target_container_id in (select 'c' || g from generate_series(0, $((USERS * 10 - 1))) g)
      union all select * from shares where target_project_id in (select 'p' || g from generate_series(0, $((USERS - 1))) g)) s" \
    postgres >/dev/null
}
# The creates of earlier runs (and pgbench's) would grow what each benchmark container receives.
reset_data() { psql -h 127.0.0.1 -p "$1" -U postgres -qAt -f scripts/bench/reset.sql postgres >/dev/null; }
# SIGINT is PostgreSQL's fast shutdown.
stop_postgres() { kill -INT "$PG_PID"; wait "$PG_PID" 2>/dev/null || true; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
# Samples the server's RSS every second while $@ runs; prints the peak into $WORK/rss.
with_rss() {
  local pid=$1; shift
  local peak=0
  "$@" &
  local job=$!
  while kill -0 "$job" 2>/dev/null; do
    local now; now=$(rss_mb "$pid"); [ "$now" -gt "$peak" ] && peak=$now
    sleep 1
  done
  wait "$job"
  echo "$peak" >"$WORK/rss"
}

# CPU time (clock ticks) of the processes named in $CPU_PIDS and of their children, living or
# reaped: the cost side of a measurement, which other jobs on a shared machine disturb far less
# than the rate (they take CPU away; they do not make a request cost more).
cpu_ticks() {
  local total=0 p
  for p in $CPU_PIDS $(for q in $CPU_PIDS; do pgrep -P "$q" || true; done); do
    # A process may end between listing and reading: it then counts as nothing.
    local ticks; ticks=$(sed 's/.*) //' "/proc/$p/stat" 2>/dev/null | awk '{print $12 + $13 + $14 + $15}')
    total=$((total + ${ticks:-0}))
  done
  echo "$total"
}
RESULTS=$WORK/results.txt
: >"$RESULTS"
result() { printf '%-16s %10s %10s %10s %12s\n' "$1" "$2" "$3" "$4" "$5" | tee -a "$RESULTS"; }
# CPU microseconds per request: ticks over the measured run / requests.
per_request() { awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%d", n ? t * 1e6 / hz / n : 0}'; }
# wrk: warm-up, then a measured run; records requests/s, p50, p99 and CPU per request of $CPU_PIDS.
measure_wrk() {
  local key=$1; shift
  BENCH_RUN=$(date +%s%N) wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$@" >/dev/null
  [ "$key" != post_create ] || drain_backlog warm-up
  local before; before=$(cpu_ticks)
  # BENCH_JFR=1: a JFR recording (profile settings) of the server over exactly the measured run.
  if [ -n "${BENCH_JFR:-}" ] && [ -n "${JFR_PID:-}" ]; then
    jcmd "$JFR_PID" JFR.start name="$key" settings=profile duration="$DURATION" filename="$WORK/$key.jfr" >/dev/null
  fi
  BENCH_RUN=$(date +%s%N) wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" >"$WORK/$key.wrk"
  # A create's reconcile runs after its answer: its CPU belongs to the create, so wait for it.
  [ "$key" != post_create ] || drain_backlog "$key"
  local ticks=$(($(cpu_ticks) - before))
  # No Lua response hook (it would slow wrk down); wrk counts non-2xx answers itself.
  grep -E 'Requests/sec|Non-2xx|Socket errors' "$WORK/$key.wrk" | sed "s/^/   $key: /"
  result "$key" "$(awk '/Requests\/sec/ {printf "%d", $2}' "$WORK/$key.wrk")" \
    "$(awk '$1 == "50%" {print $2}' "$WORK/$key.wrk")" "$(awk '$1 == "99%" {print $2}' "$WORK/$key.wrk")" \
    "$(per_request "$ticks" "$(awk '/requests in/ {print $1}' "$WORK/$key.wrk")")"
}
# Waits (at most 10 minutes) until the server has no reconcile queued or running.
backlog() { curl -fs "http://127.0.0.1:$SERVER_PORT/metrics" | awk '/^storage_shares_reconcile_backlog/ {print int($2)}'; }
drain_backlog() {
  local start; start=$(date +%s)
  while [ "$(backlog)" != 0 ] && [ $(($(date +%s) - start)) -lt 600 ]; do sleep 1; done
  echo "   $1: reconcile backlog drained $(($(date +%s) - start)) s after the load ended (now $(backlog))"
}
measure_pgbench() {
  local key=$1 script=$2 port=$3
  pgbench -n -h 127.0.0.1 -p "$port" -U postgres -M prepared -c4 -j2 -T 10 -f "$script" postgres >/dev/null
  local before; before=$(cpu_ticks)
  pgbench -n -h 127.0.0.1 -p "$port" -U postgres -M prepared -c4 -j2 -T "${DURATION%s}" -f "$script" \
    postgres >"$WORK/$key.pgbench"
  local ticks=$(($(cpu_ticks) - before))
  result "$key" "$(awk '/^tps/ {printf "%d", $3}' "$WORK/$key.pgbench")" \
    "$(awk '/latency average/ {print $4 "ms"}' "$WORK/$key.pgbench")" "-" \
    "$(per_request "$ticks" "$(awk '/actually processed/ {print $NF}' "$WORK/$key.pgbench")")"
}

start_server() {
  local size=$1 db_port=$2
  SERVER_PORT=$(free_port)
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  STORAGE_SHARES_DATABASE_USER=postgres java $JAVA_OPTS \
    -jar "$JAR" serve --data-dir "$WORK/$size" --port "$SERVER_PORT" --mount-driver none --create-rate 0 \
    --database-url "jdbc:postgresql://127.0.0.1:$db_port/postgres" >"$WORK/server-$size.log" 2>&1 &
  SERVER_PID=$!
  JFR_PID=$SERVER_PID
  PIDS+=("$SERVER_PID")
  wait_for "http://127.0.0.1:$SERVER_PORT/ready"
  echo "TOKENS = {" >"$WORK/tokens.lua"
  for u in $(seq 0 $((USERS - 1))); do
    echo "  \"$(java -jar "$JAR" token --sub "user$u" --ttl 2h --data-dir "$WORK/$size")\"," >>"$WORK/tokens.lua"
  done
  echo "}" >>"$WORK/tokens.lua"
  export BENCH_TOKENS="$WORK/tokens.lua"
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; }

echo "== Javalin hello-world (ceiling for the JVM side)"
HELLO_PORT=$(free_port)
# shellcheck disable=SC2086
java $JAVA_OPTS -cp "$JAR" scripts/bench/HelloJavalin.java "$HELLO_PORT" >"$WORK/hello.log" 2>&1 &
HELLO_PID=$!
PIDS+=("$HELLO_PID")
wait_for "http://127.0.0.1:$HELLO_PORT/hello"
result "measure" "req/s" "p50" "p99" "CPU us/req"
CPU_PIDS=$HELLO_PID measure_wrk hello "http://127.0.0.1:$HELLO_PORT/hello"
kill "$HELLO_PID"; wait "$HELLO_PID" 2>/dev/null || true

BIG_PORT=$(free_port)
start_postgres "$WORK/1000000/postgres" "$BIG_PORT"
echo "== pgbench on 1M shares (durable settings)"
CPU_PIDS=$PG_PID measure_pgbench db_incoming scripts/bench/incoming.sql "$BIG_PORT"
CPU_PIDS=$PG_PID measure_pgbench db_create scripts/bench/create.sql "$BIG_PORT"
# pgbench's shares reach the benchmark containers and its events would keep the server's relay busy.
reset_data "$BIG_PORT"

# Reads first, on the data as loaded; the creates come last.
start_server 1000000 "$BIG_PORT"
echo "== server on 1M shares: GET incoming, random container of $((USERS * 10)), as its owner"
CPU_PIDS="$SERVER_PID $PG_PID" with_rss "$SERVER_PID" measure_wrk get_incoming -s scripts/bench/incoming.lua "http://127.0.0.1:$SERVER_PORT"
RSS_GET=$(cat "$WORK/rss")
echo "== GET mounts, GET global lists (as a member)"
CPU_PIDS="$SERVER_PID $PG_PID" measure_wrk get_mounts -s scripts/bench/mounts.lua "http://127.0.0.1:$SERVER_PORT"
CPU_PIDS="$SERVER_PID $PG_PID" measure_wrk list_incoming -s scripts/bench/global.lua "http://127.0.0.1:$SERVER_PORT/api/v1/storage/incoming"
CPU_PIDS="$SERVER_PID $PG_PID" measure_wrk list_shares -s scripts/bench/global.lua "http://127.0.0.1:$SERVER_PORT/api/v1/storage/shares"
echo "== POST create, random container to its project neighbour (new share each time)"
CPU_PIDS="$SERVER_PID $PG_PID" with_rss "$SERVER_PID" measure_wrk post_create -s scripts/bench/create.lua "http://127.0.0.1:$SERVER_PORT"
RSS_POST=$(cat "$WORK/rss")
stop_server
stop_postgres

SMALL_PORT=$(free_port)
start_postgres "$WORK/10000/postgres" "$SMALL_PORT"
start_server 10000 "$SMALL_PORT"
echo "== server on 10k shares: GET incoming"
CPU_PIDS="$SERVER_PID $PG_PID" measure_wrk get_incoming_10k -s scripts/bench/incoming.lua "http://127.0.0.1:$SERVER_PORT"
stop_server
stop_postgres

rate() { awk -v k="$1" '$1 == k {print $2}' "$RESULTS"; }
cpu() { awk -v k="$1" '$1 == k {print $5}' "$RESULTS"; }
HELLO=$(rate hello); DB_IN=$(rate db_incoming); DB_CR=$(rate db_create)
GET=$(rate get_incoming); POST=$(rate post_create); GET_SMALL=$(rate get_incoming_10k)
awk -v h="$HELLO" -v di="$DB_IN" -v dc="$DB_CR" -v g="$GET" -v p="$POST" -v gs="$GET_SMALL" \
    -v rg="$RSS_GET" -v rp="$RSS_POST" -v p99="$(awk '$1 == "get_incoming" {print $4}' "$RESULTS")" \
    -v ch="$(cpu hello)" -v cdi="$(cpu db_incoming)" -v cdc="$(cpu db_create)" -v cg="$(cpu get_incoming)" \
    -v cp="$(cpu post_create)" -v cgs="$(cpu get_incoming_10k)" 'BEGIN {
  ci = 1 / (1 / h + 1 / di); cc = 1 / (1 / h + 1 / dc)
  printf "\n== summary (same run)\n"
  printf "GET incoming ceiling 1/(1/%d + 1/%d) = %d req/s; measured %d = %.0f %% (target >= 50 %%), p99 %s (target <= 50ms)\n", h, di, ci, g, 100 * g / ci, p99
  printf "POST create ceiling  1/(1/%d + 1/%d) = %d req/s; measured %d = %.0f %% (target >= 40 %%)\n", h, dc, cc, p, 100 * p / cc
  printf "GET incoming at 10k shares %d req/s vs 1M %d req/s: %.2fx (target <= 1.5x)\n", gs, g, gs / g
  printf "server RSS peak: %d MB under GET load, %d MB under POST load (target <= 300 MB)\n", rg, rp
  printf "CPU per request (server JVM + PostgreSQL; less sensitive to other jobs than rates):\n"
  printf "  GET incoming %d us vs hello %d + statement %d = %d us: %.0f %% of the ceiling\n", cg, ch, cdi, ch + cdi, 100 * (ch + cdi) / cg
  printf "  POST create %d us vs hello %d + transaction %d = %d us: %.0f %% of the ceiling\n", cp, ch, cdc, ch + cdc, 100 * (ch + cdc) / cp
  printf "  GET incoming at 10k shares %d us vs 1M %d us: %.2fx\n", cgs, cg, cg / cgs
}' | tee -a "$RESULTS"
echo "== raw outputs and logs in $WORK"
