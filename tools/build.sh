#!/usr/bin/env bash
# Builds what is asked: `web` (the app in build/web/dist, with the static text version in dist/guide/),
# `native` (CLI + tests, sanitizers), `fuzz` (libFuzzer targets), `bench` (the page benchmark's baseline), or
# `all`. Runs the set-up first.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash tools/setup.sh
export NODE_PATH=/usr/share/nodejs
jobs=${OTBASY_JOBS:-2}

build_native() { cmake --preset native >/dev/null && cmake --build --preset native -j "$jobs" "$@"; }
build_web() {
  build_native --target otbasy-cli
  # The date the static guide (dist/guide/, written by the CLI from make_dist.py) shows its values for: rewritten
  # only when the day changed, so that dist/ is assembled again once a day, not on every build.
  mkdir -p build/web
  today=$(date -u +%F)
  [ "$(cat build/web/as-of.txt 2>/dev/null)" = "$today" ] || echo "$today" > build/web/as-of.txt
  cmake --preset web >/dev/null && cmake --build --preset web -j "$jobs"
  # The size budgets (tools/size_report.py): a dist/ that grew past them stops the build here.
  python3 tools/size_report.py build/web/dist > build/web/size-report.txt \
    || { cat build/web/size-report.txt; exit 1; }
}
build_fuzz() { cmake --preset fuzz >/dev/null && cmake --build --preset fuzz -j "$jobs"; }
# The page benchmark's baseline: Dear ImGui's own demo, from the same sources and the same Emscripten.
build_bench() { cmake --preset web >/dev/null && cmake --build --preset web -j "$jobs" --target imgui_demo; }

for what in "${@:-all}"; do
  case "$what" in
    native) build_native ;;
    web) build_web ;;
    fuzz) build_fuzz ;;
    bench) build_bench ;;
    all) build_native; build_web; build_fuzz; build_bench ;;
    *) echo "usage: tools/build.sh [native|web|fuzz|bench|all]..." >&2; exit 2 ;;
  esac
done
