#!/usr/bin/env python3
"""Assembles dist/: the static site (web/ shell, app.js, app.wasm, the asset bundles, the fonts, the service worker).

One asset bundle per language (assets-kk.json, …) maps each asset path (relative to assets/) to its text, minified;
the app reads it through the same AssetReader paths as the CLI reads files on disk. In a language's bundle every
localized text {kk, ru, en} holds that language's text in all three places, so the loaders (which require all three)
stay unchanged while a first visit downloads one language only: gzip folds the copies to a few bytes. The UI string
catalogs (i18n/) are complete in every bundle. Switching language fetches the other bundle.
"""
import argparse
import hashlib
import json
import pathlib
import shutil


LANGS = ("kk", "ru", "en")


def only(node, lang):
    """Every {kk, ru, en} text of `node` with `lang`'s text in all three places."""
    if isinstance(node, dict):
        if set(node) == set(LANGS) and all(isinstance(v, str) for v in node.values()):
            return {k: node[lang] for k in LANGS}
        return {k: only(v, lang) for k, v in node.items()}
    if isinstance(node, list):
        return [only(v, lang) for v in node]
    return node


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--web", required=True)
    ap.add_argument("--assets", required=True)
    ap.add_argument("--app-js", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--fonts", nargs="+", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--extra", nargs="*", default=[], help="files the app fetches on demand, copied as they are")
    args = ap.parse_args()

    web, assets, out = pathlib.Path(args.web), pathlib.Path(args.assets), pathlib.Path(args.out)
    app_js = pathlib.Path(args.app_js)
    keep = {"guide"}  # written by otbasy-cli export-html, not by this script
    out.mkdir(parents=True, exist_ok=True)
    for child in out.iterdir():
        if child.name in keep or child.name == ".stamp":
            continue
        shutil.rmtree(child) if child.is_dir() else child.unlink()

    for f in web.iterdir():
        if f.is_file() and f.name != "sw.js":
            shutil.copy2(f, out / f.name)
    shutil.copy2(app_js, out / "app.js")
    shutil.copy2(app_js.with_suffix(".wasm"), out / "app.wasm")
    for extra in args.extra:
        shutil.copy2(extra, out / pathlib.Path(extra).name)
    (out / "fonts").mkdir(exist_ok=True)
    for font in args.fonts:
        shutil.copy2(font, out / "fonts" / pathlib.Path(font).name)

    sources = {f.relative_to(assets).as_posix(): json.loads(f.read_text(encoding="utf-8"))
               for f in sorted(assets.rglob("*.json"))}
    for lang in LANGS:
        bundle = {rel: json.dumps(data if rel.startswith("i18n/") else only(data, lang), ensure_ascii=False,
                                  separators=(",", ":"))
                  for rel, data in sources.items()}
        (out / f"assets-{lang}.json").write_text(json.dumps(bundle, ensure_ascii=False, separators=(",", ":")),
                                                 encoding="utf-8")

    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and p.name != ".stamp"
                   and not p.relative_to(out).as_posix().startswith("guide/"))
    digest = hashlib.sha256()
    for rel in files:
        digest.update(rel.encode())
        digest.update((out / rel).read_bytes())
    build = args.version + "-" + digest.hexdigest()[:12]
    precache = ["./"] + files
    sw = (web / "sw.js").read_text(encoding="utf-8")
    sw = sw.replace("__OTBASY_BUILD__", build).replace("__OTBASY_FILES__", json.dumps(precache))
    (out / "sw.js").write_text(sw, encoding="utf-8")


if __name__ == "__main__":
    main()
