#!/usr/bin/env python3
"""Assembles dist/: the static site that a court's web server serves as it is.

What it writes:
- the shell from web/, app.js and app.wasm, one asset bundle per language, the subset fonts, and the static text
  version of the guide (dist/guide/, written by `otbasy-cli export-html`);
- the documents' files fetched only when a document is opened, printed or saved: documents.json (templates, court
  list, form strings), the documents' engine (docs.js + docs.wasm), the zip module (zip.js + zip.wasm), and the
  print page's script and styles (documents.js, document.css), in their own group of the service worker's list;
- every file except the entry points (index.html, sw.js, embed.js and the guide's HTML pages, whose addresses people
  and portals link to) under a content-hashed name, e.g. app.3f2a9c1b0d.wasm. A new build can never be served or
  cached in part under an old build's name, so a browser or a proxy holding old files can only ever run one whole
  version, and a host may cache hashed files for a year;
- index.html and the guide pages rewritten to those names; index.html also carries the name map (for the files the
  loader fetches itself) in <meta name="otbasy-files">;
- sw.js with the build id and every file's name, SHA-256 (its first 128 bits), size and group (shell, a language, the text guide), so the
  service worker can check each response before it keeps it;
- the loader, app.js and sw.js minified (terser);
- next to every compressible file, a .gz (zopfli) and a .br (brotli) copy for hosts that serve precompressed files.

Two asset bundles per language, each mapping asset paths (relative to assets/) to their text, minified; the app
reads them through the same AssetReader paths as the CLI reads files on disk:
- assets-kk.json, what the first screen needs: the language's main UI catalog (i18n/kk.json) and guide/index.json,
  the topic index written here from the topic files (id, order, title, summary, start), from which the app lists
  the topics;
- assets-kk.content.json, the rest (the other UI catalogs, in every language, so that a later switch of language
  shows the new language's words at once; the guide's topics and glossary; the law's sources and parameters), which
  the loader fetches as main() starts and hands to the app after its first frame.
In a language's bundles every localized text {kk, ru, en} is written once, as {"*": text}, which the app's loaders
read as that text for every language (a source file in assets/ may not hold such a text: the build stops). A first
visit downloads and parses one language only. Switching language fetches the other language's two bundles.
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
# References inside HTML, CSS (url(x), url("x"), url('x')) and the web manifest that may point at a hashed file.
REFERENCE = re.compile(r'((?:href|src)=")([^"#?]+)(")|(url\()([^)#?"\']+)(\))|(url\(["\'])([^)#?"\']+)(["\']\))'
                       r'|("src"\s*:\s*")([^"#?]+)(")')


def only(node, lang):
    """Every {kk, ru, en} text of `node` as {"*": `lang`'s text}, which the app's loaders read as that text for every
    language (core/i18n/lang.cpp)."""
    if isinstance(node, dict):
        if set(node) == set(LANGS) and all(isinstance(v, str) for v in node.values()):
            return {"*": node[lang]}
        return {k: only(v, lang) for k, v in node.items()}
    if isinstance(node, list):
        return [only(v, lang) for v in node]
    return node


def without_notes(rel, data):
    """A parameter file without its sources' notes: they record where a value was read, for the people who keep the
    files (the CLI and the repository have them); the app never shows them, so a first visit does not download them."""
    if not rel.startswith("law/parameters/") or not isinstance(data, dict):
        return data
    values = [dict(v, source={k: x for k, x in v["source"].items() if k != "note"})
              if isinstance(v, dict) and isinstance(v.get("source"), dict) else v for v in data.get("values", [])]
    return dict(data, values=values)


# Fetched only when a person opens a document (documents.json, the engine), prints one (documents.js, document.css)
# or saves a .docx (the zip module): never on a first visit, and kept offline once used.
ON_DEMAND = ("documents.json", "docs.js", "docs.wasm", "zip.js", "zip.wasm", "documents.js", "document.css")


def is_lazy(rel):
    """Assets of the documents fetched on demand: every template, the court list and the form's strings (not the
    small links file and the menu strings, which the guide's results read to offer a document)."""
    return ((rel.startswith("documents/") and rel != "documents/links.json") or rel == "law/courts.json"
            or rel.startswith("i18n/documents/"))


def one_language_marks(node, where=""):
    """Paths of {"*": …} objects in a source file: only the bundles may hold them."""
    if isinstance(node, dict):
        found = [where] if "*" in node else []
        return found + [p for k, v in node.items() for p in one_language_marks(v, f"{where}.{k}")]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in one_language_marks(v, f"{where}[{i}]")]
    return []


# Terser (Debian's node-terser) run by node: the loader, app.js and the service worker, minified. The sources in web/
# stay as they are; only what is served is minified.
MINIFY = """
const { minify } = require("terser");
let src = "";
process.stdin.on("data", (d) => { src += d; }).on("end", async () => {
  const out = await minify(src, { compress: { passes: 2 }, mangle: true, format: { comments: false } });
  process.stdout.write(out.code);
});
"""
MINIFIED = {"loader.js", "app.js", "sw.js"}


def minify_js(data):
    env = dict(os.environ, NODE_PATH="/usr/share/nodejs")
    run = subprocess.run(["node", "-e", MINIFY], input=data, capture_output=True, env=env)
    if run.returncode != 0 or not run.stdout:
        sys.exit("minifying JavaScript failed (is node-terser installed? tools/setup.sh):\n" + run.stderr.decode())
    return run.stdout


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


def group_of(rel, on_demand=()):
    if rel.startswith("guide/"):
        return "guide"
    if posixpath.basename(rel).split(".")[0] + posixpath.splitext(rel)[1] in ON_DEMAND:
        return "documents"
    if rel in on_demand:
        return "on-demand"  # kept offline once the app has fetched it (web/sw.js), not before
    m = re.match(r"assets-([a-z]+)\.", rel)  # assets-kk.<hash>.json and assets-kk.content.<hash>.json
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
    ap.add_argument("--extra", nargs="*", default=[],
                    help="built files the app fetches on demand (the documents' and zip modules, the triage model): "
                         "hashed and named in the file map")
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
    for extra in args.extra:
        files[pathlib.Path(extra).name] = pathlib.Path(extra).read_bytes()
    for font in args.fonts:
        files["fonts/" + pathlib.Path(font).name] = pathlib.Path(font).read_bytes()

    # lint/ holds the content checker's house-style rules: the app never reads them.
    sources = {f.relative_to(assets).as_posix(): json.loads(f.read_text(encoding="utf-8"))
               for f in sorted(assets.rglob("*.json")) if not f.relative_to(assets).as_posix().startswith("lint/")}
    # The documents' templates and the court list are fetched when a document is first opened (documents.json, the
    # same for every language: documents are written in kk or ru whatever the app's language), not on a first visit.
    lazy = {rel: data for rel, data in sources.items() if is_lazy(rel)}
    # The engine writes citations in the document's language whatever the app's: it gets the whole sources.json.
    lazy["law/sources.json"] = sources["law/sources.json"]
    sources = {rel: data for rel, data in sources.items() if not is_lazy(rel)}
    files["documents.json"] = json.dumps(
        {rel: json.dumps(data, ensure_ascii=False, separators=(",", ":")) for rel, data in lazy.items()},
        ensure_ascii=False, separators=(",", ":")).encode()
    marked = [f"{rel}: {p or '(top)'}" for rel, data in sources.items() for p in one_language_marks(data)]
    if marked:
        sys.exit("texts in assets/ must give kk, ru and en; {\"*\": …} is for the bundles only:\n  " + "\n  ".join(marked))
    topic_ids = sources.get("guide/topics.json", {}).get("topics", [])
    index = {"schema": 1, "topics": [
        {key: sources[f"guide/{t}.json"].get(key) for key in ("topic", "order", "title", "summary", "start")}
        for t in topic_ids if f"guide/{t}.json" in sources]}
    for lang in LANGS:
        def text(rel, data):
            return json.dumps(data if rel.startswith("i18n/") else only(without_notes(rel, data), lang), ensure_ascii=False,
                              separators=(",", ":"))
        # The home screen's own strings: the main catalog, the situation box's and the documents' tile.
        first = {rel: text(rel, sources[rel])
                 for rel in (f"i18n/{lang}.json", f"i18n/triage/{lang}.json", f"i18n/documents_menu/{lang}.json")}
        first["guide/index.json"] = text("guide/index.json", index)
        rest = {rel: text(rel, data) for rel, data in sources.items() if rel not in first}
        for name, bundle in ((f"assets-{lang}.json", first), (f"assets-{lang}.content.json", rest)):
            files[name] = json.dumps(bundle, ensure_ascii=False, separators=(",", ":")).encode()
    for rel in MINIFIED & set(files):
        files[rel] = minify_js(files[rel])
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
    extras = {pathlib.Path(e).name for e in args.extra}
    loaded = {r: renames[r] for r in renames
              if r.startswith(("assets-", "fonts/")) or r == "app.wasm" or r in ON_DEMAND or r in extras}
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
                          "group": group_of(name, {renames.get(e, e) for e in extras})}
    sw = (web / "sw.js").read_text(encoding="utf-8")
    sw = sw.replace("__OTBASY_BUILD__", build).replace("__OTBASY_FILES__", json.dumps(manifest, separators=(",", ":")))
    served["sw.js"] = minify_js(sw.encode())

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
