#!/usr/bin/env python3
"""Opens the .docx that `otbasy-cli document` writes for one case of tests/cases/documents/ with an independent
reader (Debian's python3-docx) and checks it: an A4 page, Times New Roman, the title in bold, every text the case
expects in its blocks (names, ИИН, amounts, dates) somewhere in the paragraphs or tables, a table when the document
has one. A case that expects errors must make the CLI exit 2 with exactly those fields.

usage: check_docx.py OTBASY_CLI CASE.json"""
import io
import json
import subprocess
import sys

import docx
from docx.shared import Mm


def plain(s):
    return s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")


def main():
    cli, case_path = sys.argv[1], sys.argv[2]
    case = json.load(open(case_path, encoding="utf-8"))
    run = subprocess.run([cli, "document", case["type"], "--lang", case["lang"], "--format", "docx", "-"],
                         input=json.dumps(case["input"]).encode(), capture_output=True)
    expect = case["expect"]
    problems = []
    if "errors" in expect:
        if run.returncode != 2:
            problems.append(f"expected exit 2, got {run.returncode}")
        else:
            got = sorted((e["field"], e["code"]) for e in json.loads(run.stdout)["errors"])
            want = sorted((e["field"], e["code"]) for e in expect["errors"])
            if got != want:
                problems.append(f"errors {got} != {want}")
    elif run.returncode != 0:
        problems.append(f"exit {run.returncode}: {run.stdout[:400]!r} {run.stderr[:400]!r}")
    else:
        d = docx.Document(io.BytesIO(run.stdout))
        section = d.sections[0]
        if abs(section.page_width - Mm(210)) > Mm(1) or abs(section.page_height - Mm(297)) > Mm(1):
            problems.append(f"page {section.page_width.mm:.0f}×{section.page_height.mm:.0f} mm is not A4")
        if d.styles["Normal"].font.name != "Times New Roman":
            problems.append(f"font {d.styles['Normal'].font.name}")
        texts = [plain(p.text) for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                texts.extend(plain(c.text) for c in row.cells)
        whole = "\n".join(texts)
        titles = [p for p in d.paragraphs if p.style.name == "Otbasy Title"]
        if not titles or not any(r.bold or p.style.font.bold for p in titles for r in p.runs):
            problems.append("no bold title")
        for block, wanted in expect.get("blocks", {}).items():
            for w in wanted:
                if plain(w) not in whole:
                    problems.append(f"{block}: \"{w}\" is not in the .docx")
        if "appendix.table" in expect.get("blocks", {}) and not d.tables:
            problems.append("the arrears table is missing")
        if d.core_properties.author:
            problems.append("the file names an author")
    for p in problems:
        print(f"FAIL {case['name']}: {p}")
    if not problems:
        print(f"ok {case['name']}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
