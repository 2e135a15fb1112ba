#!/usr/bin/python3
"""Spelling check of every Kazakh and Russian text a person reads, with Debian's hunspell dictionaries.

What is read: every localized text ({"kk": …, "ru": …, "en": …}) in assets/ (guide topics, glossary, law titles,
parameter titles, documents) and every UI string in assets/i18n/**/<lang>.json, as the reader sees them: a glossary
mark [[id|words]] is read as its words; a parameter mark {p:…} and a UI placeholder {name} are left out. Latin-script
words (addresses such as egov.kz, key names) are outside the kk_KZ and ru_RU dictionaries and are not checked here.
assets/triage/ (search training phrases, misspelt on purpose) and assets/lint/ are not read.

A word hunspell does not know must be in the project word list, tools/spelling/<lang>.words: one word per line,
"#" starts a comment. The Kazakh dictionary knows few inflected forms, so its list holds the forms the texts use,
each checked by hand; a new form needs the same care before it goes in. Matching ignores the case of the first
letter (a word that starts a sentence).

Usage:
  check.py --lang kk|ru [--assets DIR]      check the content; exit 1 and list every unknown word with its places
  check.py --lang kk|ru --text FILE         check one plain text file instead (for tests)
  check.py --self-test                      show that known slips are caught and that correct text passes
"""
import argparse
import json
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DICTS = {"kk": "kk_KZ", "ru": "ru_RU"}
SKIP_DIRS = ("triage/", "lint/")

MARK_TERM = re.compile(r"\[\[[a-z0-9_]+\|([^\]]*)\]\]")
MARK_PARAM = re.compile(r"\{p:[^}]*\}")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]+\}")
LATIN = re.compile(r"[A-Za-z0-9_./:@%+-]*[A-Za-z][A-Za-z0-9_./:@%+-]*")


def as_read(text):
    text = MARK_TERM.sub(r"\1", text)
    text = MARK_PARAM.sub(" ", text)
    text = PLACEHOLDER.sub(" ", text)
    return LATIN.sub(" ", text)


def localized_texts(node, path, lang, out):
    if isinstance(node, dict):
        if {"kk", "ru", "en"} <= node.keys() and all(isinstance(node[k], str) for k in ("kk", "ru", "en")):
            out.append((path, node[lang]))
            return
        for key, value in node.items():
            localized_texts(value, f"{path}.{key}" if path else key, lang, out)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            tag = value.get("id") if isinstance(value, dict) and isinstance(value.get("id"), str) else str(i)
            localized_texts(value, f"{path}[{tag}]", lang, out)


def content(assets, lang):
    """(place, text as read) for every text in `lang`."""
    out = []
    for f in sorted(assets.rglob("*.json")):
        rel = f.relative_to(assets).as_posix()
        if rel.startswith(SKIP_DIRS):
            continue
        data = json.loads(f.read_text(encoding="utf-8"))
        if rel.startswith("i18n/"):
            if f.name == f"{lang}.json":
                out += [(f"{rel}:{k}", v) for k, v in data.get("strings", {}).items()]
            continue
        texts = []
        localized_texts(data, "", lang, texts)
        out += [(f"{rel}:{p}", t) for p, t in texts]
    return [(p, as_read(t)) for p, t in out]


def word_list(lang):
    words = set()
    path = HERE / f"{lang}.words"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line)
    return words


def unknown_to_hunspell(texts, lang):
    env = dict(os.environ, LC_ALL="C.UTF-8")
    run = subprocess.run(["hunspell", "-d", DICTS[lang], "-i", "utf-8", "-l"], input="\n".join(texts),
                         capture_output=True, text=True, encoding="utf-8", env=env)
    if run.returncode != 0:
        sys.exit(f"spelling: hunspell failed: {run.stderr.strip()}")
    return set(w for w in run.stdout.split("\n") if w)


def known(word, words):
    return word in words or (word[:1].lower() + word[1:]) in words


def check(items, lang):
    """The unknown words: {word: [places]}."""
    words = word_list(lang)
    flagged = unknown_to_hunspell([t for _, t in items], lang)
    bad = {w: [] for w in flagged if not known(w, words)}
    if bad:
        pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(bad, key=len, reverse=True)) +
                             r")(?![\w])")
        for place, text in items:
            for m in pattern.finditer(text):
                bad[m.group(1)].append(place)
    return bad


def report(bad, lang):
    for word in sorted(bad):
        places = bad[word]
        more = f" (+{len(places) - 3} more)" if len(places) > 3 else ""
        print(f"{lang}: «{word}» is not in the {DICTS[lang]} dictionary nor in tools/spelling/{lang}.words: "
              f"{', '.join(places[:3])}{more}")


def self_test():
    """Slips found in real reviews of this content must be reported; the corrected sentences must pass."""
    cases = [
        ("kk", "Баланы бірге бағқаныңызды көрсететін құжаттар.", {"бағқаныңызды"}),
        ("kk", "Бұрынғы отбасыдағы бала мен жаңа отбасыдағы баланың құқығы бірдей.", {"отбасыдағы"}),
        ("kk", "Егер жаңа балаға да алимент өндіріліп алынса, шектен аспайды.", {"өндіріліп"}),
        ("ru", "Суд учитывает мнение рибенка и его интерессы.", {"рибенка", "интерессы"}),
        ("kk", "Ол баланы асырағанын көрсететін құжаттар.", set()),
        ("kk", "Бұрынғы отбасындағы бала мен жаңа отбасындағы баланың құқығы бірдей.", set()),
        ("ru", "Суд учитывает мнение ребенка и его интересы.", set()),
    ]
    failed = 0
    for lang, text, expected in cases:
        got = set(check([("self-test", as_read(text))], lang))
        if got != expected:
            failed += 1
            print(f"self-test FAILED ({lang}): {text!r}: expected {sorted(expected)}, got {sorted(got)}")
    print(f"spelling self-test: {len(cases) - failed} of {len(cases)} cases as expected")
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=sorted(DICTS))
    ap.add_argument("--assets", default=str(ROOT / "assets"))
    ap.add_argument("--text")
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    if not args.lang:
        ap.error("--lang is required")
    if args.text:
        items = [(args.text, as_read(pathlib.Path(args.text).read_text(encoding="utf-8")))]
    else:
        items = content(pathlib.Path(args.assets), args.lang)
    bad = check(items, args.lang)
    report(bad, args.lang)
    listed = len(word_list(args.lang))
    print(f"spelling {args.lang}: {len(items)} texts, {listed} words in the project list, {len(bad)} unknown")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
