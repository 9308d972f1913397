#!/usr/bin/env bash
# Installs what is missing, builds with tests (warnings are errors), runs every
# test offscreen, then fuzzes the file readers for a bounded time. Each step
# reports how long it took.
set -euo pipefail
cd "$(dirname "$0")"

step() {
    local started=$SECONDS
    "$@"
    echo "== '$*' took $(( SECONDS - started )) s"
}

step packaging/install-deps.sh
step cmake --preset ci
step cmake --build --preset ci --parallel "$(nproc)"
QT_QPA_PLATFORM=offscreen step ctest --preset ci --parallel "$(nproc)"

if [ -x tests/fuzz/run-fuzzers.sh ]; then
  step tests/fuzz/run-fuzzers.sh "${CXWB_FUZZ_SECONDS:-120}"
fi
