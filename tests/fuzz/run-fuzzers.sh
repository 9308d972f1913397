#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (CMake preset "fuzz", build/fuzz) and
# runs each for the given number of seconds (default 40; three targets share
# the two minutes of fuzzing a test run has). Fails when a target
# finds a crash, leak, timeout or out-of-memory; the input that triggered it is
# saved under build/fuzz/findings/ (reproduce: build/fuzz/tests/fuzz/<target> <file>).
#
# Usage: tests/fuzz/run-fuzzers.sh [seconds]
set -euo pipefail

seconds="${1:-40}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$root/build/fuzz"
cd "$root"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_csvreader fuzz_xlsxreader fuzz_workspace

mkdir -p "$build/findings"
status=0

# run <target> <seed folder> <max input length>
run() {
    local target="$1" seeds="$2" max_len="$3"
    local corpus="$build/corpus/$target" # grows between runs; the committed seeds stay as they are
    mkdir -p "$corpus"
    echo "== $target: ${seconds}s"
    if ! "$build/tests/fuzz/$target" "$corpus" "$root/tests/fuzz/corpus/$seeds" \
        -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$build/findings/$target-" -print_final_stats=1; then
        echo "!! $target failed; see $build/findings/" >&2
        status=1
    fi
}

run fuzz_csvreader csv 131072
run fuzz_xlsxreader xlsx 65536
# Workspace seeds are about 40 KB (512-byte pages); room to grow by a few pages.
run fuzz_workspace workspace 65536

exit "$status"
