#!/usr/bin/python3
"""Every character the app can draw must be in its font: fails the build with the list of those that are not.

The characters come from every string in assets/**/*.json (content, UI strings, parameters, sources) and from every
string literal in the C++ that draws or formats text (src/ui, src/core). Each must be both in every subset font file
(its cmap) and inside the glyph ranges the UI asks Dear ImGui to rasterise (src/ui/theme.cpp): a character missing
from either is drawn as "?".

usage: check_glyphs.py --assets DIR --sources DIR --ranges theme.cpp FONT.ttf...
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata

from fontTools.ttLib import TTFont

# Characters that never reach the screen as glyphs: line breaks and tabs (layout), soft hyphen and joiners.
IGNORED = {"\n", "\r", "\t", "\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff"}


def asset_chars(root, used):
    for path in sorted(glob.glob(os.path.join(root, "**", "*.json"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        rel = os.path.relpath(path, os.path.dirname(root.rstrip("/")))

        def walk(value, where):
            if isinstance(value, str):
                for ch in value:
                    used.setdefault(ch, f"{rel}: {where}")
            elif isinstance(value, dict):
                for k, v in value.items():
                    walk(v, f"{where}/{k}")
            elif isinstance(value, list):
                for i, v in enumerate(value):
                    walk(v, f"{where}/{i}")

        walk(data, "")


# A C++ string literal (with an optional u8/L/u/U prefix, not raw strings, which the project does not use for text).
LITERAL = re.compile(r'(?:u8|u|U|L)?"((?:[^"\\\n]|\\.)*)"')


def decode_cpp(body):
    """The characters of a C++ narrow/UTF-8 string literal's body (escapes decoded, UTF-8 bytes joined)."""
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        n = body[i + 1]
        if n == "x":
            m = re.match(r"[0-9a-fA-F]+", body[i + 2:])
            out.append(int(m.group(0), 16) & 0xFF)
            i += 2 + len(m.group(0))
        elif n in "uU":
            width = 4 if n == "u" else 8
            out += chr(int(body[i + 2:i + 2 + width], 16)).encode("utf-8")
            i += 2 + width
        elif n in "01234567":
            m = re.match(r"[0-7]{1,3}", body[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        else:
            out += {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(n, n).encode("utf-8")
            i += 2
    return out.decode("utf-8", errors="replace")


def strip_comments(text):
    """C++ source without // and /* */ comments, keeping string and character literals and line numbers."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def source_chars(root, used):
    files = []
    for sub in ("ui", "core"):
        for ext in ("cpp", "hpp"):
            files += glob.glob(os.path.join(root, sub, "**", "*." + ext), recursive=True)
    for path in sorted(files):
        with open(path, encoding="utf-8") as f:
            code = strip_comments(f.read())
        rel = os.path.relpath(path, os.path.dirname(root.rstrip("/")))
        for lineno, line in enumerate(code.split("\n"), 1):
            if line.lstrip().startswith("#include"):
                continue
            for m in LITERAL.finditer(line):
                for ch in decode_cpp(m.group(1)):
                    used.setdefault(ch, f"{rel}:{lineno}")


def imgui_ranges(theme_cpp):
    """The code point ranges of `glyph_ranges[]` in theme.cpp."""
    with open(theme_cpp, encoding="utf-8") as f:
        text = strip_comments(f.read())
    m = re.search(r"glyph_ranges\[\]\s*=\s*\{([^}]*)\}", text)
    if not m:
        sys.exit(f"check_glyphs: no glyph_ranges[] in {theme_cpp}")
    values = [int(v, 0) for v in re.findall(r"0x[0-9A-Fa-f]+|\d+", m.group(1))]
    if values and values[-1] == 0:
        values.pop()
    return [(values[i], values[i + 1]) for i in range(0, len(values) - 1, 2)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--assets", required=True)
    ap.add_argument("--sources", required=True)
    ap.add_argument("--ranges", required=True)
    ap.add_argument("--stamp")
    ap.add_argument("fonts", nargs="+")
    args = ap.parse_args()

    used = {}
    asset_chars(args.assets, used)
    source_chars(args.sources, used)
    chars = sorted(c for c in used if c not in IGNORED and unicodedata.category(c) not in ("Cc", "Cf"))

    ranges = imgui_ranges(args.ranges)
    problems = []
    for c in chars:
        cp = ord(c)
        where = []
        if not any(a <= cp <= b for a, b in ranges):
            where.append(f"glyph_ranges in {os.path.basename(args.ranges)}")
        for font in args.fonts:
            if cp not in cmaps(font):
                where.append(os.path.basename(font))
        if where:
            name = unicodedata.name(c, "?")
            problems.append(f"  U+{cp:04X} {c} {name}: missing from {', '.join(where)} (used in {used[c]})")
    if problems:
        print(f"check_glyphs: {len(problems)} character(s) the app can draw are not in its font; they would show as \"?\".")
        print("Add them to the font subset (tools/cmake/otbasy.cmake) and to glyph_ranges (src/ui/theme.cpp), or")
        print("change the text:")
        print("\n".join(problems))
        return 1
    print(f"check_glyphs: all {len(chars)} characters used by the assets and the UI are in the font")
    if args.stamp:
        with open(args.stamp, "w") as f:
            f.write("".join(chars))
    return 0


_cmaps = {}


def cmaps(font):
    if font not in _cmaps:
        _cmaps[font] = set(TTFont(font, lazy=True).getBestCmap())
    return _cmaps[font]


if __name__ == "__main__":
    sys.exit(main())
