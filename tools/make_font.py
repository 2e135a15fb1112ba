#!/usr/bin/python3
"""Cuts a font down to the characters the app shows, and fills the few it lacks from other fonts of the same family.

Noto Sans has no minus sign (U+2212), arrows, ≤ ≥ or ⟦ ⟧; Noto Sans Math and Noto Sans Symbols 2 (same design
grid: 1000 units to the em) do. Each character of --unicodes is taken from the first font that has it: the base,
then each --extra in order. The result is one small TrueType file with no layout tables (Dear ImGui reads only
cmap, glyf, hmtx and the vertical metrics).

usage: make_font.py --base NotoSans-Bold.ttf --extra NotoSansMath-Regular.ttf ... --unicodes U+0020-007E,... --out F
"""
import argparse
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

DROP = ["DSIG", "GPOS", "GSUB", "GDEF", "MATH", "BASE", "JSTF", "kern", "morx", "feat"]


def parse_unicodes(spec):
    out = set()
    for part in spec.replace(" ", "").split(","):
        if not part:
            continue
        part = part.upper().replace("U+", "")
        if "-" in part:
            a, b = part.split("-")
            out.update(range(int(a, 16), int(b, 16) + 1))
        else:
            out.add(int(part, 16))
    return out


def cut(path, unicodes):
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.drop_tables += DROP
    options.notdef_outline = True
    options.name_IDs = ["*"]
    font = TTFont(path)
    sub = subset.Subsetter(options)
    sub.populate(unicodes=unicodes)
    sub.subset(font)
    return font


def transplant(base, donor, codepoints, tag):
    """Copies the glyphs of `codepoints` (with their components) from donor into base, under fresh names."""
    dglyf, dhmtx, dcmap = donor["glyf"], donor["hmtx"], donor.getBestCmap()
    bglyf, bhmtx = base["glyf"], base["hmtx"]
    order = base.getGlyphOrder()
    renamed = {}

    def copy(name):
        if name in renamed:
            return renamed[name]
        new = f"{tag}.{name}"
        renamed[name] = new
        glyph = dglyf[name]
        if glyph.isComposite():
            for comp in glyph.components:
                comp.glyphName = copy(comp.glyphName)
        bglyf.glyphs[new] = glyph
        bhmtx.metrics[new] = dhmtx.metrics[name]
        order.append(new)
        return new

    mapping = {cp: copy(dcmap[cp]) for cp in sorted(codepoints)}
    base.setGlyphOrder(order)
    bglyf.glyphOrder = order
    for table in base["cmap"].tables:
        if table.isUnicode():
            for cp, name in mapping.items():
                if table.format == 4 and cp > 0xFFFF:
                    continue
                table.cmap[cp] = name
    base["maxp"].numGlyphs = len(order)
    return mapping


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--extra", action="append", default=[])
    ap.add_argument("--unicodes", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    wanted = parse_unicodes(args.unicodes)
    base = cut(args.base, wanted)
    missing = wanted - set(base.getBestCmap())
    for i, path in enumerate(args.extra):
        if not missing:
            break
        have = missing & set(TTFont(path, lazy=True).getBestCmap())
        if not have:
            continue
        donor = cut(path, have)
        if donor["head"].unitsPerEm != base["head"].unitsPerEm:
            sys.exit(f"make_font: {path} has another em size than {args.base}")
        transplant(base, donor, have, f"x{i}")
        missing -= have
    # Characters no font has are reported by tools/check_glyphs.py when the app uses them; ranges are written
    # generously (whole blocks) so some holes are expected and harmless.
    base.save(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
