#!/usr/bin/env python3
"""What app.wasm is made of: its sections, its largest functions, and code bytes by origin (Dear ImGui, libc++,
nlohmann/json, our core and ui, …).

Function names come from the wasm's own name section when it has one (a `--profiling-funcs` build), else from the
symbol map the web build writes beside app.js (`--emit-symbol-map`: app.js.symbols, "index:name" per line), which
leaves the shipped wasm unchanged. Names are demangled with c++filt when it is there.

usage: wasm_sizes.py APP.wasm [--symbols APP.js.symbols] [--top N]
"""
import argparse
import collections
import pathlib
import re
import shutil
import subprocess
import sys

SECTIONS = {1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global", 7: "export", 8: "start",
            9: "elem", 10: "code", 11: "data", 12: "datacount"}


def leb(b, i):
    result = shift = 0
    while True:
        x = b[i]
        i += 1
        result |= (x & 0x7F) << shift
        shift += 7
        if x < 0x80:
            return result, i


def read_wasm(data):
    """(sections [(name, size)], imported function count, code section (offset, size), names {index: name})"""
    if data[:4] != b"\0asm":
        sys.exit("not a wasm file")
    i, sections, names, imported, code = 8, [], {}, 0, None
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        start = i
        if sid == 0:
            n, j = leb(data, i)
            name = data[j:j + n].decode()
            sections.append(("custom:" + name, size))
            if name == "name":
                j += n
                while j < start + size:
                    sub = data[j]
                    sub_size, j = leb(data, j + 1)
                    end = j + sub_size
                    if sub == 1:
                        count, j = leb(data, j)
                        for _ in range(count):
                            idx, j = leb(data, j)
                            n, j = leb(data, j)
                            names[idx] = data[j:j + n].decode("utf-8", "replace")
                            j += n
                    j = end
        else:
            sections.append((SECTIONS.get(sid, str(sid)), size))
            if sid == 2:
                count, j = leb(data, i)
                for _ in range(count):
                    n, j = leb(data, j)
                    j += n
                    n, j = leb(data, j)
                    j += n
                    kind = data[j]
                    j += 1
                    if kind == 0:
                        _, j = leb(data, j)
                        imported += 1
                    elif kind == 1:
                        j += 1
                        flags, j = leb(data, j)
                        _, j = leb(data, j)
                        if flags & 1:
                            _, j = leb(data, j)
                    elif kind == 2:
                        flags = data[j]
                        _, j = leb(data, j + 1)
                        if flags & 1:
                            _, j = leb(data, j)
                    elif kind == 3:
                        j += 2
            if sid == 10:
                code = (i, size)
        i = start + size
    return sections, imported, code, names


def demangle(names):
    tool = shutil.which("c++filt")
    keys = list(names)
    if not tool or not keys:
        return names
    out = subprocess.run([tool], input="\n".join(names[k] for k in keys), capture_output=True, text=True).stdout
    lines = out.split("\n")
    return {k: (lines[n] if n < len(lines) and lines[n] else names[k]) for n, k in enumerate(keys)}


def origin(name):
    if name.startswith("nlohmann"):
        return "nlohmann/json"
    if name.startswith(("ImGui", "Im", "stb", "ImFont")) or "ImGui" in name[:40] or name.startswith("stbtt"):
        return "Dear ImGui + stb"
    for prefix, label in (("otbasy::core::guide", "core: guide"), ("otbasy::core::alimony", "core: alimony"),
                          ("otbasy::core::law", "core: law"), ("otbasy::core::i18n", "core: i18n"),
                          ("otbasy::core", "core: other"), ("otbasy::ui", "ui"), ("otbasy::platform", "platform"),
                          ("(anonymous namespace)::on_", "platform"), ("std::", "libc++")):
        if name.startswith(prefix):
            return label
    if "otbasy" in name:
        return "ours, other"
    if name.startswith("f") and name[1:].isdigit():
        return "(no name)"
    return "libc, emscripten, printf, malloc"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("wasm")
    ap.add_argument("--symbols", help="the symbol map written by --emit-symbol-map (default: APP.js.symbols beside it)")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    wasm = pathlib.Path(args.wasm)
    sections, imported, code, names = read_wasm(wasm.read_bytes())
    symbols = pathlib.Path(args.symbols) if args.symbols else wasm.with_suffix(".js.symbols")
    if not names and symbols.exists():
        for line in symbols.read_text().splitlines():
            idx, _, name = line.partition(":")
            if idx.isdigit():  # the map escapes what is not a plain identifier: \28 is "("
                names[int(idx)] = re.sub(r"\\([0-9a-f]{2})", lambda m: chr(int(m.group(1), 16)), name)
    names = demangle(names)
    data = wasm.read_bytes()
    print(f"{wasm.name}: {len(data)} bytes")
    for name, size in sections:
        print(f"  section {name:24} {size:9}")
    if not code:
        return 0
    i, _ = code
    count, i = leb(data, i)
    funcs = []
    for k in range(count):
        size, j = leb(data, i)
        funcs.append((size + (j - i), names.get(imported + k, f"f{imported + k}")))
        i = j + size
    total = sum(s for s, _ in funcs)
    print(f"\n{count} functions, {total} code bytes. The largest:")
    for size, name in sorted(funcs, reverse=True)[:args.top]:
        print(f"  {size:8}  {name[:110]}")
    groups = collections.Counter()
    for size, name in funcs:
        groups[origin(name)] += size
    print("\nCode bytes by origin:")
    for label, size in groups.most_common():
        print(f"  {label:34} {size:8}  {100 * size / total:5.1f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
