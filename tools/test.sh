#!/usr/bin/env bash
# Quick start, part two: set up, build everything (native with sanitizers, web, fuzz) and run every test with CTest:
# GoogleTest suites, named legal cases, the wasm core tests under node, headless Chromium, bounded fuzz runs and
# the benchmarks. Exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
start=$(date +%s)
bash tools/build.sh all
# Chromium's sandbox-less headless mode and ASan both need room; the machine has 2 cores.
ctest --preset native -j "${OTBASY_JOBS:-2}" "$@"
echo "All tests passed in $(( $(date +%s) - start )) s (set-up, three builds and the run)."
