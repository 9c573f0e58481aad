"""Build eval/dev8/figures.jsonl from the hand-written texts in the texts_*.py modules.

An eighth tuning set for the figure extractor, in the style of broadcast and short-form news as
it reaches feeds: radio and TV bulletin scripts, podcast and interview transcripts, one- or
two-sentence feed summaries, headline-style items, posts by officials and agencies on X and
Telegram, tickers and numbered lists of updates, photo and video captions, corrections and
updates, fact-check items, and human-interest pieces where numbers appear in speech.

The span parser, the unit helper and the validator are copied from eval/dev6/build.py (same
inline-mark format, itself copied from eval/dev4). Changes for dev8 are marked "dev8" in the
code: a line break also ends a "sentence" for the attribution check (tickers, lists and posts
have lines without a full stop), a few more qualifier words ("maybe", "perhaps", "less than",
"at most", "just over"), a few more nouns for units, and the cross-set check also covers
eval/dev5 and eval/dev6.

They live beside this file: vocab.py (word tables), marks.py (the inline-mark and span parser, and
F, which registers a text), validate.py (the checks) and the texts in
texts_bulletins_posts_tickers.py, texts_transcripts_captions_checks.py,
texts_summaries_bulletins_posts_2.py, texts_long_bulletins_lists_2.py,
texts_posts_captions_checks_3.py and texts_batch8_no_figure.py (imported below, in that order, so
the build is deterministic); this file builds the records and writes them. Split from one build.py,
unchanged.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 8) with ids
"q0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev8/build.py            # write figures.jsonl and validate it
    python eval/dev8/build.py --table    # also print all figures as a table
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # this folder, for vocab.py, marks.py, validate.py and the texts

from marks import FIGURES, render  # noqa: E402
from validate import _load, check_apart, validate_figures  # noqa: E402

# The texts modules register their texts with F as they are imported: their order is the set's.
# isort: off
import texts_bulletins_posts_tickers  # noqa: E402,F401
import texts_transcripts_captions_checks  # noqa: E402,F401
import texts_summaries_bulletins_posts_2  # noqa: E402,F401
import texts_long_bulletins_lists_2  # noqa: E402,F401
import texts_posts_captions_checks_3  # noqa: E402,F401
import texts_batch8_no_figure  # noqa: E402,F401

# isort: on

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
    recs = assign_ids(recs, "q", 8)
    path = HERE / "figures.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(path)  # re-read and re-validate what was written
    assert back == recs
    assert len({r["id"] for r in back}) == len(back)
    assert not validate_figures(back) and not check_apart(back)
    # bench/quality.py --set eval/dev8 opens conflict.jsonl too; this set has no conflict part, so
    # an empty file is written (the bench loads it as 0 texts and its conflict metrics are all 0)
    (HERE / "conflict.jsonl").write_text("", encoding="utf-8")
    print("written:", path, HERE / "conflict.jsonl", "(empty)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
