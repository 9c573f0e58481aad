"""Build eval/dev9/figures.jsonl from the hand-written texts below.

A ninth tuning set for the figure extractor, in the style of long-form analysis: summaries of
human-rights reports (HRW, Amnesty, UN commissions of inquiry), monitoring-group and think-tank
analyses (ACLED-style monthly overviews, Airwars, the Syrian Observatory), explainers ("What we
know about ..."), magazine features and year-in-review pieces. Texts run 8 to 15 sentences, with
comparisons ("up from 1,200 a year earlier"), cumulative and partial counts ("of whom",
"including"), numbers repeated in another phrasing, numbers in parentheses, background figures
from earlier years, percentages next to counts and several sources in one text.

The span parser, the unit helper and the validator are copied from eval/dev7/build.py (same
inline-mark format, itself from dev6 and dev4). Changes for dev9 are marked "dev9" in the code:
the cross-set checks cover eval/, dev2 ... dev8 (their figures.jsonl only), each text must have
8 to 15 sentences, ids are "r0001"... with seed 9, and a few nouns were added to the unit lists.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 9) with ids
"r0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev9/build.py            # write figures.jsonl and validate it
    python eval/dev9/build.py --table    # also print all figures as a table
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
    # added for dev9
    "graves",
    "incidents",
    "strikes",
    "events",
    "airstrikes",
    "attacks",
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
        for m in WORD_RE.finditer(span):
            if m.group(1).lower() == "a":
                continue
            v = _words_value(m.group(1))
            if v is not None:
                out.append((float(v), m.start(), m.end(), False))
    return out


def _clean(v: float) -> int | float:
    v = round(float(v), 6)  # dev9: "8.2 million" is 8200000, not 8199999.999999999
    return int(v) if v.is_integer() else v


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
)  # dev9: eval/, dev2-dev8, their figures.jsonl only (eval/holdout/, dev10, dev11 not opened)


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
        # dev9: long-form texts of 8 to 15 sentences
        n_sent = 1 + len(SENT_END.findall(text))
        if not 8 <= n_sent <= 15:
            errs.append(f"{where}: {n_sent} sentences (8 to 15 wanted)")
        # dev9: vague amounts and "dozen"/"hundred"/"thousand"/"million" words must be marked too
        for m in re.finditer(r"(?i)\b(?:dozens?|hundreds?|thousands?|millions?)\b", text):
            if not all(covered[m.start() : m.end()]):
                errs.append(f"{where}: {m.group()!r} at {m.start()} neither figure nor negative")
        if not rec["figures"] and len(rec["negatives"]) < 3:
            errs.append(f"{where}: a text without figures needs 3+ negatives")
    return errs


def check_apart(records: list[dict]) -> list[str]:
    """Unique titles and texts, none shared with the figures or conflict files of other sets."""
    errs = []
    for key in ("title", "text"):
        mine = Counter(r[key] for r in records)
        errs += [f"duplicate {key} in dev9: {k!r}" for k, n in mine.items() if n > 1]
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
    recs = assign_ids(recs, "r", 9)
    path = HERE / "figures.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(path)  # re-read and re-validate what was written
    assert back == recs
    assert len({r["id"] for r in back}) == len(back)
    assert not validate_figures(back) and not check_apart(back)
    # bench/quality.py --set eval/dev9 opens conflict.jsonl too; this set has no conflict part, so
    # an empty file is written (the bench loads it as 0 texts and its conflict metrics are all 0)
    (HERE / "conflict.jsonl").write_text("", encoding="utf-8")
    print("written:", path, HERE / "conflict.jsonl", "(empty)")
    return 0


FIGURES: list[tuple[str, str, list[str]]] = []


def F(title: str, text: str, extra_negatives: list[str] | None = None) -> None:
    FIGURES.append((title, text, extra_negatives or []))


# ====================================================================== texts

# ---------------------------------------------------------------- batch 1: rights reports, monitors, explainers

F(
    "Rights group report details expulsions from Western Tigray",
    "A {{240-page}} report published by Human Rights Watch and Amnesty International on {{6 April 2022}} accuses officials and militias from the neighbouring Amhara region of a campaign of ethnic cleansing against Tigrayans in Western Tigray. "
    "The two groups interviewed [[more than 400 people|other]] for the report, including refugees in Sudan and people still living in the zone. "
    "The report concludes that [[hundreds of thousands of Tigrayans|displaced;a=The report;alt=Human Rights Watch;alt=Amnesty International]] were forced from their homes in the zone between {{November 2020}} and {{March 2022}}. "
    "Human Rights Watch said [[at least 60 Tigrayans|killed;a=Human Rights Watch]] were killed in a single massacre at the Tekeze river bridge in {{January 2021}}. "
    "That figure is lower than the [[more than 200 bodies|killed;a=local residents]] that local residents say they pulled from the river that month. "
    "Amnesty International documented detention sites in the towns of Humera, Rawyan and Adebai, where [[thousands of Tigrayans|arrested]] were held in overcrowded conditions. "
    "In one of them, a warehouse in Humera, [[about 1,000 detainees|arrested;a=former detainees]] shared a single room, former detainees said. "
    "The report says detainees were starved, and that [[dozens|killed;a=The report;alt=Human Rights Watch;alt=Amnesty International]] died from hunger, disease or beatings. "
    "The United Nations refugee agency had counted [[about 60,000 Ethiopian refugees|displaced;a=The United Nations refugee agency]] in eastern Sudan by early {{2021}}, most of them from Western Tigray. "
    "Inside Tigray, the interim administration says [[1.2 million people|displaced;a=the interim administration]] from the zone are still waiting to go home. "
    "Amhara regional officials reject the findings, and say [[tens of thousands of Amhara farmers|returned;a=Amhara regional officials]] have returned to land they lost in the {{1990s}}. "
    "The authors of the report warn that any return of Tigrayans without security guarantees could put [[hundreds of thousands of people|civilians;a=The authors of the report]] at risk.",
)

F(
    "Monthly overview: political violence in the central Sahel in May",
    "The central Sahel remained the deadliest region of the continent in {{May 2023}}, according to the monthly overview published by the Armed Conflict Location and Event Data Project (ACLED). "
    "ACLED recorded [[512 political violence events|other;a=ACLED]] in Burkina Faso, Mali and western Niger during the month, up from [[431|other;a=ACLED;u=other]] in April. "
    "Those events resulted in [[1,874 reported fatalities|killed]], the highest monthly total since the project began covering the region in {{2012}}. "
    "Burkina Faso accounted for more than half of the deaths ({{58%}}), with the army and its civilian auxiliaries, the Volunteers for the Defence of the Homeland (VDP), fighting on several fronts. "
    "The government launched a recruitment drive in late {{2022}} and says it has enlisted [[90,000 volunteers|combatants;a=The government]], far more than the [[50,000|combatants;p;a=The government]] it had originally planned to recruit. "
    "In the north, the blockade of Djibo by the Group for the Support of Islam and Muslims (JNIM) continued, with [[about 300,000 residents|civilians;a=local humanitarian sources]] cut off from regular supplies, according to local humanitarian sources. "
    "ACLED counted [[at least 47 attacks|other;a=ACLED]] on convoys trying to reach the town since the start of the year. "
    "In Mali, the overview notes that state forces and their Russian allies were responsible for {{one in four}} events targeting civilians in the centre of the country. "
    "One such operation, in the village of Tiena, left [[29 civilians|killed;a=residents]] dead, residents told the monitor. "
    "Western Niger saw fewer events but a sharp rise in abductions, with [[63 people|kidnapped]] reported kidnapped in Tillabéri, compared with [[22|kidnapped]] in April. "
    "ACLED expects the onset of the rainy season to reduce the tempo of operations in June, as it did in {{2021}} and {{2022}}.",
)

F(
    "Airwars assessment of civilian harm in the battle for Raqqa",
    "Four months of air and artillery strikes by the US-led coalition against the Islamic State group in Raqqa, between {{June}} and {{October 2017}}, left much of the Syrian city in ruins. "
    "The monitoring group Airwars, which tracks civilian harm from international military actions, has now published its most detailed assessment of the battle. "
    "Airwars estimates that [[between 1,400 and 1,600 civilians|killed;a=Airwars]] were killed by coalition actions during the campaign. "
    "The coalition itself has acknowledged [[159 civilian deaths|killed;a=The coalition itself]] in Raqqa, roughly a tenth of the monitor's estimate. "
    "Amnesty International, which carried out field research in the city, said it had identified the names of [[more than 1,600 civilians|killed;a=Amnesty International]] who died there, most of them in coalition strikes. "
    "Of those, Amnesty said, [[641|killed;a=Amnesty]] were named individually in its database. "
    "The destruction of housing was on a scale rarely seen: the UN satellite centre UNOSAT counted [[12,781 damaged buildings|housing;a=the UN satellite centre UNOSAT]] in the city, including [[3,326|housing;u=structure;a=the UN satellite centre UNOSAT]] that were destroyed outright. "
    "Before the battle, [[an estimated 300,000 people|civilians]] lived in Raqqa. "
    "By the time the Syrian Democratic Forces (SDF) declared victory, [[fewer than 25,000|civilians;a=UN officials]] were still inside, according to UN officials. "
    "The SDF said [[about 3,000 fighters|combatants;a=The SDF]] of its own took part in the final assault, backed by [[several hundred US special forces|combatants;a=The SDF]]. "
    "Since {{2018}}, [[more than 150,000 residents|returned;a=the Raqqa Civil Council]] have gone back to the city, the Raqqa Civil Council says, many of them to damaged homes. "
    "Teams clearing the rubble have recovered [[over 6,000 bodies|killed;a=the first responders]] from mass graves and collapsed buildings, say the first responders, and only a fraction have been identified.",
)

F(
    "Year-end toll: Syrian Observatory counts lowest annual deaths since the war began",
    "The Syrian Observatory for Human Rights (SOHR), a Britain-based war monitor that relies on a network of sources inside Syria, published its annual toll on {{31 December 2019}}. "
    "The Observatory said [[11,215 people|killed;a=The Observatory;alt=The Syrian Observatory for Human Rights (SOHR)]] were killed in Syria during the year, the lowest annual toll since the war began in {{2011}}. "
    "That compares with [[more than 20,000|killed;a=SOHR]] in {{2018}} and [[about 33,000|killed;a=SOHR]] in {{2017}}, SOHR said. "
    "Civilians made up [[3,473|killed]] of the dead, among them [[1,021 children|killed]]. "
    "The rest were fighters: the monitor counted [[2,736 members|killed;a=the monitor;alt=The Syrian Observatory for Human Rights (SOHR)]] of the government forces and allied militias and [[4,992 rebels and jihadists|killed;n=rebels and jihadists;a=the monitor;alt=The Syrian Observatory for Human Rights (SOHR)]]. "
    "Most of the deaths were recorded in Idlib and the surrounding countryside, where a government offensive began at the end of April. "
    "The United Nations said that offensive displaced [[more than 400,000 people|displaced;a=The United Nations]] between May and August alone. "
    "A second wave followed in December, when [[about 235,000|displaced;a=the UN humanitarian office]] fled in less than {{two weeks}}, according to the UN humanitarian office. "
    "The Observatory's overall toll for the war now stands at [[more than 384,000 people|killed;a=The Observatory;alt=The Syrian Observatory for Human Rights (SOHR)]], including [[over 116,000 civilians|killed;a=The Observatory;alt=The Syrian Observatory for Human Rights (SOHR)]]. "
    "It does not include [[about 88,000 people|killed;a=The Syrian Observatory for Human Rights (SOHR)]] it believes died under torture in government prisons, nor the [[tens of thousands|missing]] who remain unaccounted for.",
)

F(
    "Explainer: what we know about the siege of El Fasher",
    "El Fasher, the capital of North Darfur, is the last major city in Sudan's western region not held by the Rapid Support Forces (RSF). "
    "The paramilitary force has besieged it since {{May 2024}}, and the fighting has turned the city into one of the worst humanitarian crises of the war. "
    "Here is what we know. "
    "Before the war the city had [[about 1.5 million residents|civilians]], including people displaced by earlier fighting in Darfur. "
    "The UN estimates that [[more than 800,000 civilians|civilians;a=The UN]] remain trapped inside, with food, water and medicine running out. "
    "The Zamzam camp just south of the city, once home to [[some 500,000 displaced people|displaced]], was overrun by the RSF in {{April 2025}}. "
    "Aid groups said [[at least 400 people|killed;a=Aid groups]] were killed in the assault on the camp, among them [[nine staff|killed;a=Aid groups]] of the medical charity Relief International. "
    "The International Organization for Migration (IOM) said [[up to 400,000 people|displaced;a=The International Organization for Migration (IOM)]] fled the camp in the days that followed, most of them to Tawila, some {{60 km}} to the west. "
    "Tawila itself now hosts [[about 380,000 displaced people|displaced;a=local authorities]], according to local authorities, compared with [[fewer than 100,000|displaced;a=local authorities]] before the fall of Zamzam. "
    "Inside El Fasher, the Saudi Hospital is the last public hospital still partly working, and it has been hit by [[more than 10 strikes|other]]. "
    "The World Health Organization said [[70 patients and companions|killed;n=patients and companions;a=The World Health Organization]] were killed in a drone strike on the hospital in {{January 2025}}. "
    "A famine was confirmed in the area by the Integrated Food Security Phase Classification in {{August 2024}}. "
    "The World Food Programme says it plans to reach [[250,000 people|aid;p;a=The World Food Programme]] in North Darfur if the RSF allows convoys through, but only a handful of trucks have entered since the siege began.",
)

F(
    "Amnesty report on the crackdown after Iran's 2022 protests",
    "The nationwide protests that followed the death in custody of Mahsa Amini in {{September 2022}} were met with the most violent crackdown in Iran in more than a decade, according to a new report by Amnesty International. "
    "Amnesty said security forces killed [[at least 323 protesters and bystanders|killed;n=protesters and bystanders;a=Amnesty]] between {{September}} and {{December}}, including [[44 children|killed;a=Amnesty]]. "
    "The Oslo-based group Iran Human Rights gives a higher toll, of [[at least 551 people|killed;a=The Oslo-based group Iran Human Rights]], and says [[68|killed;a=The Oslo-based group Iran Human Rights]] of them were minors. "
    "Arrests were on a far larger scale. "
    "The head of the judiciary said in {{March 2023}} that [[22,000 people|arrested;a=The head of the judiciary]] detained in connection with the protests had been pardoned, a figure that implied the total number of arrests was higher still. "
    "The rights news agency HRANA estimated that [[more than 19,600 people|arrested;a=The rights news agency HRANA]] had been arrested by the end of {{2022}}, among them [[about 700 students|arrested;a=The rights news agency HRANA]]. "
    "Amnesty documented the cases of [[45 detainees|arrested;a=Amnesty]] who described torture, including beatings, electric shocks and sexual violence, in detention centres run by the Revolutionary Guards and the police. "
    "The report also details the trials: [[at least 25 people|other;a=Amnesty]] were sentenced to death in connection with the protests by {{April 2023}}, Amnesty said, and [[seven|killed;a=Amnesty]] of them have since been executed. "
    "Many of those who were wounded did not go to hospitals for fear of arrest. "
    "Doctors told Amnesty they treated [[hundreds of protesters|injured;a=Doctors]] in private homes for injuries caused by metal pellets, many of them to the eyes. "
    "An eye hospital in Tehran received [[more than 500 patients|injured;a=medical sources]] with such injuries in the first {{two months}}, medical sources said. "
    "The authorities have not published their own figures, but officials say [[more than 60 members|killed;a=officials]] of the security forces were killed during the unrest.",
)

F(
    "UN fact-finding mission on detentions in Venezuela after the 2024 election",
    "In its latest report, the UN Independent International Fact-Finding Mission on Venezuela describes a wave of repression that began within hours of the disputed presidential election of {{28 July 2024}}. "
    "The mission said [[25 people|killed;a=The mission;alt=the UN Independent International Fact-Finding Mission on Venezuela]] were killed during protests in the first days, [[23|killed;a=The mission;alt=the UN Independent International Fact-Finding Mission on Venezuela]] of them by gunshot wounds. "
    "President Nicolas Maduro announced on television that [[more than 2,000 people|arrested;a=President Nicolas Maduro]] had been detained, and promised maximum penalties. "
    "The Venezuelan rights group Foro Penal counted [[1,916 political prisoners|arrested;a=The Venezuelan rights group Foro Penal]] by {{mid-October}}, up from [[about 300|arrested;a=The Venezuelan rights group Foro Penal]] before the election. "
    "Among them were [[69 teenagers|arrested;a=Foro Penal]], according to Foro Penal, some of whom were charged with terrorism. "
    "The mission documented [[at least 158 cases|arrested;u=other;a=The mission;alt=the UN Independent International Fact-Finding Mission on Venezuela]] of arbitrary detention in detail, in which families were not told for days or weeks where their relatives were held. "
    "It classified [[at least 40|missing;a=the UN Independent International Fact-Finding Mission on Venezuela]] of those cases as short-term enforced disappearances. "
    "Prisoners were taken to the Tocorón and Tocuyito prisons, which the government reopened for the purpose and which it said could hold [[up to 4,000 inmates|capacity;a=the government]] between them. "
    "The authorities later released [[about 1,300 detainees|arrested;a=the attorney general]], the attorney general said in {{December}}, though many remain under court restrictions. "
    "The crisis has also added to the exodus: the regional platform R4V estimates that [[7.9 million Venezuelans|displaced;a=the regional platform R4V]] now live abroad, compared with [[6.1 million|displaced;a=the regional platform R4V]] in {{2021}}.",
    ["R4V"],
)

F(
    "Haiti year in review: gangs tighten their grip",
    "{{2024}} was the year Haiti's armed gangs stopped being a law-and-order problem and became, in the words of one UN official, an existential threat to the state. "
    "The UN Integrated Office in Haiti (BINUH) recorded [[5,601 people|killed;a=The UN Integrated Office in Haiti (BINUH)]] killed in gang-related violence during the year, [[more than 1,000|killed;a=The UN Integrated Office in Haiti (BINUH)]] more than in {{2023}}. "
    "Another [[2,212 people|injured]] were injured and [[1,494|kidnapped]] were kidnapped, most of them for ransom. "
    "The gangs' Viv Ansanm coalition is thought to have [[some 12,000 members|combatants;a=UN experts]], UN experts say, up to a third of them children. "
    "Against them, the Kenyan-led Multinational Security Support mission had deployed [[about 400 police officers|combatants]] by the end of {{June}}, far from the [[2,500|combatants;p;a=its backers]] its backers had promised. "
    "By December the mission counted [[just over 800 personnel|combatants;q=at_least;a=the mission]], the mission said. "
    "Displacement more than doubled. "
    "The International Organization for Migration counted [[more than 1 million internally displaced people|displaced;a=The International Organization for Migration]] in December, up from [[315,000|displaced;a=The International Organization for Migration]] a year earlier. "
    "In Port-au-Prince alone, [[about 107 displacement sites|capacity;a=IOM]] were open at year's end, IOM said, most of them in schools and churches. "
    "The worst single massacre took place in the Wharf Jérémie neighbourhood of Cité Soleil in early December, when gang members killed [[at least 207 people|killed;a=the UN]], mostly elderly residents accused of witchcraft, according to the UN. "
    "Neighbouring countries kept sending Haitians back: the Dominican Republic deported [[more than 276,000 Haitians|returned;a=IOM]] during the year, IOM said. "
    "Aid agencies say [[5.4 million people|civilians;a=Aid agencies]], nearly half the population, face acute hunger.",
)

F(
    "Feature: the slow return to Cabo Delgado",
    "Three years after Rwandan troops helped Mozambique retake the port town of Mocímboa da Praia, life is creeping back to the coast of Cabo Delgado. "
    "The International Organization for Migration says [[more than 570,000 people|returned;a=The International Organization for Migration]] have returned to their districts of origin since {{2021}}, most of them to Mocímboa, Palma and Muidumbe. "
    "That is more than half of the [[roughly 1 million people|displaced]] who fled the insurgency at its peak in {{2022}}. "
    "But [[about 580,000|displaced;a=the agency;alt=The International Organization for Migration]] are still displaced, the agency says, many of them in host communities around Pemba and Montepuez. "
    "Rwanda has kept [[about 4,000 soldiers and police|combatants;n=soldiers and police]] in the province, while a mission of the Southern African Development Community withdrew its [[roughly 2,000 troops|combatants]] in {{July 2024}}. "
    "In Mocímboa, the district administrator said [[1,200 houses|housing;a=the district administrator]] had been rebuilt with donor money, out of [[some 3,000|housing;u=structure;a=the district administrator]] destroyed or damaged in the fighting. "
    "Insurgents have not disappeared. "
    "ACLED counted [[more than 100 attacks|other;a=ACLED]] by the Islamic State's local branch in the first half of {{2024}}, and new raids in Macomia in May forced [[about 10,000 people|displaced;a=local officials]] to flee again, local officials said. "
    "The insurgents also abduct children: a report by Human Rights Watch documented the cases of [[at least 51 children|kidnapped;a=a report by Human Rights Watch]] taken from villages in {{2023}} and {{2024}}. "
    "Aid agencies distributed [[about 45,000 food kits|aid]] to returning families in the first quarter, but the World Food Programme warned it will have to cut rations for [[up to 250,000 people|aid;p;a=the World Food Programme]] unless new funding arrives.",
)

F(
    "Inside the camps: Cox's Bazar at seven years",
    "Seven years after the Myanmar army's clearance operations drove them across the border in {{August 2017}}, the Rohingya refugees of Cox's Bazar live in the largest refugee settlement in the world. "
    "The UN refugee agency says the camps now hold [[more than 1 million Rohingya refugees|displaced;a=The UN refugee agency]], among them [[about 740,000|displaced;a=The UN refugee agency]] who arrived in {{2017}} and [[tens of thousands|displaced]] who fled earlier waves of violence. "
    "The population keeps growing: some [[30,000 babies|other]] are born in the camps each year. "
    "They are spread across [[33 camps|capacity]] on about {{24 square kilometres}} of hillside near the town of Ukhiya, where shelters of bamboo and tarpaulin sit a few feet apart. "
    "A fire in {{March 2023}} destroyed [[more than 2,800 shelters|housing;a=the Bangladeshi authorities]] in Camp 11 and left [[about 12,000 refugees|displaced;a=the Bangladeshi authorities]] homeless, the Bangladeshi authorities said. "
    "Bangladesh has moved [[about 36,000 refugees|displaced;a=the government]] to the island of Bhasan Char, where the government says facilities can house [[up to 100,000 people|capacity;a=the government]]. "
    "Armed groups operate in the camps, and [[more than 60 refugees|killed;a=the police]] were killed in violence between them in {{2023}}, according to the police. "
    "Since the fighting in Rakhine State between the Arakan Army and the junta intensified in {{2024}}, [[about 70,000 new arrivals|displaced;a=Bangladeshi officials]] have entered the camps, Bangladeshi officials say. "
    "Food aid has been cut twice: WFP reduced the monthly ration to {{$8}} per person in {{2023}}, before restoring it to {{$12}}. "
    "A pilot scheme to repatriate [[1,176 refugees|returned;p;a=Myanmar]] to Rakhine, proposed by Myanmar, never went ahead. "
    "The World Food Programme says it needs funding to feed [[all 1 million refugees|aid;p;a=The World Food Programme;v=1000000]] next year.",
    ["Camp 11"],
)

F(
    "Explainer: the Chibok girls, ten years on",
    "On the night of {{14 April 2014}}, fighters of Boko Haram stormed the Government Girls Secondary School in Chibok, in Borno State, and drove off with [[276 schoolgirls|kidnapped]]. "
    "[[Fifty-seven|kidnapped;n=-]] of them escaped within hours by jumping from the trucks. "
    "The abduction prompted the Bring Back Our Girls campaign and years of negotiations, brokered by Switzerland and the International Committee of the Red Cross. "
    "In {{October 2016}}, [[21 girls|kidnapped]] were released, followed by [[82|kidnapped]] in {{May 2017}} in exchange for [[five Boko Haram commanders|other]]. "
    "Others escaped or were found by the army over the following years, often with children born in captivity. "
    "According to the Nigerian government, [[about 82|kidnapped;a=the Nigerian government]] of the girls are still unaccounted for. "
    "Amnesty International says the Chibok case is one of many: it estimates that [[more than 1,500 students|kidnapped;a=Amnesty International]] have been abducted from Nigerian schools since {{2014}}. "
    "In the northwest, criminal gangs known as bandits have copied the tactic, seizing [[279 girls|kidnapped]] from a school in Jangebe in {{February 2021}} and [[more than 130 pupils|kidnapped]] from Kuriga in {{March 2024}}. "
    "The government responded by closing [[about 11,500 schools|other;a=UNICEF]], UNICEF says, which left [[about 1 million children|civilians;a=UNICEF]] out of school. "
    "The Safe Schools Initiative, set up after Chibok, pledged to protect [[500 schools|other;p;a=The Safe Schools Initiative]] in the northeast, but only a fraction received walls or guards.",
)

# ---------------------------------------------------------------- texts with numbers but no figures

F(
    "Analysis: Europe's defence spending after the invasion of Ukraine",
    "When Russia launched its full-scale invasion of Ukraine on {{24 February 2022}}, only a handful of European NATO members met the alliance's target of spending {{2%}} of GDP on defence. "
    "By {{2024}}, according to the Stockholm International Peace Research Institute (SIPRI), a clear majority of members had reached it. "
    "Poland now spends about {{4.1%}} of its GDP on its armed forces, the highest share in the alliance and more than the United States ({{3.4%}}). "
    "Germany created a special fund of {{100 billion euros}} in {{2022}} and finally met the {{2%}} target in {{2024}} for the first time since the {{1990s}}. "
    "Global military spending reached {{$2.72 trillion}} in {{2024}}, SIPRI says, an increase of {{9.4%}} on the previous year and the steepest rise since at least the end of the Cold War. "
    "European spending alone grew by {{17%}} to {{$693 billion}}. "
    "Much of the new money is going into air defence, artillery shells and long-range missiles, such as the {{155mm}} rounds Ukraine fires in huge quantities. "
    "At the summit in The Hague in {{June 2025}}, allies agreed to raise the target to {{5%}} of GDP by {{2035}}, of which {{3.5%}} would go to core defence. "
    "Spain, which spent {{1.28%}} in {{2024}}, negotiated an exemption. "
    "Critics point out that the {{5%}} figure is far above the {{2.6%}} average of the Cold War years, and that many governments already run deficits above {{3%}} of GDP. "
    "Economists at the Kiel Institute estimate that meeting the new target would take until the {{2030s}} for most members.",
)

F(
    "Anniversary: ten years since the fall of Mosul",
    "It is {{10 years}} since the Islamic State group seized Mosul, Iraq's {{second}}-largest city, in a lightning offensive in {{June 2014}}. "
    "The city fell in less than {{a week}}, on {{10 June}}, and from the pulpit of the al-Nuri mosque the group's leader proclaimed a caliphate {{19 days}} later. "
    "The battle to retake it began in {{October 2016}} and lasted almost {{nine months}}, ending in {{July 2017}}. "
    "The al-Nuri mosque and its leaning minaret, known as al-Hadba and built in the {{12th century}}, were blown up by the militants in {{June 2017}}. "
    "UNESCO has led a reconstruction project since {{2018}}, funded with about {{$50 million}} from the United Arab Emirates. "
    "The rebuilt minaret, {{45 metres}} high, was unveiled this spring, with the original tilt of about {{1.5 degrees}} preserved. "
    "Mosul University, founded in {{1967}}, reopened its central library in {{2022}}. "
    "The old city along the west bank of the Tigris is still scarred, but rents have risen by {{30 to 40 percent}} since {{2021}}, local estate agents say. "
    "For many residents, the anniversary is a time for quiet remembrance rather than celebration. "
    "A memorial ceremony is planned for {{3 p.m.}} on Monday at the university.",
)

F(
    "Review: Sudan's war economy in figures",
    "Sudan's economy shrank by {{about 20%}} in {{2023}}, the first year of the war between the army and the Rapid Support Forces, according to the International Monetary Fund. "
    "The IMF expects a further contraction of {{18 percent}} in {{2024}}. "
    "The Sudanese pound, which traded at about {{570}} to the dollar before {{15 April 2023}}, fell to more than {{2,500}} on the parallel market by late {{2024}}. "
    "Inflation was running at over {{200%}} a year, and the price of sorghum in Darfur markets had tripled. "
    "Gold, the country's main export, has become a source of financing for both sides; official exports fell to {{$1.5 billion}} in {{2024}}, from {{$2.02 billion}} in {{2022}}. "
    "The central bank moved its headquarters to Port Sudan, about {{800 km}} from the capital, and printed new {{500-pound}} and {{1,000-pound}} notes in {{December 2024}}. "
    "Farmers in Gezira, the breadbasket south of Khartoum, planted on only a fraction of the {{2.2 million feddans}} of the irrigation scheme. "
    "The UN's humanitarian appeal for {{2025}} asks for {{$4.2 billion}}, of which {{less than 10 percent}} had been funded by April. "
    "Economists at the University of Khartoum warn that rebuilding the country will take at least {{a decade}}. "
    "The World Bank ranked Sudan {{172nd}} in the world on its business indicators, a measure it stopped updating in {{2021}}.",
)

F(
    "Commission of inquiry on Ukraine: deported children and returns",
    "The Independent International Commission of Inquiry on Ukraine, set up by the UN Human Rights Council in {{March 2022}}, has devoted a large part of its latest report to children taken to Russia. "
    "The commission said it had verified the transfer of [[at least 164 children|displaced;a=The commission;alt=The Independent International Commission of Inquiry on Ukraine]] from the Kherson and Kharkiv regions to Russia or to occupied Crimea, and concluded that the transfers amounted to a war crime. "
    "Ukrainian authorities put the total much higher. "
    "The Ukrainian government's Children of War platform lists [[19,546 children|displaced;a=The Ukrainian government's Children of War platform]] as deported or forcibly displaced since {{February 2022}}. "
    "Of those, only [[388|returned;a=officials in Kyiv]] had been brought back by {{September 2023}}, officials in Kyiv said, mostly through mediation by Qatar. "
    "By mid-{{2025}}, the number of children returned had risen to [[about 1,300|returned;a=the Bring Kids Back UA initiative]], according to the Bring Kids Back UA initiative. "
    "Russia describes the transfers as evacuations, and its children's rights commissioner, Maria Lvova-Belova, has said [[more than 700,000 children|displaced;a=its children's rights commissioner, Maria Lvova-Belova]] from Ukraine have moved to Russia with their families. "
    "The commission also looked at prisoners of war. "
    "It interviewed [[more than 200 former Ukrainian prisoners|other]], almost all of whom described torture. "
    "Exchanges have continued throughout the war: in the largest, in {{May 2025}}, each side released [[1,000 prisoners|other]]. "
    "Kyiv says [[more than 8,000 Ukrainians|arrested;a=Kyiv]], soldiers and civilians, are still held in Russia, and that [[tens of thousands|missing;a=Kyiv]] are listed as missing.",
)

F(
    "Think-tank analysis: Pakistan's deadliest year for militant violence in a decade",
    "Militant violence in Pakistan rose for a third year in a row in {{2024}}, according to the annual security report of the Islamabad-based Pakistan Institute for Conflict and Security Studies (PICSS). "
    "The institute recorded [[856 militant attacks|other;a=The institute;alt=the Islamabad-based Pakistan Institute for Conflict and Security Studies (PICSS)]] during the year, up from [[645|other;u=other;a=The institute;alt=the Islamabad-based Pakistan Institute for Conflict and Security Studies (PICSS)]] in {{2023}}, a rise of {{33%}}. "
    "Those attacks killed [[1,081 people|killed]], among them [[685 members|killed]] of the security forces, the highest toll for soldiers and police in a decade. "
    "Khyber Pakhtunkhwa, where the Pakistani Taliban (TTP) are most active, saw more than two-thirds of the attacks. "
    "In Balochistan, separatists of the Balochistan Liberation Army killed [[at least 39 people|killed;a=provincial officials]] in coordinated attacks in {{August}}, provincial officials said, many of them labourers from Punjab pulled off buses. "
    "The security forces say they killed [[925 militants|killed;a=The security forces]] in operations during the year and arrested [[more than 1,300 suspects|arrested;a=The security forces]]. "
    "The government estimates the TTP has [[between 6,000 and 6,500 fighters|combatants;a=The government]] based in Afghanistan, a figure that a UN monitoring team puts at [[about 6,500|combatants;a=a UN monitoring team]]. "
    "Tension with the Taliban government in Kabul over those fighters has fed Pakistan's expulsion campaign. "
    "Since {{October 2023}}, [[more than 800,000 Afghans|returned;a=UNHCR]] have been deported or have left Pakistan under pressure, UNHCR says. "
    "The institute expects violence to keep rising in {{2025}} unless talks with Kabul resume.",
)

F(
    "Report: Amnesty on mass detention of Uyghurs in Xinjiang",
    "Amnesty International's report on Xinjiang, based on interviews with [[55 former detainees|other]], describes a system of internment camps designed to erase the religious and cultural identity of Uyghurs, Kazakhs and other Muslim minorities. "
    "Researchers and UN experts estimate that [[up to 1 million people|arrested;a=Researchers and UN experts]] were held in the camps at their peak around {{2018}}. "
    "The Australian Strategic Policy Institute has identified [[more than 380 suspected detention facilities|capacity;a=The Australian Strategic Policy Institute]] in the region using satellite imagery, including [[at least 61|capacity;u=structure;a=The Australian Strategic Policy Institute]] that were expanded after {{2019}}. "
    "Beijing says the camps were vocational training centres and that all trainees have graduated. "
    "Amnesty says many former detainees were moved into the formal prison system, where the number of people sentenced rose sharply; the Xinjiang Victims Database has documented [[more than 12,000 cases|arrested;u=other;a=the Xinjiang Victims Database]] of imprisonment. "
    "The report also documents the destruction of religious sites. "
    "An earlier study found that [[about 16,000 mosques|housing;a=An earlier study]] had been damaged or destroyed, {{65%}} of the total. "
    "Families abroad remain cut off: the Uyghur Human Rights Project says it has collected reports of [[several thousand Uyghurs|missing;a=the Uyghur Human Rights Project]] in Xinjiang whose relatives abroad cannot locate them. "
    "In {{2022}}, the UN human rights office concluded that the detentions may amount to crimes against humanity. "
    "China rejects the findings.",
)

F(
    "What we know about the displacement crisis in eastern Congo",
    "The M23 rebellion in North Kivu, revived in late {{2021}}, has driven the largest wave of displacement in eastern Congo in years. "
    "The UN says [[about 7 million people|displaced;a=The UN]] are internally displaced across the country, [[more than 2.5 million|displaced]] of them in North Kivu alone. "
    "Around Goma, displacement camps grew from a few clusters to a ring of sites that held [[about 650,000 people|displaced;a=the UN refugee agency]] by early {{2025}}, according to the UN refugee agency. "
    "When the M23 and Rwandan troops took Goma in {{January 2025}}, the rebels ordered the camps closed. "
    "Aid agencies said most of [[the 650,000 residents|displaced;a=Aid agencies]] left within weeks, many of them for villages that had been destroyed. "
    "The International Organization for Migration counted [[more than 1,100 sites|capacity;a=The International Organization for Migration]] hosting displaced people in the two Kivu provinces before the offensive. "
    "In the battle for Goma itself, [[about 3,000 people|killed;a=the UN]] were killed, the UN said, and hospitals treated [[more than 2,800 wounded|injured;a=hospitals]], hospitals reported. "
    "The fighting also emptied the city's prisons: [[more than 4,000 inmates|other]] escaped from Munzenze prison during the assault. "
    "Humanitarian groups estimate [[25.6 million people|civilians;a=Humanitarian groups]] in Congo need food aid, one of the highest numbers in the world.",
    ["M23"],
)

F(
    "Year in review: Myanmar after the coup",
    "Four years after the military seized power on {{1 February 2021}}, Myanmar is fractured among the junta, ethnic armed organisations and the People's Defence Forces. "
    "The Assistance Association for Political Prisoners (AAPP) says [[more than 6,000 civilians|killed;a=The Assistance Association for Political Prisoners (AAPP)]] have been killed by the military since the coup, and that [[over 28,000 people|arrested;a=The Assistance Association for Political Prisoners (AAPP)]] have been arrested. "
    "Of those arrested, [[about 21,000|arrested;a=the group;alt=The Assistance Association for Political Prisoners (AAPP)]] remain in detention, the group says. "
    "The UN counts [[3.5 million internally displaced people|displaced;a=The UN]], up from [[about 370,000|displaced]] before the coup. "
    "Operation 1027, launched by an alliance of three ethnic armed groups in {{October 2023}}, pushed the army out of [[more than 30 towns|other;a=analysts]] in the north, analysts say. "
    "The junta responded with air strikes; the Myanmar Witness project documented [[more than 1,200 air strikes|other;a=the Myanmar Witness project]] in {{2024}}, and [[at least 80,000 houses|housing;a=Data for Myanmar]] have been burned since the coup, according to Data for Myanmar. "
    "The junta introduced conscription in {{February 2024}}, with plans to call up [[5,000 men a month|combatants;p;a=the junta]], the junta said. "
    "[[Thousands of young men|displaced]] fled the draft across the Thai border. "
    "The March {{2025}} earthquake added to the toll, but that disaster is not part of these figures.",
    ["Operation 1027"],
)

F(
    "Analysis: the hidden cost of Yemen's landmines",
    "Yemen is one of the most heavily mined countries in the world, and the casualties keep rising long after the front lines stopped moving. "
    "The Civilian Impact Monitoring Project recorded [[499 civilian casualties|injured;a=The Civilian Impact Monitoring Project]] from landmines and unexploded ordnance in {{2022}}, compared with [[319|injured;a=The Civilian Impact Monitoring Project]] in {{2021}}. "
    "Children are disproportionately hit: [[more than 1,500 children|injured;a=UNICEF]] have been killed or maimed by mines and explosive remnants since {{2018}}, UNICEF says. "
    "The Saudi-funded demining project Masam says it has cleared [[more than 450,000 mines and explosive devices|other;n=mines and explosive devices;a=The Saudi-funded demining project Masam]] since {{2018}}. "
    "Of those, [[about 146,000|other;u=other;a=Masam]] were anti-tank mines, according to Masam. "
    "Mines also keep people from going home. "
    "In Hodeidah governorate, [[about 20,000 families|displaced;a=local authorities]] cannot return to their villages because their fields are mined, local authorities say. "
    "Where land has been cleared, [[some 3,500 families|returned;a=the International Organization for Migration]] have gone back, the International Organization for Migration said. "
    "Rehabilitation centres are overwhelmed: the one in Aden, run by the ICRC, can fit [[up to 60 amputees a month|capacity;a=the ICRC]] with prosthetic limbs, the ICRC says, against a long waiting list. "
    "The Houthis, who control the north, have not allowed independent surveys of the areas they hold.",
)

F(
    "Investigation: who was killed in the strikes on Gaza's Nuseirat camp",
    "An investigation by a group of news organisations and the research agency Forensic Architecture reconstructed the Israeli raid on Nuseirat refugee camp of {{8 June 2024}}, in which Israeli special forces rescued [[four hostages|kidnapped]] held by Hamas. "
    "The operation was accompanied by heavy air and ground fire. "
    "Gaza's Health Ministry said [[274 Palestinians|killed;a=Gaza's Health Ministry]] were killed and [[698|injured;a=Gaza's Health Ministry]] injured, including [[64 children|killed;a=Gaza's Health Ministry]] among the dead. "
    "The Israeli military said it estimated the number of Palestinian casualties at [[fewer than 100|killed;a=The Israeli military]]. "
    "The investigation found that [[at least 17 residential buildings|housing;a=The investigation]] were struck during the raid, and identified [[more than 60 victims|killed;a=The investigation]] by name. "
    "Nuseirat was built in the {{1940s}} for Palestinian refugees and, before the war, had [[about 85,000 residents|civilians;a=UNRWA]], according to UNRWA. "
    "By mid-{{2024}} its population had swollen with people displaced from the north, and [[more than 250,000 people|displaced;a=UN officials]] were sheltering in and around it, UN officials estimated. "
    "Hamas said [[three other hostages|killed;a=Hamas]], including an American citizen, were killed in the strikes; Israel disputed the claim. "
    "The hostages freed in Nuseirat brought the number rescued alive by military operations to [[seven|kidnapped]]. "
    "At the time, Israel said [[120 hostages|kidnapped;a=Israel]] were still held in Gaza, about a third of whom it believed to be dead.",
)

F(
    "Explainer: Lebanon's displaced after the 2024 war",
    "The war between Israel and Hezbollah, which escalated sharply in {{September 2024}}, caused the largest displacement in Lebanon since the {{2006}} war. "
    "At the peak, in late October, the Lebanese government counted [[about 1.2 million displaced people|displaced;a=the Lebanese government]], nearly a quarter of the population. "
    "Of those, [[more than 190,000|displaced;a=the government's disaster response unit]] were living in [[1,000 collective shelters|capacity;a=the government's disaster response unit]], mostly public schools, according to the government's disaster response unit. "
    "[[Hundreds of thousands|displaced]] crossed into Syria. "
    "Lebanese authorities recorded [[more than 550,000 people|displaced;a=Lebanese authorities]] entering Syria by the end of November, {{about 60%}} of them Syrians who had once fled the other way. "
    "The ceasefire of {{27 November}} reversed the flow within days. "
    "By mid-December, the International Organization for Migration said [[about 800,000 people|returned;a=the International Organization for Migration]] had gone back to their areas of origin, while [[some 125,000|displaced;a=the International Organization for Migration]] remained displaced. "
    "Many found nothing to return to: the World Bank estimated that [[about 99,000 housing units|housing;a=the World Bank]] had been partially or fully damaged. "
    "In the south, the Israeli army barred residents from [[more than 60 villages|other;a=the Israeli army]] near the border, and the army said it would shoot anyone who approached. "
    "The Lebanese health ministry said the war killed [[more than 4,000 people|killed;a=The Lebanese health ministry]] in Lebanon, among them [[about 300 children|killed;a=The Lebanese health ministry]], and wounded [[16,500|injured;a=The Lebanese health ministry]]. "
    "On the Israeli side, [[about 60,000 residents|displaced]] of the north had been evacuated since {{October 2023}}, and Israeli officials said the return would not begin before the schools reopened.",
)

F(
    "Colombia: the Catatumbo crisis in numbers",
    "The offensive launched by the National Liberation Army (ELN) against a dissident faction of the former FARC in the Catatumbo region in {{January 2025}} caused the worst single displacement emergency in Colombia in decades. "
    "The Ombudsman's Office said [[more than 52,000 people|displaced;a=The Ombudsman's Office]] were displaced in the first {{six weeks}}, compared with [[about 17,000|displaced]] for the whole of {{2024}} in the region. "
    "Most went to Cúcuta, where the city government opened [[14 temporary shelters|capacity;a=the city government]] and a sports stadium that could take [[up to 3,000 people|capacity;a=the city government]], the city government said. "
    "The government of Gustavo Petro declared a state of internal commotion and sent [[about 5,000 soldiers|combatants;a=The government of Gustavo Petro]] to the region, the government said. "
    "The ELN is thought to have [[between 5,000 and 6,000 members|combatants;a=military intelligence]] nationwide, according to military intelligence, and the dissident 33rd Front [[several hundred|combatants]]. "
    "At least [[80 people|killed;a=local authorities]] were killed in the first days, among them former FARC fighters who had signed the {{2016}} peace agreement, local authorities said. "
    "Another [[32 people|kidnapped;a=the Ombudsman's Office]] were abducted by the ELN, the Ombudsman's Office said, and [[19|kidnapped]] of them were later released. "
    "By April, [[about 9,000 people|returned;a=the Victims Unit]] had returned to their villages under military escort, according to the Victims Unit. "
    "Aid groups distributed [[25,000 food parcels|aid]], but the UN humanitarian office warned that [[more than 80,000 people|civilians;a=the UN humanitarian office]] in the region were confined by fighting and landmines.",
    ["33rd"],
)

F(
    "Burkina Faso: reconstructing the Barsalogho massacre",
    "On {{24 August 2024}}, militants of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) attacked residents of Barsalogho, a town in Burkina Faso's Centre-Nord region, who had been ordered by the army to dig defensive trenches around it. "
    "The death toll remains disputed. "
    "JNIM itself claimed to have killed [[about 300 people|killed;a=JNIM itself]], describing them as militiamen. "
    "A security assessment shared with the French government, reported by CNN, put the toll at [[up to 600 people|killed;a=A security assessment shared with the French government]]. "
    "The UN said [[at least 133 civilians|killed;a=The UN]] had been killed, and that the real figure was likely to be much higher. "
    "Barsalogho itself had [[about 25,000 inhabitants|civilians]] before the attack, a population swollen by [[tens of thousands of displaced people|displaced]] from surrounding villages. "
    "Survivors told Human Rights Watch that the army had conscripted [[hundreds of men|combatants;a=Survivors]] from the town, including boys, to dig the trenches. "
    "The government denied using forced labour and said [[nearly 2,000 soldiers and VDP auxiliaries|combatants;n=soldiers and VDP auxiliaries;a=The government]] had been sent to secure the area after the attack. "
    "Burkina Faso's armed conflict has displaced [[more than 2 million people|displaced;a=the last official count]], according to the last official count, published in {{March 2023}}. "
    "The government has stopped publishing displacement data since then, and aid groups estimate the number has grown.",
)

F(
    "Humanitarian review: Sudan's refugee crisis in its third year",
    "More than two years into Sudan's war, the UN refugee agency describes the country as the world's largest displacement crisis. "
    "UNHCR says [[about 12 million people|displaced;a=UNHCR]] have been forced from their homes since {{April 2023}}, of whom [[more than 8.5 million|displaced;a=UNHCR]] are displaced inside Sudan and [[about 4 million|displaced;a=UNHCR]] have crossed into neighbouring countries. "
    "Chad has taken in the most refugees, [[more than 800,000|displaced;a=the Chadian government]], according to the Chadian government, on top of the [[400,000 Sudanese refugees|displaced]] it already hosted from the Darfur wars of the {{2000s}}. "
    "Egypt says it has received [[1.5 million Sudanese|displaced;a=Egypt]]. "
    "In South Sudan, the Renk transit centre, built for [[3,000 people|capacity]], held [[between 10,000 and 15,000|displaced;a=aid workers]] at times in {{2024}}, aid workers said. "
    "Many arrivals in South Sudan are South Sudanese who had lived in Sudan as refugees: [[about 770,000 returnees|returned;a=the International Organization for Migration]] have crossed back since the war began, the International Organization for Migration says. "
    "Some Sudanese are also going home. "
    "After the army retook Wad Madani and then Khartoum in early {{2025}}, IOM recorded [[more than 1 million returns|returned;a=IOM]] to Al Jazirah, Sennar and Khartoum states. "
    "The agency expects [[up to 2 million more|returned;n=-;p;a=The agency;alt=IOM]] to return by the end of the year if the front lines hold. "
    "Aid remains scarce: the World Food Programme reached [[about 4 million people|aid;a=the World Food Programme]] a month in {{2025}}, the World Food Programme said, against [[7 million|aid;p;a=the World Food Programme]] it planned to reach. "
    "Convoys must cross front lines; [[about 150 trucks|aid;a=OCHA]] entered Darfur through the Adre crossing in a typical month, OCHA said. "
    "The UN also says [[at least 30.4 million people|civilians;a=The UN]] in Sudan need humanitarian assistance, up from [[15.8 million|civilians]] before the war.",
)

F(
    "Report: how Syria's detention system made people disappear",
    "Since the fall of the Assad government in {{December 2024}}, families have searched prisons, morgues and mass graves for relatives who disappeared over {{13 years}} of war. "
    "The Syrian Network for Human Rights (SNHR) estimates that [[more than 112,000 people|missing;a=The Syrian Network for Human Rights (SNHR)]] remain forcibly disappeared, the overwhelming majority of them by the former government's security services. "
    "When rebels opened Sednaya prison on {{8 December}}, they freed [[about 4,000 detainees|arrested;a=the White Helmets]], according to the White Helmets, far fewer than families had hoped to find. "
    "Across the country, the rebel advance freed [[tens of thousands of prisoners|arrested;a=rebel commanders]], rebel commanders said. "
    "A report by the UN Commission of Inquiry on Syria says [[at least 66 mass grave sites|other;a=A report by the UN Commission of Inquiry on Syria]] have been identified, some of which may hold [[thousands of bodies|killed;a=A report by the UN Commission of Inquiry on Syria]]. "
    "The largest, at al-Qutayfah north of Damascus, is believed by local investigators to contain [[up to 100,000 bodies|killed;a=local investigators]]. "
    "In {{2014}}, a military photographer known as Caesar smuggled out photographs of [[about 6,700 detainees|killed;a=Human Rights Watch]] who died in custody, Human Rights Watch said. "
    "The Observatory for Human Rights estimated in {{2022}} that [[about 105,000 people|killed;a=The Observatory for Human Rights]] had died in government detention. "
    "The new authorities created a National Commission for Missing Persons in {{May 2025}}. The commission plans to collect DNA samples from [[more than 40,000 families|other;p;a=The commission;alt=a National Commission for Missing Persons]] of the missing. "
    "Until that work is done, the families of the disappeared live in uncertainty.",
)

F(
    "Feature: rebuilding Mosul's old city, house by house",
    "The old city of Mosul, on the west bank of the Tigris, was the last stand of the Islamic State group in {{2017}}, and it took the brunt of the battle. "
    "UN-Habitat estimated that [[about 8,000 houses|housing;a=UN-Habitat]] in the old city were damaged or destroyed, out of [[some 138,000|housing;u=structure;a=UN-Habitat]] damaged across the whole of Mosul. "
    "The rebuilding has been slow. "
    "UNESCO's Revive the Spirit of Mosul programme restored [[124 heritage houses|housing;a=UNESCO's Revive the Spirit of Mosul programme]], the programme says, and the city's municipality says [[between 3,000 and 4,000 homes|housing;a=the city's municipality]] have been repaired by their owners. "
    "Families who could not afford repairs stayed away: the International Organization for Migration says [[about 1,900 families|displaced;a=the International Organization for Migration]] from the old city were still displaced in {{2023}}. "
    "Others came back to damaged houses. "
    "In {{2019}} alone, [[some 4,500 families|returned;a=local officials]] returned to the west bank, local officials said, many to homes with no roofs. "
    "The battle itself killed [[between 9,000 and 11,000 civilians|killed;a=an Associated Press investigation]], according to an Associated Press investigation, a toll far higher than the [[1,260|killed;a=the Iraqi government]] acknowledged by the Iraqi government. "
    "Civil defence teams recovered [[more than 2,500 bodies|killed;a=Civil defence teams]] from the rubble of the old city in the year after the battle, Civil defence teams said. "
    "Some [[200 families|displaced;a=aid groups]] are still living in tents in the courtyards of ruined houses, aid groups say. "
    "A compensation scheme promised in {{2018}} was meant to pay [[up to 80,000 claimants|aid;p]], but by {{2023}} it had paid [[about 20,000|aid;a=the provincial compensation committee]], according to the provincial compensation committee.",
)

F(
    "Explainer: how many people are missing in the Gaza war",
    "Counting the missing in Gaza is one of the hardest parts of the war's record. "
    "The Palestinian Civil Defence estimates that [[about 10,000 people|missing;a=The Palestinian Civil Defence]] are buried under the rubble of destroyed buildings, a figure it has repeated since {{mid-2024}}. "
    "Those people are not included in the Gaza Health Ministry's death toll, which passed [[50,000|killed;a=the Gaza Health Ministry]] in {{March 2025}}, the Gaza Health Ministry said. "
    "The ministry's count includes only bodies registered at hospitals and morgues; it lists [[more than 15,000 children|killed;a=The ministry's count;alt=the Gaza Health Ministry]] among the dead. "
    "A study published in The Lancet in {{January 2025}} estimated that the ministry had undercounted traumatic deaths in the first {{nine months}} by {{about 41%}}. "
    "Families also search for people detained by the Israeli army. "
    "The Israeli rights group HaMoked says [[about 1,800 Gazans|arrested;a=The Israeli rights group HaMoked]] are held under the Unlawful Combatants Law, and that the army has not told families where [[several hundred others|missing;a=The Israeli rights group HaMoked]] are. "
    "The International Committee of the Red Cross says it has received [[more than 8,700 requests|other;u=other;a=The International Committee of the Red Cross]] from families looking for relatives in Gaza. "
    "On the Israeli side, [[251 hostages|kidnapped]] were taken on {{7 October 2023}}. "
    "During the ceasefire of {{January 2025}}, Hamas released [[33 Israeli hostages|kidnapped;a=Israeli officials]], [[eight|killed;a=Israeli officials]] of whom were dead, Israeli officials said, in exchange for [[about 1,800 Palestinian prisoners|other]]. "
    "Israel estimates that [[59 hostages|kidnapped;a=Israel]] remained in Gaza afterwards, of whom [[fewer than 25|kidnapped;a=Israel]] were believed to be alive.",
)

F(
    "Monitoring report: attacks on health care in Ukraine",
    "Attacks on health facilities in Ukraine have become a defining feature of the war, according to a report by Physicians for Human Rights and a coalition of Ukrainian groups. "
    "The coalition documented [[more than 1,700 attacks|other;a=The coalition;alt=Physicians for Human Rights]] on health care between {{February 2022}} and {{December 2024}}, among them strikes on [[about 520 hospitals and clinics|housing;n=hospitals and clinics;a=The coalition;alt=Physicians for Human Rights]]. "
    "The World Health Organization, which uses a narrower definition, verified [[2,254 attacks|other;a=The World Health Organization]] over the same period, and said they killed [[212 health workers and patients|killed;n=health workers and patients;a=The World Health Organization]]. "
    "The largest single strike hit the Okhmatdyt children's hospital in Kyiv on {{8 July 2024}}, killing [[two adults|killed]] and wounding [[dozens of people|injured]]. "
    "At the time, [[627 children|civilians;a=hospital staff]] were being treated in the hospital, hospital staff said; [[94|displaced;a=the health ministry]] of them were evacuated to other hospitals, the health ministry said. "
    "Near the front, [[about 120 health facilities|housing;a=regional health officials]] in the Kharkiv, Donetsk and Zaporizhzhia regions are out of service, regional health officials say. "
    "Ambulances are targeted too: [[more than 200 ambulances|other;a=the coalition;alt=Physicians for Human Rights]] have been damaged or destroyed, the coalition says. "
    "Ukraine's health ministry plans to rebuild [[160 facilities|housing;p;a=Ukraine's health ministry]] with World Bank funding by {{2027}}. "
    "The report also notes that [[at least 65 health workers|arrested;a=The report;alt=Physicians for Human Rights]] have been detained by Russian forces in occupied areas, and that [[some 30|missing;a=The report;alt=Physicians for Human Rights]] are unaccounted for.",
)

F(
    "Afghanistan's returnees: a year of forced returns from Iran and Pakistan",
    "The year {{2025}} saw the largest movement of Afghans back into their country since the Taliban returned to power in {{August 2021}}. "
    "The UN refugee agency says [[more than 2.6 million Afghans|returned;a=The UN refugee agency]] returned or were forced back from Iran and Pakistan during the year, compared with [[about 1.2 million|returned]] in {{2024}}. "
    "Iran accounted for most of them, [[about 1.8 million|returned;a=Iranian officials]], according to Iranian officials, after it set a deadline of {{6 July}} for undocumented Afghans to leave. "
    "At the peak, in the first week of July, [[up to 40,000 people a day|returned;a=the International Organization for Migration]] crossed at Islam Qala, the International Organization for Migration said. "
    "Pakistan deported or pushed out [[more than 800,000|returned;a=Pakistani officials]], Pakistani officials said, including [[some 130,000 holders|returned;a=Pakistani officials]] of Proof of Registration cards, who had long been protected. "
    "Many returnees had never lived in Afghanistan; UNICEF says {{about 40%}} of them are children. "
    "At Islam Qala, the authorities set up a reception centre that can hold [[about 10,000 people|capacity;a=the authorities]], the authorities said, and [[four transit camps|capacity]] opened near Herat. "
    "Aid agencies gave cash to [[about 350,000 returnee families|aid;a=OCHA]], according to OCHA, but said funding would run out for [[the remaining 200,000 households|aid;p]] expected by the end of the year. "
    "Women face particular hardship, as the Taliban bar them from most jobs. "
    "Among those deported from Iran were [[more than 3,000 former soldiers and officials|returned;n=soldiers and officials;a=Amnesty International]] of the previous government, Amnesty International said, who risk reprisals. "
    "The UN Assistance Mission in Afghanistan documented [[at least 100 cases|arrested;u=other;a=The UN Assistance Mission in Afghanistan]] of returnees detained by the Taliban on arrival. "
    "The World Food Programme says [[9.5 million Afghans|civilians;a=The World Food Programme]] face acute food insecurity, a number it expects to grow to [[about 12 million|civilians;p;a=The World Food Programme]] as returns continue.",
)

F(
    "Report: Kenya's Gen Z protests and the police response",
    "The protests against a finance bill that began in Nairobi in {{June 2024}} turned into the largest youth-led movement in Kenya's history, and the police response into one of its deadliest crackdowns. "
    "The Kenya National Commission on Human Rights (KNCHR) said [[60 people|killed;a=The Kenya National Commission on Human Rights (KNCHR)]] were killed during the protests between {{18 June}} and {{1 August}}, most of them shot by police. "
    "The commission also recorded [[more than 600 people|injured;a=The commission;alt=The Kenya National Commission on Human Rights (KNCHR)]] injured and [[1,376 arrests|arrested;u=person;a=The commission;alt=The Kenya National Commission on Human Rights (KNCHR)]]. "
    "On {{25 June}}, when protesters stormed Parliament, police killed [[at least 19 people|killed]] across the country. "
    "Abductions followed. "
    "The Law Society of Kenya said [[82 people|kidnapped;a=The Law Society of Kenya]] were abducted between {{June}} and {{December}}, many of them critics of the government on social media, and that [[29|missing;a=The Law Society of Kenya]] were still missing at the end of the year. "
    "The commission put the number of abductions at [[74|kidnapped;a=The commission;alt=The Kenya National Commission on Human Rights (KNCHR)]]. "
    "A year later, the anniversary protests of {{25 June 2025}} left [[16 people|killed;a=Amnesty Kenya]] dead, Amnesty Kenya said, and [[about 400|injured;a=Amnesty Kenya]] injured. "
    "During protests on {{7 July 2025}}, police arrested [[567 people|arrested;a=the Interior Ministry]], the Interior Ministry said. "
    "Shops in central Nairobi were looted and [[dozens of businesses|housing;u=structure]] burned.",
)

F(
    "Think-tank brief: Islamic State's resilience in Syria's desert",
    "The Islamic State group lost the last piece of its territorial caliphate at Baghouz in {{March 2019}}, but it has never been defeated in the Syrian desert. "
    "The UN Security Council's monitoring team estimates that the group has [[between 1,500 and 3,000 fighters|combatants;a=The UN Security Council's monitoring team]] in Syria and Iraq, down from [[about 10,000|combatants;a=The UN Security Council's monitoring team]] in {{2020}}. "
    "US Central Command said it carried out [[196 operations|other;u=other;a=US Central Command]] against the group in Syria and Iraq in the first half of {{2024}}, compared with [[191|other;u=other]] in the whole of {{2023}}. "
    "Those operations killed [[44 members|killed]] of the group and led to the detention of [[166 others|arrested]], according to the command. "
    "The biggest concern is the detention system run by the Kurdish-led SDF. "
    "[[About 9,000 suspected fighters|arrested;a=The Center for Operational Analysis and Research]] are held in [[more than 20 prisons|capacity;u=structure]] in northeast Syria, according to The Center for Operational Analysis and Research. "
    "In al-Hol camp, the SDF holds [[about 40,000 women and children|displaced;n=women and children;a=the SDF]] linked to the group, down from [[more than 73,000|displaced]] at the camp's peak in {{2019}}. "
    "Iraq has repatriated [[about 10,000 of its citizens|returned;n=citizens;a=Iraqi officials]] from al-Hol, Iraqi officials say, and plans to bring back [[the remaining 3,000 Iraqis|returned;p;a=Iraqi officials]] by the end of the year. "
    "In {{January 2022}}, an IS attack on the Ghwayran prison in Hasakah freed [[several hundred inmates|other;a=the SDF]], the SDF said, and the fighting killed [[more than 500 people|killed]]. "
    "The authors warn that a sudden US withdrawal could let [[thousands of detainees|other;p;a=The authors]] escape.",
)

F(
    "Year in review: the Sahel's displacement crisis spreads south",
    "For years, the humanitarian map of the central Sahel was drawn around Burkina Faso, Mali and Niger. "
    "In {{2024}}, the violence spilled further south, into the coastal states of Benin, Togo and Ghana, according to a year-end analysis by the Norwegian Refugee Council (NRC). "
    "The NRC counts [[about 3 million people|displaced;a=The NRC;alt=the Norwegian Refugee Council (NRC)]] displaced inside the three central Sahel countries, and [[more than 500,000 refugees|displaced;a=The NRC;alt=the Norwegian Refugee Council (NRC)]] who have fled across their borders. "
    "In northern Ghana, the number of Burkinabè asylum seekers rose to [[about 14,000|displaced;a=Ghanaian officials]], Ghanaian officials said, compared with [[fewer than 5,000|displaced]] at the start of {{2023}}. "
    "In Togo's Savanes region, the government says [[more than 40,000 people|displaced;a=the government]] have been displaced by attacks since {{2022}}. "
    "Mauritania hosts the largest single group: the Mbera camp and the villages around it shelter [[about 260,000 Malian refugees|displaced;a=UNHCR]], according to UNHCR, twice as many as two years earlier. "
    "The camp was designed for [[70,000 people|capacity]]. "
    "In Benin, jihadist attacks killed [[at least 28 soldiers|killed;a=the army]] in a single raid near the Niger border in {{January 2025}}, the army said. "
    "Schools have closed across the region: UNICEF says [[more than 14,000 schools|other;a=UNICEF]] were shut in the central Sahel by the end of the year, affecting [[2.8 million children|civilians;a=UNICEF]]. "
    "Aid groups reached [[about 1.9 million people|aid;a=Aid groups]] with food assistance in Burkina Faso, aid groups said, but the NRC warns that [[hundreds of thousands|civilians;a=the NRC;alt=the Norwegian Refugee Council (NRC)]] in blockaded towns remain out of reach. "
    "In Mali, the NRC says [[about 1,500 families|aid;a=the NRC;alt=the Norwegian Refugee Council (NRC)]] in Léré received emergency shelter kits after the town was cut off for {{eight months}}. "
    "The organisation expects displacement in the coastal states to double in {{2025}}, to [[about 100,000 people|displaced;p;a=The organisation;alt=the Norwegian Refugee Council (NRC)]].",
)

F(
    "Investigation: the Tadamon massacre and the men who filmed it",
    "In {{April 2022}}, The Guardian and New Lines magazine published footage, leaked from a Syrian military intelligence branch, showing the execution of [[41 people|killed]] in the Damascus district of Tadamon in {{April 2013}}. "
    "The researchers who obtained the video, Annsar Shahhoud and Ugur Umit Ungor, spent {{two years}} identifying the perpetrators and victims. "
    "They said the victims, blindfolded and with their hands tied, were shot one by one and pushed into a pit, and that [[at least 288 people|killed;a=Annsar Shahhoud and Ugur Umit Ungor]] were killed in Tadamon by the same unit over several months. "
    "Before the war, Tadamon had [[about 200,000 residents|civilians]], many of them from the Golan Heights and their descendants. "
    "By {{2014}}, the district was largely empty, and a UN survey counted [[fewer than 20,000 residents|civilians;a=a UN survey]] still living there. "
    "The Syrian government retook the area from rebels in {{2018}}, after which [[about 3,000 families|returned;a=local officials]] came back, local officials said. "
    "Many found their houses had been demolished: satellite images analysed by the researchers show that [[more than 400 buildings|housing;a=satellite images analysed by the researchers]] were razed between {{2015}} and {{2021}}. "
    "After the fall of Assad in {{December 2024}}, residents uncovered human remains near the site of the massacre, and the new authorities said they had arrested [[two members|arrested;a=the new authorities]] of the unit seen in the video. "
    "A third suspect was detained in the Netherlands, one of [[about 40 suspected perpetrators|arrested;a=the Syria Justice and Accountability Centre]] of Syrian war crimes held in Europe, according to the Syria Justice and Accountability Centre. "
    "The families of the Tadamon victims have asked the transitional government to exhume the pit, which they believe holds [[dozens of bodies|killed;a=The families of the Tadamon victims]]. "
    "The government says it plans to open [[15 forensic centres|other;p;a=The government;u=structure]] across the country to identify the remains of the disappeared.",
)

F(
    "Explainer: Ukraine's displaced, three years on",
    "Russia's full-scale invasion set off the largest refugee movement in Europe since the Second World War. "
    "At its peak, in {{spring 2022}}, UNHCR counted [[more than 8 million Ukrainian refugees|displaced;a=UNHCR]] across Europe, and the International Organization for Migration estimated that [[about 8 million others|displaced;a=the International Organization for Migration]] were displaced inside Ukraine. "
    "Three years later, UNHCR says [[about 6.9 million refugees|displaced;a=UNHCR]] from Ukraine are recorded worldwide, [[6.3 million|displaced;a=UNHCR]] of them in Europe. "
    "Germany hosts the most, [[about 1.2 million|displaced;a=German authorities]], according to German authorities, followed by Poland with [[close to 1 million|displaced;a=Polish officials]], Polish officials say. "
    "Inside the country, the number of internally displaced people has fallen to [[about 3.7 million|displaced;a=IOM]], IOM says, while [[4.5 million people|returned;a=the agency;alt=IOM]] have returned to their homes after a period of displacement, the agency says. "
    "Many of those who returned live near the front, where shelling continues. "
    "Evacuations from the Donetsk region became mandatory for families with children in {{2024}}; the regional administration said [[about 1,900 children|civilians;a=the regional administration]] were still living in front-line towns in {{March 2025}}. "
    "Ukraine runs [[more than 1,200 collective centres|capacity;a=the Ministry of Social Policy]] for displaced people, according to the Ministry of Social Policy, which house [[about 90,000 people|displaced;a=the Ministry of Social Policy]]. "
    "The ministry plans to build [[5,000 modular homes|housing;p;a=The ministry;alt=the Ministry of Social Policy]] for families who have lived in the centres for more than {{two years}}. "
    "Meanwhile, [[about 300,000 people|displaced;a=the Kharkiv regional administration]] from the Kharkiv region alone remain displaced, the Kharkiv regional administration says, and [[between 150 and 200 people a day|displaced;a=volunteers]] are still evacuated from the Kupiansk district, according to volunteers. "
    "The government says its housing compensation scheme has paid out to [[more than 95,000 families|aid;a=The government]] whose homes were damaged or destroyed. "
    "The Kyiv School of Economics estimates that [[about 236,000 residential buildings|housing;a=The Kyiv School of Economics]] have been damaged or destroyed since {{2022}}, including [[more than 209,000 private houses|housing;a=The Kyiv School of Economics]]. "
    "Surveys by UNHCR show that {{about 60%}} of refugees hope to return one day, down from {{77 percent}} in {{2023}}.",
)

F(
    "What we know about the exodus from Nagorno-Karabakh",
    "Within a week of Azerbaijan's military offensive of {{19 September 2023}}, almost the entire Armenian population of Nagorno-Karabakh had left for Armenia. "
    "The Armenian government said [[100,617 people|displaced;a=The Armenian government]] had crossed the Hakari bridge by {{1 October}}, out of an estimated pre-war population of [[about 120,000|civilians]]. "
    "That means [[fewer than 1,000|civilians;a=UN officials]] remained in the region, according to UN officials who visited Stepanakert, which Azerbaijan calls Khankendi, and found it nearly deserted. "
    "The offensive itself lasted only a day, but Armenian officials said [[more than 200 people|killed;a=Armenian officials]] were killed, including [[10 civilians|killed;a=Armenian officials]], and Azerbaijan said it lost [[192 soldiers|killed;a=Azerbaijan]]. "
    "A fuel depot explosion on {{25 September}}, as people queued for petrol to flee, killed [[218 people|killed]] and injured [[about 290|injured]]. "
    "Before the offensive, the region had been under a blockade of the Lachin corridor for more than {{nine months}}, during which the ICRC was the only organisation allowed to bring in food and move patients. "
    "The ICRC evacuated [[more than 600 patients|other;a=The ICRC]] to Armenia during the blockade, it said. "
    "In Armenia, the government registered [[about 30,000 families|aid;a=the government]] for a housing programme, the government said, and [[some 15,000 refugees|displaced]] were still living in temporary accommodation a year later. "
    "Armenia set up [[more than 300 reception points|capacity;a=Armenian officials]] in schools, hotels and community centres, Armenian officials said. "
    "Azerbaijan arrested [[eight former leaders|arrested;a=Azerbaijan]] of the region as they tried to leave, and Baku says they will be tried for terrorism. "
    "The Azerbaijani government plans to resettle [[about 140,000 Azerbaijanis|returned;p;a=The Azerbaijani government]] displaced in the {{1990s}} to Karabakh and the surrounding districts by {{2026}}, and says [[about 10,000|returned;a=The Azerbaijani government]] have already moved back. "
    "Armenians who left say they see no prospect of going back.",
)

F(
    "Human Rights Watch: ethnic killings in West Darfur",
    "Human Rights Watch has published a {{186-page}} report on the killings of ethnic Massalit and other non-Arab communities in El Geneina, West Darfur, by the Rapid Support Forces and allied Arab militias in {{2023}}. "
    "The group says [[thousands of people|killed;a=The group;alt=Human Rights Watch]] were killed between April and November, and a UN panel of experts put the toll in El Geneina at [[between 10,000 and 15,000|killed;a=a UN panel of experts]]. "
    "The worst violence came on {{15 June}}, when fighters opened fire on a convoy of residents trying to flee to Chad, killing [[hundreds of people|killed;a=survivors]], survivors said. "
    "In Adre, the Chadian border town, Médecins Sans Frontières treated [[more than 850 wounded|injured;a=Médecins Sans Frontières]] in just three days that week, the charity said. "
    "A second wave of killings in Ardamata, in {{November}}, left [[more than 1,300 people|killed;a=local monitors]] dead, local monitors said, and [[about 700 people|missing]] were unaccounted for. "
    "The violence emptied the city: UNHCR says [[about 500,000 refugees|displaced;a=UNHCR]] fled from West Darfur to Chad in {{2023}}, most of them Massalit. "
    "Camps in eastern Chad were quickly overwhelmed; the Adre settlement, set up for [[about 50,000 people|capacity]], held [[more than 150,000|displaced;a=aid groups]] by the end of the year, aid groups said. "
    "Human Rights Watch interviewed [[more than 220 people|other]] for the report. "
    "It also found that [[at least 45 neighbourhoods|other;u=other]] of El Geneina were looted and burned, and that [[dozens of women and girls|other;n=women and girls;a=Human Rights Watch]] were raped. "
    "The RSF denies targeting civilians and says [[its 2,000 fighters|combatants;n=fighters;a=The RSF]] in the city were protecting residents. "
    "The group calls for an arms embargo and for the International Criminal Court to investigate.",
)

F(
    "Analysis: the war in Tigray and its aftermath in numbers",
    "The war in Ethiopia's Tigray region, fought between {{November 2020}} and the Pretoria agreement of {{2 November 2022}}, is among the deadliest conflicts of the century, yet its toll is still disputed. "
    "Researchers at Ghent University estimate that [[between 300,000 and 600,000 people|killed;a=Researchers at Ghent University]] died from violence, famine and lack of health care. "
    "The African Union's envoy, Olusegun Obasanjo, has cited a figure of [[about 600,000|killed;a=The African Union's envoy, Olusegun Obasanjo]]. "
    "At the height of the war, the UN counted [[2.1 million displaced people|displaced;a=the UN]] in Tigray and [[more than 60,000 refugees|displaced]] in Sudan. "
    "In the neighbouring Amhara and Afar regions, the advance of Tigrayan forces in {{2021}} displaced [[hundreds of thousands of people|displaced]]. "
    "Since the peace deal, the interim administration says [[about 700,000 people|returned;a=the interim administration]] have gone home, but [[about 1 million|displaced;a=the interim administration]] remain in camps and host communities, mainly from Western Tigray, which Amhara forces still hold. "
    "In Mekelle and Shire, displaced families live in [[more than 600 schools|capacity;a=local education officials]], according to local education officials, which has kept [[about 1.4 million children|civilians;a=local education officials]] out of class. "
    "The Tigray Defence Forces had [[more than 250,000 fighters|combatants;a=Tigrayan leaders]] at their peak, Tigrayan leaders said. "
    "Under the agreement, [[about 270,000 former fighters|combatants;p;a=the National Rehabilitation Commission]] are to be disarmed and demobilised, the National Rehabilitation Commission says; the first phase, in {{2024}}, covered [[75,000|combatants;a=the commission;alt=the National Rehabilitation Commission]], the commission said. "
    "Sexual violence was widespread: health facilities treated [[more than 10,000 survivors|other;a=the regional health bureau]] of rape during the war, according to the regional health bureau. "
    "The Ethiopian Human Rights Commission and the UN human rights office documented the destruction of [[hundreds of health centres|housing;a=The Ethiopian Human Rights Commission and the UN human rights office]] and the looting of {{about 80%}} of hospitals in the region.",
)

F(
    "Monitoring overview: Gaza's displacement orders, month by month",
    "Since {{October 2023}}, the Israeli army has issued [[dozens of evacuation orders|other;u=other]] covering most of the Gaza Strip, and displacement has become the defining experience of the war for its [[2.1 million residents|civilians]]. "
    "UNRWA estimates that [[about 1.9 million people|displaced;a=UNRWA]], roughly nine in ten Gazans, have been displaced at least once, many of them repeatedly. "
    "The first order, on {{13 October 2023}}, told [[about 1.1 million people|displaced;a=the UN]] in the north to move south of Wadi Gaza within {{24 hours}}, according to the UN. "
    "When the army entered Rafah in {{May 2024}}, [[about 1 million people|displaced;a=UNRWA]] fled the city in less than {{three weeks}}, UNRWA said, compared with [[some 250,000|civilians]] who lived there before the war. "
    "Most went to the coastal strip of al-Mawasi, which the army designated a humanitarian zone; by {{August 2024}} the zone held [[about 1.7 million people|displaced;a=OCHA]] on about {{41 square kilometres}}, OCHA said. "
    "UNRWA schools served as the main shelters: [[about 190 UNRWA schools|capacity;a=the agency;alt=UNRWA]] housed displaced families at the height of the war, the agency said, and [[more than 500 people|killed;a=the agency;alt=UNRWA]] were killed in strikes on them. "
    "During the ceasefire of {{January 2025}}, [[more than 500,000 people|returned;a=the UN]] crossed back to the north within a week, the UN said, many to find their homes destroyed. "
    "UN satellite analysis shows that [[about 174,000 structures|housing;a=UN satellite analysis]] in Gaza had been damaged or destroyed by {{early 2025}}, {{69%}} of all structures. "
    "Aid agencies say they need [[about 120,000 tents|aid;p;a=Aid agencies]] to shelter people who have nothing to return to, and that [[fewer than 30,000|aid;a=Aid agencies]] had entered by {{February}}. "
    "In {{March 2025}}, when fighting resumed, new orders displaced [[about 142,000 people|displaced;a=OCHA]] in {{a week}}, OCHA said. "
    "The army says the orders are meant to protect civilians; rights groups argue they amount to forcible transfer.",
)

F(
    "Ten years after Sinjar: what happened to the Yazidis",
    "In {{August 2014}}, fighters of the Islamic State group overran Sinjar in northern Iraq and began a campaign that a UN commission of inquiry later called genocide against the Yazidi minority. "
    "The Kurdistan Regional Government's office for kidnapped Yazidis says [[6,417 Yazidis|kidnapped;a=The Kurdistan Regional Government's office for kidnapped Yazidis]] were abducted, [[3,548|kidnapped;n=-]] of them women and girls. "
    "Of those, [[3,576|kidnapped;a=the office;alt=The Kurdistan Regional Government's office for kidnapped Yazidis]] have been rescued or freed, the office says, and [[about 2,600|missing;a=the office;alt=The Kurdistan Regional Government's office for kidnapped Yazidis]] are still missing. "
    "Some were found far away, in Syria's al-Hol camp and in Gaza, and Iraqi officials said in {{2024}} that [[15 Yazidi women and children|kidnapped;n=women and children;a=Iraqi officials]] had been freed that year alone. "
    "[[Between 3,000 and 5,000 Yazidis|killed;a=The UN investigative team UNITAD]] were killed in the first days of the assault, The UN investigative team UNITAD estimates, and [[at least 80 mass graves|other;a=The UN investigative team UNITAD]] have been found around Sinjar. "
    "Before {{2014}}, [[about 550,000 Yazidis|civilians]] lived in Iraq. "
    "Some [[100,000|displaced;a=community leaders]] have since emigrated, most to Germany, community leaders say. "
    "Most of the rest fled to the Kurdistan region, where [[about 200,000 Yazidis|displaced;a=IOM]] still live in displacement camps or informal settlements, according to IOM. "
    "The camps, [[15 of them|capacity;n=-;u=structure]] in Duhok province at their peak, are now being closed by the Iraqi government, which offers a grant of {{4 million dinars}} to each returning family. "
    "Since {{2023}}, [[more than 12,000 families|returned;a=the Ministry of Migration and Displacement]] have returned to Sinjar, according to the Ministry of Migration and Displacement, but much of the district lacks water, power and jobs. "
    "The UN estimated in {{2019}} that [[about 6,000 houses|housing;a=The UN]] in the city had been destroyed. "
    "Armed groups also complicate returns: the Sinjar Resistance Units, a militia linked to the PKK, has [[several thousand fighters|combatants;a=Iraqi security officials]], Iraqi security officials say.",
)

F(
    "Report: the Moura killings and Mali's counter-insurgency",
    "A report by the UN human rights office (OHCHR), published in {{May 2023}}, concluded that Malian troops and foreign military personnel killed [[at least 500 people|killed;a=A report by the UN human rights office (OHCHR)]] in the central town of Moura over five days in {{March 2022}}. "
    "Most of the victims were executed after the town had been secured, the report says, and [[at least 58 women and girls|other;n=women and girls;a=the report;alt=the UN human rights office (OHCHR)]] were raped or subjected to other sexual violence. "
    "The Malian army said at the time that it had killed [[203 terrorists|killed;a=The Malian army]] and arrested [[51|arrested;a=The Malian army]] in a military operation. "
    "Witnesses told the UN investigators that [[about 100 white foreign soldiers|combatants;a=Witnesses]], believed to be from the Russian Wagner group, took part. "
    "The investigators were never allowed to visit Moura, and the report is based on interviews with [[157 people|other]]. "
    "Before the operation, Moura had [[about 10,000 residents|civilians]], and its weekly livestock market drew [[thousands of traders|other]] from across the region. "
    "After the killings, [[about 2,000 people|displaced;a=local officials]] left the town, local officials said. "
    "Human Rights Watch says similar operations in central Mali in {{2022}} and {{2023}} killed [[hundreds of civilians|killed;a=Human Rights Watch]]. "
    "ACLED data show that the Malian army and its Russian partners were responsible for [[more than 1,000 civilian deaths|killed;a=ACLED data]] in {{2022}}, up from [[about 400|killed]] in {{2021}}. "
    "The Malian government rejected the report and announced its own investigation, whose findings have not been published. "
    "The UN peacekeeping mission MINUSMA, which had [[about 13,000 troops|combatants]] at its peak, was forced to leave Mali by the end of {{2023}}.",
)

F(
    "Feature: in Chiapas, cartel war empties villages",
    "The war between the Sinaloa and Jalisco New Generation cartels for control of smuggling routes along Mexico's border with Guatemala has turned parts of Chiapas into a battleground. "
    "In {{July 2024}}, [[more than 580 Mexicans|displaced;a=Guatemalan authorities]] crossed into Guatemala from the municipality of Amatenango de la Frontera to escape the fighting, Guatemalan authorities said. "
    "They were housed in [[two schools|capacity]] and a community hall in the village of Ampliación Nueva Reforma, where Guatemala sent food and medical teams. "
    "Within a few weeks, [[about 200 of them|returned;n=-;a=Mexican officials]] had been taken back to Mexico under military escort, Mexican officials said. "
    "The Chiapas-based rights centre Fray Bartolomé de las Casas says [[more than 10,000 people|displaced;a=The Chiapas-based rights centre Fray Bartolomé de las Casas]] have been displaced in the state since {{2021}}, compared with [[fewer than 2,000|displaced]] in the previous {{three years}}. "
    "In Tila, in the north of the state, [[about 4,000 residents|displaced;a=the municipal authorities]] fled in {{June 2024}} after armed men burned [[17 houses|housing;a=the municipal authorities]], the municipal authorities said. "
    "The federal government sent [[about 1,000 soldiers and National Guard officers|combatants;n=soldiers and National Guard officers;a=The federal government]] to the region, the federal government said. "
    "The cartels forcibly recruit young men, and families say [[dozens of teenagers|kidnapped;a=families]] have been taken. "
    "Mexico's National Search Commission lists [[more than 1,100 people|missing;a=Mexico's National Search Commission]] as missing in Chiapas. "
    "Nationwide, the registry counts [[over 115,000 missing people|missing;a=the registry;alt=Mexico's National Search Commission]]. "
    "Researchers at the Crisis Group estimate that the two cartels have [[several thousand gunmen|combatants;a=Researchers at the Crisis Group]] in the state between them.",
)

F(
    "Year in review: Ethiopia's Amhara conflict and the state of emergency",
    "The war between the Ethiopian federal army and the Fano militias in the Amhara region, which broke out in {{August 2023}}, received little international attention but took a heavy toll on civilians. "
    "The Ethiopian Human Rights Commission (EHRC) said [[at least 183 civilians|killed;a=The Ethiopian Human Rights Commission (EHRC)]] were killed in the first month, many in drone strikes and house-to-house searches. "
    "Under a state of emergency declared that month, the government detained [[thousands of people|arrested]] of Amhara origin in Addis Ababa and other cities. "
    "The commission said [[more than 1,000 detainees|arrested;a=The commission;alt=The Ethiopian Human Rights Commission (EHRC)]] were held in makeshift centres such as the Awash Arba military camp, and that some had not been brought before a court for {{months}}. "
    "In {{January 2024}}, soldiers killed [[at least 45 civilians|killed;a=Amnesty International]] in the town of Merawi, Amnesty International said. "
    "Fano fighters, for their part, attacked [[more than 20 towns|other;a=ACLED]] and briefly took Lalibela and Gondar, according to ACLED, which recorded [[over 1,500 political violence events|other;a=ACLED]] in the region in {{2024}}. "
    "Kidnapping for ransom surged: the regional police said [[more than 300 people|kidnapped;a=the regional police]] were abducted on the roads of Amhara in {{2024}}, including [[about 100 students|kidnapped;a=the regional police]] taken from buses in {{July}}. "
    "The fighting displaced [[about 500,000 people|displaced;a=the UN humanitarian office]], the UN humanitarian office estimates, and kept [[more than 4 million children|civilians;a=the regional education bureau]] out of school, according to the regional education bureau. "
    "The government says it has persuaded [[about 10,000 Fano fighters|combatants;a=The government]] to lay down their arms, and plans to reintegrate [[40,000 more|combatants;n=-;p;a=The government]] in {{2025}}. "
    "Fano leaders dismiss those figures and say their ranks number [[well over 100,000 fighters|combatants;a=Fano leaders]]. "
    "Aid agencies distributed food to [[about 1.2 million people|aid]] in the region, but convoys were frequently blocked.",
)

F(
    "Explainer: how many people have fled Haiti's capital",
    "Port-au-Prince, a metropolitan area of [[about 3 million people|civilians]], has been shrinking as armed gangs expand. "
    "The International Organization for Migration says [[more than 700,000 people|displaced;a=The International Organization for Migration]] have been displaced across Haiti, over half of them children, compared with [[about 360,000|displaced;a=The International Organization for Migration]] in {{March 2024}}. "
    "In the capital, [[about 200,000 people|displaced;a=the agency;alt=The International Organization for Migration]] live in [[more than 100 displacement sites|capacity;a=the agency;alt=The International Organization for Migration]], the agency says, many of them schools where classes have stopped. "
    "Others have left the capital entirely: [[about 116,000 people|displaced;a=IOM]] fled to the southern departments in a single month in {{2024}}, IOM said. "
    "The Gran Grif gang's attack on Pont-Sondé in the Artibonite region in {{October 2024}} killed [[115 people|killed;a=the UN]], the UN said, and forced [[more than 6,000|displaced;a=the UN]] to flee. "
    "Hospitals are closing, and the University Hospital of the State of Haiti, with [[about 500 beds|capacity;u=other]], was burned by gangs in {{December 2024}}. "
    "Meanwhile, the United States and the Dominican Republic continue to send Haitians home: [[about 200,000 Haitians|returned;a=IOM]] were deported in the first half of {{2025}}, IOM said, many of them landing at the capital's port. "
    "Aid agencies supported [[about 60,000 displaced families|aid;a=Aid agencies]] with cash, Aid agencies said, while [[some 5,000 households|aid;a=the government]] received temporary housing from the government, the government said. "
    "The gangs hold [[about 1,000 hostages|kidnapped;a=human rights groups]] at any one time, human rights groups estimate. "
    "A police offensive in {{2025}} was backed by [[a dozen armed drones|other;a=officials]], officials said, and killed [[more than 300 gang members|killed]] in its first {{four months}}. "
    "The UN expects displacement to rise further, to [[up to 1.3 million people|displaced;p;a=The UN]] by the end of the year.",
)

F(
    "Explainer: why the number of displaced people worldwide keeps rising",
    "Every June, the UN refugee agency publishes its Global Trends report, and for more than a decade the headline number has gone up. "
    "UNHCR said [[123.2 million people|displaced;a=UNHCR]] were forcibly displaced worldwide at the end of {{2024}}, compared with [[117.3 million|displaced;a=UNHCR]] a year earlier and [[about 42.5 million|displaced]] in {{2011}}. "
    "Of those, [[73.5 million|displaced;a=the agency;alt=UNHCR]] were displaced inside their own countries, the agency said, and [[42.7 million|displaced;a=the agency;alt=UNHCR]] were refugees or people in need of international protection. "
    "Sudan now has the largest displaced population, [[14.3 million people|displaced]], ahead of Syria with [[13.5 million|displaced]] and Afghanistan with [[10.3 million|displaced]]. "
    "Returns are also rising: [[about 9.8 million people|returned;a=the report;alt=UNHCR]] went home in {{2024}}, the report says, including [[1.6 million refugees|returned;a=the report;alt=UNHCR]] and [[8.2 million internally displaced people|returned;a=the report;alt=UNHCR]], the highest number in decades. "
    "Many of the Syrian returns came after the fall of the Assad government: [[more than 500,000 Syrian refugees|returned;a=UNHCR]] went back in the first {{three months}} of {{2025}}, UNHCR said, alongside [[about 1.2 million|returned]] displaced inside the country. "
    "The agency warns that funding is falling even as needs grow, and that it has had to close [[dozens of offices|other;u=structure;a=The agency]] around the world. "
    "Resettlement, the transfer of refugees to a third country, remains rare: [[about 190,000 refugees|displaced;a=UNHCR]] were resettled in {{2024}}, according to UNHCR, out of [[2.9 million|displaced;p;a=UNHCR]] it says will need resettlement in {{2026}}. "
    "Most refugees, {{69%}}, live in countries neighbouring their own. "
    "Iran hosts the most, [[3.5 million|displaced]], followed by Turkey and Colombia. "
    "Analysts say conflicts last longer than they used to, so people remain displaced for years: the average refugee situation now lasts more than {{20 years}}.",
)

F(
    "Profile: the judge who leads the ICC's Ukraine cases",
    "Judge Tomoko Akane, {{68}}, became president of the International Criminal Court in {{March 2024}}, the {{first}} Japanese judge to hold the post. "
    "She joined the court in {{2018}} after more than {{30 years}} as a prosecutor in Japan. "
    "In {{March 2023}}, the court issued an arrest warrant for Vladimir Putin over the deportation of children from Ukraine. "
    "Russia responded by opening its own criminal case against her, and in {{2024}} a Moscow court sentenced her in absentia to a prison term of {{more than 15 years}}. "
    "The court's budget for {{2025}} is about {{195 million euros}}, an increase of {{3.5%}} on the year before. "
    "Its headquarters in The Hague, opened in {{2015}}, cost about {{200 million euros}} to build. "
    "The Rome Statute, adopted on {{17 July 1998}}, entered into force on {{1 July 2002}}. "
    "Akane's term as president runs until {{2027}}, and her {{nine-year}} term as a judge ends in {{2027}} as well. "
    "In a speech on {{17 July}}, the anniversary of the statute, she said the court was facing the gravest pressure in its history. "
    "Sanctions imposed by Washington in {{February 2025}} have complicated payments to staff and contractors.",
)

F(
    "Review: a new history of the Bosnian war",
    "More than {{30 years}} after the siege of Sarajevo began in {{April 1992}}, historians are still revising the record of the war. "
    "A new book by a Sarajevo historian, published this month in a {{640-page}} English edition, draws on archives opened only in the {{2010s}}. "
    "The siege lasted {{1,425 days}}, from {{5 April 1992}} to {{29 February 1996}}, the longest of a capital city in modern warfare. "
    "The author spent {{eight years}} on the research, working through documents from the International Criminal Tribunal for the former Yugoslavia, which closed in {{2017}} after {{24 years}}. "
    "The tribunal sentenced Radovan Karadzic to {{life imprisonment}} in {{2019}}, increasing the {{40-year}} sentence handed down in {{2016}}. "
    "Ratko Mladic, now {{82}}, is serving a life sentence in The Hague. "
    "The book's {{12th}} chapter, on the Markale market shellings of {{1994}} and {{1995}}, is the most detailed account yet. "
    "Sarajevo's Tunnel of Hope, {{800 metres}} long and about {{1.6 metres}} high, is now a museum that draws visitors each summer. "
    "The book costs {{35 euros}} in hardback. "
    "Its author, born in {{1975}}, was a teenager during the siege.",
)

F(
    "Analysis: the economics of Ukraine's grain corridor",
    "When the Black Sea Grain Initiative collapsed in {{July 2023}}, many expected Ukraine's agricultural exports to collapse too. "
    "Instead, Ukraine opened its own corridor along the western coast of the Black Sea, and by {{2024}} its seaborne exports had returned to near pre-war levels. "
    "Exports through the ports of Odesa, Chornomorsk and Pivdennyi reached about {{10 million tonnes}} a month at their peak, according to the Ukrainian Sea Ports Authority. "
    "The {{2024-25}} grain harvest was about {{59 million tonnes}}, down from {{more than 80 million tonnes}} in {{2021}}. "
    "War-risk insurance premiums for ships calling at Ukrainian ports fell from about {{1%}} of a vessel's value in {{2023}} to {{0.7%}} in {{2024}}. "
    "Freight rates from Odesa to Egypt dropped to about {{$25 a tonne}}, compared with {{$60}} in the first year of the war. "
    "The World Bank estimates agricultural damage and losses since {{2022}} at {{$80 billion}}. "
    "Wheat futures in Chicago, which spiked above {{$13 a bushel}} in {{March 2022}}, traded near {{$5.50}} in {{early 2025}}. "
    "Ukraine's GDP grew by {{5.3%}} in {{2023}} and {{2.9%}} in {{2024}}, after falling by {{28.8%}} in {{2022}}. "
    "Analysts at the Kyiv School of Economics say exports could grow by {{10 to 15 percent}} in {{2025}} if the corridor stays open.",
)

F(
    "Feature: the long shadow of the 2011 revolution in Libya",
    "Libya marks the {{14th}} anniversary of the uprising against Muammar Gaddafi on {{17 February}}, with the country still split between rival governments in Tripoli and Benghazi. "
    "Gaddafi ruled for {{42 years}}, from the coup of {{1 September 1969}} until his death in Sirte on {{20 October 2011}}, at the age of {{69}}. "
    "The NATO air campaign that helped the rebels lasted about {{seven months}}, from {{March}} to {{October 2011}}. "
    "Oil output, about {{1.6 million barrels}} a day before the revolution, has swung wildly since, falling below {{100,000 barrels}} a day during blockades in {{2020}}. "
    "It recovered to about {{1.4 million barrels per day}} in {{2025}}, according to the National Oil Corporation. "
    "The dinar has lost more than {{two-thirds}} of its value on the parallel market since {{2014}}. "
    "Elections planned for {{24 December 2021}} were postponed indefinitely, and the House of Representatives, elected in {{2014}}, has now sat for {{more than a decade}}. "
    "The UN envoy, the {{10th}} since {{2011}}, presented a new road map to the Security Council in {{August 2025}}. "
    "Benghazi's reconstruction has been financed with about {{$2 billion}} from the eastern authorities' development fund. "
    "Derna, devastated by the collapse of its dams in {{September 2023}}, is rebuilding with Egyptian contractors.",
)

F(
    "Explainer: how the UN Security Council votes on conflicts",
    "The UN Security Council is made up of permanent members, which hold a veto, and elected members, which serve {{two-year}} terms. "
    "A resolution needs {{nine}} votes in favour and no veto from a permanent member to pass. "
    "Russia has cast more than {{30}} vetoes since {{2011}}, many on Syria, while the United States used its veto {{four times}} on Gaza between {{October 2023}} and {{November 2024}}. "
    "Resolution {{2728}}, adopted on {{25 March 2024}}, demanded an immediate ceasefire in Gaza during Ramadan; it passed by {{14 votes to 0}}, with the United States abstaining. "
    "Resolution {{2334}}, adopted in {{December 2016}}, passed by {{14-0}} as well. "
    "The Council's {{2024}} budget for peacekeeping was about {{$5.6 billion}}, down from {{$6.4 billion}} in {{2022}}. "
    "Elected members for {{2025-26}} include Denmark, Greece, Pakistan, Panama and Somalia, chosen in a vote in {{June 2024}}. "
    "The General Assembly's Uniting for Peace procedure, created by Resolution {{377}} in {{1950}}, allows it to act when the Council is deadlocked. "
    "Reform proposals would add permanent seats, but every attempt since the {{1990s}} has stalled. "
    "The Council meets in its chamber in New York, decorated by a mural painted in {{1952}}.",
)

F(
    "Report: abductions by armed groups in northwest Nigeria",
    "A report by the Lagos-based consultancy SBM Intelligence says kidnapping for ransom has become the most profitable business of the armed gangs of northwest Nigeria. "
    "SBM says [[7,568 people|kidnapped;a=SBM]] were abducted in Nigeria between {{July 2023}} and {{June 2024}}, and that families paid about {{2.2 billion naira}} in ransoms. "
    "The gangs, which the government designated as terrorists in {{2022}}, are thought to have [[about 30,000 fighters|combatants;a=security analysts]] spread across Zamfara, Katsina, Sokoto and Kaduna states, security analysts say. "
    "In the single worst incident of the period, gunmen seized [[287 pupils and teachers|kidnapped;n=pupils and teachers;a=local officials]] from a school in Kuriga, Kaduna State, local officials said; [[137|kidnapped;a=the army]] were later rescued, according to the army. "
    "Villages pay levies to the gangs to avoid attacks: the report documents [[more than 400 communities|other;u=other;a=the report;alt=SBM]] that do so in Zamfara alone. "
    "Farmers have abandoned their land, and [[about 1.1 million people|displaced;a=the International Organization for Migration]] are displaced in the northwest, the International Organization for Migration says. "
    "Many live in [[some 90 informal camps|capacity;a=state officials]], according to state officials. "
    "The military says it killed [[more than 2,000 bandits|killed;a=The military]] and arrested [[over 1,500 suspects|arrested;a=The military]] in {{2024}}, and freed [[1,400 kidnap victims|kidnapped;a=The military]]. "
    "Vigilante groups have also grown, with [[between 10,000 and 20,000 members|combatants;a=the Zamfara state government]] in Zamfara, according to the Zamfara state government. "
    "The report warns that without economic help for rural areas, kidnappings could rise further in {{2025}}.",
)

F(
    "Explainer: Syria's displaced after the fall of Assad",
    "The collapse of the Assad government in {{December 2024}} reversed some of the war's displacement and started new waves of it. "
    "During the rebel offensive of late November and early December, [[more than 1 million people|displaced;a=the UN humanitarian office]] fled their homes in Aleppo, Hama and Homs, the UN humanitarian office said. "
    "[[About 100,000 Kurds|displaced;a=Kurdish officials]] fled Tal Rifaat and the Shahba area as Turkish-backed factions advanced, Kurdish officials said, many of them for the second time since {{2018}}. "
    "In Lebanon, [[tens of thousands of Syrians|displaced]], many of them Alawites, crossed the border in the weeks after the fall of Damascus. "
    "After the coastal massacres of {{March 2025}}, in which the Syrian Observatory said [[about 1,500 Alawite civilians|killed;a=the Syrian Observatory]] were killed, [[more than 20,000 people|displaced;a=Lebanese officials]] fled to northern Lebanon, Lebanese officials said. "
    "At the same time, people are going home. "
    "UNHCR says [[about 400,000 refugees|returned;a=UNHCR]] returned from neighbouring countries in the first {{four months}} of {{2025}}, and that [[more than 1 million internally displaced Syrians|returned;a=UNHCR]] left camps and shelters to go back to their areas of origin. "
    "The camps of the northwest, which held [[about 2 million people|displaced]] in [[more than 1,500 sites|capacity]], are slowly emptying. "
    "Aid groups say [[about 300,000 families|displaced;a=Aid groups]] are still there, many because their villages were destroyed. "
    "In Idlib province, the Assistance Coordination Unit counted [[more than 900 camps|capacity;a=the Assistance Coordination Unit]] still open in {{May 2025}}, according to the Assistance Coordination Unit. "
    "UNHCR expects [[up to 1.5 million refugees|returned;p;a=UNHCR]] to come home in {{2025}}, and says it will help [[about 200,000 families|aid;p;a=UNHCR]] with transport and cash.",
)

F(
    "Column: what the numbers in a war budget hide",
    "Ministries of defence publish budgets, and analysts spend {{weeks}} trying to read them. "
    "Russia's {{2025}} federal budget set defence spending at about {{13.5 trillion roubles}}, or {{6.3%}} of GDP, according to the finance ministry. "
    "Including security and law enforcement, the share of the budget rises to about {{40 percent}}. "
    "In {{2021}}, the year before the full-scale invasion, defence took {{3.6%}} of GDP. "
    "Ukraine's {{2025}} budget allocates about {{2.2 trillion hryvnias}} to defence, around {{26%}} of GDP, the highest share of any country in the world. "
    "Israel's defence budget rose to about {{118 billion shekels}} in {{2025}}, double the {{2022}} level. "
    "These numbers leave out a great deal, such as classified procurement and the cost of reconstruction, which the World Bank put at {{$524 billion}} for Ukraine over {{10 years}}. "
    "Economists at SIPRI warn that official figures understate the military share of spending by {{10 to 20 percent}} in several countries. "
    "Inflation complicates comparisons: Russia's central bank key rate reached {{21%}} in {{October 2024}}. "
    "In the end, a war budget is a political document as much as a ledger.",
)

F(
    "Feature: the ceasefire line in Kashmir, a year after the clashes",
    "A year after the four days of fighting between India and Pakistan in {{May 2025}}, life along the Line of Control has a fragile calm. "
    "The ceasefire agreed on {{10 May}} has held, although both armies have added bunkers and observation posts along the {{740-km}} line. "
    "The clashes began on {{7 May}}, when India launched strikes it called Operation Sindoor, {{two weeks}} after the attack on tourists at Pahalgam on {{22 April}}. "
    "India's defence budget for {{2025-26}} was raised by {{9.5%}} to about {{6.8 trillion rupees}}. "
    "Pakistan increased its own defence spending by {{20 percent}} in the budget presented in {{June}}. "
    "In Poonch, a schoolteacher aged {{47}} says the shelling on the night of {{7 May}} was the worst since {{1999}}. "
    "The Indus Waters Treaty, signed in {{1960}}, remains suspended by India. "
    "Flights over the region resumed after {{about a month}} of closures, and Srinagar airport now handles flights until {{9 p.m.}} again. "
    "Tourism, which brought a record number of visitors to Kashmir in {{2024}}, fell by {{more than 60%}} in the summer of {{2025}}. "
    "Hotel owners in Gulmarg, at an altitude of {{2,650 metres}}, say bookings for the winter season are only now recovering.",
)


if __name__ == "__main__":
    sys.exit(main())
