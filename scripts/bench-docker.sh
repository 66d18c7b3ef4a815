#!/usr/bin/env bash
# Docker timings on a real engine (see docs/benchmarks.md):
#  1. POST create of a direct share -> the file is readable at /mnt/shares/<id> in the target (20 times);
#  2. one project share -> mounted in all 20 other containers of the project.
# MODE=live (default) or MODE=recreate picks --mount-mode. In live mode the targets are started with
# their propagation mount and the file is read through /proc/<pid>/root, i.e. inside the target's
# mount namespace, without the ~50 ms (far more on a loaded engine) of a docker exec per poll, and
# polled every 2 ms with shell builtins only, so the poll starts no process that would compete with
# the server for the CPU.
# Run as root on a machine where scripts/docker-setup.sh works. Leaves nothing behind.
# MODE=both runs live, then recreate, back to back with the same jar on the same engine.
# Each run prints the load average before and after: on a shared machine it explains the numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${MODE:-live}
if [ "$MODE" = both ]; then
  MODE=live "$0" && MODE=recreate BUILT=yes "$0"
  exit
fi
PORT=18090
IMAGE=storage-shares-test/busybox:1
LABEL=storage-shares-bench
WORK=$(mktemp -d /tmp/storage-shares-bench-docker.XXXXXX)
ROOT=$WORK/mount-root
JAR=bootstrap/target/storage-shares.jar
B=http://127.0.0.1:$PORT/api/v1
J='Content-Type: application/json'
SERVER=

cleanup() {
  if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true; fi
  docker rm -f $(docker ps -aq --filter "label=$LABEL") >/dev/null 2>&1 || true
  docker volume rm bench-src-data bench-fleet-data >/dev/null 2>&1 || true
  # The live mounts the server made: deepest first, then the root's own bind.
  awk -v p="$ROOT" '$5==p || index($5,p"/")==1 {print $5}' /proc/self/mountinfo | sort -r | while read -r m; do
    umount -l "$m"
  done
  if awk -v p="$WORK" 'index($5,p)==1 {f=1} END {exit !f}' /proc/self/mountinfo; then
    echo "bench-docker: mounts left under $WORK; not deleting it" >&2
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT

if [ -z "${BUILT:-}" ]; then
  scripts/docker-setup.sh
  ./mvnw -q -B -ntp -DskipTests package
fi

declare -A PIDS
now_ms() { local us=${EPOCHREALTIME/./}; echo $((us / 1000)); }
# Sleeps without starting a process: a read with a timeout from a pipe nobody writes to.
exec {NAP}<> <(:)
nap() { read -r -t 0.002 -u "$NAP" || true; }
# Containers that stop at once on SIGTERM, as a well-behaved service does (the shell waits on a
# background sleep so the trap runs immediately), so a recreate is not dominated by the idle loop.
idle() { # name, docker run options...
  local name=$1; shift
  local propagation=()
  [ "$MODE" = live ] && propagation=(-v "$ROOT/targets/$name:/mnt/shares:rslave")
  docker run -d --label "$LABEL" --name "$name" "${propagation[@]}" "$@" "$IMAGE" \
    sh -c "trap 'exit 0' TERM; while true; do sleep 1 & wait; done" >/dev/null
  PIDS[$name]=$(docker inspect -f '{{.State.Pid}}' "$name")
}
# The file as the target sees it: through its mount namespace (live), or docker exec (recreate:
# the target's PID changes with every recreate).
sees() { # container, path, the line expected in that file
  local line=
  if [ "$MODE" = live ]; then
    { read -r line <"/proc/${PIDS[$1]}/root$2"; } 2>/dev/null || true
  else
    line=$(docker exec "$1" cat "$2" 2>/dev/null) || true
  fi
  [ "$line" = "$3" ]
}

api() { curl -fsS -H "Authorization: Bearer $TOKEN" -H "$J" "$@"; }
register() { # project, containers...
  local project=$1; shift
  TOKEN=$ADMIN api -X PUT "$B/admin/projects/$project" \
    -d '{"realm_id":"r1","name":"bench","members":[{"user_id":"alice","role":"owner"}]}' >/dev/null
  for c in "$@"; do
    TOKEN=$ADMIN api -X PUT "$B/admin/containers/$c" \
      -d "{\"realm_id\":\"r1\",\"project_id\":\"$project\",\"owner_id\":\"alice\",\"name\":\"$c\",\"runtime_ref\":\"$c\"}" >/dev/null
  done
}
share_id() { grep -o '"id":"[0-9a-f]\{24\}"' | head -1 | cut -d'"' -f4; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

java -jar "$JAR" serve --data-dir "$WORK" --port "$PORT" --mount-driver docker --mount-mode "$MODE" \
  --mount-root "$ROOT" --create-rate 0 >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/ready" >/dev/null && break; sleep 1; done
ADMIN=$(java -jar "$JAR" token --sub bench-admin --role admin --data-dir "$WORK")
TOKEN=$(java -jar "$JAR" token --sub alice --ttl 2h --data-dir "$WORK")

echo "mount mode: $MODE; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== 1. direct share: POST create -> file readable in the target (20 shares, one after another)"
idle bench-src -v bench-src-data:/data
idle bench-tgt
register bench-direct bench-src bench-tgt
: >"$WORK/direct.ms"
for i in $(seq 1 20); do
  docker exec bench-src sh -c "mkdir -p /data/d$i && echo hello-$i > /data/d$i/file"
  start=${EPOCHREALTIME/./}
  id=$(api -X POST "$B/containers/bench-src/storage/shares" \
    -d "{\"source_path\":\"/data/d$i\",\"target_container_id\":\"bench-tgt\",\"mode\":\"readonly\"}" | share_id)
  until sees bench-tgt "/mnt/shares/$id/file" "hello-$i"; do nap; done
  end=${EPOCHREALTIME/./}
  echo $(((end - start) / 1000)) | tee -a "$WORK/direct.ms"
done
echo "median ms: $(median <"$WORK/direct.ms"); min $(sort -n "$WORK/direct.ms" | head -1); max $(sort -n "$WORK/direct.ms" | tail -1)"

echo "== 2. project share reaching 20 containers"
idle bench-fleet-src -v bench-fleet-data:/data
docker exec bench-fleet-src sh -c 'echo fleet > /data/file'
FLEET=$(seq -f "bench-fleet-%02g" 1 20)
for c in $FLEET; do idle "$c"; done
register bench-fleet bench-fleet-src $FLEET
start=$(now_ms)
id=$(api -X POST "$B/containers/bench-fleet-src/storage/shares" \
  -d '{"source_path":"/data","target_project_id":"bench-fleet","mode":"readonly"}' | share_id)
until [ "$(for c in $FLEET; do api "$B/containers/$c/storage/mounts"; done | grep -o '"state":"applied"' | wc -l)" = 20 ]; do
  sleep 0.05
done
applied=$(($(now_ms) - start))
for c in $FLEET; do
  sees "$c" "/mnt/shares/$id/file" fleet || { echo "$c cannot read the share" >&2; exit 1; }
done
echo "all 20 applied (per /storage/mounts) after $applied ms; all 20 read the file: verified"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
