"""Build eval/dev5/figures.jsonl from the hand-written, marked texts in texts_*.txt.

A fifth tuning set for the figure extractor: longer regional-press and feature articles (6 to 12
sentences each). The span parser, the unit helper and the validator are copied from
eval/dev4/build.py (same inline-mark format), with the additions noted "dev5". They live beside
this file: vocab.py (word tables), marks.py (the inline-mark and span parser) and validate.py (the
checks); this file reads the texts, builds the records and writes them.

Texts live in eval/dev5/texts_*.txt (read in sorted order). A record is:

    ## Title
    body line(s)                      joined with a space
    • bullet line                      joined with a newline (a list inside the text)
    % extra negative | another        optional: negatives not marked inline

Inside the body, figures and negatives are marked inline, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2), stops on any error, and writes shuffled records (fixed
seed) with ids "m0001"..., plus an empty conflict.jsonl.

    python eval/dev5/build.py            # write figures.jsonl and validate it
    python eval/dev5/build.py --table    # also print all figures as a table
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # this folder, for vocab.py, marks.py and validate.py

from marks import render  # noqa: E402
from validate import _load, check_apart, validate_figures  # noqa: E402

# ------------------------------------------------------------------ build and write


def build_figures() -> list[dict]:
    records = []
    for title, marked, extra in FIGURES:
        text, figs, negs = render(marked)
        for n in extra:
            if n not in negs:
                negs.append(n)
        negs = list(dict.fromkeys(negs))
        records.append(
            {"id": None, "title": title, "text": text, "figures": figs, "negatives": negs}
        )
    return records


def assign_ids(records: list[dict], prefix: str, seed: int) -> list[dict]:
    rng = random.Random(seed)
    records = records[:]
    rng.shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = f"{prefix}{i:04d}"
    return records


def summary(recs: list[dict]) -> None:
    figs = [f for r in recs for f in r["figures"]]
    print(
        f"figures.jsonl: {len(recs)} texts, "
        f"{sum(bool(r['figures']) for r in recs)} with {len(figs)} figures, "
        f"{sum(not r['figures'] for r in recs)} without; "
        f"{sum(len(r['negatives']) for r in recs)} negatives "
        f"({sum(len(r['negatives']) for r in recs if not r['figures'])} in texts without figures)"
    )
    for field in ("category", "qualifier", "unit"):
        print(f"  {field}:", dict(Counter(f[field] for f in figs).most_common()))
    print(
        f"  vague {sum(f['vague'] for f in figs)}, projected {sum(f['projected'] for f in figs)}, "
        f"attributed {sum(f['attribution'] is not None for f in figs)} "
        f"(alts {sum('attribution_alts' in f for f in figs)}), implicit noun "
        f"{sum(f['noun'] is None for f in figs)}, number words "
        f"{sum(not re.search(r'[0-9]', f['text']) and not f['vague'] for f in figs)}"
    )
    print(
        f"  figures per text: max {max(len(r['figures']) for r in recs)}, "
        f"mean chars {sum(len(r['text']) for r in recs) // len(recs)}"
    )


def main() -> int:
    recs = build_figures()
    if not recs:
        print("ERROR no texts")
        return 1
    errs = validate_figures(recs) + check_apart(recs)
    if "--table" in sys.argv:
        for r in recs:
            print("##", r["title"])
            for f in r["figures"]:
                print(
                    f"   {f['text']!r:48} v={f['value']} [{f['low']},{f['high']}] {f['qualifier']}"
                    f"{' VAGUE' if f['vague'] else ''} {f['unit']} n={f['noun']} {f['category']}"
                    f"{' PROJ' if f['projected'] else ''} a={f['attribution']}"
                    f"{' alts=' + str(f['attribution_alts']) if 'attribution_alts' in f else ''}"
                )
            if r["negatives"]:
                print("   neg:", r["negatives"])
    for e in errs:
        print("ERROR", e)
    summary(recs)
    if errs:
        return 1
    recs = assign_ids(recs, "m", 55)
    path = HERE / "figures.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(path)  # re-read and re-validate what was written
    assert back == recs
    assert len({r["id"] for r in back}) == len(back)
    assert not validate_figures(back) and not check_apart(back)
    # bench/quality.py --set eval/dev5 opens conflict.jsonl too; this set has no conflict part, so
    # an empty file is written (the bench loads it as 0 texts and its conflict metrics are all 0)
    (HERE / "conflict.jsonl").write_text("", encoding="utf-8")
    print("written:", path, HERE / "conflict.jsonl", "(empty)")
    return 0


FIGURES: list[tuple[str, str, list[str]]] = []


def load_texts() -> None:
    """dev5: read the marked texts from texts_*.txt (sorted), see the module docstring."""
    for path in sorted(HERE.glob("texts_*.txt")):
        title: str | None = None
        body, negs = "", []

        def flush(path: Path, title: str | None, body: str, negs: list[str]) -> None:
            if title is not None:
                if not body.strip():
                    raise ValueError(f"{path.name}: empty text for {title!r}")
                FIGURES.append((title, body.strip(), negs))

        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("//"):
                continue
            if line.startswith("## "):
                flush(path, title, body, negs)
                title, body, negs = line[3:].strip(), "", []
            elif title is None:
                raise ValueError(f"{path.name}: text before the first title: {line!r}")
            elif line.startswith("% "):
                negs = [n.strip() for n in line[2:].split("|") if n.strip()]
            elif line.startswith("• "):
                body += "\n" + line
            else:
                body += (" " if body else "") + line
        flush(path, title, body, negs)


load_texts()

if __name__ == "__main__":
    sys.exit(main())
