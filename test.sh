#!/usr/bin/env bash
# Installs what is missing, builds with tests (warnings are errors), runs every
# test offscreen, then fuzzes the file readers for a bounded time.
set -euo pipefail
cd "$(dirname "$0")"

packaging/install-deps.sh
cmake --preset ci
cmake --build --preset ci --parallel "$(nproc)"
QT_QPA_PLATFORM=offscreen ctest --preset ci --parallel "$(nproc)"

if [ -x tests/fuzz/run-fuzzers.sh ]; then
  tests/fuzz/run-fuzzers.sh "${CXWB_FUZZ_SECONDS:-120}"
fi
