"""dev8's checks of the built records against eval/README.md (section 2): keys, offsets, spans,
vocabularies, bounds, attributions (in the figure's own sentence), nouns, negatives, and titles
and texts not shared with other sets. Split from build.py, unchanged.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from pathlib import Path

from vocab import CATEGORIES, QUALIFIERS, UNITS

EVAL = Path(__file__).resolve().parents[1]

OTHER_SETS = (
    "",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
)  # dev8: eval/, dev2-dev6, loaded only for this check (eval/holdout/ and eval/dev7/ not opened)


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


SENT_END = re.compile(
    r"(?<=[.!?])[\"”]?\s+(?=[A-Z0-9\"“\[{(–-])|\n+"
)  # dev8: a line break ends an entry


def _sentence(text: str, pos: int) -> str:
    """The sentence (or live-blog entry) of `text` that holds offset `pos`."""
    start = 0
    for m in SENT_END.finditer(text):
        if m.start() >= pos:
            return text[start : m.start()]
        start = m.end()
    return text[start:]


def validate_figures(records: list[dict]) -> list[str]:
    errs = []
    for rec in records:
        text, where = rec["text"], rec["title"]
        if "[[" in text or "]]" in text or "{{" in text or "}}" in text or "|" in text:
            errs.append(f"{where}: unrendered mark")
        if "[[" in where or "{{" in where:
            errs.append(f"{where}: mark in title")
        if set(rec) != {"id", "title", "text", "figures", "negatives"}:
            errs.append(f"{where}: keys {sorted(rec)}")
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
            if fig["text"] != fig["text"].strip():
                errs.append(f"{w}: span has outer spaces")
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
                and not re.search(r"\b(?:he|she|it|they|we|He|She|It|They|We)\b", sent)
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


def check_apart(records: list[dict]) -> list[str]:
    """Unique titles and texts, none shared with the figures or conflict files of other sets."""
    errs = []
    for key in ("title", "text"):
        mine = Counter(r[key] for r in records)
        errs += [f"duplicate {key} in dev8: {k!r}" for k, n in mine.items() if n > 1]
        for sub in OTHER_SETS:
            for name in ("figures.jsonl", "conflict.jsonl"):
                other = EVAL / sub / name if sub else EVAL / name
                shared = set(mine) & {r[key] for r in _load(other)}
                errs += [f"{key} shared with {other.relative_to(EVAL)}: {k!r}" for k in shared]
        # also near-duplicates of titles (case and punctuation folded)
    fold = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    theirs = set()
    for sub in OTHER_SETS:
        for name in ("figures.jsonl", "conflict.jsonl"):
            other = EVAL / sub / name if sub else EVAL / name
            theirs |= {fold(r["title"]) for r in _load(other)}
    errs += [
        f"title close to another set's: {r['title']!r}"
        for r in records
        if fold(r["title"]) in theirs
    ]
    return errs
