"""Build eval/dev16/figures.jsonl from the hand-written texts below.

A sixteenth tuning set for the figure extractor: the everyday mix a news feed carries, conflict
and not. About a third of the texts are conflict and political-violence stories, a third
disasters and accidents (floods, earthquakes, cyclones, landslides, fires, building collapses,
migrant shipwrecks, mine accidents, stampedes, train and bus crashes, epidemics), and a third
other news rich in numbers that are mostly not figures (economy, elections, sport, weather,
science, budgets, court cases, tech), with the occasional real count.

The span parser, the unit helper and the validator are copied from eval/dev10/build.py (same
inline-mark format, itself copied from dev7, dev6 and dev4). Changes for dev16 are marked "dev16"
in the code: the cross-set checks also cover dev9, dev10, dev12, dev13 and dev14 (their
figures.jsonl only, and only if present), ids are "y0001"... shuffled with seed 16, and a few
more nouns for the unit helper.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 16) with ids
"y0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev16/build.py            # write figures.jsonl and validate it
    python eval/dev16/build.py --table    # also print all figures as a table
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
    "halls",  # dev16
    "gyms",  # dev16
    "stadiums",  # dev16
    "tenements",  # dev16
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
    # added for dev16
    "lifeboats",
    "helicopters",
    "pumps",
    "filters",
    "boxes",
    "bottles",
    "cows",
    "pigs",
    "poultry",
    "chickens",
    "carriages",
    "wagons",
    "tarps",
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
    "dev9",  # dev16
    "dev10",  # dev16
    "dev12",  # dev16
    "dev13",  # dev16
    "dev14",  # dev16
)  # dev16: their figures.jsonl only, to check that no title or text is shared (labels not read)


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
        if not rec["figures"] and len(rec["negatives"]) < 3:
            errs.append(f"{where}: a text without figures needs 3+ negatives")
    return errs


def check_apart(records: list[dict]) -> list[str]:
    """Unique titles and texts, none shared with the figures or conflict files of other sets."""
    errs = []
    for key in ("title", "text"):
        mine = Counter(r[key] for r in records)
        errs += [f"duplicate {key} in dev16: {k!r}" for k, n in mine.items() if n > 1]
        for sub in OTHER_SETS:
            for name in ("figures.jsonl",):
                other = EVAL / sub / name if sub else EVAL / name
                if not other.exists():  # dev16: only the sets that exist
                    continue
                shared = set(mine) & {r[key] for r in _load(other)}
                errs += [f"{key} shared with {other.relative_to(EVAL)}: {k!r}" for k in shared]
        # also near-duplicates of titles (case and punctuation folded)
    fold = lambda s: re.sub(r"\W+", " ", s.lower()).strip()  # noqa: E731
    theirs = set()
    for sub in OTHER_SETS:
        for name in ("figures.jsonl",):
            other = EVAL / sub / name if sub else EVAL / name
            if other.exists():  # dev16
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
    recs = assign_ids(recs, "y", 16)  # dev16
    path = HERE / "figures.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(path)  # re-read and re-validate what was written
    assert back == recs
    assert len({r["id"] for r in back}) == len(back)
    assert not validate_figures(back) and not check_apart(back)
    # bench/quality.py --set eval/dev16 opens conflict.jsonl too; this set has no conflict part, so
    # an empty file is written (the bench loads it as 0 texts and its conflict metrics are all 0)
    (HERE / "conflict.jsonl").write_text("", encoding="utf-8")
    print("written:", path, HERE / "conflict.jsonl", "(empty)")
    return 0


FIGURES: list[tuple[str, str, list[str]]] = []


def F(title: str, text: str, extra_negatives: list[str] | None = None) -> None:
    FIGURES.append((title, text, extra_negatives or []))


# ====================================================================== texts

# ---------------------------------------------------------------- conflict and political violence, part 1

F(
    "Nigeria: gunmen storm village market in Plateau state",
    "Gunmen on motorcycles opened fire on a crowded market in Bokkos district on {{Sunday evening}}, killing [[at least 38 people|killed;a=a local government official]], a local government official said. "
    "[[Twenty-two others|injured;a=the state police command]] were taken to hospital in Jos, the state police command said, and [[about 150 households|displaced;a=residents]] fled to the district headquarters, according to residents. "
    "Attackers also set fire to [[64 homes|housing]].",
)

F(
    "Somalia: car bomb hits checkpoint near Mogadishu airport",
    "A car bomb exploded at a checkpoint on the road to Mogadishu's Aden Adde airport on {{14 October 2022}}, killing [[nine people|killed;a=police]], among them [[four soldiers|killed;a=police]], police said. "
    "Al-Shabaab claimed the attack, saying its fighters had killed [[more than 20|killed;a=Al-Shabaab]]. "
    "[[Fourteen wounded|injured;n=wounded;a=a doctor at Medina hospital]] were admitted, a doctor at Medina hospital said.",
)

F(
    "Colombia: armed strike confines rural communities in Choco",
    "An armed strike called by the ELN has confined [[some 12,000 people|civilians;a=the Ombudsman's Office]] in [[26 communities|other;u=other;a=the Ombudsman's Office]] along the San Juan river, the Ombudsman's Office said on {{Tuesday}}. "
    "Boats cannot travel after {{6 p.m.}}, and [[nearly 900 schoolchildren|civilians]] have missed classes for {{two weeks}}.",
)

F(
    "Ukraine: missile strike on Dnipro apartment block",
    "A Russian missile hit a {{nine-storey}} apartment block in Dnipro, killing [[at least 46 people|killed;a=regional governor Serhiy Lysak]], including [[six children|killed;a=regional governor Serhiy Lysak]], regional governor Serhiy Lysak said in {{January 2023}}. "
    "Rescuers pulled [[39 people|other;a=the State Emergency Service]] alive from the rubble, and [[about 20|missing;a=the State Emergency Service]] were still unaccounted for, the State Emergency Service said. "
    "[[Seventy-two apartments|housing;u=structure]] were destroyed.",
)

F(
    "DR Congo: ADF rebels kill villagers near Beni",
    "Suspected ADF rebels killed [[at least 31 civilians|killed;a=the local civil society coordination]] with machetes and guns in two villages near Beni overnight, the local civil society coordination said. "
    "[[Eleven people|kidnapped;a=the coordination;alt=the local civil society coordination]] were taken into the forest, the coordination added, and [[more than 2,000 residents|displaced;a=the coordination;alt=the local civil society coordination]] have since fled to Oicha.",
)

F(
    "Pakistan: suicide bomber targets police station in Khyber Pakhtunkhwa",
    "A suicide bomber rammed an explosives-laden vehicle into a police station in Bannu before dawn, killing [[12 police officers|killed;a=officials]] and wounding [[nine|injured;a=officials]], officials said. "
    "A gunbattle with [[five remaining attackers|combatants;a=the military's media wing]] lasted {{six hours}} before all were killed, the military's media wing said. "
    "The Pakistani Taliban claimed the attack, the {{third}} on the station in {{2023}}.",
)

F(
    "Myanmar: junta airstrike hits village gathering in Sagaing",
    "A junta airstrike on a ceremony in Pazigyi village in {{April 2023}} killed [[more than 160 people|killed;a=the National Unity Government]], including [[about 40 children|killed;a=the National Unity Government]], according to the National Unity Government. "
    "Survivors said a fighter jet dropped bombs on the crowd at {{about 8 a.m.}} and a helicopter then fired on people fleeing. "
    "[[Hundreds of villagers|displaced]] have since moved to nearby forests.",
)

F(
    "Haiti: gang attack on Pont-Sonde leaves dozens dead",
    "Members of the Gran Grif gang attacked the town of Pont-Sonde in the Artibonite in {{October 2024}}, killing [[at least 115 people|killed;a=the UN human rights office]], the UN human rights office said. "
    "The IOM said [[more than 6,270 people|displaced;a=The IOM]] had fled to Saint-Marc, where [[four sites|capacity;u=other;a=The IOM]] have been set up. "
    "[[Forty-five houses|housing;a=local officials]] and [[34 vehicles|other;a=local officials]] were set on fire, local officials said.",
)

F(
    "Mali: JNIM attack on Bamako gendarmerie school",
    "Jihadists linked to al-Qaeda attacked a gendarmerie training school and the military airport in Bamako on {{17 September 2024}}, killing [[more than 70 people|killed;a=security sources]], most of them trainee gendarmes, security sources told AFP. "
    "JNIM said its fighters had destroyed [[six aircraft|other;a=JNIM]]. "
    "The army said [[15 suspects|arrested;a=The army]] had been detained in the city.",
)

F(
    "Kenya: protesters storm parliament over finance bill",
    "Police fired live rounds as protesters broke into parliament in Nairobi on {{25 June 2024}}, during demonstrations against tax rises worth {{346 billion shillings}}. "
    "[[At least 23 people|killed;a=the Kenya Medical Association]] were killed across the country and [[more than 300|injured;a=the Kenya Medical Association]] were injured, the Kenya Medical Association said. "
    "Rights groups said [[over 50 protesters|kidnapped;a=Rights groups]] had been abducted by plain-clothes officers.",
)

F(
    "Sudan: RSF attack on Zamzam camp",
    "The Rapid Support Forces stormed Zamzam camp south of El Fasher in {{April 2025}}, killing [[more than 400 people|killed;a=the UN]], according to the UN. "
    "The IOM said [[up to 400,000 people|displaced;a=The IOM]] had fled the camp towards Tawila, {{60 km}} away.",
)

F(
    "Israel-Gaza: strike on school shelter in Gaza City",
    "An Israeli strike on a school used as a shelter in Gaza City's al-Daraj district killed [[at least 22 people|killed;a=the Civil Defence agency]], among them [[13 children|killed;a=the Civil Defence agency]], the Civil Defence agency said. "
    "The school housed [[about 1,500 displaced people|displaced;a=the agency;alt=the Civil Defence agency]], the agency said. "
    "The Israeli military said it had struck a Hamas command room inside the compound.",
)

F(
    "Burkina Faso: attack on army convoy near Djibo",
    "Jihadists ambushed a supply convoy escorted by the army near Djibo, killing [[27 soldiers|killed;a=the army]] and [[10 volunteers|killed;a=the army]] of the civilian defence force, the army said. "
    "[[About 70 assailants|combatants;a=the army]] were also killed, it said. "
    "[[Some 50 trucks|aid]] carrying food for the besieged town had been in the convoy.",
)

F(
    "India: ethnic clashes in Manipur displace thousands",
    "Violence between the Meitei and Kuki-Zo communities in Manipur has killed [[at least 60 people|killed;a=Chief Minister Biren Singh]] since {{May 3}}, Chief Minister Biren Singh said. "
    "[[More than 35,000 people|displaced;a=officials]] are living in [[272 relief camps|capacity;a=officials]], officials said, and [[10,000 army and paramilitary troops|combatants;a=officials]] have been deployed.",
)

# ---------------------------------------------------------------- conflict and political violence, part 2

F(
    "Syria: shelling of Idlib market kills shoppers",
    "Government artillery shells struck a vegetable market in Sarmin in {{November 2019}}, killing [[16 civilians|killed;a=the White Helmets]], among them [[five children|killed;a=the White Helmets]], the White Helmets said. "
    "The Syrian Observatory for Human Rights put the toll at [[19|killed;a=The Syrian Observatory for Human Rights]]. "
    "[[Dozens|injured]] were wounded.",
)

F(
    "Afghanistan: blast at Kabul mosque during Friday prayers",
    "An explosion tore through a Shia mosque in Kabul during Friday prayers, killing [[at least 21 worshippers|killed;a=a Taliban spokesman]] and injuring [[33|injured;a=a Taliban spokesman]], a Taliban spokesman said. "
    "The Islamic State's local affiliate claimed the bombing, the {{second}} attack on a mosque in the capital in {{10 days}}.",
)

F(
    "Ethiopia: drone strike hits market in Amhara region",
    "A drone strike on a busy market in Finote Selam in {{August 2023}} killed [[at least 26 people|killed;a=a doctor at the town's hospital]] and wounded [[55|injured;a=a doctor at the town's hospital]], a doctor at the town's hospital told Reuters. "
    "Fighting between federal troops and Fano militiamen has forced [[tens of thousands|displaced;a=aid workers]] from their homes in the region, aid workers said.",
)

F(
    "Mozambique: insurgents attack Palma",
    "Islamist insurgents attacked the coastal town of Palma in {{March 2021}}, killing [[dozens of people|killed;a=the government]], the government said. "
    "[[About 180 workers|civilians;a=security sources]] were trapped in the Amarula hotel before a convoy tried to break out, security sources said. "
    "The UN said [[more than 11,000 people|displaced;a=The UN]] had fled by boat and on foot to Pemba and Mueda.",
)

F(
    "Yemen: Houthi missile hits Marib displacement camp",
    "A ballistic missile fired by the Houthis hit a camp for displaced people in Marib city, killing [[five people|killed;a=the local authorities]], including [[two girls|killed;a=the local authorities]], the local authorities said. "
    "Marib hosts [[about one million displaced people|displaced;v=1000000;a=the UNHCR]] in [[more than 130 sites|capacity;a=the UNHCR]], according to the UNHCR.",
)

F(
    "Cameroon: separatists burn school in Northwest region",
    "Separatist fighters set fire to a secondary school in Bamenda and abducted [[six pupils|kidnapped;a=the regional governor]] and [[two teachers|kidnapped;a=the regional governor]], the regional governor said on {{Monday}}. "
    "[[More than 700,000 children|civilians;a=UNICEF]] in the two Anglophone regions have been out of school since {{2017}}, according to UNICEF.",
)

F(
    "Iraq: rockets target base hosting US troops",
    "[[Three rockets|other;a=the security media cell]] landed inside Ain al-Asad air base in Anbar province overnight, the security media cell said, causing no casualties. "
    "[[About 2,500 US troops|combatants]] remain in Iraq under an agreement to end the coalition's mission by {{September 2025}}.",
)

F(
    "Nigeria: kidnapped schoolchildren freed in Kaduna",
    "[[The 137 pupils|kidnapped;a=Governor Uba Sani]] abducted from a school in Kuriga in {{March 2024}} have been freed, Governor Uba Sani said. "
    "The gunmen had first seized [[287 pupils|kidnapped;a=the school's headmaster]] according to the school's headmaster, but the count was revised after [[dozens|kidnapped;a=the school's headmaster]] were found to have escaped on the day. "
    "[[One teacher|killed]] died in captivity.",
)

F(
    "Bangladesh: deadly clashes during student protests",
    "Police fired tear gas and rubber bullets at students protesting against job quotas in Dhaka, and clashes spread to [[at least 20 districts|other;a=local media]], local media reported. "
    "[[At least 32 people|killed;a=hospital officials]] were killed on {{Thursday}}, hospital officials said. "
    "Authorities cut mobile internet and imposed a curfew from {{midnight}}, and [[about 1,000 people|arrested;a=police]] were detained, police said.",
)

F(
    "Niger: soldiers killed in ambush near Mali border",
    "[[Twenty-nine soldiers|killed;a=the defence ministry]] were killed when some [[100 terrorists|combatants;a=the defence ministry]] on motorcycles attacked their unit near Tassia in the Tillaberi region, the defence ministry said in {{October 2023}}. "
    "[[Two soldiers|injured;a=the defence ministry]] were seriously wounded, it said.",
)

F(
    "Lebanon: Israeli strikes displace residents of the south",
    "Israeli strikes on southern Lebanon and the Bekaa valley on {{23 September 2024}} killed [[558 people|killed;a=the health ministry]], including [[50 children|killed;a=the health ministry]], the health ministry said, the deadliest day since the {{1975-1990}} civil war. "
    "[[Tens of thousands of people|displaced]] drove north, jamming the coastal highway for hours, and schools in Beirut were opened as shelters.",
)

F(
    "South Sudan: Pibor youths raid Jonglei cattle camps",
    "Armed youths from Pibor raided cattle camps in Jonglei state, killing [[at least 56 people|killed;a=the county commissioner]] and taking [[about 3,000 cattle|other;a=the county commissioner]], the county commissioner said. "
    "[[Seventeen women and children|kidnapped;n=women and children;a=the commissioner;alt=the county commissioner]] were abducted, the commissioner added.",
)

F(
    "Philippines: soldiers killed in clash with Abu Sayyaf on Jolo",
    "[[Seven soldiers|killed;a=the military]] were killed and [[14|injured;a=the military]] wounded in a firefight with [[about 40 Abu Sayyaf gunmen|combatants;a=the military]] near Patikul, the military said. "
    "The clash lasted more than {{an hour}}.",
)

F(
    "Israel: Hamas attack on southern communities",
    "Hamas gunmen who crossed from Gaza on {{7 October 2023}} killed [[about 1,200 people|killed;a=Israeli officials]] and took [[251 hostages|kidnapped;a=Israeli officials]] back into the territory, Israeli officials said. "
    "In Kibbutz Be'eri alone, [[more than 100 residents|killed]] were killed.",
)

F(
    "Mexico: cartel gunmen ambush police in Michoacan",
    "Gunmen believed to belong to the Jalisco New Generation Cartel ambushed a police convoy in El Aguaje, killing [[13 officers|killed;a=state authorities]], state authorities said. "
    "[[Four patrol vehicles|other]] were set alight, and [[another nine officers|injured]] escaped with wounds.",
)

# ---------------------------------------------------------------- conflict and political violence, part 3

F(
    "Azerbaijan: Karabakh Armenians leave after offensive",
    "[[More than 100,000 people|displaced;a=the Armenian government]] crossed from Nagorno-Karabakh into Armenia within a week of Azerbaijan's {{24-hour}} offensive in {{September 2023}}, the Armenian government said. "
    "A fuel depot explosion near Stepanakert during the exodus killed [[at least 170 people|killed]]. "
    "Yerevan said it had registered [[about 21,000 families|aid;a=Yerevan]] for a monthly allowance of {{50,000 drams}}.",
)

F(
    "Sri Lanka: Easter Sunday bombings",
    "Suicide bombers struck three churches and three luxury hotels on {{21 April 2019}}, killing [[more than 250 people|killed;a=the authorities]], the authorities said. "
    "Police said [[about 500 people|injured;a=Police]] had been wounded and [[24 suspects|arrested;a=Police]] were in custody within {{48 hours}}.",
)

F(
    "New Zealand: gunman attacks two Christchurch mosques",
    "A gunman killed [[51 worshippers|killed;a=police]] at two mosques in Christchurch during Friday prayers on {{15 March 2019}}, police said. "
    "Prime Minister Jacinda Ardern called it a terrorist attack, and the {{28-year-old}} suspect was later sentenced to life without parole. "
    "[[Forty people|injured]] were treated for gunshot wounds.",
)

F(
    "Chile: riots over metro fare rise",
    "Rioters set fire to [[more than 20 metro stations|housing;u=structure;a=the metro operator]] in Santiago after a rise of {{30 pesos}} in the fare, the metro operator said in {{October 2019}}. "
    "The government declared a state of emergency and deployed [[9,500 soldiers and police|combatants;n=soldiers and police]]. "
    "The national human rights institute said [[at least 18 people|killed;a=The national human rights institute]] had died and [[2,400|injured;a=The national human rights institute]] had been injured by the end of the month.",
)

F(
    "Iran: crackdown on protests after Mahsa Amini's death",
    "Security forces have killed [[at least 448 protesters|killed;a=Iran Human Rights]], including [[60 children|killed;a=Iran Human Rights]], since the protests began in {{mid-September}}, Iran Human Rights said. "
    "The UN's human rights chief said [[about 14,000 people|arrested;a=The UN's human rights chief]] had been detained, among them students and journalists.",
)

F(
    "Ethiopia: Tigray refugees arrive in Sudan",
    "[[More than 36,000 Ethiopians|displaced;a=the UNHCR]] have crossed into eastern Sudan since fighting erupted in Tigray on {{4 November}}, the UNHCR said. "
    "Arrivals had reached [[4,000 people a day|displaced;a=the agency;alt=the UNHCR]] at the Hamdayet crossing, the agency said, and Um Rakuba camp is being reopened for [[20,000 refugees|capacity;p;a=the agency;alt=the UNHCR]].",
)

F(
    "Myanmar: Rohingya flee to Bangladesh after army operations",
    "[[About 370,000 Rohingya|displaced;a=the UN]] have fled Rakhine state into Bangladesh since {{25 August 2017}}, the UN said. "
    "Human Rights Watch said satellite images showed [[214 villages|other;a=Human Rights Watch]] had been almost entirely destroyed. "
    "Bangladesh plans to build shelters for [[400,000 people|capacity;p;a=Bangladesh]] near Kutupalong.",
)

F(
    "Egypt: gunmen attack mosque in North Sinai",
    "Militants detonated a bomb and opened fire on worshippers at the al-Rawda mosque in Bir al-Abd in {{November 2017}}, killing [[305 people|killed;a=the public prosecutor]], including [[27 children|killed;a=the public prosecutor]], the public prosecutor said. "
    "[[Between 25 and 30 gunmen|combatants;a=the public prosecutor]] took part, carrying an Islamic State flag, he said. "
    "[[At least 128|injured]] were wounded.",
)

F(
    "Central African Republic: rebels attack UN base in Bangassou",
    "Anti-balaka fighters attacked a peacekeeping base and the Muslim quarter of Bangassou, killing [[at least 26 civilians|killed;a=the Red Cross]], the Red Cross said. "
    "[[Six peacekeepers|killed;a=MINUSCA]] were also killed, and [[about 2,000 Muslims|displaced;a=MINUSCA]] took refuge in the Catholic cathedral, according to MINUSCA.",
)

F(
    "South Africa: looting and riots after Zuma's jailing",
    "Riots and looting in KwaZulu-Natal and Gauteng after former president Jacob Zuma began a {{15-month}} sentence killed [[337 people|killed;a=the government]], the government said. "
    "[[About 25,000 soldiers|combatants;a=the government]] were deployed, it said, and [[more than 3,400 people|arrested;a=police]] were arrested, according to police. "
    "Damage to the economy was estimated at {{50 billion rand}}.",
)

F(
    "Ukraine: Kharkiv hit by guided bombs",
    "Russian guided bombs struck a DIY hypermarket in Kharkiv on {{25 May 2024}}, killing [[19 people|killed;a=Governor Oleh Syniehubov]] and wounding [[54|injured;a=Governor Oleh Syniehubov]], Governor Oleh Syniehubov said. "
    "[[More than 120 people|civilians;a=officials]] were inside the store when the bombs hit, officials said; the store covered {{15,000 square metres}}.",
)

F(
    "Burkina Faso: massacre in Barsalogho",
    "Jihadists attacked residents digging trenches around Barsalogho in {{August 2024}}, killing [[at least 133 people|killed;a=a UN security assessment]], a UN security assessment said. "
    "JNIM said it had killed [[about 300 militiamen|killed;a=JNIM]]. "
    "The town hosted [[about 70,000 displaced people|displaced]] before the attack.",
)

F(
    "France: truck attack in Nice on Bastille Day",
    "A man drove a {{19-tonne}} truck into crowds watching fireworks on the Promenade des Anglais on {{14 July 2016}}, killing [[86 people|killed;a=prosecutors]], prosecutors said. "
    "[[More than 450|injured;a=prosecutors]] were hurt, they said. "
    "The driver, a {{31-year-old}} Tunisian, was shot dead by police after a {{2-kilometre}} rampage.",
)

F(
    "Colombia: dissident offensive in Catatumbo forces exodus",
    "Clashes between the ELN and FARC dissidents in Catatumbo forced [[more than 52,000 people|displaced;a=the Norwegian Refugee Council]] to flee in {{January 2025}}, the Norwegian Refugee Council said. "
    "[[About 32,000|displaced;a=the local authorities]] reached Cucuta, where [[15 shelters|capacity;a=the local authorities]] were opened, the local authorities said. "
    "The government sent [[5,000 troops|combatants]] to the area.",
)

F(
    "Syria: coastal violence kills Alawite civilians",
    "Security forces and allied fighters killed [[more than 1,400 civilians|killed;a=the Syrian Network for Human Rights]], most of them Alawites, in coastal provinces in {{March 2025}}, according to the Syrian Network for Human Rights. "
    "[[About 20,000 people|displaced;a=the UN refugee agency]] fled across the border into northern Lebanon, the UN refugee agency said.",
)

F(
    "Thailand: bombs hit shops in southern provinces",
    "[[At least 17 small bombs|other;u=other;a=police]] exploded at shops and petrol stations in Pattani, Narathiwat and Yala provinces overnight, police said. "
    "[[Two people|killed;a=police]] were killed and [[11|injured;a=police]] were injured, they said. "
    "[[More than 7,000 people|killed]] have died since the insurgency flared in {{2004}}.",
)

F(
    "United Kingdom: rioters attack asylum hotel in Rotherham",
    "Rioters smashed windows and set fires at a hotel housing asylum seekers in Rotherham in {{August 2024}}, as [[about 240 residents|civilians]] sheltered inside. "
    "[[Sixty-four police officers|injured;a=South Yorkshire Police]] were injured, South Yorkshire Police said. "
    "By the end of the month [[more than 1,000 people|arrested;a=the National Police Chiefs' Council]] had been arrested over the disorder, the National Police Chiefs' Council said.",
)

# ---------------------------------------------------------------- conflict and political violence, part 4

F(
    "Peru: protesters killed in clashes at Juliaca airport",
    "Security forces fired on protesters trying to take the airport in Juliaca on {{9 January 2023}}, killing [[17 people|killed;a=the Ombudsman's Office]], the Ombudsman's Office said. "
    "[[At least 68 civilians|injured;a=the health ministry]] and [[nine police officers|injured;a=the health ministry]] were treated in hospital, according to the health ministry.",
)

F(
    "Kazakhstan: unrest after fuel price rise",
    "Authorities said [[225 people|killed;a=Authorities]] died during the January unrest, including [[19 law enforcement officers|killed;a=Authorities]]. "
    "[[More than 9,900 people|arrested;a=the interior ministry]] were detained, the interior ministry said, after protests over a doubling of the price of liquefied gas to {{120 tenge}} a litre turned violent. "
    "Russia-led CSTO sent [[about 2,000 troops|combatants]].",
)

F(
    "Nigeria: bandits abduct worshippers in Kaduna church",
    "Gunmen stormed two churches in Kajuru during Sunday service and abducted [[about 40 worshippers|kidnapped;a=a community leader]], a community leader said. "
    "[[Three people|killed]] were shot dead as they tried to flee. "
    "Police later said [[14 of the captives|kidnapped;n=captives;a=Police]] had escaped.",
)

F(
    "DR Congo: M23 takes Goma",
    "{{M23}} rebels backed by Rwanda took control of Goma in {{late January 2025}}. "
    "The WHO said [[at least 900 bodies|killed;a=The WHO]] had been recovered from the streets and [[2,880 people|injured;a=The WHO]] were being treated in hospitals. "
    "[[About 400,000 displaced people|displaced;a=the UN]] left camps around the city after the camps were dismantled, according to the UN.",
)

F(
    "Ecuador: gunmen storm TV studio live on air",
    "Masked gunmen burst into a TV studio in Guayaquil during a live broadcast on {{9 January 2024}}, hours after President Daniel Noboa declared an internal armed conflict against the gangs. "
    "Police freed the staff and arrested [[13 attackers|arrested;a=Police]], Police said. "
    "[[At least 10 people|killed;a=the prisons agency]] were killed in a wave of violence across the country, and [[139 prison guards|kidnapped;a=the prisons agency]] were held hostage by inmates, the prisons agency said.",
)

F(
    "Libya: clashes between armed groups in Tripoli",
    "Clashes between two armed groups in Tripoli killed [[55 people|killed;a=the Emergency Medicine Centre]] and wounded [[146|injured;a=the Emergency Medicine Centre]] in {{August 2023}}, the Emergency Medicine Centre said. "
    "[[About 234 families|displaced;a=the Red Crescent]] were evacuated from the front lines, according to the Red Crescent.",
)

F(
    "Sudan: fighting in Khartoum traps residents",
    "Fighting between the army and the RSF entered its {{second}} week in Khartoum, leaving residents short of water and power. "
    "The doctors' union said [[at least 420 people|killed;a=The doctors' union]] had been killed nationwide and [[3,700|injured;a=The doctors' union]] wounded. "
    "[[About 20,000 people|displaced;a=the UNHCR]] have crossed into Chad, according to the UNHCR.",
)

F(
    "Armenia: border clashes with Azerbaijan",
    "[[Seventy-one Armenian soldiers|killed;a=the Armenian defence ministry]] were killed in two days of border fighting in {{September 2022}}, the Armenian defence ministry said. "
    "Baku said [[50|killed;a=Baku]] of its troops had died. "
    "[[About 2,750 residents|displaced;a=Armenian officials]] of border villages in Syunik and Gegharkunik were evacuated, Armenian officials said.",
)

F(
    "Senegal: riots after opposition leader sentenced",
    "Clashes between protesters and police after opposition leader Ousmane Sonko was sentenced to {{two years}} in prison killed [[16 people|killed;a=the government]] over {{three days}} in {{June 2023}}, the government said. "
    "Amnesty International put the toll at [[23|killed;a=Amnesty International]]. "
    "[[About 500 people|arrested;a=the interior minister]] were arrested, the interior minister said.",
)

F(
    "Somalia: army retakes towns from al-Shabaab in Hiran",
    "Somali troops backed by clan militias retook [[three towns|other;u=other;a=the information ministry]] from al-Shabaab in Hiran region, the information ministry said. "
    "It said [[more than 100 militants|killed;a=the information ministry]] were killed. "
    "[[Some 1,500 families|returned;a=a local elder]] have gone back to Mahas since it was freed, a local elder said.",
)

F(
    "Turkey: bomb attack on Istanbul shopping street",
    "A bomb exploded on Istanbul's Istiklal Avenue on a busy Sunday afternoon in {{November 2022}}, killing [[six people|killed;a=Vice President Fuat Oktay]] and injuring [[81|injured;a=Vice President Fuat Oktay]], Vice President Fuat Oktay said. "
    "Police detained [[46 suspects|arrested;a=the interior minister]], including a Syrian woman accused of planting the device, the interior minister said.",
)

F(
    "Pakistan: sectarian clashes in Kurram district",
    "Gunmen opened fire on a convoy of passenger vans in Kurram, killing [[at least 42 people|killed;a=police]], police said. "
    "In the clashes that followed, [[more than 130 people|killed;a=a local official]] died and [[about 300 families|displaced;a=a local official]] fled Bagan, a local official said. "
    "The road to Parachinar was closed for weeks, stranding [[thousands of residents|civilians]].",
)

F(
    "Venezuela: deaths in post-election protests",
    "Protests after the disputed presidential election of {{28 July 2024}} left [[at least 24 people|killed;a=rights groups]] dead, rights groups said. "
    "President Nicolas Maduro said [[more than 2,200 people|arrested;a=President Nicolas Maduro]] had been arrested and would be sent to two maximum-security prisons.",
)

F(
    "Mali: Wagner and army accused of killings in Moura",
    "A UN report said Malian troops and foreign military personnel executed [[at least 500 people|killed;a=A UN report]] during a {{five-day}} operation in Moura in {{March 2022}}. "
    "[[Fifty-eight women and girls|other;n=women and girls;a=the report;alt=A UN report]] were raped, the report said.",
)

F(
    "Ukraine: Russian drones hit Odesa port",
    "Russian drones struck port infrastructure in Odesa overnight, damaging [[three warehouses|housing;u=structure;a=the regional administration]] and a grain terminal, the regional administration said. "
    "Ukraine's air force said it had shot down [[32|other;u=other;a=Ukraine's air force]] of [[38 drones|other;a=Ukraine's air force]] launched by Russia.",
)

# ---------------------------------------------------------------- conflict and political violence, part 5 (aid, returns, shelter)

F(
    "Gaza: record number of aid lorries cross at Kerem Shalom",
    "[[A total of 147 aid trucks|aid;a=COGAT]] entered Gaza through Kerem Shalom on {{Sunday}}, COGAT said, the highest daily number since the crossing reopened. "
    "The UN says [[at least 500 trucks a day|aid;p;a=The UN]] are needed to meet the needs of [[2.1 million people|civilians;a=The UN]].",
)

F(
    "Syria: refugees return from Turkey after Assad's fall",
    "[[More than 35,000 Syrians|returned;a=Turkey's interior minister]] have returned from Turkey through border crossings since {{8 December}}, Turkey's interior minister said. "
    "The UNHCR expects [[up to one million refugees|returned;p;v=1000000;a=The UNHCR]] to go back in the first {{six months}} of {{2025}}.",
)

F(
    "Iraq: families leave Jeddah camp for Anbar",
    "[[Some 150 families|returned;a=the Iraqi migration ministry]] who had lived in al-Hol camp in Syria were moved to {{Jeddah 1}} camp and then sent home to Anbar, the Iraqi migration ministry said in {{2024}}. "
    "{{Jeddah 1}} can take [[about 3,000 people|capacity;a=officials]] at a time, officials said, and holds [[1,850|displaced;a=officials]] at present.",
)

F(
    "Ukraine: shelters readied in Kharkiv metro",
    "Kharkiv's mayor Ihor Terekhov said [[12 metro stations|capacity;u=structure;a=Kharkiv's mayor Ihor Terekhov]] had been turned into shelters able to take [[up to 60,000 people|capacity;a=Kharkiv's mayor Ihor Terekhov]]. "
    "[[About 7,500 residents|displaced;a=the mayor;alt=Kharkiv's mayor Ihor Terekhov]] whose flats were damaged are living in modular homes, the mayor said. "
    "[[Some 270 buildings|housing;a=the city council]] were hit in {{May}}, according to the city council.",
)

F(
    "Sudan: WFP reaches Darfur with food convoy",
    "A convoy of [[28 trucks|aid;a=the World Food Programme]] carrying [[850 tonnes|aid;a=the World Food Programme]] of food crossed from Chad into West Darfur, the World Food Programme said. "
    "It said the food would feed [[about 300,000 people|aid;p;a=the World Food Programme]] for {{one month}}. "
    "[[More than 25 million people|civilians;a=the UN]] in Sudan face acute hunger, according to the UN.",
)

F(
    "Nigeria: Borno closes camps and sends families home",
    "Borno state authorities closed [[six camps|capacity;a=Borno state authorities]] in Maiduguri and moved [[more than 5,000 households|returned;a=Borno state authorities]] back to their home towns, Borno state authorities said. "
    "Each family received {{100,000 naira}} and a bag of rice.",
)

F(
    "Afghanistan: Pakistan deports Afghan migrants",
    "[[More than 541,000 Afghans|returned;a=the IOM]] returned or were deported from Pakistan between {{15 September 2023}} and {{the end of the year}}, according to the IOM. "
    "At the Torkham crossing, [[about 20 reception tents|capacity;a=aid agencies]] and [[12 water tanks|aid;a=aid agencies]] were set up, aid agencies said.",
)

F(
    "Myanmar: villages burned in Magway offensive",
    "Junta troops burned [[more than 600 houses|housing;a=Radio Free Asia]] in [[four villages|other;a=Radio Free Asia]] of Gangaw township, Radio Free Asia reported. "
    "[[Around 8,000 villagers|displaced]] fled into the hills.",
)

# ---------------------------------------------------------------- disasters and accidents, part 1

F(
    "Turkey: earthquake toll rises as rescuers search rubble",
    "The death toll from the magnitude {{7.8}} earthquake that struck southern Turkey on {{6 February 2023}} rose to [[more than 31,000|killed;a=the disaster agency AFAD]], the disaster agency AFAD said. "
    "[[Over 141,000 rescuers|other;a=AFAD]] are working in [[10 provinces|other;u=other;a=AFAD]], AFAD said. "
    "[[About 1.2 million people|displaced;a=officials]] are staying in tents, container homes and student dormitories, officials said.",
)

F(
    "Libya: floods in Derna after dams burst",
    "Two dams above Derna burst during Storm Daniel in {{September 2023}}, sending a wall of water through the city. "
    "The Libyan Red Crescent said [[11,300 people|killed;a=The Libyan Red Crescent]] had died and [[10,100|missing;a=The Libyan Red Crescent]] were still missing. "
    "The IOM said [[at least 43,000 people|displaced;a=The IOM]] had been displaced in the northeast.",
)

F(
    "Pakistan: monsoon floods submerge a third of the country",
    "Floods caused by record monsoon rains have killed [[1,391 people|killed;a=the National Disaster Management Authority]] since {{mid-June}}, the National Disaster Management Authority said. "
    "[[About 33 million people|civilians;a=the authority;alt=the National Disaster Management Authority]] have been affected and [[more than 1.7 million homes|housing;a=the authority;alt=the National Disaster Management Authority]] damaged or destroyed, the authority said. "
    "Rainfall in Sindh was {{784%}} above the August average.",
)

F(
    "Morocco: earthquake flattens Atlas villages",
    "A magnitude {{6.8}} earthquake struck the High Atlas at {{11:11 p.m.}} on {{8 September 2023}}, at a depth of {{18.5 km}}. "
    "The interior ministry said [[2,946 people|killed;a=The interior ministry]] had died and [[5,674|injured;a=The interior ministry]] were injured. "
    "[[About 50,000 homes|housing;a=the government]] were damaged, according to the government, which pledged {{140,000 dirhams}} per destroyed house.",
)

F(
    "Mozambique: Cyclone Idai floods Beira",
    "Cyclone Idai made landfall near Beira with winds of up to {{195 km/h}} in {{March 2019}}. "
    "The government said [[602 people|killed;a=The government]] had died in Mozambique and [[more than 1,600|injured;a=The government]] were injured. "
    "[[About 146,000 people|displaced;a=the INGC]] are living in [[164 accommodation centres|capacity;a=the INGC]], the INGC said, and [[over 1,000 cholera cases|other;a=health officials]] had been confirmed by {{early April}}, health officials said.",
)

F(
    "Philippines: Typhoon Rai forces mass evacuation",
    "[[More than 300,000 people|displaced;a=the disaster agency]] fled to evacuation centres before Typhoon Rai hit Siargao island with sustained winds of {{195 km/h}}, the disaster agency said. "
    "[[At least 375 people|killed;a=the national police]] died and [[56|missing;a=the national police]] were missing, the national police said {{five days}} later.",
)

F(
    "Bangladesh: landslides hit Rohingya camps",
    "Landslides triggered by heavy rain in Cox's Bazar killed [[10 Rohingya refugees|killed;a=the UNHCR]], including [[five children|killed;a=the UNHCR]], the UNHCR said. "
    "[[More than 2,500 shelters|capacity;a=the agency;alt=the UNHCR]] were damaged or destroyed and [[about 5,000 refugees|displaced;a=the agency;alt=the UNHCR]] had to move, the agency said. "
    "More than {{300 mm}} of rain fell in {{24 hours}}.",
)

F(
    "Italy: migrant boat sinks off Calabria",
    "A wooden boat carrying migrants from Turkey broke apart on rocks off Steccato di Cutro before dawn in {{February 2023}}. "
    "Rescuers recovered [[94 bodies|killed;a=the coastguard]], [[35 of them children|killed;n=children;a=the coastguard]], the coastguard said. "
    "[[Eighty survivors|other;a=the UNHCR]] were found, and [[at least 10 people|missing;a=the UNHCR]] are missing, according to the UNHCR.",
)

F(
    "Greece: migrant boat capsizes off Pylos",
    "A fishing trawler crammed with migrants capsized and sank {{47 nautical miles}} off Pylos on {{14 June 2023}}. "
    "The coastguard said [[104 people|other;a=The coastguard]] were rescued and [[82 bodies|killed;a=The coastguard]] recovered. "
    "Survivors said [[up to 750 people|other;a=Survivors]] had been on board, including [[about 100 children|other;a=Survivors]] in the hold.",
)

F(
    "Tunisia: bodies of migrants recovered off Sfax",
    "The Tunisian coastguard recovered [[the bodies of 27 migrants|killed;n=migrants;a=a court spokesman in Sfax]] from sub-Saharan Africa after their boat sank, a court spokesman in Sfax said. "
    "[[Eighty-three people|other;a=the court spokesman;alt=a court spokesman in Sfax]] were rescued, the court spokesman said.",
)

F(
    "India: bridge collapse in Morbi",
    "A {{143-year-old}} suspension bridge collapsed into the Machchhu river in Morbi on {{30 October 2022}}, killing [[at least 135 people|killed;a=state officials]], state officials said. "
    "[[About 500 people|other]] had been on the bridge, which had reopened {{five days}} earlier after repairs. "
    "Police arrested [[nine people|arrested;a=Police]], including managers of the company that ran it, Police said.",
)

F(
    "Bangladesh: Rana Plaza garment factory collapse",
    "The {{eight-storey}} Rana Plaza building in Savar collapsed on {{24 April 2013}}, killing [[1,134 people|killed]], most of them garment workers. "
    "The army said rescuers had pulled [[2,438 survivors|other;a=The army]] from the ruins, among them a woman found alive after {{17 days}}.",
)

F(
    "South Korea: crowd crush in Itaewon",
    "A crowd crush in a narrow alley in Seoul's Itaewon district during Halloween celebrations killed [[159 people|killed;a=the interior ministry]], the interior ministry said. "
    "Most of the victims were in their {{20s}}. "
    "[[About 100,000 people|other;a=police]] had gathered in the area that night, police estimated, and only [[137 officers|combatants;a=police]] had been deployed.",
)

F(
    "Indonesia: stampede at Kanjuruhan stadium",
    "Police fired tear gas into the stands after a football match in Malang ended {{3-2}} on {{1 October 2022}}, setting off a crush at the exits that killed [[135 people|killed;a=officials]], officials said. "
    "[[More than 580 fans|injured]] were treated in hospitals. "
    "FIFA's safety rules ban the use of crowd-control gas inside stadiums.",
)

F(
    "Greece: head-on train collision near Tempe",
    "A passenger train carrying [[about 350 people|other;a=the fire service]] collided with a freight train near Tempe just before {{midnight}} on {{28 February 2023}}, the fire service said. "
    "[[Fifty-seven people|killed]] were killed, most of them students returning from carnival. "
    "The station master on duty, a {{59-year-old}}, was charged.",
)

F(
    "India: train crash in Odisha",
    "Three trains collided near Balasore in Odisha on {{2 June 2023}}, killing [[at least 288 people|killed;a=the railways ministry]] and injuring [[more than 1,100|injured;a=the railways ministry]], the railways ministry said. "
    "The Coromandel Express had been travelling at {{128 km/h}} when it was switched onto a loop line. "
    "[[About 200 ambulances|other;a=officials]] and [[1,200 rescuers|other;a=officials]] were sent to the site, officials said.",
)

# ---------------------------------------------------------------- disasters and accidents, part 2

F(
    "Spain: flash floods in Valencia region",
    "Torrential rain dumped more than {{490 litres per square metre}} in {{eight hours}} on Chiva on {{29 October 2024}}, triggering flash floods across the Valencia region. "
    "The regional government said [[at least 222 people|killed;a=The regional government]] had died and [[78|missing;a=The regional government]] were still missing {{a week}} later. "
    "Spain sent [[about 7,500 soldiers|combatants]] to help clear mud, and [[more than 120,000 cars|other]] were written off.",
)

F(
    "Germany: floods in the Ahr valley",
    "Floods in the Ahr valley in {{July 2021}} killed [[134 people|killed;a=police in Rhineland-Palatinate]], police in Rhineland-Palatinate said. "
    "[[About 17,000 residents|civilians;a=officials]] lost their possessions or homes, officials estimated, and [[62 bridges|other;u=other;a=officials]] were destroyed. "
    "The federal government set up a reconstruction fund of {{30 billion euros}}.",
)

F(
    "Nepal: earthquake in Jajarkot district",
    "A magnitude {{5.7}} earthquake struck Jajarkot in western Nepal shortly before {{midnight}} on {{3 November 2023}}, killing [[153 people|killed;a=the home ministry]] and injuring [[338|injured;a=the home ministry]], the home ministry said. "
    "[[More than 26,000 houses|housing;a=the ministry;alt=the home ministry]] were damaged, the ministry said, and survivors spent nights outside in temperatures near {{5C}}.",
)

F(
    "Afghanistan: earthquakes in Herat",
    "A series of earthquakes, the strongest of magnitude {{6.3}}, struck Herat province in {{October 2023}}, killing [[more than 1,480 people|killed;a=the WHO]], according to the WHO. "
    "UNICEF said {{more than 90%}} of those killed were women and children. "
    "The Taliban administration said [[about 1,300 homes|housing;a=The Taliban administration]] in [[20 villages|other;a=The Taliban administration]] of Zinda Jan district had been flattened.",
)

F(
    "Brazil: floods in Rio Grande do Sul",
    "Floods in Rio Grande do Sul in {{May 2024}} have killed [[147 people|killed;a=the state civil defence]] and left [[127|missing;a=the state civil defence]], the state civil defence said. "
    "[[More than 538,000 people|displaced;a=the state civil defence]] have left their homes, with [[about 81,000|displaced;a=the state civil defence]] in shelters, it said. "
    "The Guaiba river rose to a record {{5.35 metres}} in Porto Alegre.",
)

F(
    "Canada: wildfire forces evacuation of Fort McMurray",
    "A wildfire that grew to {{85,000 hectares}} forced [[more than 88,000 residents|displaced;a=officials]] of Fort McMurray to evacuate in {{May 2016}}, officials said. "
    "[[About 2,400 homes and buildings|housing;n=homes and buildings;a=the municipality]] were destroyed, the municipality said, but no one died in the fire itself.",
)

F(
    "United States: wildfires in Los Angeles",
    "The Palisades and Eaton fires, driven by Santa Ana winds gusting to {{100 mph}}, had killed [[at least 28 people|killed;a=the Los Angeles County medical examiner]] by {{late January 2025}}, the Los Angeles County medical examiner said. "
    "[[More than 16,000 structures|housing;a=Cal Fire]] were destroyed, according to Cal Fire, and [[up to 200,000 people|displaced;a=Cal Fire]] were under evacuation orders at the peak.",
)

F(
    "Greece: wildfire near Athens forces evacuations",
    "A wildfire fanned by winds of up to {{70 km/h}} reached the northern suburbs of Athens in {{August 2024}}, and authorities ordered the evacuation of [[about 30 neighbourhoods|other;u=other]]. "
    "[[Hundreds of residents|displaced]] spent the night in hotels and on beaches, and the body of a woman was found in a burned factory in Vrilissia. "
    "The fire burned some {{10,000 hectares}}.",
)

F(
    "Hawaii: wildfire destroys Lahaina",
    "A wind-driven wildfire destroyed most of the historic town of Lahaina on Maui in {{August 2023}}, killing [[at least 97 people|killed;a=Governor Josh Green]], Governor Josh Green said. "
    "[[More than 2,200 structures|housing;a=the governor;alt=Governor Josh Green]] were damaged or destroyed, the governor said, and [[about 7,000 survivors|displaced;a=the governor;alt=Governor Josh Green]] were put up in hotels.",
)

F(
    "Chile: forest fires around Vina del Mar",
    "Forest fires in the Valparaiso region killed [[at least 131 people|killed;a=the Legal Medical Service]] in {{February 2024}}, the Legal Medical Service said. "
    "Interior Minister Carolina Toha said [[about 15,000 homes|housing;a=Interior Minister Carolina Toha]] had been affected, and [[more than 1,600 people|displaced;a=Interior Minister Carolina Toha]] were in shelters.",
)

F(
    "Australia: bushfires on the New South Wales south coast",
    "Bushfires across New South Wales destroyed [[2,439 homes|housing;a=the Rural Fire Service]] over the {{2019-20}} season, the Rural Fire Service said. "
    "[[About 1,000 people|displaced]] sheltered on the beach at Mallacoota on {{New Year's Eve}} before the navy evacuated them. "
    "[[More than 3,000 military reservists|combatants;a=Prime Minister Scott Morrison]] were called up, Prime Minister Scott Morrison said.",
)

F(
    "Japan: earthquake on the Noto peninsula",
    "A magnitude {{7.5}} earthquake hit the Noto peninsula on {{1 January 2024}}, killing [[at least 241 people|killed;a=Ishikawa prefecture]], according to Ishikawa prefecture. "
    "[[About 30,000 people|displaced;a=officials]] were in [[370 evacuation centres|capacity;a=officials]] a week later, officials said. "
    "Tsunami waves of up to {{1.2 metres}} hit Wajima port.",
)

F(
    "Indonesia: earthquake in Cianjur",
    "A shallow magnitude {{5.6}} earthquake struck Cianjur in West Java on {{21 November 2022}}, killing [[at least 268 people|killed;a=the disaster agency BNPB]], many of them children at school, the disaster agency BNPB said. "
    "[[Another 151|missing;a=the agency;alt=the disaster agency BNPB]] were missing and [[more than 58,000 people|displaced;a=the agency;alt=the disaster agency BNPB]] were in shelters, the agency said. "
    "[[About 22,000 houses|housing]] were damaged.",
)

F(
    "Haiti: earthquake in the southwest",
    "A magnitude {{7.2}} earthquake struck the Tiburon peninsula on {{14 August 2021}}, killing [[2,207 people|killed;a=the civil protection agency]] and injuring [[12,268|injured;a=the civil protection agency]], the civil protection agency said. "
    "[[More than 130,000 homes|housing;a=the agency;alt=the civil protection agency]] were damaged or destroyed, the agency said. "
    "Tropical Storm Grace brought {{10 inches}} of rain {{two days}} later.",
)

F(
    "Syria: earthquake survivors in Idlib camps",
    "The UN said [[about 4,500 people|killed;a=The UN]] had died in northwest Syria after the earthquake and [[more than 86,000|displaced;a=The UN]] were newly displaced. "
    "The first UN aid convoy of [[six trucks|aid;a=the UN]] crossed from Turkey on {{9 February}}, carrying tents and blankets, the UN said.",
)

F(
    "Malawi: Cyclone Freddy leaves hundreds dead",
    "Cyclone Freddy dumped {{six months'}} worth of rain on southern Malawi in {{six days}} in {{March 2023}}. "
    "[[At least 1,216 people|killed;a=the Department of Disaster Management Affairs]] died and [[537|missing;a=the Department of Disaster Management Affairs]] were missing, the Department of Disaster Management Affairs said, and [[659,278 people|displaced;a=the Department of Disaster Management Affairs]] were in [[747 camps|capacity;a=the Department of Disaster Management Affairs]].",
)

# ---------------------------------------------------------------- disasters and accidents, part 3

F(
    "China: coal mine collapse in Inner Mongolia",
    "An open-pit coal mine collapsed in Alxa League in Inner Mongolia on {{22 February 2023}}, burying workers and vehicles. "
    "State broadcaster CCTV said [[six people|killed;a=State broadcaster CCTV]] had died and [[47|missing;a=State broadcaster CCTV]] were missing. "
    "[[More than 900 rescuers|other;a=the emergency management ministry]] were at the site, the emergency management ministry said.",
)

F(
    "Turkey: explosion at Amasra coal mine",
    "A firedamp explosion {{300 metres}} underground at a state-owned coal mine in Amasra killed [[41 miners|killed;a=Interior Minister Suleyman Soylu]], Interior Minister Suleyman Soylu said in {{October 2022}}. "
    "[[Fifty-eight miners|other;a=the minister;alt=Interior Minister Suleyman Soylu]] got out on their own or were rescued, the minister said, and [[11|injured;a=the minister;alt=Interior Minister Suleyman Soylu]] were in hospital.",
)

F(
    "Sudan: gold mine collapse in River Nile state",
    "A traditional gold mine collapsed in the Howeid area of River Nile state, killing [[14 miners|killed;a=the state mineral resources company]] and injuring [[seven|injured;a=the state mineral resources company]], the state mineral resources company said. "
    "[[About 2 million people|other;a=the company;alt=the state mineral resources company]] work in artisanal mining in Sudan, the company said.",
)

F(
    "Colombia: gas explosion at Sutatausa coal mines",
    "A methane explosion in a chain of coal mines in Sutatausa, {{80 km}} north of Bogota, killed [[21 miners|killed;a=the mining agency]] in {{March 2023}}, the mining agency said. "
    "Rescuers reached [[seven trapped workers|civilians]] alive.",
)

F(
    "Thailand: boys trapped in Tham Luang cave",
    "Rescue divers brought out [[the last four boys|other]] and their {{25-year-old}} coach from the flooded Tham Luang cave on {{10 July 2018}}, ending an ordeal of {{18 days}}. "
    "[[More than 10,000 people|other;a=officials]], including [[about 100 divers|other;a=officials]], took part in the operation, officials said. "
    "A former Thai navy diver died during the rescue.",
)

F(
    "Nigeria: boat capsizes on the Niger river in Kwara",
    "A boat carrying wedding guests capsized on the Niger river near Patigi in Kwara state in {{June 2023}}. "
    "[[At least 106 people|killed;a=police]] drowned, police said, and [[about 150|other;a=police]] were rescued. "
    "The boat had been carrying [[more than 250 passengers|other;a=police]], they said.",
)

F(
    "Bangladesh: ferry fire on the Sugandha river",
    "A fire broke out on a crowded ferry on the Sugandha river near Jhalakathi at {{about 3 a.m.}} on {{24 December 2021}}, killing [[at least 39 passengers|killed;a=a district official]], a district official said. "
    "[[About 70 people|injured]] were taken to hospital with burns, and [[dozens|missing]] were believed to have jumped into the water.",
)

F(
    "Egypt: building collapse in Alexandria",
    "A {{13-storey}} residential building collapsed in Alexandria's Moharram Bek district, killing [[seven people|killed;a=the governorate]], the governorate said. "
    "[[Twenty-two families|displaced]] from neighbouring buildings were moved to temporary housing, and [[four adjacent buildings|housing;p]] were ordered demolished.",
)

F(
    "Nigeria: building collapse in Lagos",
    "A {{21-storey}} tower under construction in Ikoyi collapsed in {{November 2021}}. "
    "The emergency agency said [[45 bodies|killed;a=The emergency agency]] had been recovered and [[nine people|other;a=The emergency agency]] pulled out alive. "
    "[[About 50 workers|civilians]] are believed to be trapped under the rubble.",
)

F(
    "Morocco: two buildings collapse in Fez",
    "Two residential buildings collapsed in the Ain Nokbi area of Fez overnight, killing [[10 people|killed;a=local authorities]] and injuring [[seven|injured;a=local authorities]], local authorities said. "
    "[[Thirty families|displaced]] living in neighbouring houses were evacuated as a precaution.",
)

F(
    "India: stampede at religious gathering in Hathras",
    "A stampede at a religious gathering in Hathras district of Uttar Pradesh killed [[121 people|killed;a=officials]], most of them women, officials said in {{July 2024}}. "
    "Police said permission had been given for [[80,000 people|capacity;a=Police]], but [[more than 250,000|other;a=Police]] had attended.",
)

F(
    "Saudi Arabia: heat deaths during the Hajj",
    "[[More than 1,300 pilgrims|killed;a=Saudi authorities]] died during the {{2024}} Hajj, most of them unregistered, Saudi authorities said, as temperatures in Mecca reached {{51.8C}}. "
    "[[About 1.8 million pilgrims|other;a=the statistics authority]] took part, according to the statistics authority.",
)

F(
    "Democratic Republic of Congo: cholera outbreak spreads in North Kivu camps",
    "Health authorities in North Kivu said they had recorded [[more than 12,000 cholera cases|other;a=Health authorities in North Kivu]] since {{January}}, most of them in displacement camps around Goma. "
    "Medecins Sans Frontieres said it had treated [[about 2,700 patients|aid;a=Medecins Sans Frontieres]] in {{two weeks}}. "
    "[[At least 24 people|killed]] have died.",
)

F(
    "Malawi: cholera deaths rise as schools reopen late",
    "Malawi's worst cholera outbreak has killed [[1,210 people|killed;a=the health ministry]] since {{March 2022}}, the health ministry said. "
    "Schools in Lilongwe and Blantyre reopened {{two weeks}} late, and [[about 2.9 million doses|aid;a=the ministry;alt=the health ministry]] of oral vaccine were expected, the ministry added.",
)

F(
    "Guinea: Ebola vaccination campaign begins",
    "Health workers in Nzerekore began vaccinating contacts of Ebola patients on {{23 February 2021}}, after [[five people|killed;a=the health ministry]] died in the region's first outbreak since {{2016}}, the health ministry said. "
    "The WHO sent [[11,000 doses|aid;a=The WHO]] of the vaccine, The WHO said.",
)

F(
    "Sierra Leone: mudslide in Freetown",
    "A mudslide swept through Regent on the outskirts of Freetown after heavy rain on {{14 August 2017}}. "
    "The chief coroner said [[499 bodies|killed;a=The chief coroner]] had been recovered. "
    "[[More than 600 people|missing;a=the Red Cross]] were still missing, the Red Cross said. "
    "[[About 3,000 people|displaced]] lost their homes.",
)

# ---------------------------------------------------------------- disasters and accidents, part 4

F(
    "Kenya: floods displace families in Nairobi and Garissa",
    "Floods after weeks of heavy rain have killed [[at least 188 people|killed;a=the interior ministry]] across Kenya since {{March}}, the interior ministry said in {{May 2024}}. "
    "[[More than 165,000 people|displaced;a=the interior ministry]] have fled their homes and [[90 people|missing;a=the interior ministry]] are missing, it said. "
    "The reopening of [[more than 2,000 schools|other;u=structure]] was postponed by {{a week}}.",
)

F(
    "Somalia: Shabelle river bursts banks in Beledweyne",
    "The Shabelle river burst its banks in Beledweyne in {{November 2023}}, forcing [[about 250,000 people|displaced;a=the mayor]] from the town, the mayor said. "
    "OCHA said floods across Somalia had affected [[more than 1.7 million people|civilians;a=OCHA]] and damaged [[1,500 latrines|other;a=OCHA]]. "
    "Aid agencies airlifted [[12,000 food rations|aid]] to the town.",
)

F(
    "Nigeria: flood in Maiduguri after Alau dam collapse",
    "The Alau dam on the outskirts of Maiduguri collapsed in {{September 2024}}, flooding {{about 40%}} of the city. "
    "[[At least 30 people|killed;a=the Borno state government]] died and [[more than 400,000|displaced;a=the Borno state government]] were displaced, the Borno state government said. "
    "[[Some 281 inmates|other;a=the prisons service]] escaped when the walls of the Maiduguri custodial centre fell, the prisons service said.",
)

F(
    "Vietnam: Typhoon Yagi and landslide at Lang Nu",
    "A flash flood and landslide triggered by Typhoon Yagi buried the hamlet of Lang Nu in Lao Cai province in {{September 2024}}. "
    "State media said [[55 residents|killed;a=State media]] were confirmed dead and [[12|missing;a=State media]] were missing. "
    "[[Thirty-seven households|civilians]] lived in the hamlet, and [[29 houses|housing]] were swept away.",
)

F(
    "Papua New Guinea: landslide buries Enga village",
    "A landslide buried part of Yambali village in Enga province at {{about 3 a.m.}} on {{24 May 2024}}. "
    "The IOM estimated that [[more than 670 people|killed;a=The IOM]] had died. "
    "The national disaster centre said [[more than 2,000|killed;a=The national disaster centre]] had been buried. "
    "[[About 1,650 survivors|displaced;a=officials]] were moved to safer ground, officials said.",
)

F(
    "India: landslides in Wayanad",
    "Landslides struck villages in Kerala's Wayanad district in the early hours of {{30 July 2024}} after {{more than 570 mm}} of rain in {{48 hours}}. "
    "The state government said [[231 people|killed;a=The state government]] had died and [[more than 130|missing;a=The state government]] were missing. "
    "[[About 10,000 people|displaced]] were in [[91 relief camps|capacity]].",
)

F(
    "Ethiopia: landslides in Gofa zone",
    "Two landslides in Gofa zone in southern Ethiopia in {{July 2024}} killed [[at least 257 people|killed;a=the UN]], according to the UN, which warned the toll could reach [[500|killed;p;a=the UN]]. "
    "[[More than 15,000 people|displaced;a=OCHA]] needed to be evacuated because of the risk of further slides, OCHA said.",
)

F(
    "China: floods in Henan",
    "Record rain fell on Zhengzhou in {{July 2021}}, with {{201.9 mm}} in a single hour. "
    "Officials said [[398 people|killed;a=Officials]] died in Henan, [[14 of them|killed;n=-;a=Officials]] in a flooded subway tunnel, and [[more than 1.4 million|displaced;a=Officials]] were relocated.",
)

F(
    "Madagascar: cyclone Batsirai hits east coast",
    "Cyclone Batsirai made landfall near Mananjary with winds of {{165 km/h}} in {{February 2022}}. "
    "The national disaster office said [[121 people|killed;a=The national disaster office]] had died and [[more than 30,000|displaced;a=The national disaster office]] were in emergency sites. "
    "The WFP said it had distributed [[186 tonnes|aid;a=The WFP]] of food.",
)

F(
    "Myanmar and Bangladesh: Cyclone Mocha",
    "Cyclone Mocha hit the coast near Sittwe with winds of {{209 km/h}} in {{May 2023}}. "
    "In Bangladesh, [[about 750,000 people|displaced;a=officials]] had been moved to [[1,500 cyclone shelters|capacity;a=officials]] before landfall, officials said. "
    "In Rakhine, the UN said [[1.6 million people|civilians;a=the UN]] had been affected.",
)

F(
    "United States: Hurricane Helene in western North Carolina",
    "Hurricane Helene made landfall in Florida's Big Bend as a {{Category 4}} storm in {{September 2024}} and brought catastrophic flooding to the Appalachian mountains. "
    "[[At least 230 people|killed;a=state officials]] died across the Southeast, [[about 100|killed;a=state officials]] of them in North Carolina, state officials said. "
    "[[More than 1,000 people|missing;a=Buncombe County officials]] were reported unaccounted for in the first days, Buncombe County officials said.",
)

F(
    "Cuba: Hurricane Ian knocks out power grid",
    "Hurricane Ian struck western Cuba with winds of {{205 km/h}}, killing [[three people|killed;a=state media]] and knocking out power to the whole island of [[11 million|civilians;a=state media]], state media said. "
    "In Pinar del Rio, [[more than 38,000 people|displaced;a=the provincial government]] were evacuated, the provincial government said.",
)

F(
    "Iraq: fire at wedding hall in Hamdaniya",
    "A fire at a wedding hall in Qaraqosh in Nineveh province on {{26 September 2023}} killed [[at least 107 people|killed;a=the health ministry]] and injured [[more than 150|injured;a=the health ministry]], the health ministry said. "
    "Fireworks set the ceiling alight at {{about 10:45 p.m.}}, while [[about 900 guests|other]] were inside.",
)

F(
    "North Macedonia: nightclub fire in Kocani",
    "A fire at a nightclub in Kocani during a concert killed [[62 people|killed;a=the interior minister]], the interior minister said in {{March 2025}}. "
    "[[About 500 people|other]] had been in the club, and [[more than 190|injured]] were treated for burns in Skopje and abroad. "
    "Police detained [[15 people|arrested;a=Police]], Police said.",
)

F(
    "Kenya: school dormitory fire in Nyeri",
    "A fire broke out at a boys' boarding school in Nyeri county at {{about 11 p.m.}}, killing [[21 pupils|killed;a=police]], police said. "
    "[[About 150 boys|other]] had been sleeping in the dormitory, and [[14 of them|injured;n=-]] were taken to hospital. "
    "The pupils were aged between {{9 and 13}}.",
)

F(
    "Bangladesh: fire in Rohingya camp leaves thousands homeless",
    "A fire swept through {{Camp 11}} in Cox's Bazar on a Sunday afternoon in {{March 2023}}, destroying [[more than 2,000 shelters|capacity;a=the refugee commissioner]] and leaving [[about 12,000 refugees|displaced;a=the refugee commissioner]] homeless, the refugee commissioner said. "
    "[[Ninety-three learning centres|housing]] were also destroyed.",
)

F(
    "Mexico: fire at migrant detention centre in Ciudad Juarez",
    "A fire at a migration detention centre in Ciudad Juarez on {{27 March 2023}} killed [[40 migrants|killed;a=the National Migration Institute]] and injured [[27|injured;a=the National Migration Institute]], the National Migration Institute said. "
    "The migrants, most of them from Guatemala and Venezuela, had been locked in a cell. "
    "[[Five officials|arrested]] were later charged with homicide.",
)

# ---------------------------------------------------------------- mixed, part 5

F(
    "Haiti: gangs attack Cite Soleil and Croix-des-Bouquets",
    "Fighting between rival gang coalitions in Port-au-Prince killed [[at least 234 people|killed;a=the UN human rights office]] in {{10 days}} in {{July 2022}}, the UN human rights office said. "
    "[[About 3,000 people|displaced]] fled their homes, and [[140 houses|housing]] were burned. "
    "Aid groups could not reach [[some 300,000 residents|civilians]] of Cite Soleil.",
)

F(
    "Chad: Sudanese refugees arrive in Adre",
    "[[More than 600,000 Sudanese refugees|displaced;a=the UNHCR]] have arrived in eastern Chad since {{April 2023}}, the UNHCR said, many of them Masalit fleeing killings in El Geneina. "
    "At Adre, [[about 1,500 new arrivals a week|displaced;a=MSF]] are crossing, MSF said, and the clinic it runs treats [[300 patients a day|aid;a=MSF]]. "
    "The new Farchana camp is meant for [[50,000 people|capacity]].",
)

F(
    "Niger: jihadists kill villagers in Tillaberi",
    "Gunmen on motorcycles killed [[58 civilians|killed;a=the government]] returning from a market in the Tillaberi region in {{March 2021}}, the government said, declaring {{three days}} of mourning. "
    "[[Four vehicles|other]] and [[a dozen carts|other]] were set on fire. "
    "[[More than 3,500 people|displaced;a=local officials]] left nearby villages in the following week, local officials said.",
)

F(
    "Colombia: landmine injures soldiers in Narino",
    "A landmine planted by FARC dissidents exploded under a patrol in Narino, injuring [[five soldiers|injured;a=the army]], the army said. "
    "Colombia has recorded [[more than 12,000 landmine victims|other;a=the peace commissioner's office]] since {{1990}}, according to the peace commissioner's office.",
)

F(
    "Libya: migrants rescued off Zuwara",
    "The Libyan coastguard intercepted [[413 migrants|other;a=the IOM]] on [[two rubber boats|other;a=the IOM]] off Zuwara and returned them to detention centres in Tripoli, the IOM said. "
    "[[Eleven bodies|killed]] washed ashore near Sabratha the same day. "
    "[[More than 21,000 people|other;a=the agency;alt=the IOM]] have been intercepted and returned to Libya this year, the agency said.",
)

F(
    "Senegal: pirogue found off Cape Verde",
    "A fishing boat found drifting off Cape Verde had left Senegal with [[101 people|other;a=the IOM]] on board more than {{a month}} earlier, the IOM said. "
    "[[Thirty-eight survivors|other;a=police]] were rescued, and [[at least 56 people|missing;a=police]] are presumed dead, police said. "
    "[[Seven bodies|killed]] were found on board.",
)

F(
    "Bangladesh: garment factory fire in Narayanganj",
    "A fire at a juice factory in Rupganj, Narayanganj, killed [[52 workers|killed;a=the fire service]] in {{July 2021}}, the fire service said, many of them children aged {{11 to 15}}. "
    "The exit of the {{six-storey}} building had been locked. "
    "[[Eight people|arrested;a=Police]], including the owner, were arrested, Police said.",
)

F(
    "Zambia: cholera outbreak closes Lusaka schools",
    "Zambia's cholera outbreak has killed [[412 people|killed;a=the health ministry]] since {{October 2023}}, and [[more than 10,000|other;a=the health ministry]] have fallen ill, the health ministry said. "
    "Heroes Stadium in Lusaka was turned into a treatment centre with [[1,000 beds|capacity]], and [[1.7 million doses|aid]] of vaccine arrived.",
)

F(
    "Chile: heatwave and forest fires",
    "Firefighters battled [[more than 150 forest fires|other;u=other;a=the national forestry corporation]] in central Chile as temperatures passed {{40C}}, the national forestry corporation said. "
    "[[Twenty-four people|killed;a=the government]] died and [[about 1,150 homes|housing;a=the government]] were destroyed, the government said.",
)

F(
    "Italy: Ischia landslide",
    "A landslide swept through Casamicciola on the island of Ischia after {{126 mm}} of rain fell in {{six hours}}, killing [[12 people|killed;a=the prefect of Naples]], the prefect of Naples said. "
    "[[About 230 residents|displaced]] were moved to hotels, and [[30 houses|housing]] were declared uninhabitable.",
)

F(
    "Sri Lanka: fuel queues and protests",
    "Sri Lanka's inflation hit {{54.6%}} in {{June 2022}} and the rupee fell to {{360}} to the dollar. "
    "[[Three people|killed;a=police]] died while waiting in fuel queues that stretched for {{2 km}} in Colombo, police said. "
    "Schools were closed for {{two weeks}} to save fuel, affecting [[about 4 million pupils|civilians]].",
)

F(
    "Turkey: Istanbul earthquake drill",
    "[[More than 7,000 volunteers|other;a=the governor's office]] took part in an earthquake drill in Istanbul on {{Tuesday}}, simulating a magnitude {{7.5}} quake at {{10 a.m.}}, the governor's office said. "
    "Experts say a quake could damage [[up to 194,000 buildings|housing;p;a=Experts]] in the city of [[16 million|civilians;a=Experts]].",
)

# ---------------------------------------------------------------- other news with the occasional real count, part 1

F(
    "Germany: carmaker to cut jobs at three plants",
    "Volkswagen agreed with unions on {{20 December 2024}} to cut [[more than 35,000 jobs|other;p;a=Volkswagen]] in Germany by {{2030}}, without forced redundancies, Volkswagen said. "
    "The company's operating margin fell to {{2.1%}} in the {{third quarter}}, and the deal saves about {{1.5 billion euros}} a year. "
    "Annual production capacity in Germany will be cut by about a quarter.",
)

F(
    "United States: tech company lays off staff",
    "Meta said it would lay off [[11,000 employees|other;p;a=Meta]], about {{13%}} of its workforce, in {{November 2022}}. "
    "Shares rose {{5.2%}} to {{$101.47}} in early trading. "
    "Severance will include {{16 weeks}} of base pay plus {{two weeks}} for every year of service.",
)

F(
    "Britain: air traffic control failure strands passengers",
    "A technical fault in the UK's air traffic control system on the {{August 28}} bank holiday led to [[more than 1,500 flights|other;a=aviation analytics firm Cirium]] being cancelled, aviation analytics firm Cirium said. "
    "[[About 700,000 passengers|other]] were affected, and some were stranded abroad for {{up to five days}}. "
    "The fault was traced to a flight plan with a duplicated waypoint name.",
)

F(
    "France: pension reform protests draw big crowds",
    "[[More than 1.28 million people|other;a=the interior ministry]] marched across France on {{7 March 2023}} against plans to raise the pension age from {{62 to 64}}, the interior ministry said. "
    "The CGT union put the number at [[3.5 million|other;a=The CGT union]]. "
    "Rail traffic was cut by about {{80%}} and {{about 30%}} of teachers were on strike.",
)

F(
    "Italy: migrants arrive on Lampedusa",
    "[[More than 5,000 migrants|displaced;a=the Red Cross]] arrived on Lampedusa on {{12 September 2023}} aboard [[112 boats|other;a=the Red Cross]], the Red Cross said. "
    "The island's reception centre, built for [[about 400 people|capacity]], held [[nearly 7,000|displaced]] the next day. "
    "Lampedusa has a population of [[about 6,000|civilians]].",
)

F(
    "Germany: Second World War bomb forces evacuation in Cologne",
    "Bomb disposal experts defused a {{1,000-kilogram}} American aerial bomb found during construction work in Cologne's Deutz district on {{Wednesday}}. "
    "[[About 20,000 residents|displaced;a=the city]] within a radius of {{one kilometre}} had to leave their homes, the city said, and [[three hospitals|other;u=structure;a=the city]] were cleared. "
    "The bomb was dropped between {{1940 and 1945}}.",
)

F(
    "Iceland: lava reaches Grindavik after eruption",
    "Lava from a fissure {{3.5 km}} long flowed into the edge of Grindavik on {{14 January 2024}}, setting [[three houses|housing;a=the Civil Protection agency]] on fire, the Civil Protection agency said. "
    "The town's [[3,700 residents|displaced]] had been evacuated in {{November}}, when hundreds of small earthquakes shook the Reykjanes peninsula. "
    "The eruption was the {{fifth}} in the area since {{December 2023}}.",
)

F(
    "Indonesia: Mount Semeru erupts",
    "Mount Semeru in East Java erupted on {{4 December 2021}}, sending ash {{15,000 metres}} into the sky and burying villages under hot mud. "
    "The disaster agency said [[51 people|killed;a=The disaster agency]] had died and [[more than 10,000|displaced;a=The disaster agency]] had fled. "
    "The {{3,676-metre}} volcano is one of the most active in Indonesia.",
)

F(
    "India: heatwave sends patients to hospital in Odisha",
    "Temperatures above {{45C}} for {{10 days}} in Odisha sent [[more than 1,800 people|injured;a=the state health department]] to hospital with heatstroke, the state health department said. "
    "[[Twenty-one deaths|killed]] were being investigated as heat-related. "
    "Schools will close at {{11 a.m.}} until {{June 15}}.",
)

F(
    "Mexico: heat wave and power cuts",
    "Temperatures reached {{47.4C}} in Hermosillo in {{May 2024}}, and the national grid operator declared an emergency as demand hit {{49,000 megawatts}}. "
    "The health ministry said [[48 people|killed;a=The health ministry]] had died of heatstroke and dehydration so far this year. "
    "Rolling blackouts left [[about 2 million customers|civilians]] without power for up to {{two hours}}.",
)

F(
    "Election: India's general election results",
    "The Bharatiya Janata Party won {{240 seats}} in the {{543-member}} lower house, short of the {{272}} needed for a majority, the Election Commission said on {{4 June 2024}}. "
    "Turnout was {{65.8%}}, with {{642 million}} votes cast over {{six weeks}}. "
    "[[About 1.5 million polling staff|other;a=the commission;alt=the Election Commission]] were deployed, the commission said.",
)

F(
    "Nigeria: police deployed for presidential election",
    "Nigeria deployed [[more than 400,000 police officers|combatants;a=the police chief]] for the presidential election on {{25 February 2023}}, the police chief said. "
    "Bola Tinubu won with {{8.79 million}} votes, or {{36.6%}}, against {{6.98 million}} for Atiku Abubakar. "
    "Police arrested [[781 people|arrested;a=the force]] for electoral offences, the force said.",
)

F(
    "Brazil: court convicts rioters over Brasilia attack",
    "Brazil's Supreme Court has convicted [[more than 370 people|arrested;a=the court;alt=Brazil's Supreme Court]] for taking part in the storming of government buildings on {{8 January 2023}}, the court said. "
    "Sentences range from {{three to 17 years}}. "
    "Damage to the presidential palace, Congress and the court was estimated at {{20 million reais}}.",
)

F(
    "England: fans arrested after Euro final",
    "Police arrested [[86 people|arrested;a=the Metropolitan Police]] in London after England lost the Euro {{2020}} final to Italy on penalties, the Metropolitan Police said. "
    "[[Nineteen officers|injured;a=the force;alt=the Metropolitan Police]] were hurt, the force said. "
    "The match at Wembley ended {{1-1}} after extra time, and Italy won the shootout {{3-2}}.",
)

F(
    "Argentina: World Cup celebrations in Buenos Aires",
    "[[More than four million people|other;v=4000000;a=officials]] filled the streets of Buenos Aires to greet the World Cup winners in {{December 2022}}, officials estimated. "
    "Argentina had beaten France {{4-2}} on penalties after a {{3-3}} draw, Lionel Messi scoring twice. "
    "The team's open-top bus tour was cut short after {{five hours}}.",
)

F(
    "Cruise ship: norovirus outbreak on Caribbean voyage",
    "[[More than 300 passengers|other;a=the Centers for Disease Control and Prevention]] and [[nine crew members|other;a=the Centers for Disease Control and Prevention]] fell ill with norovirus on a {{10-day}} Caribbean cruise, the Centers for Disease Control and Prevention said. "
    "The ship, carrying [[2,500 passengers|other]], returned to Fort Lauderdale on schedule.",
)

F(
    "Data breach: hackers expose customer records",
    "Hackers stole personal data of [[about 9.8 million customers|other;a=the company]] of Australian telecom operator Optus, the company said in {{September 2022}}. "
    "Passport or licence numbers of [[2.1 million|other]] were exposed. "
    "The company set aside {{A$140 million}} to cover the costs.",
)

# ---------------------------------------------------------------- other news with the occasional real count, part 2

F(
    "Canada: wildfire smoke and evacuations in Yellowknife",
    "All [[20,000 residents|displaced;a=the territorial government]] of Yellowknife were ordered to leave by {{noon}} on {{18 August 2023}} as a wildfire burned {{15 km}} from the city, the territorial government said. "
    "[[About 1,500 people|displaced;a=officials]] left on [[22 evacuation flights|other;a=officials]], officials said, while others drove {{1,500 km}} south to Alberta. "
    "Canada's {{2023}} fire season burned {{18.5 million hectares}}, a record.",
)

F(
    "Japan: Narita flights cancelled as typhoon nears",
    "Airlines cancelled [[more than 800 flights|other;a=broadcaster NHK]] on {{Monday}} as Typhoon Lan approached western Japan with gusts of {{180 km/h}}, broadcaster NHK said. "
    "Bullet train services between Shin-Osaka and Okayama were suspended during the Obon holiday, and [[about 240,000 people|displaced]] were told to evacuate in Kyoto prefecture.",
)

F(
    "Spain: Barcelona airport strike",
    "A {{24-hour}} strike by ground handling staff at Barcelona's El Prat airport on {{5 January}} led to [[312 cancelled flights|other;a=airport operator Aena]], airport operator Aena said. "
    "[[About 40,000 travellers|other]] were stranded at the terminals, some for more than {{12 hours}}. "
    "The unions are demanding a pay rise of {{6%}}.",
)

F(
    "United States: winter storm grounds flights before Christmas",
    "A winter storm with wind chills of {{minus 45F}} in Montana led airlines to cancel [[more than 5,700 flights|other;a=the tracking site FlightAware]] on {{23 December 2022}}, the tracking site FlightAware said. "
    "[[About 1.5 million homes and businesses|civilians;n=homes and businesses;u=structure]] lost power. "
    "In Buffalo, {{51.9 inches}} of snow fell in {{three days}}.",
)

F(
    "Netherlands: farmers rally against nitrogen cuts",
    "[[Around 40,000 farmers|other;a=organisers]] drove tractors to a field near Stroe to protest plans to cut nitrogen emissions by {{up to 70%}} by {{2030}}, organisers said. "
    "Police arrested [[three people|arrested;a=police]] for driving tractors onto the {{A1}} motorway, police said. "
    "The government has set aside {{24.3 billion euros}} for the transition.",
)

F(
    "South Korea: doctors' walkout over medical school quotas",
    "[[About 9,000 trainee doctors|other;a=the health ministry]] have walked off the job in protest at a plan to raise the medical school quota by about {{65%}}, the health ministry said in {{February 2024}}. "
    "Hospitals postponed surgery for cancer patients, and the government threatened to suspend licences for {{three months}}.",
)

F(
    "Kenya: drought kills livestock in the north",
    "[[About 2.5 million livestock|other;a=the National Drought Management Authority]] have died in northern Kenya after {{five}} failed rainy seasons, the National Drought Management Authority said in {{2022}}. "
    "[[More than 4.3 million people|civilians;a=the authority;alt=the National Drought Management Authority]] need food aid, the authority said, and the government is trucking water to [[1,200 households|aid;a=the authority;alt=the National Drought Management Authority]] in Marsabit.",
)

F(
    "China: miners brought out of Shandong gold mine",
    "Rescuers brought [[11 miners|other]] out of the Hushan gold mine in Shandong on {{24 January 2021}}, {{14 days}} after an explosion trapped [[22 workers|civilians]] {{600 metres}} underground. "
    "[[Ten miners|killed;a=officials]] died and [[one|missing;a=officials]] was still missing, officials said.",
)

F(
    "Turkey: Istanbul marathon and heavy rain",
    "Kenya's Daniel Kibet won the Istanbul Marathon in {{2:09:44}}, {{14 seconds}} ahead of the runner-up, on a wet Sunday morning. "
    "Heavy rain later that day flooded streets in Kadikoy, and firefighters rescued [[about 60 people|other;a=the governor's office]] trapped in cars and basements, the governor's office said.",
)

F(
    "Philippines: ferry passengers stranded as storm halts sailings",
    "The coast guard halted sea travel in central Visayas as Tropical Storm Megi approached, stranding [[more than 8,000 passengers|other;a=the coast guard]] and [[about 100 vessels|other;u=other;a=the coast guard]] in ports, the coast guard said. "
    "The weather bureau raised {{Signal No. 2}} over the central islands.",
)

F(
    "United States: train derailment in East Palestine",
    "A freight train carrying vinyl chloride derailed in East Palestine, Ohio, on {{3 February 2023}}, and crews burned off the chemical {{three days}} later. "
    "[[About 2,000 residents|displaced;a=officials]] within a {{one-mile}} radius were told to leave, officials said. "
    "The Norfolk Southern train was about {{1.8 miles}} long.",
)

F(
    "Science: dinosaur fossils found in Patagonia",
    "Palaeontologists in Argentina said they had found the fossilised remains of a titanosaur that lived about {{95 million years}} ago and measured up to {{37 metres}} long. "
    "The team of [[14 researchers|other]] from the national university spent {{six seasons}} digging at the site near Neuquen.",
)

F(
    "Budget: Kenya hires teachers in new budget",
    "Kenya's {{2024/25}} budget of {{3.99 trillion shillings}} includes money to hire [[20,000 junior school teachers|other;p;a=Treasury Secretary Njuguna Ndung'u]] on permanent terms, Treasury Secretary Njuguna Ndung'u said. "
    "Education gets the largest share, {{702.7 billion shillings}}, and the deficit is set at {{3.3%}} of GDP.",
)

F(
    "Court: Kenyan cult leader on trial over Shakahola deaths",
    "Prosecutors charged preacher Paul Mackenzie and [[29 co-accused|arrested;a=prosecutors]] with manslaughter over the deaths of [[more than 400 followers|killed;a=prosecutors]], most of whom starved, prosecutors said. "
    "The trial in Mombasa, which opened in {{July 2024}}, is expected to last {{several months}}.",
)

F(
    "Court: Norway jails far-right attacker",
    "A court in Oslo sentenced Anders Behring Breivik to {{21 years}} of preventive detention in {{August 2012}} for the attacks of {{22 July 2011}}, in which he killed [[77 people|killed]]. "
    "Of the dead, [[69|killed]] were shot on Utoya island, most of them teenagers at a Labour Party youth camp.",
)

F(
    "Tech: smartphone maker recalls phones over battery fires",
    "Samsung said it would recall [[2.5 million Galaxy Note 7 phones|other;p;u=other;a=Samsung]] sold worldwide after reports of batteries catching fire while charging. "
    "The {{5.7-inch}} phone had gone on sale on {{19 August 2016}} at {{$849}}. "
    "Shares fell {{7%}} on {{Monday}}.",
)

F(
    "Health: measles vaccination drive in Yemen",
    "Health workers vaccinated [[about 1.2 million children|aid;a=UNICEF]] under the age of {{five}} in a {{10-day}} campaign in southern Yemen, UNICEF said. "
    "The country recorded [[more than 22,000 suspected measles cases|other]] and [[161 deaths|killed]] in {{2023}}.",
)

F(
    "Space: crew returns after nine months on the station",
    "[[Four astronauts|other]] splashed down off the coast of Florida on {{18 March 2025}} after a stay that had been meant to last {{eight days}} stretched to {{286 days}}. "
    "Their Starliner capsule, launched on {{5 June 2024}}, returned to Earth empty in {{September}}.",
)

F(
    "Pakistan: police deployed for Muharram processions",
    "Punjab deployed [[more than 100,000 police and troops|combatants;n=police and troops;a=the provincial government]] to guard Ashura processions on {{17 July}}, the provincial government said. "
    "Mobile phone service was suspended in [[about 40 cities|other;u=other]] from {{6 a.m.}} to {{midnight}}.",
)

F(
    "Ecuador: power cuts of up to 14 hours",
    "Ecuador extended daily power cuts to {{14 hours}} in {{October 2024}} as drought lowered the reservoir behind the {{1,500-megawatt}} Coca Codo Sinclair dam. "
    "The chamber of commerce said [[about 30,000 jobs|other;a=The chamber of commerce]] had been lost and losses reached {{$12 million}} an hour.",
)

F(
    "Bolivia: lithium plant opens",
    "Bolivia opened its {{first}} industrial lithium carbonate plant in Uyuni in {{December 2023}}, with a capacity of {{15,000 tonnes}} a year. "
    "The plant employs [[about 500 workers|other;a=state company YLB]], state company YLB said, and cost {{$95 million}}.",
)

F(
    "Greece: tourists evacuated from Rhodes",
    "[[About 19,000 people|displaced;a=the civil protection ministry]], most of them tourists, were evacuated from hotels and villages on Rhodes as wildfires spread in {{July 2023}}, the civil protection ministry said. "
    "[[Some 2,000 people|displaced;a=the ministry;alt=the civil protection ministry]] spent the night in [[about 40 school gyms and conference halls|capacity;n=gyms and conference halls;a=the ministry;alt=the civil protection ministry]], the ministry said.",
)

F(
    "Tanzania: opposition rally and police",
    "Police fired tear gas to disperse an opposition rally in Mbeya in {{August 2024}} and detained [[more than 520 members|arrested;a=the party;alt=the Chadema party]] of the Chadema party, including its chairman, the party said. "
    "Chadema won {{only one}} of the {{264}} elected seats in the {{2020}} vote.",
)

# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Central bank raises rates to fight inflation",
    "The Central Bank of Nigeria raised its benchmark rate by {{200 basis points}} to {{24.75%}} on {{26 March 2024}}, its {{second}} increase of the year. "
    "Inflation reached {{31.7%}} in {{February}}, the highest since {{1996}}, and the naira traded at {{1,600}} to the dollar.",
)

F(
    "Germany: economy shrinks for second year",
    "Germany's gross domestic product fell {{0.2%}} in {{2024}} after a {{0.3%}} contraction in {{2023}}, the statistics office said on {{15 January 2025}}. "
    "Exports dropped {{1.1%}}, and the budget deficit was {{2.6%}} of output.",
)

F(
    "Oil prices climb after OPEC+ extends cuts",
    "Brent crude rose {{2.4%}} to {{$86.30}} a barrel on {{Monday}} after OPEC+ agreed to extend output cuts of {{2.2 million barrels per day}} until the end of {{June}}. "
    "West Texas Intermediate gained {{$1.95}} to settle at {{$82.10}}.",
)

F(
    "Japan: Nikkei hits record high",
    "Japan's Nikkei {{225}} index closed at {{39,098.68}} on {{22 February 2024}}, above its previous peak of {{38,915.87}} set on {{29 December 1989}}. "
    "Chipmaker Tokyo Electron rose {{4.7%}} and the yen weakened to {{150.5}} per dollar.",
)

F(
    "Mexico: Claudia Sheinbaum wins presidency",
    "Claudia Sheinbaum won Mexico's presidential election on {{2 June 2024}} with about {{59.8%}} of the vote, according to the electoral institute's quick count. "
    "Her coalition took a {{two-thirds}} majority in the lower house, and the peso fell {{4%}} the next day. "
    "The {{61-year-old}} former mayor of Mexico City takes office on {{October 1}}.",
)

F(
    "Kenya: Supreme Court upholds presidential result",
    "Kenya's Supreme Court unanimously upheld William Ruto's victory in the {{9 August 2022}} election, in which he won {{50.49%}} of the vote. "
    "The judges dismissed all the petitions in a ruling read at {{noon}} on {{5 September}}.",
)

F(
    "Tennis: Alcaraz wins Wimbledon again",
    "Carlos Alcaraz beat Novak Djokovic {{6-2, 6-2, 7-6}} to win his {{second}} Wimbledon title on {{14 July 2024}}. "
    "The {{21-year-old}} Spaniard, ranked {{No. 3}}, took home {{2.7 million pounds}}.",
)

F(
    "Cricket: India win T20 World Cup",
    "India beat South Africa by {{seven runs}} in the final in Barbados on {{29 June 2024}}, defending {{176 for 7}} after Virat Kohli made {{76}} off {{59 balls}}. "
    "Jasprit Bumrah finished the tournament with {{15 wickets}} at an economy rate of {{4.17}}.",
)

F(
    "Football: Morocco reaches World Cup semi-finals",
    "Morocco beat Portugal {{1-0}} in Doha on {{10 December 2022}} to become the {{first}} African team to reach a World Cup semi-final. "
    "Youssef En-Nesyri scored in the {{42nd minute}}, and goalkeeper Yassine Bounou has conceded only once in {{five}} matches.",
)

F(
    "Athletics: marathon world record in Chicago",
    "Kenya's Kelvin Kiptum ran the Chicago Marathon in {{2:00:35}} on {{8 October 2023}}, breaking the world record by {{34 seconds}}. "
    "The {{23-year-old}} covered the second half in {{59:47}}.",
)

F(
    "Weather: Europe records hottest summer",
    "Europe's summer of {{2024}} was the hottest on record, {{1.54C}} above the {{1991-2020}} average, the Copernicus service said on {{6 September}}. "
    "Temperatures reached {{46.3C}} in Greece in {{June}}, and sea surface temperatures in the Mediterranean hit {{28.9C}}.",
)

F(
    "Weather: record rain in Dubai",
    "Dubai received {{254 mm}} of rain in {{24 hours}} on {{16 April 2024}}, the most since records began in {{1949}}, the National Centre of Meteorology said. "
    "Flights at Dubai International were disrupted for {{two days}}, and schools switched to remote learning until {{April 19}}.",
)

F(
    "Science: James Webb telescope sees distant galaxy",
    "Astronomers using the James Webb Space Telescope said a galaxy named {{JADES-GS-z14-0}} formed about {{290 million years}} after the Big Bang. "
    "The telescope, launched on {{25 December 2021}}, orbits {{1.5 million km}} from Earth and cost about {{$10 billion}}.",
)

F(
    "Science: Antarctic sea ice hits record low",
    "Antarctic sea ice covered {{16.96 million square kilometres}} at its winter peak in {{September 2023}}, about {{1.5 million square kilometres}} below the {{1981-2010}} average, the National Snow and Ice Data Center said. "
    "It was the lowest maximum in {{45 years}} of satellite records.",
)

F(
    "Budget: UK raises defence spending target",
    "Britain will raise defence spending to {{2.5%}} of GDP by {{April 2027}}, up from {{2.3%}}, Prime Minister Keir Starmer told parliament on {{25 February 2025}}. "
    "The increase of about {{13.4 billion pounds}} a year will be paid for by cutting overseas aid to {{0.3%}} of national income.",
)

F(
    "Budget: Indonesia sets 2025 spending plan",
    "Indonesia's parliament approved a {{2025}} budget of {{3,621.3 trillion rupiah}}, with a deficit of {{2.53%}} of GDP. "
    "The budget assumes growth of {{5.2%}}, an exchange rate of {{16,000}} rupiah per dollar and oil at {{$82}} a barrel.",
)

F(
    "Court: former president sentenced for corruption",
    "A court in Lima sentenced former Peruvian president Alejandro Toledo to {{20 years and six months}} in prison on {{21 October 2024}} for taking bribes from Odebrecht. "
    "Prosecutors said the {{78-year-old}} had received {{$35 million}} in exchange for contracts for the Interoceanic highway, built between {{2006}} and {{2011}}.",
)

F(
    "Court: tech giant fined by EU",
    "The European Commission fined Apple {{1.84 billion euros}} on {{4 March 2024}} for abusing its dominance in music streaming on the App Store. "
    "The case followed a complaint filed in {{2019}}, and Apple has {{two months}} to appeal to the General Court in Luxembourg.",
)

F(
    "Tech: chipmaker unveils new processor",
    "Nvidia unveiled its {{B200}} chip on {{18 March 2024}}, saying it could train models up to {{four times}} faster than the {{H100}}. "
    "The chip delivers {{20 petaflops}} of computing power and will cost between {{$30,000}} and {{$40,000}}, chief executive Jensen Huang said.",
)

F(
    "Tech: smartphone launch and prices",
    "Apple's {{iPhone 16 Pro}} went on sale on {{20 September 2024}} at {{$999}}, with a {{6.3-inch}} screen and a {{48-megapixel}} camera. "
    "The Pro Max model starts at {{$1,199}}, and shipments in the {{first}} weekend were {{12%}} lower than a year earlier, analysts said.",
)

F(
    "Aviation: airline orders new jets",
    "Air India placed a record order for Airbus and Boeing jets in {{February 2023}}, including {{Airbus A350}} and {{Boeing 787}} wide-bodies, worth about {{$70 billion}} at list prices. "
    "The first {{A350-900}} arrives in {{December}}, and flight {{AI 171}} to London will be among the first routes it serves.",
)

F(
    "Earthquake: strong quake shakes Taiwan with no damage reported",
    "A magnitude {{6.1}} earthquake struck off Taiwan's east coast at {{1:14 a.m.}} on {{Thursday}} at a depth of {{24 km}}, the Central Weather Administration said. "
    "Buildings swayed in Taipei, {{130 km}} away, and the high-speed rail paused for {{10 minutes}} of checks before resuming service.",
)

F(
    "Cyclone weakens before landfall in Australia",
    "Cyclone Alfred weakened to a tropical low before crossing the coast north of Brisbane on {{8 March 2025}}, the Bureau of Meteorology said. "
    "Winds gusted to {{100 km/h}} and rainfall totals reached {{over 400 mm}} in {{48 hours}} on the Gold Coast, the first cyclone threat to the area since {{1974}}.",
)

F(
    "Anniversary: Rwanda marks 30 years since the genocide",
    "Rwanda began {{100 days}} of commemoration on {{7 April 2024}}, {{30 years}} after the start of the genocide against the Tutsi in {{1994}}. "
    "President Paul Kagame, {{66}}, lit a flame at the Kigali Genocide Memorial, which opened in {{2004}}.",
)

F(
    "Peace: Colombia and ELN extend ceasefire",
    "The Colombian government and the ELN extended their bilateral ceasefire for {{180 days}} on {{2 February 2024}}, after the {{sixth}} round of talks in Havana. "
    "The truce first took effect on {{3 August 2023}}, and the next round is planned for {{April}}.",
)

F(
    "Phone scam warning from police",
    "Police in Singapore warned on {{Friday}} of calls from {{+65 6123 4567}} and other spoofed numbers claiming to be from the tax office. "
    "Victims lost {{S$2.3 million}} in the {{first}} half of {{2024}}, police said, and anyone contacted should call the anti-scam hotline at {{1800-722-6688}}.",
)


# ---- end of texts


if __name__ == "__main__":
    sys.exit(main())
