#!/usr/bin/env bash
# Makes a Docker engine and the local test images available for the Docker and PostgreSQL container tests.
# Idempotent: installs Debian's docker.io and busybox-static when missing, starts dockerd when it is
# not running, builds storage-shares-test/busybox:1 from busybox-static and storage-shares-test/postgres:15
# from Debian's postgresql-15 (scripts/postgres-image.sh); no registry is needed.
set -euo pipefail

IMAGE=storage-shares-test/busybox:1
log() { echo "docker-setup: $*" >&2; }

if ! command -v dockerd >/dev/null 2>&1 || ! command -v busybox >/dev/null 2>&1 || ! [ -x /usr/bin/docker ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "docker.io or busybox-static is missing and we are not root: cannot install them"
    exit 1
  fi
  log "installing docker.io and busybox-static"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io busybox-static >/dev/null
fi

# Debian's client matches Debian's engine; prefer it over any other docker on the PATH.
DOCKER=/usr/bin/docker
[ -x "$DOCKER" ] || DOCKER=docker

if ! "$DOCKER" info >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    log "no Docker engine answers and we are not root: cannot start dockerd"
    exit 1
  fi
  log "starting dockerd (log in /tmp/storage-shares-dockerd.log)"
  nohup dockerd >/tmp/storage-shares-dockerd.log 2>&1 &
  for _ in $(seq 1 60); do
    "$DOCKER" info >/dev/null 2>&1 && break
    sleep 1
  done
  "$DOCKER" info >/dev/null 2>&1 || { log "dockerd did not answer within 60 s; see /tmp/storage-shares-dockerd.log"; exit 1; }
fi

if ! "$DOCKER" image inspect "$IMAGE" >/dev/null 2>&1; then
  log "building $IMAGE from busybox-static"
  rootfs=$(mktemp -d)
  trap 'rm -rf "$rootfs"' EXIT
  mkdir -p "$rootfs/bin" "$rootfs/tmp" "$rootfs/etc" "$rootfs/data" "$rootfs/mnt"
  cp "$(command -v busybox)" "$rootfs/bin/busybox"
  for tool in sh ls cat sleep touch echo mkdir rm id test stat wc printf true false grep mount df; do
    ln -s busybox "$rootfs/bin/$tool"
  done
  echo "root:x:0:0:root:/:/bin/sh" > "$rootfs/etc/passwd"
  tar -C "$rootfs" -c . | "$DOCKER" import -c 'CMD ["sleep","3600"]' -c 'ENV PATH=/bin' - "$IMAGE" >/dev/null
fi
log "engine $("$DOCKER" version --format '{{.Server.Version}} (API {{.Server.APIVersion}})'), image $IMAGE ready"
"$(dirname "$0")/postgres-image.sh"
