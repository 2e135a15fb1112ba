#!/usr/bin/env python3
"""Prints what a first visit downloads from dist/ before the app's first frame (raw and gzip -9, as tools/serve.mjs
sends it; one language's asset bundle) and fails when that transfer exceeds the budget. Then what the service worker
fetches afterwards, in the background, for offline use (the other languages). The static text version (dist/guide/)
is not part of a visit of the app."""
import gzip
import pathlib
import sys

FIRST_VISIT = ["index.html", "app.css", "loader.js", "app.js", "app.wasm", "assets-kk.json", "icon.svg",
               "manifest.webmanifest", "fonts/otbasy-sans-Regular.ttf", "fonts/otbasy-sans-Bold.ttf", "sw.js"]
BACKGROUND = ["assets-ru.json", "assets-en.json"]
# Fetched only when a person opens a document (templates, court list), prints one, or saves a .docx (zip module).
ON_DEMAND = ["documents.json", "documents.js", "document.css", "docs.js", "docs.wasm", "zip.js", "zip.wasm"]


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
    bg = sum(len(gzip.compress((dist / n).read_bytes(), 9)) for n in BACKGROUND)
    print(f"{'offline precache, in the background':34} {'':10} {bg:10}  (the other two languages, after the first frame)")
    on_demand = [n for n in ON_DEMAND if (dist / n).is_file()]
    od = sum(len(gzip.compress((dist / n).read_bytes(), 9)) for n in on_demand)
    print(f"{'documents, on demand':34} {'':10} {od:10}  ({', '.join(on_demand)}: only when a document is opened or saved)")
    guide = dist / "guide"
    if guide.is_dir():
        files = [p for p in guide.rglob("*") if p.is_file()]
        print(f"static guide: {len(files)} files, {sum(p.stat().st_size for p in files)} bytes (not downloaded by the app)")
    return 0 if total_gz / 1024 <= budget_kb else 1


if __name__ == "__main__":
    sys.exit(main())
