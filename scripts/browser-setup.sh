#!/usr/bin/env bash
# Makes a headless browser available for the console's browser tests: Debian's chromium and
# chromium-driver (the driver's version always matches the browser's; nothing is downloaded at test
# time, so Selenium Manager never runs). Idempotent: installs only what is missing.
set -euo pipefail

log() { echo "browser-setup: $*" >&2; }

if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "chromium or chromium-driver is missing and we are not root: cannot install them"
    exit 1
  fi
  log "installing chromium and chromium-driver"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
log "$(/usr/bin/chromedriver --version | head -1) ready"
