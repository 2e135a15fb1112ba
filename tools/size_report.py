#!/usr/bin/env python3
"""Prints what a first visit downloads from dist/ (raw and gzip -9, as tools/serve.mjs sends it) and fails when the
total transfer exceeds the budget. The static text version (dist/guide/) is not part of a first visit."""
import gzip
import pathlib
import sys

FIRST_VISIT = ["index.html", "app.css", "loader.js", "app.js", "app.wasm", "assets.json", "icon.svg",
               "manifest.webmanifest", "fonts/otbasy-sans-Regular.ttf", "fonts/otbasy-sans-Bold.ttf", "sw.js"]


def main():
    dist = pathlib.Path(sys.argv[1])
    budget_kb = float(sys.argv[2]) if len(sys.argv) > 2 else 350.0
    total_raw = total_gz = 0
    print(f"{'file':34} {'raw bytes':>10} {'gzip bytes':>10}")
    for name in FIRST_VISIT:
        data = (dist / name).read_bytes()
        gz = len(gzip.compress(data, 9)) if len(data) > 1024 else len(data)
        total_raw += len(data)
        total_gz += gz
        print(f"{name:34} {len(data):10} {gz:10}")
    print(f"{'first visit total':34} {total_raw:10} {total_gz:10}  ({total_gz / 1024:.1f} KiB transferred, "
          f"budget {budget_kb:.0f} KiB, {100 * total_gz / 1024 / budget_kb:.0f} % of it)")
    guide = dist / "guide"
    if guide.is_dir():
        files = [p for p in guide.rglob("*") if p.is_file()]
        print(f"static guide: {len(files)} files, {sum(p.stat().st_size for p in files)} bytes (not downloaded by the app)")
    return 0 if total_gz / 1024 <= budget_kb else 1


if __name__ == "__main__":
    sys.exit(main())
