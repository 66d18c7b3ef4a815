#!/usr/bin/env bash
# Runs every test of the project. First makes sure what the tests need is there: a Docker engine
# and the local test images (scripts/docker-setup.sh), and a headless Chromium with its driver for the
# console's browser tests (scripts/browser-setup.sh). Embedded PostgreSQL comes from Maven Central.
#
# With CI=true a missing prerequisite is fatal. Elsewhere the Docker and browser tests skip loudly instead.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! scripts/docker-setup.sh; then
  if [ "${CI:-}" = "true" ]; then
    echo "test-all: Docker could not be set up and CI=true: failing" >&2
    exit 1
  fi
  echo "test-all: WARNING: Docker could not be set up; the Docker tests will be skipped" >&2
fi

if ! scripts/browser-setup.sh; then
  if [ "${CI:-}" = "true" ]; then
    echo "test-all: Chromium could not be set up and CI=true: failing" >&2
    exit 1
  fi
  echo "test-all: WARNING: Chromium could not be set up; the browser tests will be skipped" >&2
fi

./mvnw -B -ntp verify "$@"
