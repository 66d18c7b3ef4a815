#!/usr/bin/env bash
# Runs every test of the project. Sets up what the tests need on a fresh Debian machine first.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -ntp verify "$@"
