#!/usr/bin/env bash
# Quick start, part one: set up, build the web app, serve build/web/dist at http://127.0.0.1:8080 (PORT=… to change).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash tools/build.sh web
exec node tools/serve.mjs build/web/dist "${PORT:-8080}"
