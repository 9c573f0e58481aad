"""Build eval/dev3/figures.jsonl and eval/dev3/conflict.jsonl from the hand-written texts below.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text by the helper
below unless overridden; `python build.py --table` prints every figure for review. The script
validates every record against eval/README.md and writes shuffled records with fresh ids
("g0001" for figures, "h0001" for conflict, prefixes unused by eval/ and eval/dev2/).

    python eval/dev3/build.py            # write the two files and validate them
    python eval/dev3/build.py --table    # also print all figures as a table
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent

CATEGORIES = {
    "killed",
    "injured",
    "displaced",
    "returned",
    "missing",
    "kidnapped",
    "arrested",
    "combatants",
    "civilians",
    "housing",
    "capacity",
    "aid",
    "other",
}
UNITS = {"person", "household", "structure", "other"}
QUALIFIERS = {"exact", "approx", "at_least", "at_most", "range"}
TAGS = {
    "battle",
    "explosions_remote_violence",
    "violence_against_civilians",
    "terrorism",
    "military_operation",
    "displacement",
    "humanitarian",
    "unrest",
}
NEG_KINDS = {
    "hard_negative_disaster",
    "hard_negative_crime",
    "hard_negative_sport",
    "hard_negative_politics",
    "hard_negative_economy",
    "hard_negative_protest_peaceful",
    "hard_negative_peace",
    "hard_negative_history",
    "hard_negative_entertainment",
    "hard_negative_military",
    "hard_negative_accident",
    "hard_negative_health",
    "negative_other",
}

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset.marks import render  # noqa: E402

sys.path.insert(1, str(HERE))  # the item modules
# The modules register their items as they are imported: their order is the set's.
# isort: off
import texts_figures_wire_agencies  # noqa: E402,F401
import texts_figures_ngo_local_live  # noqa: E402,F401
import texts_figures_more_wire  # noqa: E402,F401
import texts_figures_short  # noqa: E402,F401
import texts_figures_no_figure  # noqa: E402,F401
import texts_conflict_positives_1  # noqa: E402,F401
import texts_conflict_positives_2  # noqa: E402,F401
import texts_conflict_negatives_1  # noqa: E402,F401
import texts_conflict_negatives_2  # noqa: E402,F401

# isort: on
from items import CONFLICT, FIGURES  # noqa: E402

# ------------------------------------------------------------------ build and validate


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


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


def build_conflict() -> list[dict]:
    return [
        {"id": None, "title": t, "text": x, "is_conflict": bool(tags), "tags": tags, "kind": kind}
        for t, x, tags, kind in CONFLICT
    ]


def validate_figures(records: list[dict]) -> list[str]:
    errs = []
    for rec in records:
        text, where = rec["text"], rec["title"]
        if "[[" in text or "]]" in text or "{{" in text or "}}" in text or "|" in text:
            errs.append(f"{where}: unrendered mark")
        spans = []
        for fig in rec["figures"]:
            w = f"{where} {fig['text']!r}"
            if text[fig["start"] : fig["end"]] != fig["text"]:
                errs.append(f"{w}: offsets")
            if fig["start"] > 0 and text[fig["start"] - 1].isalnum():
                errs.append(f"{w}: starts inside a word")
            if fig["end"] < len(text) and text[fig["end"]].isalnum():
                errs.append(f"{w}: ends inside a word")
            if fig["category"] not in CATEGORIES:
                errs.append(f"{w}: category {fig['category']}")
            if fig["unit"] not in UNITS:
                errs.append(f"{w}: unit {fig['unit']}")
            if fig["qualifier"] not in QUALIFIERS:
                errs.append(f"{w}: qualifier")
            v, lo, hi, q = fig["value"], fig["low"], fig["high"], fig["qualifier"]
            if not (isinstance(v, int | float) and v > 0):
                errs.append(f"{w}: value")
            if fig["vague"] or q == "range":
                if not (lo is not None and hi is not None and lo < hi and v == lo):
                    errs.append(f"{w}: bounds")
                if fig["vague"] and q != "approx":
                    errs.append(f"{w}: vague must be approx")
            elif q == "exact" and not (lo == hi == v):
                errs.append(f"{w}: exact bounds")
            elif q == "approx" and not (lo is None and hi is None):
                errs.append(f"{w}: approx bounds")
            elif q == "at_least" and not (lo == v and hi is None):
                errs.append(f"{w}: at_least bounds")
            elif q == "at_most" and not (lo is None and hi == v):
                errs.append(f"{w}: at_most bounds")
            if fig["attribution"] is not None and not fig["attribution"].strip():
                errs.append(f"{w}: empty attribution")
            if fig["attribution"] is not None and fig["attribution"] not in text:
                errs.append(f"{w}: attribution {fig['attribution']!r} not in text")
            for alt in fig.get("attribution_alts", []):
                if alt not in text:
                    errs.append(f"{w}: alt {alt!r} not in text")
            if fig["noun"] is not None and fig["noun"] not in fig["text"]:
                errs.append(f"{w}: noun {fig['noun']!r} not in span")
            spans.append((fig["start"], fig["end"]))
        spans.sort()
        for (_, a1), (b0, _) in itertools.pairwise(spans):
            if a1 > b0:
                errs.append(f"{where}: overlapping figures")
        for neg in rec["negatives"]:
            if neg not in text:
                errs.append(f"{where}: negative {neg!r} not in text")
            for m in re.finditer(re.escape(neg), text):
                for fig in rec["figures"]:
                    if not (m.end() <= fig["start"] or fig["end"] <= m.start()):
                        errs.append(f"{where}: negative {neg!r} overlaps {fig['text']!r}")
        if not rec["figures"] and len(rec["negatives"]) < 3:
            errs.append(f"{where}: a text without figures needs 3+ negatives")
    return errs


def validate_conflict(records: list[dict]) -> list[str]:
    errs = []
    for rec in records:
        w = rec["title"]
        if rec["is_conflict"]:
            if (
                not rec["tags"]
                or not set(rec["tags"]) <= TAGS
                or len(set(rec["tags"])) != len(rec["tags"])
            ):
                errs.append(f"{w}: tags {rec['tags']}")
            if rec["kind"].startswith(("hard_negative", "negative")):
                errs.append(f"{w}: positive with negative kind")
        else:
            if rec["kind"] not in NEG_KINDS:
                errs.append(f"{w}: kind {rec['kind']}")
        n = len(re.findall(r"[.!?](?:\s|$)", rec["text"]))
        if not 1 <= n <= 18:
            errs.append(f"{w}: {n} sentences")
    return errs


def check_apart(records: list[dict], name: str) -> list[str]:
    errs = []
    for key in ("title", "text"):
        mine = Counter(r[key] for r in records)
        errs += [f"duplicate {key} in dev3/{name}: {k!r}" for k, n in mine.items() if n > 1]
        for other in (EVAL / name, EVAL / "dev2" / name):
            shared = set(mine) & {r[key] for r in _load(other)}
            errs += [f"{key} shared with {other.parent.name}/{name}: {k!r}" for k in shared]
    return errs


def assign_ids(records: list[dict], prefix: str, seed: int) -> list[dict]:
    rng = random.Random(seed)
    records = records[:]
    rng.shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = f"{prefix}{i:04d}"
    return records


def summary(figs_recs: list[dict], conf_recs: list[dict]) -> None:
    figs = [f for r in figs_recs for f in r["figures"]]
    print(
        f"figures.jsonl: {len(figs_recs)} texts, "
        f"{sum(bool(r['figures']) for r in figs_recs)} with {len(figs)} figures, "
        f"{sum(not r['figures'] for r in figs_recs)} without; "
        f"{sum(len(r['negatives']) for r in figs_recs)} negatives"
    )
    for field in ("category", "qualifier", "unit"):
        print(f"  {field}:", dict(Counter(f[field] for f in figs).most_common()))
    print(
        f"  vague {sum(f['vague'] for f in figs)}, projected {sum(f['projected'] for f in figs)}, "
        f"attributed {sum(f['attribution'] is not None for f in figs)} "
        f"(alts {sum('attribution_alts' in f for f in figs)}), implicit noun "
        f"{sum(f['noun'] is None for f in figs)}"
    )
    pos = [r for r in conf_recs if r["is_conflict"]]
    print(
        f"conflict.jsonl: {len(conf_recs)} texts, {len(pos)} conflict, "
        f"{len(conf_recs) - len(pos)} not; multi-tag {sum(len(r['tags']) > 1 for r in pos)}"
    )
    print("  tags:", dict(Counter(t for r in pos for t in r["tags"]).most_common()))
    print(
        "  negative kinds:",
        dict(Counter(r["kind"] for r in conf_recs if not r["is_conflict"]).most_common()),
    )
    sents = [len(re.findall(r"[.!?](?:\s|$)", r["text"])) for r in conf_recs]
    print(f"  sentences per text: min {min(sents)}, max {max(sents)}")


def main() -> int:
    figs_recs = build_figures()
    conf_recs = build_conflict()
    errs = validate_figures(figs_recs) + validate_conflict(conf_recs)
    errs += check_apart(figs_recs, "figures.jsonl") + check_apart(conf_recs, "conflict.jsonl")
    if "--table" in sys.argv:
        for r in figs_recs:
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
    summary(figs_recs, conf_recs)
    if errs:
        return 1
    for name, recs, prefix, seed in (
        ("figures.jsonl", figs_recs, "g", 3),
        ("conflict.jsonl", conf_recs, "h", 4),
    ):
        recs = assign_ids(recs, prefix, seed)
        with (HERE / name).open("w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        # re-read and re-validate what was written
        back = _load(HERE / name)
        assert back == recs
        assert len({r["id"] for r in back}) == len(back)
    print("written:", HERE / "figures.jsonl", HERE / "conflict.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
