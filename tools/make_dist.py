#!/usr/bin/env python3
"""Assembles dist/: the static site that a court's web server serves as it is.

What it writes:
- the shell from web/, app.js and app.wasm, one asset bundle per language, the subset fonts, and the static text
  version of the guide (dist/guide/, written by `otbasy-cli export-html`);
- every file except the entry points (index.html, sw.js, embed.js and the guide's HTML pages, whose addresses people
  and portals link to) under a content-hashed name, e.g. app.3f2a9c1b0d.wasm. A new build can never be served or
  cached in part under an old build's name, so a browser or a proxy holding old files can only ever run one whole
  version, and a host may cache hashed files for a year;
- index.html and the guide pages rewritten to those names; index.html also carries the name map (for the files the
  loader fetches itself) in <meta name="otbasy-files">;
- sw.js with the build id and every file's name, SHA-256 (its first 128 bits), size and group (shell, a language, the text guide), so the
  service worker can check each response before it keeps it;
- next to every compressible file, a .gz (zopfli) and a .br (brotli) copy for hosts that serve precompressed files.

One asset bundle per language (assets-kk.json, …) maps each asset path (relative to assets/) to its text, minified;
the app reads it through the same AssetReader paths as the CLI reads files on disk. In a language's bundle every
localized text {kk, ru, en} holds that language's text in all three places, so the loaders (which require all three)
stay unchanged while a first visit downloads one language only: gzip folds the copies to a few bytes. The UI string
catalogs (i18n/) are complete in every bundle. Switching language fetches the other bundle.
"""
import argparse
import base64
import concurrent.futures
import datetime
import hashlib
import json
import os
import pathlib
import posixpath
import re
import shutil
import subprocess
import sys


LANGS = ("kk", "ru", "en")
# Addresses that must not change between builds: the page itself, the service worker (browsers look for updates at
# its address), the embedding script portals link to, and the text guide's pages (deep links, bookmarks).
STABLE = {"index.html", "sw.js", "embed.js", "robots.txt"}
COMPRESSIBLE = {".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".webmanifest", ".ttf", ".txt"}
# References inside HTML, CSS and the web manifest that may point at a hashed file.
REFERENCE = re.compile(r'((?:href|src)=")([^"#?]+)(")|(url\()([^)#?"\']+)(\))|("src"\s*:\s*")([^"#?]+)(")')


def only(node, lang):
    """Every {kk, ru, en} text of `node` with `lang`'s text in all three places."""
    if isinstance(node, dict):
        if set(node) == set(LANGS) and all(isinstance(v, str) for v in node.values()):
            return {k: node[lang] for k in LANGS}
        return {k: only(v, lang) for k, v in node.items()}
    if isinstance(node, list):
        return [only(v, lang) for v in node]
    return node


def hashed_name(rel, data):
    """fonts/otbasy-sans-Bold.ttf → fonts/otbasy-sans-Bold.<10 hex digits of its SHA-256>.ttf"""
    stem, ext = posixpath.splitext(rel)
    return f"{stem}.{hashlib.sha256(data).hexdigest()[:10]}{ext}"


def rewrite_references(text, rel, renames):
    """Points every relative reference of the file `rel` that names a renamed file at its new name."""
    base = posixpath.dirname(rel)

    def sub(m):
        groups = [g for g in m.groups() if g is not None]
        before, target, after = groups
        if re.match(r"^[a-z][a-z0-9+.-]*:", target) or target.startswith("/"):
            return m.group(0)
        resolved = posixpath.normpath(posixpath.join(base, target))
        if resolved not in renames:
            return m.group(0)
        new = target[: len(target) - len(posixpath.basename(target))] + posixpath.basename(renames[resolved])
        return before + new + after

    return REFERENCE.sub(sub, text)


def group_of(rel):
    if rel.startswith("guide/"):
        return "guide"
    m = re.match(r"assets-([a-z]+)\.", rel)
    return "lang-" + m.group(1) if m else "shell"


def export_guide(cli, out, as_of):
    """The static text version: the CLI checks the content first and refuses content with errors."""
    run = subprocess.run([cli, "export-html", str(out), "--as-of", as_of, "--app-href", "../../"],
                         stdout=subprocess.DEVNULL)
    if run.returncode != 0:
        subprocess.run([cli, "guide", "lint"])
        sys.exit("the static guide was not written: the content has errors (above)")


def compress(path):
    """path.gz (zopfli) and path.br (brotli, best), both byte-for-byte decodable to path."""
    subprocess.run(["zopfli", "--i15", str(path)], check=True)
    subprocess.run(["brotli", "-q", "11", "-f", "-o", str(path) + ".br", str(path)], check=True)
    return path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--web", required=True)
    ap.add_argument("--assets", required=True)
    ap.add_argument("--app-js", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--fonts", nargs="+", required=True)
    ap.add_argument("--version", required=True)
    ap.add_argument("--cli", help="otbasy-cli, to write the static guide into dist/guide")
    ap.add_argument("--guide-from", help="copy an already written static guide instead of running the CLI")
    ap.add_argument("--as-of", default=datetime.date.today().isoformat(), help="the date of the guide's values")
    ap.add_argument("--as-of-file", help="a file holding that date (so that the build reruns when it changes)")
    ap.add_argument("--no-compress", action="store_true", help="skip the .gz and .br copies (tests of updates)")
    args = ap.parse_args()

    web, assets, out = pathlib.Path(args.web), pathlib.Path(args.assets), pathlib.Path(args.out)
    app_js = pathlib.Path(args.app_js)
    as_of = pathlib.Path(args.as_of_file).read_text().strip() if args.as_of_file else args.as_of
    out.mkdir(parents=True, exist_ok=True)
    for child in out.iterdir():
        if child.name == ".stamp":
            continue
        shutil.rmtree(child) if child.is_dir() else child.unlink()

    # Every file of the site by its plain name, as bytes.
    files = {}
    for f in sorted(web.iterdir()):
        if f.is_file() and f.name != "sw.js":
            files[f.name] = f.read_bytes()
    files["app.js"] = app_js.read_bytes()
    files["app.wasm"] = app_js.with_suffix(".wasm").read_bytes()
    for font in args.fonts:
        files["fonts/" + pathlib.Path(font).name] = pathlib.Path(font).read_bytes()

    # lint/ holds the content checker's house-style rules: the app never reads them.
    sources = {f.relative_to(assets).as_posix(): json.loads(f.read_text(encoding="utf-8"))
               for f in sorted(assets.rglob("*.json")) if not f.relative_to(assets).as_posix().startswith("lint/")}
    for lang in LANGS:
        bundle = {rel: json.dumps(data if rel.startswith("i18n/") else only(data, lang), ensure_ascii=False,
                                  separators=(",", ":"))
                  for rel, data in sources.items()}
        files[f"assets-{lang}.json"] = json.dumps(bundle, ensure_ascii=False, separators=(",", ":")).encode()
    if args.guide_from or args.cli:
        guide_dir = out / "guide"
        if args.guide_from:
            shutil.copytree(args.guide_from, guide_dir)
        else:
            export_guide(args.cli, guide_dir, as_of)
        for f in sorted(guide_dir.rglob("*")):
            if f.is_file():
                files["guide/" + f.relative_to(guide_dir).as_posix()] = f.read_bytes()
        shutil.rmtree(guide_dir)

    # Hash the files that reference nothing first, then those that reference them (manifest, css), then the pages.
    def is_stable(rel):
        return rel in STABLE or (rel.startswith("guide/") and rel.endswith(".html"))

    renames = {}
    referencing = [r for r in files if posixpath.splitext(r)[1] in (".webmanifest", ".css")]
    for rel in sorted(files):
        if not is_stable(rel) and rel not in referencing:
            renames[rel] = hashed_name(rel, files[rel])
    for rel in referencing:
        files[rel] = rewrite_references(files[rel].decode(), rel, renames).encode()
        if not is_stable(rel):
            renames[rel] = hashed_name(rel, files[rel])
    for rel in files:
        if rel.endswith(".html"):
            files[rel] = rewrite_references(files[rel].decode(), rel, renames).encode()

    # The loader fetches the bundles and fonts, and app.js the wasm, by plain name: index.html carries the map.
    loaded = {r: renames[r] for r in renames if r.startswith(("assets-", "fonts/")) or r == "app.wasm"}
    index = files["index.html"].decode()
    marker = '<meta name="otbasy-files" content="{}">'
    if marker not in index:
        sys.exit("web/index.html lacks " + marker)
    index = index.replace(marker, "<meta name=\"otbasy-files\" content='" +
                          json.dumps(loaded, separators=(",", ":"), sort_keys=True) + "'>")
    files["index.html"] = index.encode()

    served = {renames.get(rel, rel): data for rel, data in files.items()}
    digest = hashlib.sha256()
    for name in sorted(served):
        digest.update(name.encode() + b"\0" + hashlib.sha256(served[name]).digest())
    build = args.version + "-" + digest.hexdigest()[:12]
    files["index.html"] = files["index.html"].replace(b'<meta name="otbasy-build" content="dev">',
                                                      f'<meta name="otbasy-build" content="{build}">'.encode())
    served["index.html"] = files["index.html"]

    manifest = {}
    for name in sorted(served):
        if name in ("embed.js", "robots.txt"):
            continue  # not part of the app a visitor runs
        data = served[name]
        # The first 128 bits of the SHA-256 (base64): enough to tell any two builds' files apart, half the bytes.
        manifest[name] = {"sha256": base64.b64encode(hashlib.sha256(data).digest()[:16]).decode(), "size": len(data),
                          "group": group_of(name)}
    sw = (web / "sw.js").read_text(encoding="utf-8")
    sw = sw.replace("__OTBASY_BUILD__", build).replace("__OTBASY_FILES__", json.dumps(manifest, separators=(",", ":")))
    served["sw.js"] = sw.encode()

    for name, data in served.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    if not args.no_compress:
        todo = [out / n for n, d in served.items() if posixpath.splitext(n)[1] in COMPRESSIBLE and len(d) > 1024]
        # The largest first, two at a time (the machines that build this have two cores).
        todo.sort(key=lambda p: -p.stat().st_size)
        with concurrent.futures.ThreadPoolExecutor(max_workers=int(os.environ.get("OTBASY_JOBS", "2"))) as pool:
            list(pool.map(compress, todo))
    (out / "build.json").write_text(json.dumps({"build": build, "files": renames}, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
