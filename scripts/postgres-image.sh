#!/usr/bin/env bash
# Builds storage-shares-test/postgres:15, a PostgreSQL server image for the Testcontainers tests,
# from Debian's postgresql-15 packages on this host (no registry needed): the binaries, their
# shared libraries and a static busybox go into a root filesystem that `docker import` turns
# into an image. Idempotent; installs the packages when missing (as root).
set -euo pipefail

IMAGE=storage-shares-test/postgres:15
PG=/usr/lib/postgresql/15
DOCKER=/usr/bin/docker
[ -x "$DOCKER" ] || DOCKER=docker
log() { echo "postgres-image: $*" >&2; }

if "$DOCKER" image inspect "$IMAGE" >/dev/null 2>&1; then
  log "image $IMAGE ready"
  exit 0
fi

if ! [ -x "$PG/bin/postgres" ] || ! command -v busybox >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    log "postgresql-15 or busybox-static is missing and we are not root: cannot install them"
    exit 1
  fi
  log "installing postgresql-15 and busybox-static"
  # Only the binaries are wanted: no cluster of the host's own, so nothing starts on this machine.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/50-storage-shares-no-cluster.conf
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql-15 busybox-static >/dev/null
fi

log "building $IMAGE from $PG"
rootfs=$(mktemp -d)
trap 'rm -rf "$rootfs"' EXIT

copy() { for path in "$@"; do cp -rL --parents "$path" "$rootfs/"; done; }
mkdir -p "$rootfs$PG/lib"
copy "$PG/bin" /usr/share/postgresql/15 /usr/share/zoneinfo /usr/lib/locale/C.utf8
# JIT modules pull in libLLVM (about 100 MB) and the server runs with jit = off.
find "$PG/lib" -maxdepth 1 -name '*.so' ! -name 'llvmjit*' -exec cp -L --parents {} "$rootfs/" \;
# Every binary and module with the libraries it links, at the same paths.
for object in "$PG"/bin/* "$rootfs$PG"/lib/*.so; do
  ldd "${object#$rootfs}" 2>/dev/null | grep -o '/[^ ]*' || true
done | sort -u | while read -r library; do
  [ -e "$library" ] && copy "$library"
done
copy /lib64/ld-linux-x86-64.so.2

mkdir -p "$rootfs/bin" "$rootfs/tmp" "$rootfs/etc" "$rootfs/var/lib/postgresql/data" "$rootfs/var/run/postgresql" "$rootfs/usr/local"
cp "$(command -v busybox)" "$rootfs/bin/busybox"
chroot "$rootfs" /bin/busybox --install -s /bin
printf '#!/bin/sh\nprintf "C\\nC.utf8\\nPOSIX\\n"\n' > "$rootfs/bin/locale"
chmod 755 "$rootfs/bin/locale"
printf 'root:x:0:0:root:/root:/bin/sh\npostgres:x:999:999:PostgreSQL:/var/lib/postgresql:/bin/sh\n' > "$rootfs/etc/passwd"
printf 'root:x:0:\npostgres:x:999:\n' > "$rootfs/etc/group"
cp "$(dirname "$0")/postgres-entrypoint.sh" "$rootfs/usr/local/entrypoint.sh"
chmod 755 "$rootfs/usr/local/entrypoint.sh"
chown -R 999:999 "$rootfs/var/lib/postgresql" "$rootfs/var/run/postgresql"
chmod 700 "$rootfs/var/lib/postgresql/data"
chmod 1777 "$rootfs/tmp"

tar --numeric-owner -C "$rootfs" -c . | "$DOCKER" import \
  -c "ENV PATH=$PG/bin:/bin" -c 'ENV PGDATA=/var/lib/postgresql/data' -c 'ENV LANG=C.UTF-8' \
  -c 'ENTRYPOINT ["/usr/local/entrypoint.sh"]' -c 'CMD ["postgres"]' -c 'EXPOSE 5432' -c 'USER postgres' \
  - "$IMAGE" >/dev/null
log "image $IMAGE built ($("$DOCKER" run --rm --entrypoint postgres "$IMAGE" --version))"
