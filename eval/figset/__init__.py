"""The figure sets' shared machinery: inline marks, the span parser, the unit helper and the
validator of eval/README.md (section 2). The figure sets dev4, dev6, dev7, dev10, dev12-dev14,
dev16, dev17, dev21, dev24, dev27, dev29, dev32 and dev34 build with it (each gives byte-identical
files with it and with the copy it was written with; dev12-dev14 and dev16 name their own counted
nouns, title check, percentage check and longer summary in their SetConfig); dev3 uses its parser
with a validator of its own. dev5, dev8, dev9 and dev19 keep their own parsers: each holds
annotation choices of its set (its own counted nouns, qualifier phrases and vague amounts), and
the shared parser would change their gold records.

A set's build.py holds only its texts and calls `run`:

    from figset import F, SetConfig, run
    F("Title", "Text with [[12 people|killed;a=police]] and {{2024}}.")
    sys.exit(run(SetConfig("dev32", Path(__file__).resolve().parent, "fd", 32)))

Figures are marked inline, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `--table` prints every figure for review. Records are validated, shuffled with the
set's seed, given ids (its prefix and four digits) and written to figures.jsonl with an empty
conflict.jsonl. Other sets are read only for their `text` field, to check that no text is
shared (case and punctuation folded); eval/holdout/ is never opened.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .marks import render
from .words import CATEGORIES, NEG_KINDS, QUALIFIERS, TAGS, UNITS  # noqa: F401

EVAL = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class SetConfig:
    name: str  # "dev32"
    folder: Path
    prefix: str  # id prefix, "fd"
    seed: int  # shuffling seed
    chars: tuple[int, int] | None = None  # whole articles: length bounds of each text
    sentences: tuple[int, int] | None = None  # ... and sentence bounds
    # the set's own counted nouns, beyond words.STRUCTURE and words.OTHER (dev12-dev14, dev16)
    structure_nouns: frozenset[str] = frozenset()
    other_nouns: frozenset[str] = frozenset()
    # sets ("" for eval/ itself) whose titles, case and punctuation folded, this set's titles
    # must not repeat; a set without a figures.jsonl is skipped (dev12-dev14, dev16)
    titles_apart: tuple[str, ...] = ()
    no_percent: bool = False  # dev12: no percentage in a figure span
    long_summary: bool = False  # the summary also counts alts, number words, text lengths


SENT_END = re.compile(r"(?<=[.!?])[\"”]?\s+(?=[A-Z0-9\"“\[{(–-])")


def _sentence(text: str, pos: int) -> str:
    """The sentence of `text` that holds offset `pos`."""
    start = 0
    for m in SENT_END.finditer(text):
        if m.start() >= pos:
            return text[start : m.start()]
        start = m.end()
    return text[start:]


def n_sentences(text: str) -> int:
    return len(SENT_END.findall(text.strip())) + 1


def validate_figures(records: list[dict], cfg: SetConfig) -> list[str]:
    errs = []
    for rec in records:
        text, where = rec["text"], rec["title"]
        if "[[" in text or "]]" in text or "{{" in text or "}}" in text or "|" in text:
            errs.append(f"{where}: unrendered mark")
        if "[[" in where or "{{" in where:
            errs.append(f"{where}: mark in title")
        if set(rec) != {"id", "title", "text", "figures", "negatives"}:
            errs.append(f"{where}: keys {sorted(rec)}")
        if rec["id"] is not None and not re.fullmatch(rf"{cfg.prefix}\d{{4}}", rec["id"]):
            errs.append(f"{where}: id {rec['id']!r}")
        if cfg.chars is not None:  # whole articles (dev29)
            if not cfg.chars[0] <= len(text) <= cfg.chars[1]:
                errs.append(f"{where}: {len(text)} characters")
            if cfg.sentences and not cfg.sentences[0] <= n_sentences(text) <= cfg.sentences[1]:
                errs.append(f"{where}: {n_sentences(text)} sentences")
            if text != text.strip() or "\n\n\n" in text or "  " in text:
                errs.append(f"{where}: stray whitespace")
        spans = []
        for fig in rec["figures"]:
            w = f"{where} {fig['text']!r}"
            keys = {
                "text",
                "start",
                "end",
                "value",
                "low",
                "high",
                "qualifier",
                "vague",
                "unit",
                "noun",
                "category",
                "projected",
                "attribution",
            }
            if not keys <= set(fig) <= keys | {"attribution_alts"}:
                errs.append(f"{w}: keys {sorted(fig)}")
            if text[fig["start"] : fig["end"]] != fig["text"]:
                errs.append(f"{w}: offsets")
            if fig["text"] != fig["text"].strip() or "\n" in fig["text"]:
                errs.append(f"{w}: span has outer spaces or a line break")
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
            if not isinstance(fig["vague"], bool) or not isinstance(fig["projected"], bool):
                errs.append(f"{w}: vague/projected not bool")
            v, lo, hi, q = fig["value"], fig["low"], fig["high"], fig["qualifier"]
            if not (isinstance(v, int | float) and not isinstance(v, bool) and v > 0):
                errs.append(f"{w}: value")
            if isinstance(v, float) and v.is_integer():
                errs.append(f"{w}: whole value as float")
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
            if cfg.no_percent and re.search(r"%|\bper ?cent\b", fig["text"]):
                errs.append(f"{w}: percentage in a figure span")
            if fig["attribution"] is not None and not fig["attribution"].strip():
                errs.append(f"{w}: empty attribution")
            if fig["attribution"] is not None and fig["attribution"] not in text:
                errs.append(f"{w}: attribution {fig['attribution']!r} not in text")
            sent = _sentence(text, fig["start"])
            # dev4: the source must be named in the figure's own sentence (a pronoun or a
            # definite description counts when the named antecedent is given as the value)
            if (
                fig["attribution"] is not None
                and fig["attribution"] not in sent
                and not any(a in sent for a in fig.get("attribution_alts", []))
                and not re.search(
                    r"\b(?:he|she|it|they|we|him|her|them|He|She|It|They|We)\b", sent
                )  # dev7: "according to him"
            ):
                errs.append(f"{w}: attribution {fig['attribution']!r} not in its sentence")
            if "attribution_alts" in fig and fig["attribution"] is None:
                errs.append(f"{w}: alts without attribution")
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
        # dev6: every digit of the text is inside a gold figure or a negative
        covered = [False] * len(text)
        for fig in rec["figures"]:
            for i in range(fig["start"], fig["end"]):
                covered[i] = True
        for neg in rec["negatives"]:
            for m in re.finditer(re.escape(neg), text):
                for i in range(m.start(), m.end()):
                    covered[i] = True
        for m in re.finditer(r"\d+", text):
            if not all(covered[m.start() : m.end()]):
                errs.append(
                    f"{where}: digits {m.group()!r} at {m.start()} neither figure nor negative"
                )
        if not rec["figures"] and len(rec["negatives"]) < 3:
            errs.append(f"{where}: a text without figures needs 3+ negatives")
    return errs


def _fold(s: str) -> str:
    return re.sub(r"\W+", " ", s.lower()).strip()


def _other_texts(cfg: SetConfig) -> set[str]:
    """The folded `text` of every record of eval/figures.jsonl and the other dev sets."""
    paths = [EVAL / "figures.jsonl"]
    paths += [p for p in sorted(EVAL.glob("dev*/figures.jsonl")) if p.parent.name != cfg.name]
    return {
        _fold(json.loads(line)["text"])
        for p in paths
        for line in p.open(encoding="utf-8")
        if line.strip()
    }


def check_apart(records: list[dict], cfg: SetConfig) -> list[str]:
    """Unique titles and texts; no text (folded) shared with another set's figures file."""
    errs = []
    for key in ("title", "text"):
        mine = Counter(_fold(r[key]) for r in records)
        errs += [f"duplicate {key} in {cfg.name}: {k[:60]!r}" for k, n in mine.items() if n > 1]
    theirs = _other_texts(cfg)
    errs += [
        f"text shared with another set (folded): {r['title']!r}"
        for r in records
        if _fold(r["text"]) in theirs
    ]
    titles = set()
    for sub in cfg.titles_apart:
        path = EVAL / sub / "figures.jsonl"
        if path.exists():
            lines = path.open(encoding="utf-8")
            titles |= {_fold(json.loads(line)["title"]) for line in lines if line.strip()}
    errs += [
        f"title close to another set's: {r['title']!r}"
        for r in records
        if _fold(r["title"]) in titles
    ]
    return errs


def assign_ids(records: list[dict], prefix: str, seed: int) -> list[dict]:
    rng = random.Random(seed)
    records = records[:]
    rng.shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = f"{prefix}{i:04d}"
    return records


FIGURES: list[tuple[str, str, list[str]]] = []


def F(title: str, text: str, extra_negatives: list[str] | None = None) -> None:
    """One text of the set being built, with its inline marks."""
    FIGURES.append((title, text, extra_negatives or []))


def build_figures(cfg: SetConfig | None = None) -> list[dict]:
    """The records of the texts given with F (`cfg`: the set's own counted nouns)."""
    nouns = (cfg.structure_nouns, cfg.other_nouns) if cfg else (frozenset(), frozenset())
    records = []
    for title, marked, extra in FIGURES:
        text, figs, negs = render(marked, *nouns)
        for n in extra:
            if n not in negs:
                negs.append(n)
        negs = list(dict.fromkeys(negs))
        records.append(
            {"id": None, "title": title, "text": text, "figures": figs, "negatives": negs}
        )
    return records


def summary(recs: list[dict], long: bool = False) -> None:
    """Counts of the set; `long` adds the negatives of texts without figures, the alts, the
    number words and the texts' figures and length (the summary of dev12-dev14 and dev16)."""
    figs = [f for r in recs for f in r["figures"]]
    line = (
        f"figures.jsonl: {len(recs)} texts, "
        f"{sum(bool(r['figures']) for r in recs)} with {len(figs)} figures, "
        f"{sum(not r['figures'] for r in recs)} without; "
        f"{sum(len(r['negatives']) for r in recs)} negatives"
    )
    if long:
        line += (
            f" ({sum(len(r['negatives']) for r in recs if not r['figures'])} in texts without"
            " figures)"
        )
    print(line)
    for field in ("category", "qualifier", "unit"):
        print(f"  {field}:", dict(Counter(f[field] for f in figs).most_common()))
    line = (
        f"  vague {sum(f['vague'] for f in figs)}, projected {sum(f['projected'] for f in figs)}, "
        f"attributed {sum(f['attribution'] is not None for f in figs)}"
    )
    if long:
        line += f" (alts {sum('attribution_alts' in f for f in figs)})"
    line += f", implicit noun {sum(f['noun'] is None for f in figs)}"
    if long:
        words = sum(not re.search(r"[0-9]", f["text"]) and not f["vague"] for f in figs)
        line += f", number words {words}"
    print(line)
    if long:
        print(
            f"  figures per text: max {max(len(r['figures']) for r in recs)}, "
            f"mean chars {sum(len(r['text']) for r in recs) // len(recs)}"
        )


def _table(recs: list[dict]) -> None:
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


def run(cfg: SetConfig) -> int:
    """Validate the texts given with F and write the set; 1 on any error."""
    recs = build_figures(cfg)
    errs = validate_figures(recs, cfg) + check_apart(recs, cfg)
    if "--table" in sys.argv:
        _table(recs)
    for e in errs:
        print("ERROR", e)
    summary(recs, cfg.long_summary)
    if errs:
        return 1
    recs = assign_ids(recs, cfg.prefix, cfg.seed)
    errs = validate_figures(recs, cfg)
    for e in errs:
        print("ERROR", e)
    if errs:
        return 1
    path = cfg.folder / "figures.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    assert back == recs  # re-read what was written
    # bench/quality.py opens conflict.jsonl too; a figures set has no conflict part
    (cfg.folder / "conflict.jsonl").write_text("", encoding="utf-8")
    print("written:", path, cfg.folder / "conflict.jsonl", "(empty)")
    return 0
