#!/usr/bin/env python3
"""What a visit downloads from dist/, file by file (raw, gzip as the .gz copy holds it, brotli), and the budgets.

- Before the first frame: the page, its styles, the loader, app.js, app.wasm, one language's bundle (kk, the
  largest), the fonts, the icon.
- Once the app is usable: the service worker and the web manifest.
- The offline copy beyond the current language, fetched in the background after the app is usable, and not at all
  when the browser asks to save data: the other two languages and the static text guide.

Exits 1 when the first visit (gzip) or the whole offline copy (gzip) passes its budget, or when dist/ itself (raw
bytes, without the .gz/.br copies) grows past its budget: the build stops there.

usage: size_report.py DIST [--first-visit-kib N] [--offline-kib N] [--dist-kib N]

The budgets below were set from the build of December 2026 (first visit 398.9 KiB gzip, whole offline copy
912.2 KiB gzip, dist/ 6,194 KiB raw) with a little room: the first visit may only go down from the 420 KiB guarded
before, the others may grow by about 7 % with new content before someone has to look.
"""
import argparse
import gzip
import json
import pathlib
import sys

BEFORE_FIRST_FRAME = ["index.html", "app.css", "loader.js", "app.js", "app.wasm", "assets-kk.json", "icon.svg",
                      "fonts/otbasy-sans-Regular.ttf", "fonts/otbasy-sans-Bold.ttf"]
AFTER_USABLE = ["sw.js", "manifest.webmanifest"]
OTHER_LANGUAGES = ["assets-ru.json", "assets-en.json"]


def sizes(dist, name):
    """(served name, raw, gzip, brotli) of a file by its plain name."""
    path = dist / name
    raw = path.read_bytes()
    gz_path, br_path = pathlib.Path(str(path) + ".gz"), pathlib.Path(str(path) + ".br")
    gz = gz_path.stat().st_size if gz_path.exists() else (len(gzip.compress(raw, 9)) if len(raw) > 1024 else len(raw))
    br = br_path.stat().st_size if br_path.exists() else gz
    return len(raw), gz, br


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dist")
    ap.add_argument("--first-visit-kib", type=float, default=420)
    ap.add_argument("--offline-kib", type=float, default=980)
    ap.add_argument("--dist-kib", type=float, default=6650)
    args = ap.parse_args()
    dist = pathlib.Path(args.dist)
    build = json.loads((dist / "build.json").read_text()) if (dist / "build.json").exists() else {"files": {}}
    served = build["files"]

    def served_name(plain):
        return served.get(plain, plain)

    failed = []

    def table(title, names):
        total = [0, 0, 0]
        print(f"\n{title}")
        print(f"  {'file':44} {'raw bytes':>10} {'gzip':>9} {'brotli':>9}")
        for plain in names:
            name = served_name(plain)
            raw, gz, br = sizes(dist, name)
            total = [total[0] + raw, total[1] + gz, total[2] + br]
            print(f"  {name:44} {raw:10} {gz:9} {br:9}")
        print(f"  {'total':44} {total[0]:10} {total[1]:9} {total[2]:9}  ({total[1] / 1024:.1f} KiB gzip)")
        return total

    first = table("Before the first frame (a first visit in Kazakh, the largest language):", BEFORE_FIRST_FRAME)
    after = table("Once the app is usable:", AFTER_USABLE)
    guide = sorted(p.relative_to(dist).as_posix() for p in (dist / "guide").rglob("*")
                   if p.is_file() and p.suffix not in (".gz", ".br")) if (dist / "guide").is_dir() else []
    extra = table("The offline copy beyond the current language (in the background; skipped to save data):",
                  OTHER_LANGUAGES + guide) if guide else table("Other languages:", OTHER_LANGUAGES)
    whole = [first[i] + after[i] + extra[i] for i in range(3)]
    print(f"\nA first visit with the service worker downloads {whole[1]} B gzip in all "
          f"({first[1]} before the first frame, {after[1]} once usable, {extra[1]} for the rest of the offline copy).")

    raw_dist = sum(p.stat().st_size for p in dist.rglob("*") if p.is_file() and p.suffix not in (".gz", ".br"))
    print(f"dist/ holds {raw_dist} B without its .gz/.br copies.")

    for label, value, budget in (("first visit (gzip)", first[1], args.first_visit_kib),
                                 ("whole offline copy (gzip)", whole[1], args.offline_kib),
                                 ("dist/ (raw)", raw_dist, args.dist_kib)):
        if budget:
            share = 100 * value / 1024 / budget
            print(f"budget {label}: {value / 1024:.1f} KiB of {budget:.0f} KiB ({share:.0f} %)")
            if value / 1024 > budget:
                failed.append(label)
    if failed:
        print("OVER BUDGET: " + ", ".join(failed) + ". Make it smaller, or raise the budget at the top of "
              "tools/size_report.py with the reason in the commit.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
