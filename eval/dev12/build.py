"""Build eval/dev12/figures.jsonl from the hand-written texts below.

A twelfth tuning set for the figure extractor: humanitarian situation reports, NGO and UN agency
press releases and wire stories about displacement, returns, camps, shelters and aid in conflict
settings (Sudan, South Sudan, Chad, the DRC, Ethiopia, Somalia, Yemen, Syria, Lebanon, Gaza,
Ukraine, Myanmar, Afghanistan, the Sahel, Haiti, Mozambique, Colombia ...), 2012-2025. It
concentrates on the categories that are hardest to tell apart in such reports: displaced,
returned, civilians and other; capacity, housing and aid; and counts whose category comes only
from the story's context.

The span parser, the unit helper and the validator are copied from eval/dev10/build.py (same
inline-mark format, itself copied from dev7, dev6 and dev4). Changes for dev12 are marked "dev12"
in the code: the cross-set checks cover eval/, dev2 ... dev10 (their figures.jsonl only), ids are
"u0001"... shuffled with seed 12, word numbers followed by "million" ("two million", "half a
million") are read as millions, and a few more nouns for the unit helper.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 12) with ids
"u0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev12/build.py            # write figures.jsonl and validate it
    python eval/dev12/build.py --table    # also print all figures as a table
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

# ------------------------------------------------------------------ span parsing

VAGUE = [  # longest first (eval/README.md, section 2)
    ("several hundreds", 300, 900),  # dev7: non-native plural, read as "several hundred"
    ("hundreds of thousands", 200_000, 999_999),
    ("tens of thousands", 20_000, 99_999),
    ("several thousand", 3_000, 9_999),
    ("a few thousand", 2_000, 5_000),
    ("thousands", 2_000, 9_999),
    ("several hundred", 300, 900),
    ("hundreds", 200, 999),
    ("several dozen", 36, 99),
    ("dozens", 24, 99),
]
QUALIFIER_WORDS = [  # longest first
    ("an estimated population of", "approx"),
    ("an estimated", "approx"),
    ("approximately", "approx"),
    ("close to", "approx"),
    ("roughly", "approx"),
    ("nearly", "approx"),
    ("almost", "approx"),
    ("around", "approx"),
    ("about", "approx"),
    ("some", "approx"),
    ("just under", "approx"),
    ("at least", "at_least"),
    ("no less than", "at_least"),  # dev7
    ("not less than", "at_least"),  # dev7
    ("not more than", "at_most"),  # dev7
    ("less than", "at_most"),  # dev7
    ("more than", "at_least"),
    ("well over", "at_least"),
    ("upwards of", "at_least"),
    ("in excess of", "at_least"),
    ("no fewer than", "at_least"),
    ("over", "at_least"),
    ("as many as", "at_most"),
    ("no more than", "at_most"),
    ("fewer than", "at_most"),
    ("up to", "at_most"),
]
WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# dev7: also "12 000" and "12.000" (thousands separated by a space or a dot; the dot form only
# when no million/billion follows) and "15 thousand"
NUM_RE = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?!\d)"
    r"|\d{1,3}(?:\.\d{3})+(?![\d.])(?!\s*(?:million|billion))|\d+)"
    r"(?:\.(\d+))?(?:\s*(million|billion|thousand|m)\b)?"
)
WORD_RE = re.compile(
    r"\b((?:a|" + "|".join(WORDS) + r")(?:-(?:" + "|".join(WORDS) + r"))?"
    r"(?:\s+(?:hundred|thousand|dozen))?(?:\s+(?:and\s+)?(?:" + "|".join(WORDS) + r")"
    r"(?:-(?:" + "|".join(WORDS) + r"))?)?)\b",
    re.I,
)
NON_NOUNS = {"million", "thousand", "hundred", "dozen", "thousands", "hundreds", "dozens", "m"}
HOUSEHOLD = {"families", "households", "family", "household"}
STRUCTURE = {
    "homes",
    "houses",
    "buildings",
    "units",
    "shelters",
    "schools",
    "camps",
    "outposts",
    "points",
    "churches",
    "mosques",
    "hospitals",
    "clinics",
    "apartments",
    "dwellings",
    "structures",
    "classrooms",
    "centres",
    "centers",
    "home",
    "house",
    "building",
    "school",
    "camp",
    "shelter",
    "shops",
    "flats",
    "huts",
    "settlements",
    "facilities",
    "caravans",  # dev7
}
OTHER = {
    "latrines",
    "tents",
    "blankets",
    "trucks",
    "lorries",
    "vehicles",
    "boats",
    "villages",
    "districts",
    "sites",
    "meals",
    "parcels",
    "kits",
    "rifles",
    "weapons",
    "livestock",
    "tonnes",
    "convoys",
    "cars",
    "flights",
    "buses",
    "baskets",
    "vouchers",
    "rations",
    "items",
    "boreholes",
    "sheets",
    "tarpaulins",
    "cattle",
    "goats",
    "cases",
    "trips",
    "containers",
    "motorcycles",
    "mines",
    "rockets",
    "drones",
    "pallets",
    "sacks",
    "hectares",
    "wells",
    "mattresses",
    "doses",
    "bags",
    "jerrycans",
    "airdrops",
    "packages",
    "bundles",
    # added for dev4
    "camels",
    "guns",
    "pickups",
    "motorbikes",
    "canoes",
    "dinghies",
    "ambulances",
    "firearms",
    "technicals",
    "grenades",
    "rounds",
    "sheep",
    "donkeys",
    "tanks",
    "vans",
    "bicycles",
    "shipments",
    "crossings",
    "checkpoints",
    "towns",
    "localities",
    "barrels",
    "pistols",
    "rifle",
    "boat",
    "vehicle",
    "truck",
    "village",
    "heads",
    "cartridges",
    "lorry",
    "rafts",
    "shells",
    "motorboats",
    "minibuses",
    "aircraft",
    "munitions",
    "hostels",
    "kilograms",
    "bullets",
    # added for dev6
    "ammunition",
    "mortars",
    "launchers",
    "tractors",
    "hamlets",
    "sachets",
    "cartons",
    "crates",
    "litres",
    "sets",
    "packs",
    "bales",
    "ships",  # dev7
    "cards",
    # added for dev7
    "tons",
    "tankers",
    "generators",
    "explosives",
    "missiles",
    "devices",
    "tablets",
    "loaves",
    "carts",
    # added for dev10
    "beds",
    "cots",
    "canisters",
    "magazines",
    "machetes",
    "shotguns",
    "revolvers",
    "handguns",
    "packets",
    "hampers",
    # added for dev12
    "cylinders",
    "stoves",
    "pumps",
    "trailers",
    "plots",
    "cubicles",
    "berths",
    "places",
    "spaces",
    "pipes",
    "kitchens",
    "coaches",
    "dhows",
}


def _words_value(s: str) -> int | None:
    s = s.lower().replace(" and ", " ")
    toks = s.split()
    total, cur = 0, 0
    for tok in toks:
        if tok == "a":
            cur += 1
            continue
        if tok in ("hundred", "thousand", "dozen"):
            mult = {"hundred": 100, "thousand": 1000, "dozen": 12}[tok]
            cur = max(cur, 1) * mult
            if tok == "thousand":
                total, cur = total + cur, 0
            continue
        parts = tok.split("-")
        if not all(p in WORDS for p in parts):
            return None
        cur += sum(WORDS[p] for p in parts)
    return total + cur or None


def _numbers(span: str) -> list[tuple[float, int, int]]:
    """(value, start, end) of each number in the span, digits or words."""
    out = []
    for m in NUM_RE.finditer(span):
        digits = re.sub(r"[, .]", "", m.group(1))  # dev7: group 1 holds no decimal point
        v = float(digits + ("." + m.group(2) if m.group(2) else ""))
        mult = {"million": 1e6, "m": 1e6, "billion": 1e9, "thousand": 1e3, None: 1}[m.group(3)]
        out.append((v * mult, m.start(), m.end(), mult if m.group(3) else 0))
    if not out:
        # dev12: "half a million"
        for m in re.finditer(r"\bhalf a million\b", span, re.I):
            out.append((500_000.0, m.start(), m.end(), 1e6))
    if not out:
        for m in WORD_RE.finditer(span):
            if m.group(1).lower() == "a":
                continue
            v = _words_value(m.group(1))
            if v is not None:
                # dev12: "two million", "four million"
                mm = re.match(r"\s+(million|billion)\b", span[m.end() :], re.I)
                if mm:
                    mult = {"million": 1e6, "billion": 1e9}[mm.group(1).lower()]
                    out.append((float(v) * mult, m.start(), m.end() + mm.end(), mult))
                    continue
                out.append((float(v), m.start(), m.end(), False))
    return out


def _clean(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def parse_span(span: str) -> dict:
    low_span = span.lower()
    for phrase, lo, hi in VAGUE:
        if phrase in low_span:
            noun = _default_noun(span)
            return dict(value=lo, low=lo, high=hi, qualifier="approx", vague=True, noun=noun)
    nums = _numbers(span)
    if not nums:
        raise ValueError(f"no number in {span!r}")
    qualifier = "exact"
    if len(nums) >= 2:
        (a, _, ae, amult), (b, bs, _, bmult) = nums[0], nums[1]
        between = span[ae:bs].strip().lower()
        if between in ("and", "to", "-", "–"):
            if bmult and not amult and a < 1000:
                a *= bmult  # dev7: "15 to 20 thousand", "1 to 1.5 million"
            return dict(
                value=_clean(a),
                low=_clean(a),
                high=_clean(b),
                qualifier="range",
                vague=False,
                noun=_default_noun(span),
            )
    value = nums[0][0]
    head = low_span[: nums[0][1]]
    # dev6: longest phrase first, so "no more than" is not read as "more than"
    for phrase, q in sorted(QUALIFIER_WORDS, key=lambda pq: -len(pq[0])):
        if re.search(r"\b" + re.escape(phrase) + r"\b", head):
            qualifier = q
            break
    value = _clean(value)
    low = high = None
    if qualifier == "exact":
        low = high = value
    elif qualifier == "at_least":
        low = value
    elif qualifier == "at_most":
        high = value
    return dict(
        value=value, low=low, high=high, qualifier=qualifier, vague=False, noun=_default_noun(span)
    )


RATE = re.compile(r"\s+(?:a|per|each|every)\s+(?:day|week|month|night|hour)$", re.I)


def _default_noun(span: str) -> str | None:
    span = RATE.sub("", span)  # dev4: "2,000 returnees a week" has the noun "returnees"
    last = re.sub(r"[^\w-]", "", span.split()[-1]) if span.split() else ""
    if not last or last[0].isdigit() or last.lower() in NON_NOUNS or last.lower() in WORDS:
        return None
    if all(p in WORDS for p in last.lower().split("-")):  # dev4: "Twenty-two" has no noun
        return None
    if re.fullmatch(r"[\d.,]+m", last):
        return None
    if last.lower() in {"dozen", "hundred", "thousand"}:
        return None
    return last


def default_unit(noun: str | None) -> str:
    if noun is None:
        return "person"
    n = noun.lower().split()[-1]
    if n in HOUSEHOLD:
        return "household"
    if n in STRUCTURE:
        return "structure"
    if n in OTHER:
        return "other"
    return "person"


MARK = re.compile(r"\[\[(.+?)\|(.+?)\]\]|\{\{(.+?)\}\}")


def render(marked: str) -> tuple[str, list[dict], list[str]]:
    out, figs, negs, pos = [], [], [], 0
    cursor = 0
    for m in MARK.finditer(marked):
        out.append(marked[cursor : m.start()])
        pos += len(marked[cursor : m.start()])
        cursor = m.end()
        if m.group(3) is not None:
            negs.append(m.group(3))
            out.append(m.group(3))
            pos += len(m.group(3))
            continue
        span, spec = m.group(1), m.group(2)
        parts = [p.strip() for p in spec.split(";")]
        cat, opts = parts[0], parts[1:]
        fig = {"text": span, "start": pos, "end": pos + len(span)}
        parsed = parse_span(span)
        fig.update(
            value=parsed["value"],
            low=parsed["low"],
            high=parsed["high"],
            qualifier=parsed["qualifier"],
            vague=parsed["vague"],
        )
        noun = parsed["noun"]
        unit = None
        attribution, alts, projected = None, [], False
        for opt in opts:
            if opt == "p":
                projected = True
                continue
            key, _, val = opt.partition("=")
            if key == "a":
                attribution = val
            elif key == "alt":
                alts.append(val)
            elif key == "u":
                unit = val
            elif key == "n":
                noun = None if val == "-" else val
            elif key == "q":
                fig["qualifier"] = val
                if val == "approx":
                    fig["low"] = fig["high"] = None
                elif val == "at_least":
                    fig["low"], fig["high"] = fig["value"], None
                elif val == "at_most":
                    fig["low"], fig["high"] = None, fig["value"]
                elif val == "exact":
                    fig["low"] = fig["high"] = fig["value"]
            elif key == "v":
                v = _clean(float(val))
                fig["value"] = v
                if fig["qualifier"] == "exact":
                    fig["low"] = fig["high"] = v
                elif fig["qualifier"] == "at_least":
                    fig["low"] = v
                elif fig["qualifier"] == "at_most":
                    fig["high"] = v
            elif key == "lo":
                fig["low"] = _clean(float(val))
            elif key == "hi":
                fig["high"] = _clean(float(val))
            else:
                raise ValueError(f"unknown option {opt!r} in {spec!r}")
        fig.update(
            unit=unit or default_unit(noun),
            noun=noun,
            category=cat,
            projected=projected,
            attribution=attribution,
        )
        if alts:
            fig["attribution_alts"] = alts
        figs.append(fig)
        out.append(span)
        pos += len(span)
    out.append(marked[cursor:])
    return "".join(out), figs, negs


# ------------------------------------------------------------------ build and validate


# ------------------------------------------------------------------ build and validate

OTHER_SETS = (
    "",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",  # dev12
    "dev10",  # dev12
)  # dev12: eval/, dev2-dev10, their figures.jsonl only (labels not studied; eval/holdout/ and
#   dev11 not opened)


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


SENT_END = re.compile(r"(?<=[.!?])[\"”]?\s+(?=[A-Z0-9\"“\[{(–-])")


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
            if re.search(r"%|\bper ?cent\b", fig["text"]):  # dev12: a percentage is never a figure
                errs.append(f"{w}: percentage in a figure span")
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
        errs += [f"duplicate {key} in dev12: {k!r}" for k, n in mine.items() if n > 1]
        for sub in OTHER_SETS:
            for name in ("figures.jsonl",):
                other = EVAL / sub / name if sub else EVAL / name
                shared = set(mine) & {r[key] for r in _load(other)}
                errs += [f"{key} shared with {other.relative_to(EVAL)}: {k!r}" for k in shared]
        # also near-duplicates of titles (case and punctuation folded)
    fold = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    theirs = set()
    for sub in OTHER_SETS:
        for name in ("figures.jsonl",):
            other = EVAL / sub / name if sub else EVAL / name
            theirs |= {fold(r["title"]) for r in _load(other)}
    errs += [
        f"title close to another set's: {r['title']!r}"
        for r in records
        if fold(r["title"]) in theirs
    ]
    return errs


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
    recs = assign_ids(recs, "u", 12)  # dev12
    path = HERE / "figures.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(path)  # re-read and re-validate what was written
    assert back == recs
    assert len({r["id"] for r in back}) == len(back)
    assert not validate_figures(back) and not check_apart(back)
    # bench/quality.py --set eval/dev12 opens conflict.jsonl too; this set has no conflict part, so
    # an empty file is written (the bench loads it as 0 texts and its conflict metrics are all 0)
    (HERE / "conflict.jsonl").write_text("", encoding="utf-8")
    print("written:", path, HERE / "conflict.jsonl", "(empty)")
    return 0


FIGURES: list[tuple[str, str, list[str]]] = []


def F(title: str, text: str, extra_negatives: list[str] | None = None) -> None:
    FIGURES.append((title, text, extra_negatives or []))


# ---------------------------------------------------------------- Sudan, Chad, South Sudan

F(
    "Chad: Adre transit site overwhelmed as Darfur arrivals surge",
    "UNHCR registered [[more than 14,000 new arrivals|displaced;a=UNHCR]] at the Adre border crossing in the {{first week}} of {{June 2024}}, UNHCR said. "
    "[[Another 3,000|displaced]] arrived on Tuesday alone, most of them women and children from El Geneina. "
    "The transit site was built for [[about 20,000 people|capacity]] but now holds [[over 150,000|displaced]].",
)

F(
    "Sudan: families return to Wad Madani after army retakes city",
    "[[Some 80,000 people|returned;a=the IOM]] have gone back to Wad Madani since the army retook the city in {{January 2025}}, the IOM said in a displacement update. "
    "Many found their homes looted; the agency counted [[about 4,200 houses|housing;a=the agency;alt=the IOM]] damaged in the city's eastern districts. "
    "[[Nearly 1.2 million people|civilians;a=OCHA]] in Al Jazirah state still need food assistance, according to OCHA.",
)

F(
    "Sudan: Zamzam camp residents trapped as RSF shells perimeter",
    "Shelling on the edge of Zamzam camp killed [[at least 11 people|killed;a=Medecins Sans Frontieres]], including [[four children|killed;a=Medecins Sans Frontieres]], Medecins Sans Frontieres said on {{December 2}}. "
    "The camp, {{15 km}} south of El Fasher, shelters [[an estimated 500,000 people|displaced;a=the charity;alt=Medecins Sans Frontieres]], the charity said, and [[tens of thousands|civilians;a=the charity;alt=Medecins Sans Frontieres]] cannot leave because the roads are held by fighters.",
)

F(
    "South Sudan: Renk transit centre holds five times its capacity",
    "The transit centre in Renk, designed for [[3,000 people|capacity;a=humanitarian workers]], is hosting [[more than 15,000 returnees and refugees|displaced;n=returnees and refugees;a=humanitarian workers]] who fled the war in Sudan, humanitarian workers said. "
    "IOM has provided onward transport by boat and bus to [[about 62,000 people|aid;a=IOM]] since {{May 2023}}, according to IOM.",
)

F(
    "Sudan: WFP convoy reaches Kadugli after months of blockade",
    "A convoy of [[22 trucks|aid;a=the World Food Programme]] carrying [[about 700 tonnes|aid;a=the World Food Programme]] of food reached Kadugli in South Kordofan, the World Food Programme said on {{Sunday}}, the first in {{five months}}. "
    "The food will feed [[roughly 60,000 people|aid;p;a=the World Food Programme]] for a month, it said. "
    "[[Hundreds of thousands of people|civilians]] in the Nuba Mountains are cut off by fighting between the army and the SPLM-N.",
)

F(
    "Chad: new camp opened in Ouaddai to decongest border",
    "Chadian authorities and UNHCR opened a new camp at Metche, the {{14th}} in the east of the country, to relocate [[50,000 refugees|displaced;p;a=Chadian authorities and UNHCR]] from spontaneous sites near the border, Chadian authorities and UNHCR said. "
    "[[Some 1,800 households|displaced]] were moved in the {{first two weeks}}. "
    "The camp has room for [[4,000 families|capacity]], and aid agencies have dug [[120 latrines|aid]] so far.",
)


F(
    "South Sudan: Malakal protection site population swells",
    "The population of the Malakal protection of civilians site rose to [[about 47,000|displaced;a=the UN mission]] in {{March 2024}}, the UN mission said, as returnees from Sudan who could not go home moved in. "
    "The site was laid out for [[12,000 people|capacity]]. "
    "[[Seven people|killed;a=camp leaders]] died in a fire in {{Sector 4}} last month, camp leaders said, and [[some 300 shelters|capacity;a=camp leaders]] burned.",
)

F(
    "Sudan: Port Sudan gathering sites host displaced from Khartoum",
    "Port Sudan now has [[62 gathering sites|capacity;a=the Red Sea state humanitarian aid commission]], mostly schools and government buildings, hosting [[around 240,000 displaced people|displaced;a=the Red Sea state humanitarian aid commission]], the Red Sea state humanitarian aid commission said. "
    "Classes in [[more than 40 schools|other;a=the commission;alt=the Red Sea state humanitarian aid commission]] have been suspended as a result, the commission added.",
)

F(
    "Chad: refugees in Farchana receive first cash transfers",
    "[[Nearly 9,500 refugee households|aid;a=the World Food Programme]] in Farchana camp received cash transfers of {{8,000 CFA francs}} per person this month, the World Food Programme said. "
    "WFP says it has money to assist only half of the [[910,000 refugees|displaced;a=WFP]] in eastern Chad.",
)

F(
    "South Sudan: returnees stranded at Joda border point",
    "[[Some 5,000 South Sudanese returnees|displaced;a=the Relief and Rehabilitation Commission]] are stranded at the Joda border point waiting for transport south, the Relief and Rehabilitation Commission said on {{April 9}}. "
    "Since the war in Sudan began, [[more than 700,000 people|displaced;a=the commission;alt=the Relief and Rehabilitation Commission]] have crossed into South Sudan, the commission said, {{about 80 percent}} of them South Sudanese who had lived in Sudan as refugees.",
)

F(
    "Sudan: thousands flee Sennar towns as fighting spreads",
    "Fighting around Singa forced [[about 55,000 people|displaced;a=the International Organization for Migration]] from their homes in {{three days}}, the International Organization for Migration said. "
    "Most walked towards Gedaref, a journey of more than {{150 kilometres}}. "
    "[[Up to 150,000|displaced;p;a=local officials]] could be displaced if the fighting reaches Sennar city, local officials warned.",
)

F(
    "Sudan: El Fasher hospital treats wounded after market strike",
    "Saudi Hospital in El Fasher received [[62 wounded|injured;a=the health ministry]] and [[19 bodies|killed;a=the health ministry]] after a drone struck the city's main market on {{Saturday}}, the health ministry said. "
    "It is the last functioning hospital in a city of [[some 800,000 residents|civilians]].",
)

F(
    "Chad: Sudanese children treated for malnutrition in Ourang",
    "Medical teams in Ourang camp admitted [[1,340 children|aid;a=Save the Children]] with severe acute malnutrition in {{May}}, Save the Children said, double the number in {{April}}. "
    "The camp holds [[more than 60,000 refugees|displaced]], and [[a further 400|displaced]] arrive every week.",
)

F(
    "South Sudan: flooding and fighting leave Upper Nile families without shelter",
    "Clashes in Nasir county have displaced [[an estimated 63,000 people|displaced;a=OCHA]] since {{early March}}, OCHA said in its latest situation report, [[about 10,000 of them|displaced;n=-;a=OCHA]] across the border into Ethiopia. "
    "Aid agencies have pre-positioned [[1,500 shelter kits|aid]] in Malakal but cannot reach Nasir by road.",
)

F(
    "South Sudan: Abyei residents flee after attack on Agok",
    "Gunmen attacked Agok in the disputed Abyei area, killing [[32 people|killed;a=local authorities]] and burning [[about 150 tukuls|housing;u=structure;a=local authorities]], local authorities said. "
    "[[Several thousand residents|displaced]] fled to Mijak and Wunrok. "
    "A peacekeeper was among the [[20 wounded|injured]].",
)

F(
    "Sudan: Kassala shelters full as Gezira displaced arrive",
    "All [[38 shelters|capacity;a=state authorities]] in Kassala town are full, state authorities said, after the arrival of [[roughly 17,000 people|displaced;a=state authorities]] from Gezira since {{December 18}}. "
    "Families are now sleeping in the open along the Gash riverbed, and the state has asked for [[5,000 tents|aid;p;a=the state;alt=state authorities]], the state said.",
)

F(
    "Chad: UNHCR registers Sudanese refugees in Tine",
    "Registration teams in Tine recorded [[8,300 refugees|displaced;a=UNHCR]] in {{10 days}}, [[of whom 5,100|displaced;n=-;a=UNHCR]] are children, UNHCR said. "
    "The refugees are being relocated to Kouchaguine-Moura, {{80 km}} from the border, at a pace of about [[600 people a day|displaced]].",
)

F(
    "Ethiopia: displaced people in Tigray start going home under Pretoria deal",
    "[[About 16,000 displaced people|returned;a=the Tigray interim administration]] went back to their villages in Tselemti and Tsegede in the {{first phase}} of returns, the Tigray interim administration said. "
    "[[Over 1 million|displaced;a=the administration;alt=the Tigray interim administration]] remain in camps and host communities in the region, the administration said.",
)

F(
    "Ethiopia: Amhara clashes push civilians into schools in Gondar",
    "[[Some 12,000 people|displaced;a=a city official]] displaced by fighting between government forces and Fano militia have taken refuge in [[nine schools|capacity;a=a city official]] in Gondar, a city official told Reuters. "
    "[[Three children|killed]] died of diarrhoea in one of the schools last week.",
)

F(
    "Ethiopia: Oromia returnees receive seed and tools",
    "The ICRC distributed seed and tools to [[4,600 returnee households|aid;a=The ICRC]] in western Oromia, The ICRC said, enough to plant about {{2,300 hectares}}. "
    "[[Hundreds of families|displaced]] who fled the fighting in Kiramu have not yet returned.",
)

F(
    "Somalia: Baidoa sites receive new arrivals fleeing conflict and drought",
    "Camp managers in Baidoa counted [[14,700 new arrivals|displaced;a=Camp managers]] in {{February}}, Camp managers said, the highest monthly figure since {{2022}}. "
    "The town now hosts [[more than 600,000 displaced people|displaced]] in [[over 500 sites|capacity]]. "
    "[[About 1,100|displaced;a=the UN refugee agency]] of the arrivals came from areas where al-Shabaab imposes taxes on harvests, the UN refugee agency said.",
)

F(
    "Somalia: evictions hit displacement camps in Mogadishu",
    "[[More than 28,000 displaced people|displaced;a=the Norwegian Refugee Council]] were forcibly evicted from sites in Mogadishu's outskirts in the {{first quarter}}, the Norwegian Refugee Council said. "
    "Bulldozers destroyed [[some 2,600 makeshift shelters|capacity;a=the Norwegian Refugee Council]], it said.",
)

F(
    "Somalia: Las Anod fighting displaces tens of thousands",
    "Clashes between Somaliland forces and clan militias in Las Anod have killed [[at least 80 people|killed;a=hospital officials]], hospital officials said, and displaced [[as many as 185,000|displaced;a=hospital officials]]. "
    "[[About 100,000 of them|displaced;n=-;a=the UN refugee agency]] have crossed into Ethiopia's Somali region, according to the UN refugee agency.",
)

F(
    "Kenya: Dadaab receives Somalis fleeing drought and insecurity",
    "[[Nearly 60,000 Somalis|displaced;a=the Kenyan government]] arrived in Dadaab in {{2022}} and are not yet registered as refugees, the Kenyan government said. "
    "The three camps, built in the {{1990s}} for [[90,000 people|capacity]], now hold [[about 370,000|displaced]].",
)

F(
    "Somalia: Gedo villagers relocated ahead of offensive",
    "Regional authorities in Gedo moved [[roughly 3,500 families|displaced;a=the regional governor]] from villages on the Juba river to Garbaharey ahead of an offensive against al-Shabaab, the regional governor said. "
    "[[Two thousand|civilians]] stayed behind to look after their farms and livestock.",
)

F(
    "DRC: Goma camps emptied after M23 orders displaced to leave",
    "[[More than 110,000 people|returned;a=UNHCR]] have left displacement sites around Goma and gone back to their villages in Masisi and Rutshuru since {{February}}, UNHCR said, many after {{M23}} gave them {{72 hours}} to leave. "
    "[[Some 70 sites|capacity]] were dismantled. "
    "Aid agencies say many of the returnees found their homes occupied.",
)


# ---------------------------------------------------------------- DRC, Great Lakes, Mozambique

F(
    "DRC: Ituri displacement site attacked by CODECO militia",
    "CODECO fighters attacked the Plaine Savo displacement site in Djugu territory overnight, killing [[at least 18 people|killed;a=the UN mission in Congo]], the UN mission in Congo said. "
    "[[Around 4,000 residents|displaced]] of the site fled to the nearby MONUSCO base, where peacekeepers have opened [[two temporary shelters|capacity]]. "
    "[[Some 120 huts|capacity;a=local leaders]] were set on fire, local leaders said.",
)

F(
    "DRC: cholera spreads in Bulengo site as latrines overflow",
    "Health workers recorded [[430 suspected cholera cases|other;a=Health workers]] in the Bulengo site west of Goma in {{two weeks}}, Health workers said. "
    "The site has {{one latrine for every 180 people}}, far below the emergency standard of {{one for 50}}. "
    "Oxfam said it would install [[200 more latrines|aid;p;a=Oxfam]] and truck in [[400,000 litres|aid;p;a=Oxfam]] of water a day.",
)

F(
    "DRC: Masisi residents flee towards Sake",
    "[[Tens of thousands of people|displaced]] poured onto the road to Sake on {{Wednesday}} as fighting reached the hills above Mushaki. "
    "The local civil society coordinator said [[about 1,500 families|displaced;a=The local civil society coordinator]] had spent the night in a church and [[two primary schools|capacity;a=The local civil society coordinator]] in Sake. "
    "[[Some 400 others|displaced]] were sleeping on the football pitch.",
)

F(
    "DRC: host families in Beni stretched by new arrivals",
    "[[More than 9,000 host families|other;a=the provincial humanitarian division]] in Beni town are sheltering people who fled ADF attacks in Rwenzori sector, the provincial humanitarian division said. "
    "The families are hosting [[about 74,000 displaced people|displaced;a=the division;alt=the provincial humanitarian division]], often in homes of {{two rooms}}, the division said.",
)

F(
    "DRC: South Kivu refugees cross into Burundi",
    "Burundian authorities counted [[42,000 people|displaced;a=Burundian authorities]] entering from South Kivu through the Gatumba crossing in {{a fortnight}} after the fall of Bukavu, Burundian authorities said. "
    "Some were moved to a stadium in Rugombo that can hold [[about 10,000 people|capacity]]. "
    "[[At least three people|killed]] drowned crossing the Rusizi river.",
)

F(
    "DRC: returnees in Rutshuru find homes destroyed",
    "A survey by the Norwegian Refugee Council in Rutshuru found [[about 2,300 houses|housing;a=the Norwegian Refugee Council]] destroyed or badly damaged in the villages it visited, the Norwegian Refugee Council said. "
    "[[Roughly 19,000 people|returned;a=the group;alt=the Norwegian Refugee Council]] have returned to the area since {{June}}, the group said.",
)

F(
    "Burundi: repatriation convoys from Tanzania resume",
    "A convoy carrying [[1,250 Burundian refugees|returned;a=UNHCR]] from Nduta camp in Tanzania crossed at Kobero on {{Thursday}}, UNHCR said. "
    "Returnees receive a package of food for {{three months}} and {{$75}} in cash per adult. "
    "[[Over 200,000|returned;a=the agency;alt=UNHCR]] have been helped home since {{2017}}, the agency said, and [[about 150,000|displaced;a=the agency;alt=UNHCR]] remain in Tanzania.",
)

F(
    "Mozambique: Cabo Delgado displaced return to Mocimboa da Praia",
    "[[More than 500,000 people|returned;a=the IOM]] have returned to districts of Cabo Delgado since {{2022}}, the IOM said, among them [[about 63,000|returned;a=the IOM]] to Mocimboa da Praia. "
    "[[Around 580,000|displaced;a=the IOM]] are still displaced in the province, it said, most with host families in Pemba and Montepuez.",
)

F(
    "Mozambique: attacks in Macomia send families to Pemba",
    "Insurgent attacks on villages in Macomia district in {{May 2024}} forced [[some 8,000 people|displaced;a=Medecins Sans Frontieres]] to flee south, Medecins Sans Frontieres said. "
    "Many travelled by boat to Pemba, where [[more than 40 dhows|other]] arrived in a single night. "
    "[[Eleven civilians|killed;a=residents]] were beheaded in one village, according to residents.",
)

F(
    "Mozambique: Metuge resettlement site",
    "The Ngalane resettlement site in Metuge has [[1,700 plots|capacity;a=provincial officials]] for displaced families but only [[600 houses|housing;a=provincial officials]] have been built, provincial officials said. "
    "[[Nearly 2,000 families|displaced;a=provincial officials]] live in tents on the site, provincial officials said.",
)


# ---------------------------------------------------------------- Yemen, Syria, Lebanon

F(
    "Yemen: Marib camps absorb families fleeing Houthi offensive",
    "[[More than 1,400 families|displaced;a=the Executive Unit for IDP Camps]] arrived in Marib's camps in {{January}}, the Executive Unit for IDP Camps said, bringing the number of sites in the governorate to [[197|capacity;u=other;a=the Executive Unit for IDP Camps]]. "
    "The sites shelter [[roughly 2 million people|displaced]], many of them displaced {{two or three times}}. "
    "[[Another 250 families|displaced]] were waiting at checkpoints east of the city on {{Sunday}}.",
)

F(
    "Yemen: floods tear through Hajjah displacement sites",
    "Heavy rain destroyed or damaged [[about 6,500 shelters|capacity;a=the UN refugee agency]] in displacement sites in Hajjah and Hodeidah, the UN refugee agency said. "
    "[[Some 39,000 displaced people|displaced;a=the agency;alt=the UN refugee agency]] lost their tents, food stocks or both, the agency said. "
    "Partners have distributed [[3,200 emergency kits|aid]] so far.",
)

F(
    "Yemen: Hodeidah families return after front line moves",
    "[[Nearly 3,000 households|returned;a=local authorities]] have returned to Hays and Al Khawkhah districts since the front line shifted south, local authorities said. "
    "Landmines killed [[14 returnees|killed;a=Save the Children]], including [[six children|killed;a=Save the Children]], in the same period, according to Save the Children.",
)

F(
    "Yemen: migrants stranded in Saada after border shootings",
    "[[About 2,000 Ethiopian migrants|displaced;a=the IOM]] are stranded in Saada governorate after Saudi border guards fired on groups trying to cross, the IOM said. "
    "The IOM has helped [[around 4,700 migrants|returned;a=The IOM]] fly home to Addis Ababa from Aden since {{April}} under its voluntary return programme, The IOM said.",
)

F(
    "Yemen: Taiz siege leaves residents reliant on mountain road",
    "[[Some 600,000 people|civilians;a=the city's deputy governor]] in the besieged enclave of Taiz depend on a single mountain road for supplies, the city's deputy governor said on {{June 12, 2022}}. "
    "Trucks take {{six hours}} to cover a distance of {{5 km}} before the war. "
    "Houthi snipers have killed [[at least 17 civilians|killed]] on the road this year.",
)

F(
    "Syria: displaced families leave northwest camps after fall of Assad",
    "[[More than 175,000 people|returned;a=OCHA]] left camps in Idlib and northern Aleppo to return to their areas of origin between {{December 8}} and the end of {{January}}, OCHA said. "
    "[[About 1.9 million people|displaced;a=OCHA]] remain in [[more than 1,500 sites|capacity;a=OCHA]] across the northwest, it said.",
)

F(
    "Syria: Lebanese and Syrians cross Masnaa as strikes intensify",
    "[[More than 310,000 people|displaced;a=Lebanon's General Security]] crossed from Lebanon into Syria in the {{two weeks}} after Israel escalated its strikes in {{September 2024}}, Lebanon's General Security said. "
    "About {{two-thirds}} were Syrians. "
    "The Syrian Arab Red Crescent set up [[five reception points|capacity]] at the Jdeidet Yabous crossing and handed out [[12,000 hot meals|aid]] on the first weekend.",
)


F(
    "Syria: Rukban residents leave desert camp",
    "[[About 7,000 people|displaced;a=the Syrian Arab Red Crescent]] still live in Rukban camp near the Jordanian border, the Syrian Arab Red Crescent said, down from [[some 40,000|displaced;a=the Syrian Arab Red Crescent]] in {{2019}}. "
    "A convoy of [[27 trucks|aid]] reached the camp last week with flour, medicine and hygiene items, the first in {{four years}}.",
)

F(
    "Syria: returnees to Homs countryside find villages in ruins",
    "Of the [[roughly 9,000 families|returned;a=the local council]] who have gone back to villages north of Homs since {{January}}, [[about 2,000|civilians;u=household;a=the local council]] are living in houses without roofs or windows, the local council said. "
    "UN-Habitat estimates that [[around 6,400 homes|housing;a=UN-Habitat]] in the area were destroyed during the war.",
)

F(
    "Syria: al-Hol camp population falls as Iraq repatriates nationals",
    "Iraq repatriated [[another 150 families|returned;a=Iraq's migration ministry]] from al-Hol camp in northeast Syria on {{Tuesday}}, Iraq's migration ministry said, taking the total returned since {{2021}} to [[more than 13,000 people|returned;a=Iraq's migration ministry]]. "
    "The camp still holds [[about 40,000 people|displaced;a=camp administrators]], [[including 17,000 Iraqis|displaced;a=camp administrators]], camp administrators said.",
)

F(
    "Syria: quake-hit northwest camps receive winterisation kits",
    "The UN-led cross-border operation sent [[1,032 trucks|aid;a=OCHA]] through Bab al-Hawa in {{November}}, OCHA said, a monthly record. "
    "Partners distributed winter clothing to [[290,000 children|aid]] and heating fuel to [[45,000 families|aid]] living in tents in Idlib's camps.",
)

F(
    "Syria: Druze families flee Sweida clashes",
    "Fighting between Druze militias and Bedouin tribes in Sweida province has displaced [[at least 128,000 people|displaced;a=the IOM]], the IOM said on {{July 21, 2025}}. "
    "[[About 90 collective shelters|capacity;a=local officials]] have opened in schools and community halls, local officials said. "
    "[[Hundreds of people|killed]] have been killed.",
)

F(
    "Lebanon: displaced return to south after ceasefire",
    "Within {{48 hours}} of the ceasefire, [[more than 500,000 people|returned;a=Lebanon's disaster management unit]] had headed back towards the south and the Bekaa, Lebanon's disaster management unit said. "
    "Of the [[1,170 collective shelters|capacity;a=the unit;alt=Lebanon's disaster management unit]] opened during the war, [[around 1,000|capacity;u=structure;a=the unit;alt=Lebanon's disaster management unit]] had emptied, the unit said.",
)

F(
    "Lebanon: schools turned into shelters in Beirut and Mount Lebanon",
    "The education ministry said [[505 public schools|capacity;a=The education ministry]] were being used as shelters for people fleeing Israeli strikes, delaying the school year for [[about 380,000 pupils|civilians;a=The education ministry]]. "
    "[[Tens of thousands of displaced|displaced;n=displaced]] are sleeping on the Beirut seafront and in public gardens.",
)

F(
    "Lebanon: Israeli strikes destroy homes in border villages",
    "Satellite analysis by the National Council for Scientific Research found [[more than 3,200 buildings|housing;a=the National Council for Scientific Research]] destroyed in [[11 villages|other;a=the National Council for Scientific Research]] along the border, the National Council for Scientific Research said. "
    "[[About 96,000 residents|displaced]] of the border area have been displaced since {{October 2023}}.",
)

F(
    "Lebanon: Syrian refugees deported after army raids",
    "The Lebanese army deported [[at least 168 Syrians|returned;a=the Access Center for Human Rights]] in {{April}} after raids on informal settlements in the Bekaa, the Access Center for Human Rights said. "
    "[[Some 1,500 refugees|displaced;a=the group;alt=the Access Center for Human Rights]] fled [[two settlements|capacity;u=other;a=the group;alt=the Access Center for Human Rights]] near Arsal after the raids, the group said.",
)

F(
    "Gaza: UNRWA shelters overcrowded in Rafah",
    "[[More than 1.4 million people|displaced;a=UNRWA]] are now crammed into Rafah, UNRWA said, a city that had a population of [[about 275,000|civilians;a=UNRWA]] before the war. "
    "In its shelters there is {{one toilet per 850 people}}, it said. "
    "[[Several dozen|killed;a=medics]] were killed in strikes on the city overnight, medics said.",
)


# ---------------------------------------------------------------- Gaza, West Bank

F(
    "Gaza: hundreds of thousands move north after Netzarim reopens",
    "[[More than 300,000 people|returned;a=the UN]] crossed from southern Gaza to the north in the {{first three days}} after the Netzarim corridor reopened, according to the UN. "
    "Most walked along the coastal road, carrying mattresses and water containers. "
    "The UN estimates that {{about 92 percent}} of housing units in the Strip are damaged or destroyed, and [[some 60,000 tents|aid;p;a=aid agencies]] are needed in the north alone, aid agencies said.",
)

F(
    "Gaza: aid trucks enter through Kerem Shalom",
    "[[Ninety-one trucks|aid;a=COGAT]] carrying food and medical supplies entered Gaza through Kerem Shalom on {{Sunday}}, COGAT said, while the UN said it had been able to collect only [[41|aid;u=other;a=the UN]] because of insecurity on the road. "
    "Before the war, [[about 500 trucks|aid]] entered the Strip on a typical working day.",
)

F(
    "Gaza: evacuation orders cover Khan Younis neighbourhoods",
    "The Israeli military ordered residents of [[24 neighbourhoods|other;u=other]] in eastern Khan Younis to leave on {{Monday}}. "
    "OCHA estimated that [[around 250,000 people|civilians;a=OCHA]] were affected by the order, which covers about {{117 square kilometres}}. "
    "[[At least 70 people|killed;a=the Gaza health ministry]] were killed in the area the same day, the Gaza health ministry said.",
)

F(
    "Gaza: medical evacuations through Kerem Shalom resume",
    "The World Health Organization said it had evacuated [[85 patients|displaced;a=The World Health Organization]] and [[110 companions|displaced;a=The World Health Organization]] to Jordan and the UAE, the largest medical evacuation since {{May}}. "
    "[[More than 12,000 patients|civilians;a=the agency;alt=The World Health Organization]] still need to leave Gaza for treatment, the agency said.",
)

F(
    "Gaza: shelters hit in Gaza City",
    "A strike on a school sheltering displaced families in the Daraj neighbourhood killed [[at least 22 people|killed;a=the Civil Defence]], [[including 13 children|killed;a=the Civil Defence]], the Civil Defence said. "
    "The school had taken in [[about 3,000 people|displaced]] who fled Jabalia. "
    "Since {{October 2023}}, [[more than 190 UNRWA installations|housing;u=structure;n=installations;a=UNRWA]] have been hit, according to UNRWA.",
)

F(
    "Gaza: community kitchens close as flour runs out",
    "The World Food Programme said it had closed [[25 community kitchens|aid;a=The World Food Programme]] in Gaza after stocks ran out, leaving [[22|aid;u=other;a=The World Food Programme]] open. "
    "The kitchens had been serving [[about 280,000 meals a day|aid]]. "
    "A {{25 kg}} sack of flour now costs more than {{$300}} in Deir al-Balah, traders said.",
)

F(
    "West Bank: Jenin and Tulkarm camps emptied by military operation",
    "[[About 40,000 Palestinians|displaced;a=UNRWA]] have been forced out of the Jenin, Tulkarm and Nur Shams refugee camps since the Israeli operation began in {{January 2025}}, UNRWA said, the largest displacement in the West Bank since {{1967}}. "
    "The army has demolished [[more than 100 buildings|housing;a=the agency;alt=UNRWA]] in the camps, the agency said. "
    "Displaced families are staying in mosques, schools and a university dormitory in Jenin.",
)

F(
    "West Bank: herding communities leave Jordan Valley after settler attacks",
    "[[Seven Palestinian herding communities|other;u=other;a=B'Tselem]] in the northern Jordan Valley have left their land since {{2023}} after repeated settler attacks, B'Tselem said, a total of [[some 120 families|displaced;a=B'Tselem]]. "
    "Settlers also stole [[about 1,500 sheep|other;a=the group;alt=B'Tselem]], the group said.",
)

F(
    "Gaza: water trucking in Mawasi reaches fraction of needs",
    "Aid groups truck [[around 2.5 million litres|aid;a=the WASH cluster]] of water a day into the Mawasi area, the WASH cluster said, for [[an estimated 1 million people|displaced;a=the WASH cluster]] living in tents along the coast. "
    "That is about {{three litres}} per person per day, against an emergency minimum of {{15 litres}}.",
)

F(
    "Gaza: families sheltering in Deir al-Balah hospital told to leave",
    "[[About 650 displaced people|displaced;a=hospital staff]] sheltering in the courtyard of Al-Aqsa Martyrs Hospital were told to leave after an evacuation order for [[three nearby blocks|other;u=other;a=hospital staff]], hospital staff said. "
    "The hospital has [[160 beds|capacity;u=other]] but was treating [[more than 600 patients|aid]] on {{Wednesday}}.",
)

# ---------------------------------------------------------------- Ukraine

F(
    "Ukraine: evacuations from Pokrovsk district intensify",
    "Authorities evacuated [[1,200 people|displaced;a=the regional governor]], [[including 260 children|displaced;a=the regional governor]], from Pokrovsk and surrounding villages over the weekend, the regional governor said. "
    "[[About 11,000 residents|civilians;a=the governor;alt=the regional governor]] remain in the town, which had [[60,000|civilians;a=the governor;alt=the regional governor]] before the war, the governor said.",
)

F(
    "Ukraine: Kharkiv region families flee renewed Russian offensive",
    "[[More than 9,900 people|displaced;a=Kharkiv governor Oleh Syniehubov]] have been evacuated from border areas of Kharkiv region since {{May 10}}, Kharkiv governor Oleh Syniehubov said. "
    "The transit centre in Kharkiv has received [[up to 400 people a day|displaced]]. "
    "Shelling destroyed or damaged [[about 170 houses|housing]] in Vovchansk in {{a week}}.",
)

F(
    "Ukraine: returns to Kyiv region outpace repairs",
    "[[Around 4.8 million Ukrainians|returned;a=the IOM]] have returned to their homes after being displaced within the country or abroad, the IOM said in its {{round 16}} survey. "
    "{{About a quarter}} of them live in damaged housing. "
    "In Kyiv region alone, [[some 26,000 homes|housing;a=regional authorities]] have been rebuilt since {{2022}}, regional authorities said.",
)

F(
    "Ukraine: collective centres in Dnipro near capacity",
    "Dnipro's [[112 collective centres|capacity;a=the city council]] have [[about 9,000 places|capacity;a=the city council]] and are {{95%}} full, the city council said. "
    "[[Some 350 new arrivals|displaced]] from Donetsk region register every day, and the city plans to open [[four modular towns|capacity;u=other;p]] by winter.",
)

F(
    "Ukraine: Kherson residents leave right bank under shelling",
    "[[About 2,000 people|displaced;a=the regional military administration]] left Kherson city in the week after Russian forces intensified drone attacks on civilians, the regional military administration said. "
    "[[Roughly 60,000|civilians;a=the administration;alt=the regional military administration]] remain in a city that had [[280,000 residents|civilians;a=the administration;alt=the regional military administration]] in {{2021}}, the administration said.",
)

F(
    "Ukraine: children returned from Russia through Qatari mediation",
    "[[Eleven Ukrainian children|returned;a=the presidential office]] taken to Russia or occupied areas have been brought back to Ukraine through Qatari mediation, the presidential office said on {{June 3}}. "
    "Kyiv says it has verified [[19,546 children|displaced;a=Kyiv]] deported or forcibly transferred since {{February 2022}}, and only [[about 1,300|returned;a=Kyiv]] have come home.",
)

F(
    "Ukraine: Sumy villages evacuated",
    "The Sumy regional administration ordered the mandatory evacuation of [[11 more villages|other;u=other;a=The Sumy regional administration]] near the Russian border, The Sumy regional administration said, which will move [[about 1,400 people|displaced;p;a=The Sumy regional administration]]. "
    "[[More than 54,000|displaced]] have already left the border zone since last summer.",
)

F(
    "Ukraine: Mariupol residents still in occupied city",
    "[[Up to 100,000 people|civilians;a=the city's exiled mayor]] remain in occupied Mariupol, the city's exiled mayor said, down from [[about 430,000|civilians;a=the city's exiled mayor]] before the invasion. "
    "Russian authorities have demolished [[at least 270 apartment buildings|housing;a=the city council in exile]], according to the city council in exile.",
)

F(
    "Poland: refugees from Ukraine register for temporary protection",
    "Poland has granted temporary protection to [[about 980,000 Ukrainians|displaced;a=the European Union's statistics office]], the European Union's statistics office said, the second-largest number in the EU after Germany's [[1.2 million|displaced;a=the European Union's statistics office]]. "
    "Ukraine's border service said [[about 30,000 Ukrainians|returned;a=Ukraine's border service]] crossed back from Poland at the weekend, many of them women going home to Kyiv.",
)

F(
    "Moldova: refugee accommodation centres close as numbers fall",
    "Moldova has closed [[28 refugee accommodation centres|capacity;a=the labour ministry]] since {{January}}, leaving [[41|capacity;u=structure;a=the labour ministry]] open with [[about 2,100 residents|displaced;a=the labour ministry]], the labour ministry said. "
    "[[Some 120,000 Ukrainians|displaced]] live in the country, most in rented flats.",
)

# ---------------------------------------------------------------- Myanmar, Bangladesh, Afghanistan

F(
    "Bangladesh: new Rohingya arrivals in Cox's Bazar camps",
    "[[Around 118,000 Rohingya|displaced;a=UNHCR]] have arrived in the Cox's Bazar camps since {{late 2023}}, fleeing fighting in Rakhine state, UNHCR said. "
    "[[About 70,000 of them|displaced;n=-;a=UNHCR]] have been biometrically registered, it said. "
    "The camps already held [[nearly one million refugees|displaced;v=1000000]] spread across [[33 camps|capacity]].",
)

F(
    "Bangladesh: fire destroys shelters in Rohingya camp",
    "A fire tore through {{Camp 5}} in Kutupalong on {{Sunday}}, destroying [[some 1,200 shelters|capacity;a=the refugee relief commissioner]] and leaving [[about 7,000 refugees|displaced;a=the refugee relief commissioner]] without a roof, the refugee relief commissioner said. "
    "[[Two children|killed]] died, and [[15 health and learning centres|housing;u=structure;n=centres]] were also burned.",
)

F(
    "Bangladesh: Bhasan Char relocation continues",
    "The navy moved [[another 2,300 Rohingya|displaced;a=Bangladeshi officials]] from Cox's Bazar to Bhasan Char island on {{Tuesday}}, Bangladeshi officials said. "
    "The island was built to house [[100,000 people|capacity]] and now has [[about 36,000|displaced]].",
)

F(
    "Myanmar: civilians flee Sittwe outskirts as Arakan Army advances",
    "[[Tens of thousands of residents|displaced]] have left the outskirts of Sittwe for the city centre, aid workers said. "
    "[[About 600,000 people|civilians;a=a UN official]] across Rakhine state are in need of food aid, a UN official told reporters in Bangkok, and [[some 180,000|civilians;a=a UN official]] are at risk of famine.",
)

F(
    "Myanmar: quake-struck Sagaing also hit by airstrikes",
    "Junta airstrikes on villages in Sagaing killed [[at least 12 people|killed;a=a local resistance group]] days after the earthquake, a local resistance group said. "
    "[[Some 3,000 people|displaced]] sleeping in fields after the quake fled again. "
    "The Myanmar Red Cross has set up [[14 temporary camps|capacity;a=the Myanmar Red Cross]] in the region, according to the Myanmar Red Cross.",
)

F(
    "Thailand: Myanmar refugees return from Mae Sot after fighting eases",
    "[[About 3,000 of the people|returned;n=people;a=Thai authorities]] who crossed into Mae Sot during the fighting for Myawaddy have gone back, Thai authorities said. "
    "Thai officials had opened [[two temporary safe areas|capacity;u=other;a=Thai officials]] for up to [[4,000 people|capacity;a=Thai officials]], Thai officials said earlier.",
)

F(
    "Afghanistan: returnees from Pakistan pass through Torkham",
    "[[More than 17,000 Afghans|returned;a=the Taliban's refugee ministry]] crossed back through Torkham on {{Wednesday}}, the Taliban's refugee ministry said, the busiest day since Pakistan began deporting undocumented foreigners. "
    "Returnees receive {{10,000 afghanis}} per family at the zero point, and the ministry says it has set aside land for [[14 new townships|capacity;u=other;p;a=the ministry;alt=the Taliban's refugee ministry]]. "
    "[[Hundreds of families|displaced]] were sleeping in the open near the crossing.",
)

F(
    "Afghanistan: Iran deportations surge after Israel war",
    "Iran deported or pushed back [[more than 500,000 Afghans|returned;a=the UN]] in the {{four weeks}} after {{June 13}}, according to the UN, among them [[about 7,000 unaccompanied children|returned;a=the UN]]. "
    "At the Islam Qala crossing, the IOM counted [[up to 40,000 arrivals a day|returned;a=the IOM]]. "
    "The agency has handed out [[23,000 hot meals|aid]] and provided transport to [[about 9,000 people|aid]] going on to their provinces of origin.",
)

F(
    "Pakistan: Kurram families stranded as road closure continues",
    "[[About 300,000 residents|civilians;a=the district administration]] of Parachinar and surrounding villages have been cut off for more than {{three months}}, the district administration said. "
    "Helicopters have flown in [[80 tonnes|aid]] of medicines. "
    "Sectarian clashes in {{November}} killed [[more than 130 people|killed;a=local officials]] and burned [[about 400 shops|housing;a=local officials]], local officials said.",
)

F(
    "Pakistan: Bajaur operation ends, displaced told to return",
    "The provincial government told [[more than 100,000 people|returned;p;a=The provincial government]] who fled a military operation in Bajaur to go home within {{a week}}, The provincial government said. "
    "Officials say [[2,400 houses|housing;a=Officials]] were damaged in the fighting and will be compensated at {{400,000 rupees}} each.",
)


# ---------------------------------------------------------------- Sahel, Lake Chad, CAR

F(
    "Burkina Faso: Djibo under blockade as displaced population grows",
    "[[More than 300,000 people|civilians;a=humanitarian sources]], [[including 270,000 displaced|displaced;n=displaced;a=humanitarian sources]], are living in Djibo under a blockade by JNIM fighters, humanitarian sources said. "
    "The town's population was [[about 60,000|civilians]] before {{2019}}. "
    "The army has flown in food by helicopter, but the last road convoy, of [[between 150 and 200 trucks|aid]], was attacked in {{September}}.",
)

F(
    "Burkina Faso: displaced families in Kaya receive shelter kits",
    "The Norwegian Refugee Council distributed [[1,500 emergency shelter kits|aid;a=The Norwegian Refugee Council]] to displaced families in Kaya, The Norwegian Refugee Council said. "
    "Kaya hosts [[an estimated 100,000 to 120,000 displaced people|displaced;q=range;lo=100000;hi=120000]], roughly as many as its original residents. "
    "[[Another 40 households|displaced]] arrived from Barsalogho on {{Friday}}.",
)

F(
    "Mali: Mopti sites receive displaced from Bandiagara",
    "[[Some 4,500 people|displaced;a=the regional directorate for social development]] fled villages around Bandiagara after attacks by armed men, the regional directorate for social development said, and are now in [[three sites|capacity;u=other;a=the regional directorate for social development]] in Sevare. "
    "[[Six villages|other;a=residents]] were emptied in two days, residents said.",
)

F(
    "Mali: Malian refugees in Mbera camp",
    "[[Nearly 260,000 Malian refugees|displaced;a=UNHCR]] live in and around Mbera camp in Mauritania's Hodh Chargui region, UNHCR said, up from [[about 90,000|displaced;a=UNHCR]] in {{2022}}. "
    "Local residents in Bassikounou, [[some 70,000 people|civilians]], share water points and pasture with the refugees.",
)

F(
    "Niger: Tillaberi villagers flee to Ouallam",
    "[[Between 2,000 and 2,500 villagers|displaced;a=local officials]] reached Ouallam after gunmen on motorbikes attacked [[four villages|other;a=local officials]] in the Tillaberi region, local officials said. "
    "[[About 20 people|killed]] were killed in the attacks. "
    "In Ouallam, displaced families are sleeping in [[12 classrooms|capacity]] and under trees.",
)

F(
    "Niger: migrants expelled from Algeria arrive in Assamaka",
    "[[More than 31,000 migrants|returned;a=Alarme Phone Sahara]] were expelled from Algeria to the Niger border in {{2024}}, Alarme Phone Sahara said. "
    "The IOM transit centre in Assamaka, designed for [[about 1,000 people|capacity;a=the IOM]], hosted [[up to 4,500|displaced;a=the IOM]] at times, according to the IOM.",
)

F(
    "Nigeria: Borno returnees resettled in Bama",
    "The Borno State government resettled [[3,000 households|returned;a=The Borno State government]] in Bama town in the latest phase of returns, The Borno State government said, giving each family {{50,000 naira}} and a bag of rice. "
    "The state has rebuilt [[about 2,000 houses|housing]] in Bama since {{2020}}. "
    "Aid groups warned that farmland more than {{2 km}} from the town remains off limits because of attacks.",
)

F(
    "Nigeria: Zamfara villagers flee bandit raids to Gusau",
    "Bandits raided [[nine communities|other;u=other;a=residents]] in Maru local government area, killing [[at least 37 people|killed;a=residents]] and abducting [[dozens of women|kidnapped;a=residents]], residents said. "
    "[[Over 6,000 people|displaced;a=the State Emergency Management Agency]] have arrived in Gusau and are staying in [[two primary schools|capacity;a=the State Emergency Management Agency]], the State Emergency Management Agency said.",
)

F(
    "Nigeria: Benue camps overwhelmed after herder attacks",
    "[[About 1.5 million people|displaced;a=the Benue State Emergency Management Agency]] are now displaced in Benue State, the Benue State Emergency Management Agency said, [[of whom 500,000|displaced;a=the Benue State Emergency Management Agency]] live in official camps. "
    "The rest stay with relatives or in unfinished buildings in Makurdi, where the agency has counted [[over 40 informal sites|capacity;a=the agency;alt=the Benue State Emergency Management Agency]].",
)

F(
    "Cameroon: Nigerian refugees cross into Far North after Boko Haram attacks",
    "[[Some 7,000 Nigerians|displaced;a=UNHCR]] crossed into Cameroon's Far North region after Boko Haram attacks near Gamboru, UNHCR said on {{January 14, 2015}}. "
    "Minawao camp, opened for [[15,000 refugees|capacity]], now holds [[more than 33,000|displaced]]. "
    "Cameroon has sent [[around 2,000 soldiers|combatants;a=Cameroon's defence minister]] to the border, Cameroon's defence minister said.",
)

F(
    "Cameroon: Anglophone crisis displaces villagers to Douala",
    "[[An estimated 640,000 people|displaced;a=OCHA]] have been displaced inside Cameroon by the conflict in the North-West and South-West regions, OCHA said, and [[roughly 70,000|displaced;a=OCHA]] have fled to Nigeria. "
    "[[More than 170 villages|other;a=researchers at the University of Buea]] have been burned since {{2017}}, according to a tally by researchers at the University of Buea.",
)

F(
    "Chad: Lake Chad islands emptied after Boko Haram raid",
    "The army ordered residents of [[more than 20 islands|other;u=other;a=the army]] on Lake Chad to leave after a Boko Haram raid killed [[seven soldiers|killed;a=the army]], the army said. "
    "[[About 11,000 islanders|displaced;a=the regional governor]] have moved to Baga Sola, where the regional governor said the state had opened [[two sites|capacity;a=the regional governor]].",
)


# ---------------------------------------------------------------- Haiti, Colombia, the Americas

F(
    "Haiti: Port-au-Prince displacement sites multiply",
    "The number of displacement sites in the Port-au-Prince area rose to [[142|capacity;u=other;a=the IOM]] in {{October 2024}}, the IOM said, up from [[96|capacity;u=other;a=the IOM]] in {{June}}. "
    "They shelter [[about 190,000 people|displaced]], most of them in schools, churches and public buildings. "
    "Gang attacks on Solino alone forced [[some 10,000|displaced;a=local officials]] out in {{a week}}, local officials said.",
)

F(
    "Haiti: Dominican Republic deportations continue",
    "The Dominican Republic deported [[more than 276,000 Haitians|returned;a=the IOM]] in {{2024}}, the IOM said, and [[another 36,000|returned;a=the agency;alt=the IOM]] in {{January}} alone, the agency said. "
    "At the Belladere crossing, the Haitian border support group received [[up to 1,000 deportees a day|returned]], among them [[dozens of pregnant women|returned]].",
)

F(
    "Haiti: Mirebalais families shelter in Hinche schools",
    "[[Close to 6,000 people|displaced;a=the Central Plateau civil protection office]] who fled gangs in Mirebalais and Saut-d'Eau are sheltering in [[11 schools|capacity;a=the Central Plateau civil protection office]] in Hinche, the Central Plateau civil protection office said. "
    "Classes for [[about 4,000 pupils|civilians;a=the office;alt=the Central Plateau civil protection office]] have been suspended, the office said. "
    "The WFP delivered hot meals to [[2,800 people|aid]] on {{Monday}}.",
)

F(
    "Haiti: residents trapped in Cite Soleil as gangs fight",
    "[[Hundreds of residents|civilians;a=Medecins Sans Frontieres]] of Brooklyn, a neighbourhood of Cite Soleil, are trapped without water or food as rival gangs fight for control, Medecins Sans Frontieres said. "
    "The group treated [[47 people|injured;a=The group;alt=Medecins Sans Frontieres]] for gunshot wounds in {{five days}}, The group said, and [[at least 35 bodies|killed]] have been seen in the streets.",
)

F(
    "Haiti: homes burned in Arcahaie gang attack",
    "Gang members set fire to [[about 200 houses|housing;a=the mayor of Arcahaie]] in the commune on {{Thursday}} night, the mayor of Arcahaie said, and [[at least 15 people|killed;a=the mayor of Arcahaie]] were killed. "
    "[[Roughly 1,700 residents|displaced]] have taken refuge in the town centre.",
)

F(
    "Colombia: Catatumbo displaced begin returning to rural Tibu",
    "[[About 9,000 people|returned;a=the Ombudsman's Office]] who fled the ELN offensive in Catatumbo have gone back to rural Tibu, the Ombudsman's Office said, while [[more than 47,000|displaced;a=the Ombudsman's Office]] remain in Cucuta, Ocana and Tibu town. "
    "The government has registered [[14,600 families|aid;a=the government]] for emergency cash aid of {{1.2 million pesos}}, the government said.",
)

F(
    "Colombia: confined communities in Choco",
    "[[Some 12,000 people|civilians;a=the Ombudsman's Office]] in [[34 Indigenous and Afro-Colombian communities|other;u=other;a=the Ombudsman's Office]] along the San Juan river are confined by fighting between the ELN and the Clan del Golfo, the Ombudsman's Office said. "
    "They cannot fish or reach their crops more than {{500 metres}} from their villages. "
    "The army has sent [[300 soldiers|combatants]] to the area.",
)

F(
    "Panama: Darien crossings fall sharply",
    "[[Just over 2,000 migrants|displaced;a=Panama's migration service]] crossed the Darien jungle in {{January}}, Panama's migration service said, against [[36,000|displaced;a=Panama's migration service]] a year earlier. "
    "[[More than 1,200 migrants|returned;a=the service;alt=Panama's migration service]] heading back south from the United States border passed through Panama by boat in the same month, the service said.",
)

F(
    "Venezuela: villagers flee Apure clashes into Colombia",
    "[[About 4,700 Venezuelans|displaced;a=the mayor of Arauquita]] crossed the Arauca river into Colombia after fighting between the Venezuelan army and FARC dissidents in Apure, the mayor of Arauquita said. "
    "They are sheltering in [[eight temporary shelters|capacity]] and a sports coliseum. "
    "[[Four soldiers|killed]] and [[two civilians|killed]] were killed in the clashes, and [[eight soldiers|kidnapped]] were taken prisoner.",
)


# ---------------------------------------------------------------- Iraq, Libya, Caucasus

F(
    "Iraq: Mosul families flee as offensive enters western city",
    "[[Around 4,000 people a day|displaced;a=the Iraqi migration ministry]] are fleeing western Mosul, the Iraqi migration ministry said on {{March 1, 2017}}. "
    "Hammam al-Alil camp, with [[3,500 tents|capacity]], was full within {{a week}}, and the ministry is building [[two more camps|capacity;p;a=the ministry;alt=the Iraqi migration ministry]] south of the city, the ministry said. "
    "[[Up to 750,000 civilians|civilians;a=the UN]] are thought to remain in the western half, according to the UN.",
)

F(
    "Iraq: Sinjar Yazidis return from Duhok camps",
    "[[About 1,800 Yazidi families|returned;a=the Kurdistan region's migration office]] left camps in Duhok for Sinjar in {{March}}, the Kurdistan region's migration office said. "
    "[[Some 180,000 Yazidis|displaced]] still live in [[15 camps|capacity]] in the region, nearly a decade after the Islamic State attack of {{August 2014}}. "
    "In Sinjar, {{about 80 percent}} of public buildings and [[some 6,000 houses|housing;a=local officials]] were destroyed, according to local officials.",
)

F(
    "Iraq: camp closures leave families with nowhere to go",
    "The federal government closed [[16 camps|capacity;a=Human Rights Watch]] in {{2020}} and sent [[more than 34,000 people|returned;a=Human Rights Watch]] back to their districts, Human Rights Watch said. "
    "But [[roughly 100,000|displaced;a=the group;alt=Human Rights Watch]] of those who left ended up in informal settlements or unfinished buildings, the group said, because their homes had been destroyed or their areas were unsafe.",
)

F(
    "Libya: Tawergha residents begin return after seven years",
    "[[Around 40 families|returned;a=the Tawergha local council]] went back to the town of Tawergha on {{February 1, 2018}}, the Tawergha local council said, the first of [[some 40,000 residents|displaced;a=the Tawergha local council]] driven out in {{2011}}. "
    "[[Hundreds of families|displaced]] remained in a desert camp {{40 km}} away after Misrata militias blocked the road.",
)

F(
    "Libya: Tripoli clashes force families from Abu Salim",
    "Fighting between armed groups in the Abu Salim district displaced [[about 2,100 families|displaced;a=the Libyan Red Crescent]], the Libyan Red Crescent said, and killed [[at least 32 people|killed;a=the health ministry]], according to the health ministry. "
    "[[Some 600 migrants|civilians]] held in a detention centre in the area were trapped for {{two days}} without food.",
)

F(
    "Armenia: Karabakh refugees register in Goris",
    "Armenian officials registered [[100,514 people|displaced;a=Armenian officials]] who had arrived from Nagorno-Karabakh by {{October 2}}, Armenian officials said, out of a population put at [[about 120,000|civilians;a=Armenian officials]]. "
    "The government said [[more than 40,000|displaced;a=The government]] had been placed in hotels and state housing, and [[about 20,000|displaced;a=The government]] were staying with relatives.",
)

F(
    "Azerbaijan: families move into rebuilt Lachin",
    "[[Twenty-two families|returned;a=the state agency for the restoration of liberated territories]] moved into rebuilt houses in Lachin on {{Thursday}}, the state agency for the restoration of liberated territories said. "
    "The town has [[about 1,000 new homes|housing]], and the government plans to bring [[some 20,000 people|returned;p;a=the government]] back by {{2026}}, according to the government.",
)

# ---------------------------------------------------------------- Ethiopia, Somalia, South Sudan, CAR

F(
    "Ethiopia: Somali region displaced by Oromia border clashes",
    "Clashes along the Oromia-Somali boundary displaced [[between 60,000 and 85,000 people|displaced;a=aid agencies]] in {{two weeks}}, aid agencies said. "
    "[[At least 46 people|killed]] were killed in Moyale alone. "
    "Many of the displaced had already fled the drought of {{2017}}, when [[about half a million|displaced;a=the UN]] left their homes, according to the UN.",
)

F(
    "Ethiopia: Eritrean refugees in Tigray camps unaccounted for",
    "[[About 7,600 refugees|missing;a=UNHCR]] from the Hitsats and Shimelba camps remain unaccounted for after the camps were destroyed, UNHCR said. "
    "The two camps had hosted [[some 20,000 Eritreans|displaced]] before the war. "
    "[[About 8,000|displaced]] have been moved to a new site at Alemwach in Amhara.",
)

F(
    "Somalia: Kismayo receives families from Jubaland fighting",
    "[[More than 5,000 households|displaced;a=Jubaland's humanitarian affairs ministry]] have reached Kismayo since fighting between federal and Jubaland forces began, Jubaland's humanitarian affairs ministry said. "
    "The town's [[29 displacement sites|capacity]] were already home to [[about 130,000 people|displaced]]. "
    "The ministry says it needs [[8,000 shelter kits|aid;p;a=The ministry;alt=Jubaland's humanitarian affairs ministry]].",
)

F(
    "Somalia: al-Shabaab blockade keeps farmers from fields in Hiraan",
    "[[About 46,000 people|civilians;a=the regional administration]] in [[21 villages|other;a=the regional administration]] of Hiraan are cut off by an al-Shabaab blockade, the regional administration said. "
    "Aid can reach them only by air; the WFP has made [[nine airdrops|aid]] since {{April}}.",
)

F(
    "South Sudan: Tambura violence empties villages",
    "[[More than 80,000 people|displaced;a=the UN mission]] have fled fighting between Azande and Balanda militias around Tambura, the UN mission said, and [[at least 100|killed;a=the UN mission]] have been killed. "
    "Peacekeepers are protecting [[about 10,000 people|displaced]] who have gathered at their base. "
    "Houses in [[dozens of villages|other]] have been burned.",
)

F(
    "Central African Republic: Bambari displaced return to their neighbourhoods",
    "[[Roughly 3,000 people|returned;a=the UN mission MINUSCA]] who had sheltered near the Bambari cathedral went back to their neighbourhoods after the armed group left town, the UN mission MINUSCA said. "
    "[[About 600 houses|housing;a=the mission;alt=the UN mission MINUSCA]] were looted or burned during the fighting, the mission said. "
    "The cathedral site, which once sheltered [[up to 20,000|displaced]], is now almost empty.",
)

F(
    "Central African Republic: refugees from Sudan in Birao",
    "[[About 30,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in the Vakaga prefecture since {{April 2023}}, UNHCR said, more than doubling the population of Birao, then put at [[some 20,000|civilians;a=UNHCR]]. "
    "The agency has built [[1,100 shelters|capacity;a=The agency;alt=UNHCR]] at Korsi, The agency said.",
)


# ---------------------------------------------------------------- mixed, part 2

F(
    "Sudan: Tawila absorbs survivors of Zamzam assault",
    "[[Some 400,000 people|displaced;a=the IOM]] fled Zamzam camp after the RSF overran it in {{April 2025}}, the IOM said, most of them to Tawila, {{60 km}} to the west. "
    "The number of displaced people in Tawila has risen to [[nearly 1 million|displaced]], and Medecins Sans Frontieres says it is seeing [[up to 100 malnourished children a day|aid;a=Medecins Sans Frontieres]]. "
    "Aid groups have put up [[only 3,000 shelters|capacity]] in the new sites.",
)

F(
    "Sudan: Khartoum returnees find city without water or power",
    "[[More than 400,000 people|returned;a=the IOM]] have returned to Khartoum state since the army retook the capital in {{March}}, the IOM said. "
    "The state water corporation said {{about 60 percent}} of the network was still out of service. "
    "Volunteers in Omdurman run [[more than 90 communal kitchens|aid]] that feed [[an estimated 70,000 people|aid]] daily.",
)

F(
    "South Sudan: Sudanese refugees relocated from Renk to Maban",
    "The UN refugee agency relocated [[4,350 Sudanese refugees|displaced;a=The UN refugee agency]] from Renk to the Maban camps in {{March}}, The UN refugee agency said. "
    "Maban's four camps host [[about 175,000 refugees|displaced]], and [[some 60,000 South Sudanese|civilians]] live in the surrounding host community.",
)

F(
    "Chad: rainy season threatens spontaneous sites near Adre",
    "[[Around 230,000 refugees|displaced;a=aid agencies]] still live in makeshift shelters of branches and plastic sheeting around Adre, aid agencies said, and [[up to 50,000|displaced;p;a=aid agencies]] could be cut off when the wadis flood. "
    "The relocation of [[80,000 people|displaced;p]] to new camps before the rains is planned but unfunded.",
)

F(
    "Ethiopia: Gambella receives South Sudanese refugees",
    "[[Twenty-six thousand South Sudanese|displaced;a=the Ethiopian Refugees and Returnees Service]] arrived at the Pagak entry point in {{three weeks}}, the Ethiopian Refugees and Returnees Service said. "
    "Gambella region now hosts [[over 390,000 refugees|displaced]], more than its own population of [[around 300,000|civilians]].",
)

F(
    "Yemen: Lahj and Taiz villages shelled, families leave",
    "[[About 350 families|displaced;a=the local authority]] left villages on the Taiz-Lahj front line after days of Houthi shelling, the local authority said, and [[two children|killed;a=the local authority]] were killed. "
    "[[Over 200 houses|housing;a=the authority;alt=the local authority]] were damaged, the authority said.",
)

F(
    "Yemen: WFP pauses food aid in Houthi areas",
    "The World Food Programme paused food distributions to [[9.5 million people|aid;a=The World Food Programme]] in Houthi-controlled northern Yemen, The World Food Programme said, citing a lack of funding and a dispute over targeting. "
    "Distributions will resume for [[about 6 million|aid;p;a=the agency;alt=The World Food Programme]] in the most food-insecure districts, the agency said.",
)

F(
    "Syria: people displaced in Tal Rifaat move to Tabqa",
    "[[About 120,000 people|displaced;a=the Kurdish-led administration]], many of them Kurds displaced from Afrin in {{2018}}, left Tal Rifaat and the Shahba area after a rebel offensive, the Kurdish-led administration said. "
    "[[More than 200 school buildings|capacity;u=structure;n=buildings;a=the administration;alt=the Kurdish-led administration]] in Tabqa and Raqqa are being used as shelters, the administration said.",
)

F(
    "Syria: Aleppo siege ends as buses evacuate eastern districts",
    "Green buses evacuated [[about 35,000 people|displaced;a=the ICRC]] from eastern Aleppo in {{a week}}, the ICRC said, [[including 4,000 fighters|combatants;a=the ICRC]]. "
    "A first convoy of [[20 buses|other]] left on {{Thursday}} carrying [[108 wounded people|injured]] and their relatives.",
)

F(
    "Lebanon: Syrians cross back to Syria through informal routes",
    "The UN refugee agency estimated that [[more than 425,000 people|displaced;a=The UN refugee agency]] crossed from Lebanon into Syria between {{September 23}} and {{November 27}}, [[about 60,000 of them|displaced;n=-;a=The UN refugee agency]] Lebanese. "
    "Many used informal crossings after Israeli strikes cut the Masnaa road in {{two places}}.",
)

F(
    "Gaza: displaced families in Mawasi tent camps brace for winter",
    "[[Around 945,000 people|civilians;a=the UN]] in Gaza need winter supplies, the UN said, but only [[about 23,000 tents|aid;a=the UN]] have been allowed in since {{September}}. "
    "In Mawasi, [[nearly 10,000 tents|capacity;a=the Palestinian Civil Defence]] were flooded or torn by storms in {{one night}}, according to the Palestinian Civil Defence.",
)

F(
    "Ukraine: Zaporizhzhia prepares to receive evacuees",
    "Zaporizhzhia city has prepared [[67 shelters|capacity;a=the city's military administration]] with [[6,000 beds|capacity;a=the city's military administration]] for people evacuated from front-line towns, the city's military administration said. "
    "[[About 1,100 evacuees|displaced]] arrived in the past month, [[of whom 300|displaced]] have moved on to western Ukraine.",
)

F(
    "Myanmar: Rohingya camp residents in Sittwe hit by shelling",
    "Shelling hit the Ohn Taw Gyi camp outside Sittwe, killing [[four Rohingya|killed;a=camp residents]] and wounding [[eleven|injured;a=camp residents]], camp residents said. "
    "[[Some 140,000 Rohingya|displaced]] have lived in camps around Sittwe since communal violence in {{2012}}.",
)

F(
    "Afghanistan: earthquake survivors and returnees share tents in Herat",
    "[[About 4,000 families|aid;a=the Afghan Red Crescent]] in Zindajan district have received tents, blankets and stoves, the Afghan Red Crescent said. "
    "[[More than 1,300 families|returned]] deported from Iran this year have settled in the district, many in [[the 2,100 tents|capacity;q=exact]] put up after the {{October 2023}} quake.",
)

F(
    "Mozambique: Chiure families flee to Nampula province",
    "Insurgent attacks in Chiure district sent [[more than 67,000 people|displaced;a=Medecins Sans Frontieres]] fleeing in {{two weeks}}, Medecins Sans Frontieres said, [[about 20,000 of them|displaced;n=-;a=Medecins Sans Frontieres]] across the Lurio river into Nampula province. "
    "[[At least 60 schools|other;a=local education officials]] closed, local education officials said.",
)

F(
    "Niger: returnees from Libya stranded in Agadez",
    "[[About 1,400 Nigerien migrants|returned;a=the IOM]] deported from Libya arrived in Agadez in {{January}}, the IOM said. "
    "Its transit centres in the city have [[1,600 places|capacity;a=the IOM]] and are full, it said, so [[some 500 others|displaced;a=the IOM]] are sleeping at the bus station.",
)

# ---------------------------------------------------------------- mixed, part 3

F(
    "DRC: Uvira fills with families fleeing Kamanyola",
    "[[Between 25,000 and 30,000 people|displaced;a=the civil society of Uvira]] have reached Uvira from the Ruzizi plain in {{four days}}, the civil society of Uvira said. "
    "[[Fifteen churches and schools|capacity;n=churches and schools;u=structure]] are hosting them. "
    "[[About 2,000 Congolese|displaced;a=Burundian officials]] crossed on into Burundi, Burundian officials said.",
)

F(
    "DRC: returnees to Djugu rebuild under police escort",
    "[[Some 12,000 returnees|returned;a=the Ituri provincial government]] have resettled in [[17 villages|other;a=the Ituri provincial government]] of Djugu territory since {{June}}, the Ituri provincial government said. "
    "Engineers have built [[450 houses|housing]] and [[three health posts|housing;u=structure;n=posts]] for them.",
)

F(
    "Sudan: Nyala families detained by RSF, rights group says",
    "The RSF detained [[about 300 people|arrested;a=the Darfur Bar Association]] displaced from El Fasher in a sweep of Nyala's Otash camp, the Darfur Bar Association said. "
    "[[At least 45|missing;a=the association;alt=the Darfur Bar Association]] are still unaccounted for, the association said. "
    "Otash hosts [[roughly 90,000 displaced people|displaced]].",
)

F(
    "Sudan: Kordofan villagers abducted during RSF raid",
    "RSF fighters abducted [[at least 40 villagers|kidnapped;a=local activists]], [[including 12 women|kidnapped;a=local activists]], in a raid on Um Sumeima west of El Obeid, local activists said. "
    "[[Around 3,000 residents|displaced]] fled to El Obeid, where [[seven shelters|capacity]] are already full.",
)

F(
    "South Sudan: Nasir fighting wounds civilians, aid workers relocated",
    "Aid agencies relocated [[23 staff members|other;a=OCHA]] from Nasir after clashes between the army and the White Army, OCHA said. "
    "The hospital in Nasir treated [[61 people|injured]] with gunshot wounds. "
    "[[Some 50,000 people|civilians;a=the county commissioner]] in the area are now without health care, the county commissioner said, and [[about 10,000|displaced;a=the county commissioner]] have crossed to Ethiopia.",
)

F(
    "Yemen: Houthi detention of UN staff halts aid in north",
    "The Houthis detained [[13 UN staff members|arrested;a=the UN]] in raids in Sanaa and Hodeidah, the UN said, bringing the number of UN personnel they hold to [[at least 50|arrested;a=the UN]]. "
    "Programmes reaching [[about 2.8 million people|aid]] have been suspended.",
)

F(
    "Somalia: drowning of displaced people in Shabelle floods",
    "Floods along the Shabelle river swept through displacement sites in Jowhar, where [[at least 12 people|killed;a=the Somali Disaster Management Agency]] drowned and [[five|missing;a=the Somali Disaster Management Agency]] are missing, the Somali Disaster Management Agency said. "
    "[[More than 1,000 makeshift shelters|capacity;a=the agency;alt=the Somali Disaster Management Agency]] were washed away, the agency said.",
)

F(
    "Colombia: Venezuelan migrants in Cucuta shelters",
    "Cucuta's migrant shelters have [[some 1,200 beds|capacity;a=the city's migration office]], the city's migration office said, but [[2,000-3,000 migrants|displaced;a=the city's migration office]] arrive each week. "
    "[[About 400 Venezuelans|returned]] took buses back across the Simon Bolivar bridge on {{Friday}} under a Venezuelan government programme.",
)

F(
    "Haiti: families leave Kenscoff as gangs advance",
    "[[Nearly 3,000 people|displaced;a=the IOM]] left Kenscoff in {{late January}}, the IOM said, and [[at least 20|killed]] were killed as gangs pushed up the mountain road. "
    "[[Some 40 homes|housing;a=residents]] were set on fire, residents said.",
)

F(
    "Ethiopia: Afar villagers return after Tigrayan forces withdraw",
    "[[About 200,000 people|returned;a=the Afar regional government]] have gone back to districts of Afar that were occupied by Tigrayan forces, the Afar regional government said. "
    "They found [[more than 500 schools|housing;a=the Afar regional government]] and [[60 health facilities|housing;a=the Afar regional government]] damaged or looted, it said. "
    "[[Roughly 300,000 people|civilians]] in the region need food aid.",
)

F(
    "Mali: Timbuktu blockade pushes residents out",
    "[[More than 30,000 residents|displaced;a=the regional governor]] have left Timbuktu since JNIM declared a blockade in {{August 2023}}, the regional governor said. "
    "Those who remain, [[an estimated 50,000 people|civilians;a=the governor;alt=the regional governor]], depend on river boats for supplies, the governor said. "
    "[[Three boats|other]] have been attacked on the Niger river this year.",
)

F(
    "Burkina Faso: Fada N'Gourma displaced camp in stadium",
    "The municipal stadium in Fada N'Gourma, which can take [[about 5,000 people|capacity;a=the mayor]], now shelters [[more than 8,000|displaced;a=the mayor]], the mayor said. "
    "[[A further 1,200|displaced]] arrived from Matiacoali over the weekend.",
)

F(
    "Mozambique: Palma returnees receive food and seeds",
    "The WFP reached [[115,000 returnees|aid;a=The WFP]] in Palma and Mocimboa da Praia with food rations in {{May}}, The WFP said. "
    "[[About 8,000 returnee households|aid]] also received seeds for the planting season. "
    "[[Over 100,000 people|displaced]] are still in resettlement sites in Metuge and Ancuabe.",
)

F(
    "Gaza: GHF distribution sites draw crowds",
    "The Gaza Humanitarian Foundation said it had handed out [[more than 2 million meals|aid;a=The Gaza Humanitarian Foundation]] at its [[four distribution sites|other;a=The Gaza Humanitarian Foundation]] in the first week. "
    "[[At least 27 people|killed;a=the Gaza health ministry]] were killed near one of the sites in Rafah on {{Tuesday}}, according to the Gaza health ministry.",
)

F(
    "Ukraine: Kharkiv dormitories house the displaced",
    "[[About 14,000 internally displaced people|displaced;a=the city council]] live in dormitories, hostels and modular houses in Kharkiv, the city council said. "
    "The city has built [[four modular towns|capacity;a=the city council]] with room for [[some 1,500 residents|capacity;a=the city council]], it said, and plans to add [[600 more places|capacity;p;a=the city council]] by winter.",
)

F(
    "Ukraine: returns to Chernihiv region",
    "[[Nearly 80,000 residents|returned;a=the regional administration]] have returned to Chernihiv region since Russian forces withdrew in {{2022}}, the regional administration said. "
    "Of [[about 5,800 damaged houses|housing;a=the regional administration]], [[some 4,100|housing;u=structure;a=the regional administration]] have been repaired, it said.",
)


# ---------------------------------------------------------------- mixed, part 4

F(
    "Sudan: Gedaref camps receive families from Sennar",
    "[[Up to 2,000 people a day|displaced;a=the state's humanitarian aid commission]] are arriving in Gedaref from Sennar, the state's humanitarian aid commission said. "
    "The state has [[155 gathering sites|capacity]]. "
    "[[Another 12,000|displaced]] were counted on the road at Al Fao.",
)

F(
    "Sudan: El Geneina survivors describe killings",
    "[[More than 1,000 people|killed;a=Human Rights Watch]] were killed in El Geneina in {{June 2023}}, Human Rights Watch said in a report, and [[tens of thousands|displaced;a=Human Rights Watch]] fled to Chad. "
    "The Ardamata camp, home to [[about 30,000 displaced Masalit|displaced]], was razed in {{November}}.",
)

F(
    "Chad: Arkoum refugees receive water trucks",
    "Oxfam is trucking [[1.2 million litres|aid;a=Oxfam]] of water a day to Arkoum camp, Oxfam said, which shelters [[some 46,000 refugees|displaced;a=Oxfam]]. "
    "[[Eighty-five boreholes|aid;p]] are needed to replace the trucks.",
)

F(
    "South Sudan: Bentiu flood camp grows",
    "The Bentiu displacement camp, surrounded by dykes, now shelters [[about 140,000 people|displaced;a=IOM]], IOM said. "
    "[[Some 4,000 newcomers|displaced]] arrived from Rubkona in {{October}}, and [[1,400 emergency shelters|aid]] were distributed to them.",
)

F(
    "Ethiopia: Tigray returnees to Western Tigray blocked",
    "[[About 700,000 people|displaced;a=the Tigray interim administration]] displaced from Western Tigray cannot return because Amhara forces still control the area, the Tigray interim administration said. "
    "A pilot return of [[5,000 households|returned;p;a=the administration;alt=the Tigray interim administration]] to Tselemti is planned for next month, the administration said.",
)

F(
    "Somalia: Galkayo clashes divide city",
    "Fighting between Puntland and Galmudug forces in Galkayo displaced [[an estimated 90,000 people|displaced;a=the UN humanitarian coordinator]] in {{December 2015}}, the UN humanitarian coordinator said. "
    "[[At least 20|killed]] were killed and [[over 100|injured]] wounded. "
    "Schools serving [[about 5,000 children|civilians]] closed.",
)

F(
    "DRC: Kalehe displaced in Minova",
    "[[More than 100,000 people|displaced;a=the provincial civil protection]] have fled to Minova from the highlands of Kalehe, the provincial civil protection said. "
    "[[Twenty-three schools|capacity]] have been turned into shelters, and the Red Cross has recorded [[14 deaths|killed;a=the Red Cross]] from cholera, according to the Red Cross.",
)

F(
    "Myanmar: Karenni displaced in Loikaw forests",
    "[[About 150,000 people|displaced;a=the Karenni Civil Society Network]] from Loikaw and Demoso are sheltering in forests and [[more than 200 camps|capacity;a=the Karenni Civil Society Network]], the Karenni Civil Society Network said. "
    "[[At least 3,000 houses|housing;a=the network;alt=the Karenni Civil Society Network]] in Loikaw were damaged by shelling, the network said.",
)

F(
    "Afghanistan: Kabul informal settlements swell",
    "[[Over 60 informal settlements|capacity;u=other;n=settlements;a=the IOM]] around Kabul now house [[about 50,000 returnees and displaced people|displaced;n=returnees and displaced people;a=the IOM]], the IOM said. "
    "[[Three children|killed]] died of cold in one settlement in {{January}}.",
)

F(
    "Pakistan: Afghan refugees leave Karachi ahead of deadline",
    "[[More than 30,000 Afghans|returned;a=Sindh police]] have left Karachi for Afghanistan since the government's {{November 1}} deadline, Sindh police said, and [[1,700 others|arrested;a=Sindh police]] have been held at holding centres. "
    "[[Around 1.3 million registered refugees|displaced]] remain in Pakistan.",
)

F(
    "Lebanon: collective shelters in Tyre empty as ceasefire holds",
    "Tyre's [[38 collective shelters|capacity;a=the Tyre disaster management unit]] housed [[about 18,000 people|displaced;a=the Tyre disaster management unit]] at the peak of the war, the Tyre disaster management unit said. "
    "By {{Friday}}, [[fewer than 900|displaced]] remained, mostly families whose homes in border villages were destroyed.",
)

F(
    "Syria: Idlib camp fires destroy tents",
    "Fires destroyed [[112 tents|capacity;a=the Response Coordinators group]] in camps near Atmeh in {{February}}, the Response Coordinators group said. "
    "[[Two people|killed]] died and [[nine|injured]] were burned. "
    "[[Some 1.7 million people|displaced]] live in tents in northwest Syria.",
)

F(
    "Yemen: Aden receives displaced from Hodeidah",
    "[[About 6,500 families|displaced;a=the IOM]] fleeing the fighting around Hodeidah have reached Aden since {{June}}, the IOM said. "
    "They are staying in [[52 public buildings|capacity]] and with host families, and [[around 1,800 households|aid]] have received cash assistance.",
)

F(
    "Haiti: Cap-Haitien receives displaced from Port-au-Prince",
    "[[More than 115,000 people|displaced;a=the IOM]] left Port-au-Prince for provinces in the south and north between {{March}} and {{May}}, the IOM said, many on buses through gang checkpoints. "
    "{{About 70 percent}} are staying with host families, and [[over 25,000|displaced]] have arrived in Cap-Haitien alone.",
)

F(
    "Mozambique: attack on Mocimboa da Praia returnees",
    "Insurgents killed [[six returnees|killed;a=the district administrator]] who had gone back to farm near Mocimboa da Praia, the district administrator said. "
    "[[Some 200 families|displaced]] fled again to the town. "
    "[[About 1,500 soldiers|combatants;a=Rwanda's defence force]] from Rwanda are deployed in the district, according to Rwanda's defence force.",
)

F(
    "Colombia: Cauca Indigenous families displaced to Popayan",
    "[[About 600 Indigenous people|displaced;a=the Regional Indigenous Council of Cauca]] have been sheltering in a coliseum in Popayan for {{two months}} after fighting in Argelia, the Regional Indigenous Council of Cauca said. "
    "The government promised housing for [[120 families|aid;p;a=the government]], the government said.",
)

F(
    "Chad: Sudanese crossing at Tine rises after El Fasher falls",
    "Border monitors counted [[more than 7,000 crossings|displaced;u=person;a=Border monitors]] at Tine in the {{10 days}} after El Fasher fell, Border monitors said. "
    "[[Thousands more|displaced;p;n=-]] are expected, and UNHCR is preparing a site for [[20,000 people|capacity;p]].",
)

F(
    "Sudan: Abu Shouk camp residents flee to Tawila",
    "[[Between 3,000 and 4,000 families|displaced;a=camp coordinators]] have fled Abu Shouk camp north of El Fasher for Tawila since RSF shelling intensified, camp coordinators said. "
    "[[No more than 20,000 people|civilians;a=the coordinators;alt=camp coordinators]] are thought to remain in the camp, the coordinators said, which once held [[about 450,000|displaced;a=the coordinators;alt=camp coordinators]].",
)

F(
    "Somalia: Dollow reception centre for returnees from Kenya",
    "UNHCR expects [[up to 10,000 Somali refugees|returned;p;a=UNHCR]] to return from Dadaab through the Dollow reception centre this year. "
    "The centre can process [[500 people a day|capacity]]. "
    "[[Some 1,600|returned;a=local officials]] have come back since {{January}}, local officials said, most by road in [[12 convoys|other;u=other]].",
)

F(
    "Ukraine: Odesa shelters receive families from Mykolaiv",
    "[[Around 200 to 300 people|displaced;a=city volunteers]] from Mykolaiv arrive at Odesa's railway station every day, city volunteers said. "
    "The city's [[21 shelters|capacity]] have [[fewer than 400 free beds|capacity]], and volunteers hand out [[about 1,000 food parcels|aid]] a week.",
)

F(
    "Yemen: Marib camp fire kills children",
    "A fire in the Al-Jufainah camp, the largest in Marib with [[more than 10,000 families|displaced]], killed [[three children|killed;a=the camp administration]] and destroyed [[45 tents|capacity;a=the camp administration]], the camp administration said. "
    "[[About 270 people|aid]] received emergency kits the next day.",
)

F(
    "DRC: Kinshasa-bound Kwamouth displaced",
    "Clashes between Teke and Yaka communities in Kwamouth have displaced [[as many as 150,000 people|displaced;a=the provincial governor]], the provincial governor said. "
    "[[About 7,000|displaced]] have reached the outskirts of Kinshasa, where [[four schools|capacity]] serve as shelters. "
    "[[More than 60 villages|other;a=local chiefs]] have been burned, local chiefs said.",
)

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Sudan: donors pledge at London conference",
    "Donors pledged {{$1 billion}} for Sudan at a conference in London on {{April 15, 2025}}, {{two years}} to the day since the war began. "
    "The UN appeal for {{2025}} is {{$4.2 billion}} and was {{10% funded}} at the end of {{March}}.",
)

F(
    "Chad: Abeche airport runway reopens after repairs",
    "Abeche airport reopened on {{March 3}} after a {{six-week}} closure to repair its {{2,800-metre}} runway. "
    "The work cost {{1.6 billion CFA francs}}, the transport ministry said, and flights by the UN Humanitarian Air Service resume on {{Monday}}.",
)

F(
    "South Sudan: elections postponed again",
    "South Sudan's transitional government postponed elections scheduled for {{December 2024}} by {{two years}}, to {{December 22, 2026}}. "
    "It is the {{second}} extension of the transition agreed in {{2018}}, and the {{fourth}} delay overall.",
)

F(
    "Security Council renews Yemen sanctions",
    "The UN Security Council adopted {{Resolution 2758}} on {{November 14}}, renewing the Yemen sanctions regime for {{12 months}}. "
    "The vote was {{13-0}}, with Russia and China abstaining.",
)

F(
    "Syria: currency slides after subsidy cuts",
    "The Syrian pound fell to about {{15,000}} to the dollar on the black market in {{August 2023}}, from {{6,500}} a year earlier. "
    "The government raised fuel prices by {{about 170%}} and doubled public sector salaries.",
)

F(
    "Lebanon: Beirut port blast inquiry resumes",
    "The judge investigating the {{August 4, 2020}} port explosion resumed work in {{January 2025}} after a {{two-year}} halt. "
    "The blast was caused by {{2,750 tonnes}} of ammonium nitrate stored for {{six years}} in {{Hangar 12}}.",
)

F(
    "Gaza: UN aid chief's briefing schedule",
    "The UN relief chief will brief the Security Council at {{10 a.m.}} on {{Thursday}}, his {{third}} briefing on Gaza in {{six weeks}}. "
    "Journalists can follow the session on channel {{UNTV 2}} or dial {{+41 22 917 1234}}.",
)

F(
    "Ukraine: grain corridor shipments",
    "Ships carried grain worth {{$1.1 billion}} from Odesa's ports in {{October}}, the highest since {{2021}}, the infrastructure ministry said. "
    "The average voyage to the Bosphorus takes {{about 30 hours}}.",
)

F(
    "Myanmar: junta extends state of emergency",
    "Myanmar's military extended the state of emergency by {{six months}} on {{January 31, 2024}}, the {{fifth}} extension since the {{2021}} coup. "
    "The {{67-year-old}} commander-in-chief said elections could be held by {{2025}}.",
)

F(
    "Afghanistan: ban on girls' schooling enters fourth year",
    "Girls above grade {{6}} have been barred from school in Afghanistan since {{September 2021}}. "
    "UNESCO estimates the ban affects {{about 80%}} of school-age girls and women in the country, and costs the economy {{$500 million}} a year.",
    ["grade 6"],
)

F(
    "Ethiopia: birr floated under IMF deal",
    "Ethiopia floated the birr on {{July 29, 2024}}, and it lost {{about 30%}} of its value in a day, trading at {{74}} to the dollar. "
    "The IMF approved a {{$3.4 billion}} loan over {{four years}}.",
)

F(
    "Somalia: AUSSOM mandate approved",
    "The Security Council approved the African Union Support and Stabilization Mission in Somalia in {{Resolution 2767}} on {{December 27, 2024}}. "
    "The mission's budget for {{2025}} is estimated at {{$190 million}}, and its mandate runs for {{12 months}} from {{January 1}}.",
)

F(
    "DRC: Goma airport still closed",
    "Goma international airport has been closed since {{January 26}}, {{more than five months}}, and its {{3,000-metre}} runway is damaged. "
    "The nearest working airport is at Kigali, {{about 160 km}} away.",
)

F(
    "Haiti: Kenyan-led mission funding shortfall",
    "The trust fund for the Multinational Security Support mission had received {{$112 million}} by {{May 2025}}, against an annual need of {{about $600 million}}. "
    "The mission's mandate was renewed under {{Resolution 2751}} until {{October 2, 2025}}.",
)

F(
    "Colombia: peace talks with ELN resume in Caracas",
    "Government and ELN negotiators resumed talks in Caracas on {{November 18}}, the {{sixth}} round since {{2022}}. "
    "The {{180-day}} ceasefire expired in {{August}}, and the ELN's {{61st}} anniversary falls in {{July}}.",
)

F(
    "Mozambique: LNG project restart date",
    "TotalEnergies said its {{$20 billion}} LNG project in Cabo Delgado could restart in {{mid-2025}}, {{four years}} after work stopped in {{2021}}. "
    "The plant is designed to run for {{25 years}}.",
)

F(
    "Mali: MINUSMA withdrawal completed",
    "The UN mission in Mali completed its withdrawal on {{December 31, 2023}}, ending a {{10-year}} deployment, {{six months}} after the junta asked it to leave under {{Resolution 2690}}. "
    "The mission had cost {{about $1.2 billion}} a year.",
)

F(
    "Niger: Agadez migrant law repealed",
    "Niger's junta repealed the {{2015}} law criminalising migrant smuggling on {{November 25, 2023}}. "
    "Smugglers had faced up to {{30 years}} in prison under the law, and fines of up to {{45 million CFA francs}}.",
)

F(
    "Yemen: Aden electricity cuts",
    "Power cuts in Aden lasted up to {{16 hours}} a day in {{June}}, as temperatures reached {{42 C}}. "
    "The government said it needed {{$70 million}} a month for fuel, and the Saudi grant of {{$200 million}} announced in {{2023}} had run out.",
)

F(
    "Ukraine: reconstruction conference in Rome",
    "The {{fourth}} Ukraine Recovery Conference opened in Rome on {{July 10, 2025}}. "
    "The World Bank puts the cost of reconstruction at {{$524 billion}} over {{10 years}}, about {{2.8 times}} Ukraine's {{2024}} GDP.",
)

F(
    "Bangladesh: Rohingya education curriculum expands",
    "The Myanmar curriculum pilot in the Cox's Bazar camps was extended to grade {{9}} in {{2023}}, {{two years}} after it began. "
    "Classes run {{three hours}} a day, {{six days}} a week, and teachers earn {{about $80}} a month.",
    ["grade 9"],
)


# ---- end of texts (batches are inserted above this line)


if __name__ == "__main__":
    sys.exit(main())
