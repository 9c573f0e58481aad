"""Build eval/dev13/figures.jsonl from the hand-written texts below.

A thirteenth tuning set for the figure extractor: breaking-news and follow-up wire copy (AP,
Reuters, AFP, BBC, Al Jazeera, Kyiv Independent, Times of Israel, Anadolu ...) on wars and attacks
in the Middle East, Europe and Asia: Ukraine and Russia, Gaza, Israel, the West Bank, Lebanon,
Syria, Iraq, Yemen and the Red Sea, Libya, Iran, Pakistan, Afghanistan, Myanmar and Kashmir,
2011-2025. Several categories are often mixed in one sentence (drones and missiles launched,
people killed and wounded with a breakdown, hostages freed and still held, soldiers killed and
captured), with cumulative, revised and claimed counts.

The span parser, the unit helper and the validator are copied from eval/dev10/build.py (same
inline-mark format, itself copied from dev7, dev6 and dev4). Changes for dev13 are marked "dev13"
in the code: the cross-set checks also cover eval/dev9 and eval/dev10 (their figures.jsonl only,
to check that no title or text is shared), ids are "v0001"... shuffled with seed 13, and a few
more nouns for the unit helper (weapons and buildings of war reporting).

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 13) with ids
"v0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev13/build.py            # write figures.jsonl and validate it
    python eval/dev13/build.py --table    # also print all figures as a table
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
    # added for dev13
    "blocks",
    "towers",
    "warehouses",
    "bakeries",
    "kindergartens",
    "dormitories",
    "high-rises",
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
    # added for dev13
    "bombs",
    "projectiles",
    "howitzers",
    "vessels",
    "warships",
    "helicopters",
    "jets",
    "warplanes",
    "planes",
    "airstrikes",
    "strikes",
    "interceptors",
    "targets",
    "balloons",
    "tunnels",
    "systems",
    "sorties",
    "incubators",
    "boxes",
    "shaheds",
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
    "dev9",
    "dev10",
)  # dev13: eval/, dev2-dev10, their figures.jsonl only, loaded to check that no title or text
# is shared (their labels are not read; eval/holdout/ and dev11 are not opened)


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
        errs += [f"duplicate {key} in dev13: {k!r}" for k, n in mine.items() if n > 1]
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
    recs = assign_ids(recs, "v", 13)  # dev13
    path = HERE / "figures.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(path)  # re-read and re-validate what was written
    assert back == recs
    assert len({r["id"] for r in back}) == len(back)
    assert not validate_figures(back) and not check_apart(back)
    # bench/quality.py --set eval/dev13 opens conflict.jsonl too; this set has no conflict part, so
    # an empty file is written (the bench loads it as 0 texts and its conflict metrics are all 0)
    (HERE / "conflict.jsonl").write_text("", encoding="utf-8")
    print("written:", path, HERE / "conflict.jsonl", "(empty)")
    return 0


FIGURES: list[tuple[str, str, list[str]]] = []


def F(title: str, text: str, extra_negatives: list[str] | None = None) -> None:
    FIGURES.append((title, text, extra_negatives or []))


# ====================================================================== texts


# ---------------------------------------------------------------- Ukraine and Russia

F(
    "Kyiv: overnight drone and missile barrage kills four, wounds 23",
    "Russia launched [[90 drones|other;a=Ukraine's air force]] and [[12 missiles|other;a=Ukraine's air force]] at Ukraine overnight, Ukraine's air force said, adding that air defences had shot down [[76 drones|other;a=Ukraine's air force]] and [[nine missiles|other;a=Ukraine's air force]]. "
    "In Kyiv, the strikes killed [[four people|killed;a=the city's military administration]] and wounded [[23|injured;a=the city's military administration]], including [[three children|injured;a=the city's military administration]], the city's military administration said on Telegram. "
    "Debris set fire to a {{16-storey}} residential building in the Solomianskyi district.",
)

F(
    "Kharkiv glide bomb toll rises to nine as rescuers search rubble",
    "The death toll from Sunday's glide bomb strike on a Kharkiv apartment block has risen to [[nine|killed;a=the regional governor]], the regional governor said on Monday, after rescuers pulled [[two more bodies|killed;a=the regional governor]] from the rubble. "
    "[[Forty-three people|injured]] were wounded in the attack, [[11 of them|injured;n=-]] seriously. "
    "Ukrainian officials said the bombs were dropped by {{Su-34}} jets flying about {{60 km}} from the city.",
)

F(
    "Both sides claim heavy enemy losses around Pokrovsk",
    "Russia's Defence Ministry said its forces had destroyed [[eight Ukrainian tanks|other;a=Russia's Defence Ministry]] and killed [[up to 320 Ukrainian servicemen|killed;a=Russia's Defence Ministry]] near Pokrovsk in the past {{24 hours}}. "
    "Kyiv's General Staff said it had repelled [[52 assaults|other;u=other;a=Kyiv's General Staff]] on the Pokrovsk front and captured [[14 Russian soldiers|arrested;a=Kyiv's General Staff]]. "
    "Neither claim could be independently verified by Reuters.",
)

F(
    "Zaporizhzhia: guided bombs hit industrial site, teenager killed",
    "[[Two Russian guided bombs|other;a=Ivan Fedorov]] hit an industrial site in Zaporizhzhia on Wednesday evening, killing a {{17-year-old}} boy and injuring [[at least 25 people|injured;a=Ivan Fedorov]], Ivan Fedorov, the head of the regional military administration, said. "
    "[[Five of the wounded|injured;a=Ivan Fedorov]] were in a serious condition, he said. "
    "The blasts also damaged [[30 private houses|housing]] and [[two high-rises|housing]].",
)

F(
    "Belgorod: Russia says Ukrainian strike kills 14 in city centre",
    "Ukrainian drones and rockets struck the centre of Belgorod on Saturday, killing [[14 people|killed;a=Russia's emergencies ministry]], among them [[two children|killed;a=Russia's emergencies ministry]], and injuring [[108|injured;a=Russia's emergencies ministry]], Russia's emergencies ministry said. "
    "The Defence Ministry in Moscow said it had intercepted [[32 drones|other;a=The Defence Ministry in Moscow]] over the region. "
    "[[Seventeen apartment buildings|housing]] and [[more than 40 cars|other]] were damaged.",
)

F(
    "Kursk: Russia evacuates border districts after Ukrainian incursion",
    "Russian authorities have evacuated [[more than 121,000 people|displaced;a=Kursk's acting governor]] from border districts of the Kursk region since Ukrainian troops crossed the frontier on {{August 6}}, Kursk's acting governor said. "
    "[[Another 59,000|displaced;p;a=Kursk's acting governor]] are due to be moved, he added. "
    "Ukraine's top commander said his forces controlled [[74 settlements|other;u=other;a=Ukraine's top commander]] across {{1,000 square kilometres}} and had taken [[hundreds of Russian soldiers|arrested;a=Ukraine's top commander]] prisoner.",
)

F(
    "Russia and Ukraine swap prisoners of war in UAE-mediated deal",
    "Russia and Ukraine each handed over [[95 prisoners|other]] of war on Friday in an exchange mediated by the United Arab Emirates, the {{55th}} swap since the full-scale invasion began. "
    "Kyiv's coordination headquarters said [[more than 3,700 Ukrainians|other;a=Kyiv's coordination headquarters]] had now been freed from Russian captivity in exchanges since {{2022}}. "
    "[[At least 8,000 Ukrainian soldiers and civilians|arrested;n=soldiers and civilians]] are still held in Russian prisons, according to Ukrainian estimates.",
)

F(
    "Ukraine: tens of thousands listed missing as families wait for news",
    "[[More than 50,000 Ukrainians|missing;a=the commissioner for missing persons]] are listed as missing in special circumstances, most of them soldiers, the commissioner for missing persons told the Kyiv Independent. "
    "In the latest repatriation, Russia handed over the bodies of [[757 fallen soldiers|killed;a=Ukraine's coordination headquarters]], Ukraine's coordination headquarters said, while Kyiv returned [[34|killed;a=Ukraine's coordination headquarters]].",
)

F(
    "Odesa: missile strike on port damages ships, kills eight",
    "A Russian missile strike on the port of Odesa on Monday night killed [[eight people|killed;a=Oleh Kiper]] and wounded [[nine|injured;a=Oleh Kiper]], regional governor Oleh Kiper said. "
    "[[Four civilian vessels|other]] were damaged, [[one of them|other;n=-;u=other]] under the flag of St Kitts and Nevis. "
    "Russia has fired at Ukraine's ports repeatedly since it quit the Black Sea grain deal in {{July 2023}}.",
)

F(
    "Dnipro: search ends at apartment block hit by Kh-22 missile",
    "Rescuers ended the search at the Dnipro apartment block on {{January 17}} with [[46 people|killed;a=the State Emergency Service]] confirmed dead, among them [[six children|killed;a=the State Emergency Service]], the State Emergency Service said. "
    "[[Eleven residents|missing]] remain unaccounted for, [[79|injured]] were wounded and [[72 apartments|housing]] were destroyed. "
    "The block was hit by a {{Kh-22}} missile, a Soviet-era weapon designed to sink aircraft carriers.",
)

F(
    "Kramatorsk station strike: crowd was waiting for evacuation trains",
    "A missile strike on the railway station in Kramatorsk killed [[at least 50 people|killed;a=regional officials]], [[five of them|killed;n=-;a=regional officials]] children, regional officials said. "
    "[[About 4,000 people|displaced;a=the mayor]] were at the station waiting to be evacuated west when it was hit, according to the mayor. "
    "Ukraine said the missile was a {{Tochka-U}}; Russia denied firing it.",
)

F(
    "Pokrovsk: evacuation of children ordered as front nears",
    "Ukrainian authorities ordered the mandatory evacuation of [[about 2,000 children|displaced;p;a=the regional governor]] and their parents from Pokrovsk and [[10 nearby villages|other;a=the regional governor]], the regional governor said on Monday. "
    "[[Some 26,000 residents|civilians]] still live in the town, which is now about {{8 km}} from the front line. "
    "The coal mine that supplies Ukraine's steel industry halted work in {{January}}.",
)

F(
    "Kupiansk: hundreds evacuated as Russian troops close in",
    "[[More than 600 people|displaced;a=police]], including [[90 children|displaced;a=police]], were evacuated from Kupiansk and surrounding villages on Tuesday, police said. "
    "[[About 3,000 residents|civilians;a=local officials]] refuse to leave the town despite daily shelling, local officials told AFP. "
    "Volunteers drove [[12 buses|other]] in and out of the area under drone fire.",
)

F(
    "Ukraine says 1,012 children returned from Russia, thousands more deported",
    "Ukraine has brought back [[1,012 children|returned;a=the presidential office]] who had been taken to Russia or occupied areas, the presidential office said, out of [[19,546|displaced;a=the presidential office]] it says were deported or forcibly transferred since {{2022}}. "
    "[[Nine of the children|returned;n=children]] came home last week through Qatari mediation.",
)

F(
    "Seoul: North Korean troops in Kursk suffer heavy casualties",
    "[[About 11,000 North Korean troops|combatants;a=South Korea's spy agency]] have been sent to Russia's Kursk region, South Korea's spy agency told lawmakers, and [[at least 300|killed;a=South Korea's spy agency]] have been killed and [[2,700|injured;a=South Korea's spy agency]] wounded. "
    "Ukraine said it had captured [[two North Korean soldiers|arrested;a=Ukraine]] in {{January}}.",
)

F(
    "Wagner chief says thousands of fighters died in Bakhmut",
    "The founder of the Wagner group said [[about 20,000 of his fighters|killed;a=The founder of the Wagner group]] had been killed in the battle for Bakhmut, around half of them convicts recruited from Russian prisons. "
    "He said Wagner had recruited [[50,000 prisoners|combatants;a=The founder of the Wagner group]] in all.",
)

F(
    "Russia to expand army by 180,000 troops",
    "President Vladimir Putin ordered the armed forces to increase by [[180,000 troops|combatants;p]] to [[1.5 million|combatants;p]] active servicemen, the {{third}} such increase since {{2022}}. "
    "The Defence Ministry said [[more than 190,000 people|combatants;a=The Defence Ministry]] had signed contracts with the army so far this year.",
)

F(
    "Sumy: ballistic missiles hit city centre on Palm Sunday",
    "[[Two ballistic missiles|other]] struck the centre of Sumy on Sunday morning, killing [[35 people|killed;a=Ukraine's interior ministry]], including [[two children|killed;a=Ukraine's interior ministry]], and wounding [[117|injured;a=Ukraine's interior ministry]], Ukraine's interior ministry said. "
    "[[Fifteen of the wounded|injured]] are children. "
    "Russia said it had targeted a meeting of commanders.",
)

F(
    "Mariupol theatre strike killed close to 600, AP investigation finds",
    "An investigation by The Associated Press found that [[close to 600 people|killed;a=An investigation by The Associated Press]] died in the Russian airstrike on the Mariupol drama theatre in {{March 2022}}, double the figure given by city officials. "
    "[[More than 1,000|displaced;a=survivors]] had been sheltering inside, survivors said, and the word for children was painted in Russian on the ground outside.",
)

F(
    "Bucha: prosecutors complete exhumations",
    "Ukrainian prosecutors said [[458 bodies|killed;a=Ukrainian prosecutors]] had been recovered in the Bucha district after Russian troops withdrew, [[419 of them|killed;n=-;a=Ukrainian prosecutors]] with signs of gunshot wounds, torture or blunt force. "
    "[[Nine|killed;a=Ukrainian prosecutors]] were children under {{18}}, they said.",
)

F(
    "Olenivka: dozens of Ukrainian POWs killed in barracks blast",
    "An explosion at a barracks in the Olenivka prison camp killed [[53 Ukrainian prisoners|killed;a=Russian-installed officials]] of war and injured [[75|injured;a=Russian-installed officials]], Russian-installed officials said. "
    "[[193 prisoners|arrested]] were being held in the building, most of them defenders of the Azovstal steelworks.",
)

F(
    "Moscow concert hall attack: death toll rises, suspects held",
    "The death toll from the attack on Crocus City Hall outside Moscow rose to [[145|killed;a=investigators]], investigators said on Wednesday, with [[more than 550 people|injured;a=investigators]] wounded. "
    "Russia's FSB said it had detained [[11 people|arrested;a=Russia's FSB]], including [[all four gunmen|arrested;a=Russia's FSB]]. "
    "Islamic State claimed the attack.",
)

F(
    "Donetsk: shelling hits market in Russian-held city",
    "Shelling of a market in the Tekstilshchik district of Donetsk killed [[27 people|killed;a=Russian-installed officials]] and wounded [[25|injured;a=Russian-installed officials]], Russian-installed officials in the city said on Sunday. "
    "Ukraine's military said it had nothing to do with the attack and blamed Russian artillery.",
)

F(
    "Kherson: thousands evacuated after dam destroyed",
    "[[About 2,700 people|displaced;a=Ukrainian officials]] have been evacuated from flooded areas on the west bank of the Dnipro, Ukrainian officials said, after the Kakhovka dam was destroyed. "
    "[[More than 3,600 homes|housing;a=Ukrainian officials]] are under water, they said, and [[at least 16 people|killed]] died in the floods on both banks. "
    "The reservoir held about {{18 cubic kilometres}} of water.",
)

F(
    "Ukraine says drones hit 41 aircraft at Russian air bases",
    "Ukraine's security service said its drones had struck [[41 aircraft|other;a=Ukraine's security service]] at [[four air bases|other;u=other;a=Ukraine's security service]] deep inside Russia, including {{Tu-95}} and {{Tu-22M3}} strategic bombers. "
    "Russia's Defence Ministry said only a few planes caught fire and that the attacks had been repelled in [[three regions|other;u=other;a=Russia's Defence Ministry]]. "
    "The drones were smuggled into Russia in trucks, the service said.",
)


# ---------------------------------------------------------------- Israel and Gaza

F(
    "Israel: Hamas-led attack kills about 1,200, hundreds taken to Gaza",
    "[[About 1,200 people|killed;a=Israeli officials]] were killed in the Hamas-led attack on southern Israel on {{October 7}}, Israeli officials said, most of them civilians. "
    "[[251 people|kidnapped]] were taken to Gaza as hostages, among them [[about 30 children|kidnapped]]. "
    "Israel called up [[300,000 reservists|combatants;a=The military]] within {{48 hours}}, The military said.",
)

F(
    "Gaza: first hostages freed under truce as prisoners released",
    "Hamas freed [[24 hostages|kidnapped;a=Qatar's foreign ministry]] on Friday, [[13 Israelis|kidnapped;a=Qatar's foreign ministry]] and [[11 foreign nationals|kidnapped;a=Qatar's foreign ministry]], Qatar's foreign ministry said, on the first day of a {{four-day}} truce. "
    "Israel released [[39 Palestinian prisoners|other;a=Israel's prison service]], all women and minors, from the Ofer and Damon jails, according to Israel's prison service. "
    "[[About 200 aid trucks|aid]] entered Gaza through Rafah.",
)

F(
    "Hostage forum: 59 still held in Gaza, fewer than half believed alive",
    "[[Fifty-nine hostages|kidnapped;a=The Hostages and Missing Families Forum]] remain in Gaza, The Hostages and Missing Families Forum said, of whom Israeli officials believe [[up to 24|kidnapped;a=Israeli officials]] are still alive. "
    "The bodies of [[four hostages|killed]] were handed over on Thursday in exchange for [[more than 600 Palestinian prisoners|other]] and detainees.",
)

F(
    "Gaza health ministry: death toll passes 40,000",
    "The number of Palestinians killed in Gaza since the war began has risen to [[40,005|killed;a=Gaza's Health Ministry]], Gaza's Health Ministry said on Thursday, with [[92,401|injured;a=Gaza's Health Ministry]] wounded. "
    "The ministry does not distinguish between civilians and fighters, but says [[about 16,500 of the dead|killed;n=dead;a=The ministry;alt=Gaza's Health Ministry]] were children. "
    "Israel says it has killed [[more than 17,000 militants|killed;a=Israel]].",
)

F(
    "Gaza: thousands believed buried under rubble",
    "[[About 10,000 people|missing;a=the Palestinian Civil Defence]] are believed to be buried under the rubble of destroyed buildings in Gaza, the Palestinian Civil Defence said. "
    "Its teams have only [[a dozen working bulldozers|other;u=other;a=the Palestinian Civil Defence]] left, it said, and [[83 of its members|killed;a=the Palestinian Civil Defence]] have been killed since {{October 2023}}.",
)

F(
    "UN: 1.9 million people displaced across Gaza",
    "[[Up to 1.9 million people|displaced;a=the UN agency for Palestinian refugees]], or about {{90 percent}} of Gaza's population, have been displaced, many of them repeatedly, according to the UN agency for Palestinian refugees. "
    "[[Nearly 1.4 million|displaced;a=UNRWA]] are crammed into Rafah, UNRWA said, and [[more than 150 UNRWA installations|capacity;u=structure;n=installations;a=UNRWA]] now shelter families.",
)

F(
    "Rafah: Israel orders evacuation of eastern neighbourhoods",
    "The Israeli military ordered [[about 100,000 people|displaced;p;a=The Israeli military]] to leave eastern Rafah on Monday and move to an expanded humanitarian zone in al-Mawasi, The Israeli military said. "
    "By the end of the week [[around 450,000|displaced;a=UNRWA]] had fled the city, UNRWA said. "
    "Israeli strikes overnight killed [[at least 20 Palestinians|killed;a=hospital officials]] in the area, according to hospital officials.",
)

F(
    "Northern Gaza: hundreds of thousands stream home after ceasefire",
    "[[More than 300,000 Palestinians|returned;a=Gaza's government media office]] crossed the Netzarim corridor on foot and by car on the first day it opened, Gaza's government media office said. "
    "[[Another 200,000|returned;p;a=the office;alt=Gaza's government media office]] were expected to follow within days, the office added. "
    "The UN says about {{92 percent}} of housing units in the Strip have been damaged or destroyed.",
)


F(
    "Nuseirat raid frees four hostages; Gaza officials say 274 killed",
    "Israeli special forces rescued [[four hostages|kidnapped;a=the Israeli military]] from [[two apartments|other]] in the Nuseirat refugee camp on Saturday, the Israeli military said. "
    "Gaza's Health Ministry said [[274 Palestinians|killed;a=Gaza's Health Ministry]] were killed and [[698|injured;a=Gaza's Health Ministry]] wounded in the operation and the airstrikes that covered it. "
    "[[One Israeli officer|killed]] died of his wounds.",
)

F(
    "Gaza aid convoy: dozens killed in crush and gunfire near Gaza City",
    "[[More than 100 Palestinians|killed;a=Gaza health officials]] were killed and [[about 760|injured;a=Gaza health officials]] injured as crowds surged around an aid convoy on al-Rashid Street, Gaza health officials said, accusing Israeli troops of opening fire. "
    "The Israeli military said most of the victims died in a stampede or were run over by the [[30 trucks|aid]] carrying flour.",
)

F(
    "World Central Kitchen halts Gaza work after strike kills seven staff",
    "An Israeli strike killed [[seven World Central Kitchen workers|killed;a=the charity;alt=World Central Kitchen]], including [[three British security contractors|killed;a=the charity;alt=World Central Kitchen]], as they travelled in [[three marked cars|other;a=the charity;alt=World Central Kitchen]] in Deir al-Balah, the charity said. "
    "The group had just unloaded [[more than 100 tonnes|aid]] of food brought by sea from Cyprus.",
)

F(
    "UNRWA says staff death toll in Gaza is highest in UN history",
    "[[At least 258 UNRWA staff members|killed;a=UNRWA]] have been killed in Gaza, UNRWA said in its latest situation report, and [[more than 190 of its installations|housing;u=structure;n=installations;a=UNRWA]] have been damaged. "
    "[[About 500 people|killed;a=the agency;alt=UNRWA]] were killed while sheltering in UN buildings, the agency said.",
)

F(
    "Kerem Shalom: aid trucks piling up on Gaza side",
    "[[More than 1,000 truckloads|aid;u=other;a=COGAT]] of aid were waiting to be collected on the Gaza side of the Kerem Shalom crossing, according to COGAT, the Israeli body that oversees crossings. "
    "The UN said that only [[69 trucks|aid;a=The UN]] had entered on Tuesday, against [[500 a day|aid;n=-;u=other;a=The UN]] before the war.",
)

F(
    "Gaza airdrops: Jordan, Egypt and US drop food over north",
    "Jordanian, Egyptian and US aircraft dropped [[38,000 meals|aid;a=the US military]] over northern Gaza on Saturday in [[66 bundles|aid;a=the US military]], the US military said. "
    "[[Five people|killed;a=witnesses]] were killed when a parachute failed and a pallet fell on them, witnesses told Reuters.",
)

F(
    "Al-Shifa: premature babies evacuated to Egypt",
    "[[Twenty-eight premature babies|displaced;a=the World Health Organization]] were evacuated from al-Shifa hospital to Egypt, the World Health Organization said, after [[eight babies|killed;a=the World Health Organization]] died when their incubators lost power. "
    "[[About 250 patients|civilians;a=the WHO]] and [[20 medical staff|civilians;a=the WHO]] remain at the hospital, the WHO said.",
)

F(
    "Israeli army: two more soldiers killed in northern Gaza",
    "[[Two soldiers|killed;a=the military]] from the {{401st}} Armoured Brigade were killed in northern Gaza on Wednesday, the military said, raising the number of soldiers killed since the start of the ground operation to [[405|killed;a=the military]]. "
    "[[Three more|injured;n=-;a=the military]] were seriously wounded when an explosive device hit their {{Merkava 4}} tank, it said.",
)

F(
    "Rockets fired from Gaza at Tel Aviv; Iron Dome intercepts most",
    "Palestinian Islamic Jihad fired [[about 130 rockets|other;a=the Israeli military]] from Gaza on Tuesday, the Israeli military said, [[104 of which|other;n=-;u=other;a=the Israeli military]] crossed into Israel. "
    "Air defences intercepted about {{90%}} of those heading for populated areas. "
    "[[Two people|injured]] were lightly hurt while running to shelters in Ashkelon, the Magen David Adom rescue service said.",
)

F(
    "Israel says it struck 150 underground targets in northern Gaza",
    "Israeli fighter jets struck [[150 underground targets|other;a=the military]] in northern Gaza overnight, including tunnels and combat spaces, the military said on Saturday. "
    "It said several Hamas commanders were among the dead.",
)

F(
    "Gaza: displaced families in Mawasi short of tents",
    "[[Around 500,000 people|displaced;a=aid groups]] are living in the coastal al-Mawasi area, aid groups said, where there is roughly one latrine for every {{500 people}}. "
    "The Norwegian Refugee Council said it had distributed [[1,400 tents|aid;a=The Norwegian Refugee Council]] in a month, but [[at least 120,000 more|aid;p;n=-;u=other;a=The Norwegian Refugee Council]] were needed.",
)

F(
    "Israel recovers bodies of six hostages from tunnel in Rafah",
    "Israeli troops recovered the bodies of [[six hostages|killed;a=the military]] from a tunnel in Rafah, the military said on Sunday, saying they had been shot shortly before soldiers reached them. "
    "Their deaths mean [[97 hostages|kidnapped]] are still held in Gaza, [[at least 33 of them|killed;n=-;a=Israeli authorities]] declared dead by Israeli authorities.",
)

F(
    "Hostage deal: three Israeli women freed as Israel releases 90 prisoners",
    "[[Three Israeli women|kidnapped;a=the Red Cross]] held in Gaza for more than {{15 months}} were handed over to the Red Cross on Sunday, the first hostages freed under the ceasefire, the Red Cross said. "
    "Hours later Israel freed [[90 Palestinian prisoners|other;a=Israel's prison service]], most of them women and teenagers, Israel's prison service said. "
    "Under the {{42-day}} first phase, [[33 hostages|kidnapped;p]] are to be released in return for [[about 1,900 Palestinians|other;p]].",
)

F(
    "Gaza polio campaign reaches children despite strikes",
    "Health workers vaccinated [[more than 560,000 children|aid;a=the WHO]] under the age of {{10}} in the first round of the polio campaign in Gaza, the WHO said, during pauses of {{eight hours}} a day. "
    "The agency aims to reach [[640,000|aid;p;a=The agency;alt=the WHO]] in the second round, it said.",
    ["eight hours"],
)

F(
    "West Bank: Israeli raid on Jenin camp kills 12",
    "An Israeli raid on the Jenin refugee camp involving drones and [[about 1,000 soldiers|combatants;a=Palestinian officials]] killed [[12 Palestinians|killed;a=Palestinian officials]] and wounded [[more than 100|injured;a=Palestinian officials]], Palestinian officials said. "
    "[[About 3,000 residents|displaced;a=the Palestinian Red Crescent]] left the camp during the {{two-day}} operation, the Palestinian Red Crescent said, and [[one Israeli soldier|killed]] was killed.",
)

F(
    "West Bank: tens of thousands displaced from northern camps",
    "[[About 40,000 Palestinians|displaced;a=UNRWA]] have been forced from the Jenin, Tulkarem and Nur Shams camps since the Israeli operation began in {{January 2025}}, UNRWA said, the largest displacement in the West Bank since {{1967}}. "
    "The army said it would keep troops in the camps for the coming year and had demolished [[dozens of buildings|housing;a=The army]] to widen roads.",
)

F(
    "Settler attack on village in central West Bank",
    "Israeli settlers attacked the village of Turmus Ayya on Wednesday, setting fire to [[30 homes|housing;a=the village council]] and [[60 cars|other;a=the village council]], the village council said. "
    "[[One Palestinian|killed]] was shot dead and [[12|injured]] were wounded. "
    "Israeli police said [[four suspects|arrested;a=Israeli police]] had been detained.",
)


# ---------------------------------------------------------------- Lebanon

F(
    "Lebanon: pager explosions kill 12, wound thousands",
    "Pagers used by Hezbollah members exploded simultaneously across Lebanon on Tuesday, killing [[12 people|killed;a=Lebanon's health minister]], among them [[two children|killed;a=Lebanon's health minister]], and wounding [[about 2,800|injured;a=Lebanon's health minister]], Lebanon's health minister said. "
    "[[More than 300 of the wounded|injured;n=wounded]] were in critical condition. "
    "The devices were part of a batch of [[5,000 pagers|other;a=sources]] imported months earlier, sources told Reuters.",
)

F(
    "Lebanon: Israeli strikes kill 492 in deadliest day since 2006",
    "Israeli airstrikes on southern and eastern Lebanon on Monday killed [[492 people|killed;a=the health ministry]], including [[35 children|killed;a=the health ministry]] and [[58 women|killed;a=the health ministry]], and wounded [[1,645|injured;a=the health ministry]], the health ministry said. "
    "It was the deadliest day in Lebanon since the {{2006}} war. "
    "The Israeli military said it had hit [[about 1,600 Hezbollah targets|other;a=The Israeli military]].",
)

F(
    "Lebanon: over a million displaced as shelters fill up",
    "[[More than 1.2 million people|displaced;a=Prime Minister Najib Mikati]] have been displaced by Israeli strikes, Prime Minister Najib Mikati said, in what he called the largest displacement in Lebanon's history. "
    "[[About 190,000|displaced;a=the government]] are sleeping in [[973 collective shelters|capacity;a=the government]], most of them schools, according to the government. "
    "[[Over 300,000|displaced;a=Syrian authorities]] have crossed into Syria, Syrian authorities said.",
)

F(
    "Lebanon: displaced start to return south as ceasefire holds",
    "[[Tens of thousands of displaced Lebanese|returned]] headed back to the south on Wednesday as a ceasefire between Israel and Hezbollah took effect at {{4 a.m.}} "
    "The Israeli military warned residents not to return to [[more than 60 villages|other;a=The Israeli military]] close to the border. "
    "[[About 900,000 people|returned;a=the IOM]] had gone home within a month, the IOM said.",
)

F(
    "Hezbollah fires rockets at northern Israel, Israel strikes back",
    "Hezbollah said it fired [[more than 200 rockets|other;a=Hezbollah]] and a swarm of drones at military positions in northern Israel on Thursday in response to the killing of a senior commander. "
    "Israel's Magen David Adom said [[one person|killed;a=Israel's Magen David Adom]] was killed in Kiryat Shmona. "
    "[[Tens of thousands of Israelis|displaced]] have been evacuated from the north since {{October 2023}}.",
)

F(
    "UNIFIL: peacekeepers wounded as Israeli tank fires on base",
    "[[Two peacekeepers|injured;a=UNIFIL]] were injured when an Israeli tank fired at a watchtower at the mission's headquarters in Naqoura, UNIFIL said. "
    "The force, which has [[about 10,000 troops|combatants;a=The force]] from [[50 countries|other;u=other;a=The force]], said it would not withdraw from its positions along the Blue Line.",
)

F(
    "Beirut: strike on building in Dahiyeh kills senior commander",
    "An Israeli strike on a residential building in Beirut's southern suburbs killed [[at least 31 people|killed;a=Lebanon's health ministry]], among them [[three children|killed;a=Lebanon's health ministry]] and [[seven women|killed;a=Lebanon's health ministry]], Lebanon's health ministry said. "
    "Israel said the strike had killed a senior commander of Hezbollah's Radwan force and [[about 10 other commanders|killed;a=Israel]]. "
    "[[68 people|injured]] were wounded.",
)

# ---------------------------------------------------------------- Iran and Israel

F(
    "Iran launches drones and missiles at Israel in first direct attack",
    "Iran launched [[more than 300 drones and missiles|other;n=drones and missiles;a=the Israeli military]] at Israel overnight, including [[about 170 drones|other;a=the Israeli military]], [[over 30 cruise missiles|other;a=the Israeli military]] and [[more than 120 ballistic missiles|other;a=the Israeli military]], the Israeli military said. "
    "It said {{99 percent}} of them were intercepted. "
    "A {{7-year-old}} girl was seriously hurt by shrapnel in the Negev.",
)

F(
    "Israel strikes Iranian nuclear and military sites",
    "Israel struck Iran's nuclear facilities and military commanders with [[about 200 fighter jets|other;a=the Israeli military]] on Friday, the Israeli military said. "
    "Iranian state media said [[at least 78 people|killed;a=Iranian state media]] had been killed and [[more than 320|injured;a=Iranian state media]] wounded, many of them in residential buildings in Tehran. "
    "Iran responded with [[about 100 drones|other]].",
)

F(
    "Israel: Iranian missiles hit Bat Yam, Rehovot",
    "Iranian ballistic missiles struck residential areas in central Israel overnight, killing [[six people|killed;a=Magen David Adom]], including [[two children|killed;a=Magen David Adom]], and wounding [[about 200|injured;a=Magen David Adom]], Magen David Adom said. "
    "In Bat Yam, [[61 buildings|housing;a=the municipality]] were damaged, according to the municipality, and [[hundreds of residents|displaced;a=the municipality]] were moved to hotels.",
)

F(
    "Iran: Kerman bombing at Soleimani memorial kills 95",
    "[[Two explosions|other]] near the tomb of Qassem Soleimani in Kerman killed [[95 people|killed;a=Iran's interior minister]] and wounded [[211|injured;a=Iran's interior minister]], Iran's interior minister said, revising an earlier toll of [[103|killed;a=Iran's interior minister]]. "
    "Islamic State claimed the attack and said [[two of its members|combatants;a=Islamic State]] had detonated suicide belts.",
)

F(
    "Iran: rights group says hundreds killed in protests",
    "Iranian security forces have killed [[at least 448 people|killed;a=the Oslo-based group Iran Human Rights]] in the protests sparked by the death in custody of a {{22-year-old}} woman, including [[60 children|killed;a=the Oslo-based group Iran Human Rights]], according to the Oslo-based group Iran Human Rights. "
    "[[About 18,000 people|arrested;a=activists]] have been arrested, activists said, and [[two protesters|other;a=activists]] have been sentenced to death.",
)

F(
    "Ukrainian airliner shot down near Tehran with 176 on board",
    "Ukraine International Airlines flight {{PS752}} crashed shortly after take-off from Tehran, killing [[all 176 people|killed;a=officials]] on board, officials said. "
    "[[Eighty-two|killed]] were Iranian and [[63|killed]] Canadian. "
    "Iran later admitted its air defences had fired [[two missiles|other]] at the {{Boeing 737}}.",
)

# ---------------------------------------------------------------- Syria

F(
    "Syria: chemical attack in eastern Ghouta, hundreds dead",
    "[[Hundreds of people|killed;a=opposition activists]] were killed in rocket attacks using nerve gas on the suburbs of eastern Ghouta on {{August 21, 2013}}, opposition activists said. "
    "The United States later put the toll at [[1,429|killed;a=The United States]], including [[at least 426 children|killed;a=The United States]]. "
    "Medecins Sans Frontieres said [[3,600 patients|injured;a=Medecins Sans Frontieres]] with neurotoxic symptoms were treated at [[three hospitals|other;a=Medecins Sans Frontieres]] it supports.",
)

F(
    "Aleppo: evacuation of rebel-held east completed",
    "[[About 35,000 people|displaced;a=the International Committee of the Red Cross]], fighters and civilians, have been evacuated from eastern Aleppo in the past week, the International Committee of the Red Cross said. "
    "[[Some 4,000 rebels|combatants;a=the ICRC]] were among them, the ICRC said, and the last buses left on Thursday.",
)

F(
    "Idlib: airstrikes on market kill 19",
    "Russian and Syrian government airstrikes on a market in Maarat al-Numan killed [[19 civilians|killed;a=the White Helmets]] and wounded [[about 40|injured;a=the White Helmets]], the White Helmets rescue group said. "
    "[[More than 900,000 people|displaced;a=the UN]] have fled the offensive in northwest Syria since {{December}}, the UN says, over {{80 percent}} of them women and children.",
)


F(
    "Syria: Sednaya prison emptied as rebels enter Damascus",
    "Rebels who entered Damascus freed [[thousands of detainees|other]] from the Sednaya military prison, where rights groups say [[as many as 13,000 people|killed;a=rights groups]] were executed between {{2011}} and {{2015}}. "
    "The White Helmets said its teams had found no hidden cells after searching for {{48 hours}}.",
)

F(
    "Syria: coastal violence kills hundreds of Alawite civilians",
    "Security forces and allied fighters killed [[at least 1,383 civilians|killed;a=the Syrian Network for Human Rights]], most of them Alawites, in the coastal provinces over several days, the Syrian Network for Human Rights said. "
    "The monitor also reported [[about 230 security personnel|killed;a=The monitor]] killed by Assad loyalists. "
    "[[About 9,000 people|displaced;a=Lebanese officials]] fled into northern Lebanon, Lebanese officials told AFP.",
)

F(
    "Syrian refugees return from Turkey after fall of Assad",
    "[[More than 80,000 Syrians|returned;a=Turkey's interior minister]] have gone back from Turkey since the fall of Bashar al-Assad on {{December 8}}, Turkey's interior minister said. "
    "UNHCR said [[around 1 million refugees|returned;p;a=UNHCR]] could return in the first {{six months}} of {{2025}}. "
    "[[About 2.9 million|displaced]] Syrians remain registered in Turkey.",
)

F(
    "Al-Hol camp: Iraq repatriates families of IS suspects",
    "Iraq brought back [[608 people|returned;a=Iraq's migration ministry]], [[158 families|returned;a=Iraq's migration ministry]], from the al-Hol camp in northeast Syria on Monday, Iraq's migration ministry said. "
    "The camp, run by Kurdish-led forces, still holds [[about 40,000 people|displaced;a=aid groups]], more than half of them children, according to aid groups.",
)

F(
    "Israel strikes Syrian military sites after Assad's fall",
    "Israel carried out [[more than 350 airstrikes|other;a=the Israeli military]] on Syrian military sites in {{48 hours}}, destroying most of the navy, the Israeli military said. "
    "Israeli troops also moved into the buffer zone on the Golan Heights for the first time since {{1974}}.",
)

F(
    "Syria: Islamic State bombing at Damascus church kills 25",
    "A suicide bomber opened fire and blew himself up inside the Mar Elias church in Damascus during Sunday mass, killing [[25 worshippers|killed;a=the health ministry]] and wounding [[63|injured;a=the health ministry]], the health ministry said. "
    "The interior ministry said [[six suspects|arrested;a=The interior ministry]] had been arrested and [[two|killed;a=The interior ministry]] killed in raids on an IS cell in the Damascus countryside.",
)

F(
    "Northeast Syria: Turkish offensive displaces tens of thousands",
    "[[At least 100,000 people|displaced;a=the UN]] have fled their homes since Turkey began its offensive against Kurdish-led forces in northeast Syria, the UN said. "
    "The Kurdish Red Crescent said [[11 civilians|killed;a=The Kurdish Red Crescent]] had been killed, and Turkey said [[one Turkish soldier|killed;a=Turkey]] and [[174 militants|killed;a=Turkey]] had died.",
)

# ---------------------------------------------------------------- Iraq

F(
    "Mosul: thousands flee as Iraqi forces push into old city",
    "[[About 8,000 civilians|displaced;a=the International Organization for Migration]] fled the old city of Mosul in a single day as Iraqi forces advanced, the International Organization for Migration said. "
    "[[Up to 100,000|civilians;a=the UN]] are still trapped in the area, according to the UN, and Islamic State is holding [[hundreds of families|kidnapped;a=the UN]] as human shields.",
)

F(
    "Iraq: Yazidi women and children freed from IS captivity",
    "[[Twenty-three Yazidis|kidnapped;a=the Kurdistan regional government's office for kidnapped Yazidis]], [[12 of them|kidnapped;n=-;a=the Kurdistan regional government's office for kidnapped Yazidis]] children, were freed from Islamic State captivity in Syria and returned to Iraq, the Kurdistan regional government's office for kidnapped Yazidis said. "
    "[[About 2,700 Yazidis|missing;a=the office;alt=the Kurdistan regional government's office for kidnapped Yazidis]] are still missing nearly {{a decade}} after IS overran Sinjar, the office said.",
)

F(
    "Baghdad: Karrada truck bomb toll nears 300",
    "The death toll from the truck bomb in Baghdad's Karrada district rose to [[292|killed;a=the health ministry]], the health ministry said on Thursday, making it the deadliest single bombing in the capital since {{2003}}. "
    "[[More than 200|injured]] were wounded. "
    "Islamic State said it had carried out the attack.",
)

F(
    "Iraq: protesters killed as security forces open fire in Nasiriyah",
    "Security forces opened fire on protesters blocking a bridge in Nasiriyah, killing [[at least 25 people|killed;a=medical sources]] and wounding [[about 250|injured;a=medical sources]], medical sources said. "
    "Amnesty International said [[more than 400 people|killed;a=Amnesty International]] had been killed across Iraq in {{two months}} of protests, and [[at least 3,000|arrested;a=Amnesty International]] had been detained.",
)

F(
    "Iraq: drone attack wounds US troops at Ain al-Asad",
    "[[Three drones|other;a=a US official]] targeted the Ain al-Asad air base in western Iraq on Monday, and [[two of them|other;n=-;u=other;a=a US official]] were shot down, a US official told Reuters. "
    "[[Four American service members|injured]] were treated for traumatic brain injuries. "
    "The US has [[about 2,500 troops|combatants]] in Iraq.",
)

F(
    "Sinjar: thousands of displaced Yazidis return after camp closures",
    "[[About 1,600 families|returned;a=the IOM]] returned to Sinjar from camps in Dohuk in the first {{three months}} of the year, the IOM said, as the federal government moved to close [[all 24 camps|capacity;p]] in the Kurdistan region. "
    "[[More than 180,000 people|displaced]] still live in the camps.",
)

# ---------------------------------------------------------------- Yemen and the Red Sea

F(
    "Red Sea: Houthis seize cargo ship, hold 25 crew",
    "Houthi fighters landed by helicopter on the Galaxy Leader in the Red Sea and took its [[25 crew members|kidnapped;a=the ship's Japanese operator]] to the port of Hodeidah, the ship's Japanese operator said. "
    "The crew, [[17 of them|kidnapped;n=-]] Filipinos, were released more than {{a year}} later through Omani mediation.",
)

F(
    "Gulf of Aden: three crew killed in Houthi missile strike on ship",
    "A Houthi missile hit the bulk carrier True Confidence in the Gulf of Aden, killing [[three crew members|killed;a=US Central Command]] and injuring [[at least four|injured;a=US Central Command]], US Central Command said. "
    "The Indian navy said it had rescued [[21 crew|other;a=The Indian navy]]. "
    "The ship is about {{50 nautical miles}} southwest of Aden.",
)

F(
    "Red Sea: crew missing after Houthis sink Liberian-flagged ship",
    "Houthis attacked the Eternity C with drones, rockets and speedboats over {{two days}} and sank it, the ship's manager said. "
    "[[Ten crew members|other;a=the European Union naval mission]] of the [[25 people|other;a=the European Union naval mission]] on board were rescued, the European Union naval mission said, [[at least four|killed;a=the European Union naval mission]] were killed and [[11|missing;a=the European Union naval mission]] were missing. "
    "The Houthis said they had taken some crew members to a safe location.",
)

F(
    "US and Britain strike Houthi targets in Yemen",
    "US and British warplanes and ships struck [[more than 60 targets|other;a=US officials]] at [[16 locations|other;u=other;a=US officials]] in Houthi-held Yemen, US officials said, using [[over 100 precision-guided munitions|other;a=US officials]]. "
    "A Houthi spokesman said [[five fighters|killed;a=A Houthi spokesman]] were killed. "
    "Aircraft took off from the USS Dwight D. Eisenhower and bases in the region.",
)

F(
    "Yemen: coalition airstrike on school bus kills 40 children",
    "A Saudi-led coalition airstrike on a bus in a market in Dahyan, in northern Saada province, killed [[51 people|killed;a=the International Committee of the Red Cross]], [[40 of them|killed;n=-;a=the International Committee of the Red Cross]] children, the International Committee of the Red Cross said. "
    "[[Seventy-nine people|injured]], [[56 of them|injured;n=-]] children, were wounded. "
    "The bomb was a {{500-pound}} laser-guided weapon.",
)

F(
    "Yemen: Houthis detain UN staff in Sanaa raids",
    "Houthi authorities detained [[13 UN staff members|arrested;a=UN Secretary-General Antonio Guterres]] in raids in Sanaa and other cities, UN Secretary-General Antonio Guterres said, bringing the number of UN personnel held to [[more than 50|arrested;a=UN Secretary-General Antonio Guterres]]. "
    "Staff of [[five NGOs|other;u=other]] were also held.",
)

F(
    "Yemen: Sanaa funeral hall strike kills 140",
    "Airstrikes on a crowded funeral hall in Sanaa killed [[more than 140 people|killed;a=the UN]] and wounded [[525|injured;a=the UN]], the UN said. "
    "The Saudi-led coalition at first denied responsibility, then said it had struck the hall on the basis of wrong information.",
)

F(
    "Marib: tens of thousands flee Houthi offensive",
    "[[Some 45,000 people|displaced;a=the IOM]] have fled fighting in Marib governorate in {{two months}}, the IOM said, many of them for the second or third time. "
    "The province's [[125 displacement sites|capacity;a=local authorities]] are overcrowded, local authorities said, and [[about 1 million displaced people|displaced;a=local authorities]] live in Marib.",
)

# ---------------------------------------------------------------- Libya

F(
    "Tripoli: clashes between rival militias kill 55",
    "Clashes between rival armed groups in Tripoli killed [[55 people|killed;a=the emergency medicine centre]] and wounded [[146|injured;a=the emergency medicine centre]], the emergency medicine centre said on Wednesday. "
    "[[Some 234 families|displaced;a=the Red Crescent]] were evacuated from front-line districts, the Red Crescent said.",
)

F(
    "Libya: mass graves found in Tarhuna after Haftar forces withdraw",
    "Libya's missing persons authority said it had recovered [[more than 120 bodies|killed;a=Libya's missing persons authority]] from mass graves in Tarhuna since forces loyal to Khalifa Haftar withdrew in {{June 2020}}. "
    "Families say [[about 350 people|missing;a=Families]] from the town are still unaccounted for.",
)

F(
    "Libya: migrants killed in airstrike on detention centre",
    "An airstrike on the Tajoura detention centre east of Tripoli killed [[at least 53 migrants|killed;a=the UN]] and wounded [[130|injured;a=the UN]], the UN said. "
    "[[About 600 migrants|arrested]] were held at the centre at the time, [[120 of them|arrested;n=-]] in the hangar that was hit.",
)

F(
    "Libya: Haftar offensive on Tripoli displaces 120,000",
    "[[More than 120,000 people|displaced;a=OCHA]] have fled fighting on the southern outskirts of Tripoli since Khalifa Haftar's forces launched their offensive in {{April 2019}}, OCHA said. "
    "[[About 3,000 migrants and refugees|civilians;a=OCHA]] remain trapped in detention centres near the front lines, it added.",
)


# ---------------------------------------------------------------- Pakistan

F(
    "Balochistan: troops end train siege, free hundreds of passengers",
    "Security forces ended the siege of the Jaffar Express in Balochistan on Wednesday, freeing [[346 hostages|kidnapped;a=the military]] and killing [[all 33 militants|killed;a=the military]] of the Baloch Liberation Army, the military said. "
    "[[Twenty-one passengers|killed;a=the military]] and [[four paramilitary soldiers|killed;a=the military]] were killed by the attackers, it said. "
    "The train was carrying [[about 440 people|other]] from Quetta to Peshawar.",
)

F(
    "Peshawar: Taliban attack on army school kills 141",
    "Pakistani Taliban gunmen stormed an army-run school in Peshawar, killing [[141 people|killed;a=the military]], [[132 of them|killed;n=-;a=the military]] children, the military said. "
    "Commandos killed [[all seven attackers|killed]] after an {{eight-hour}} siege and rescued [[about 960 students and staff|civilians;n=students and staff]]. "
    "[[At least 121 pupils|injured]] were wounded.",
)

F(
    "Quetta: suicide bombing at railway station kills soldiers",
    "A suicide bomber blew himself up on a crowded platform at Quetta railway station on Saturday, killing [[at least 26 people|killed;a=police]], [[14 of them|killed;n=-;a=police]] soldiers, police said. "
    "[[Sixty-two|injured;a=Balochistan's health department]] were wounded, according to Balochistan's health department. "
    "The train for Rawalpindi was due to leave at {{9 a.m.}}",
)

F(
    "Pakistan: Kurram convoy attack and clashes leave dozens dead",
    "Gunmen opened fire on a convoy of [[about 200 vehicles|other;a=officials]] in the Kurram district, killing [[42 passengers|killed;a=officials]], officials said. "
    "Sectarian clashes in the following week killed [[at least 88 more|killed;n=-]], and [[thousands of residents|displaced]] fled to Hangu and Peshawar.",
)

F(
    "Pakistan and India trade strikes after Pahalgam attack",
    "Pakistan's military said Indian missile strikes on [[six locations|other;u=other;a=Pakistan's military]] killed [[31 civilians|killed;a=Pakistan's military]] and wounded [[57|injured;a=Pakistan's military]], and that it had shot down [[five Indian jets|other;a=Pakistan's military]], including [[three Rafales|other;u=other;a=Pakistan's military]]. "
    "India said it had struck [[nine terrorist sites|other;a=India]] and that Pakistani shelling along the Line of Control had killed [[15 civilians|killed;a=India]] in Poonch.",
)

F(
    "Pakistan: mosque bombing inside Peshawar police compound",
    "A suicide bombing at a mosque inside a police compound in Peshawar killed [[at least 100 people|killed;a=a hospital spokesman]], almost all of them police officers, a hospital spokesman said. "
    "Rescuers pulled [[more than 20 survivors|other]] from under a collapsed wall, and [[about 225 people|injured]] were treated for wounds.",
)

F(
    "Pakistan: millions of Afghans ordered to leave",
    "Pakistan has sent back [[more than 800,000 Afghans|returned;a=UNHCR]] since it launched a deportation drive in {{October 2023}}, UNHCR said. "
    "The government said the [[1.7 million|returned;p;a=The government]] without documents must leave, and border crossings at Torkham were handling [[up to 10,000 people a day|returned;a=The government]].",
)

F(
    "Bajaur: bombing at political rally kills 54",
    "An Islamic State suicide bomber struck a rally of the Jamiat Ulema-e-Islam party in Bajaur, killing [[54 people|killed;a=provincial officials]], [[23 of them|killed;n=-;a=provincial officials]] children under {{18}}, provincial officials said. "
    "[[Nearly 200|injured]] were wounded. "
    "Party workers had gathered in a large tent when the bomb went off at about {{4 p.m.}}",
)

# ---------------------------------------------------------------- Afghanistan

F(
    "Kabul airport bombing kills 13 US troops and scores of Afghans",
    "A suicide bombing at the Abbey Gate of Kabul airport killed [[13 US service members|killed;a=the Pentagon]] and [[about 170 Afghans|killed;a=the Pentagon]], the Pentagon said. "
    "[[Eighteen US troops|injured]] were wounded. "
    "The bombing came as [[thousands of Afghans|displaced]] crowded the gates hoping to board evacuation flights, which by then had flown out [[more than 100,000 people|displaced;a=The White House]], The White House said.",
)

F(
    "Kunduz: US airstrike on MSF hospital kills 42",
    "A US AC-130 gunship struck the Medecins Sans Frontieres trauma hospital in Kunduz, killing [[42 people|killed;a=the charity;alt=Medecins Sans Frontieres]], including [[24 patients|killed;a=the charity;alt=Medecins Sans Frontieres]] and [[14 staff|killed;a=the charity;alt=Medecins Sans Frontieres]], the charity said. "
    "The hospital had treated [[more than 22,000 patients|aid]] in {{2014}}.",
    ["AC-130"],
)

F(
    "Kabul: bombing outside girls' school kills dozens",
    "[[Three bombs|other;a=the interior ministry]] exploded outside the Sayed ul-Shuhada girls' school in Kabul's Dasht-e-Barchi district as pupils left class, killing [[at least 85 people|killed;a=the interior ministry]], the interior ministry said. "
    "[[More than 150|injured]] were wounded, most of them girls aged {{between 11 and 15}}.",
)

F(
    "Afghanistan: Taliban seize provincial capitals as thousands flee to Kabul",
    "The Taliban captured [[three more provincial capitals|other;u=other]] on Friday, bringing the number they have taken in a week to [[17|other;u=other;n=-]]. "
    "[[About 250,000 Afghans|displaced;a=the UN refugee agency]] have fled their homes since the end of {{May}}, the UN refugee agency said, about {{80 percent}} of them women and children. "
    "[[Some 20,000 of them|displaced;n=-]] are sleeping in Kabul's parks.",
)

F(
    "Afghanistan: returnees from Iran overwhelm Islam Qala crossing",
    "[[More than 500,000 Afghans|returned;a=the IOM]] returned or were deported from Iran in {{June}} alone, the IOM said, [[up to 40,000 a day|returned;n=-;a=the IOM]] at the peak. "
    "Aid groups at the Islam Qala crossing handed out [[25,000 hot meals|aid]] and [[8,000 hygiene kits|aid]] in a week.",
)

F(
    "Afghanistan: Pakistani airstrikes in Paktika kill 46, Taliban say",
    "Pakistani airstrikes on [[four villages|other]] in Paktika province killed [[46 people|killed;a=a Taliban spokesman]], most of them women and children, a Taliban spokesman said on X. "
    "Pakistan said it had targeted Pakistani Taliban hideouts and killed [[about 20 militants|killed;a=Pakistan]].",
)

# ---------------------------------------------------------------- Kashmir

F(
    "Kashmir: gunmen kill 26 tourists near Pahalgam",
    "Gunmen opened fire on tourists in a meadow near Pahalgam, killing [[26 people|killed;a=police]], [[25 of them|killed;n=-;a=police]] Indian tourists and [[one|killed;a=police]] a Nepali citizen, police said. "
    "[[At least 17 people|injured]] were wounded. "
    "Security forces detained [[more than 1,500 people|arrested;a=officials]] for questioning in the following days, officials said.",
)

F(
    "Kashmir: Pulwama convoy bombing kills 40 paramilitary police",
    "A suicide car bomber rammed a convoy of [[78 vehicles|other;a=officials]] carrying [[more than 2,500 paramilitary police|combatants;a=officials]] on the Jammu-Srinagar highway, officials said, killing [[40|killed;a=officials]]. "
    "The bomber, a {{20-year-old}} from Pulwama, drove a car with about {{300 kg}} of explosives.",
)

F(
    "Kashmir: cross-border shelling forces villagers into bunkers",
    "Pakistani shelling along the Line of Control killed [[five civilians|killed;a=Indian army officials]] in the Uri and Kupwara sectors, Indian army officials said, and damaged [[more than 100 houses|housing;a=Indian army officials]]. "
    "[[About 1,500 residents|displaced]] of border villages moved to relief camps, while [[some 400 families|displaced]] sheltered in [[62 community bunkers|capacity;u=structure]].",
)

F(
    "Kashmir: militants killed in Kupwara gunfight, soldiers die",
    "[[Five militants|killed;a=the army]] trying to cross the Line of Control were killed in a gunfight in Kupwara, the army said, and [[two soldiers|killed;a=the army]] were killed. "
    "The army's {{15}} Corps said troops recovered [[five AK rifles|other;a=The army's 15 Corps]] and [[20 grenades|other;a=The army's 15 Corps]].",
)

# ---------------------------------------------------------------- Myanmar

F(
    "Myanmar: junta airstrike on Pazigyi ceremony kills about 170",
    "A military airstrike on a crowd gathered for the opening of an opposition office in Pazigyi village in Sagaing killed [[about 170 people|killed;a=the National Unity Government]], including [[around 40 children|killed;a=the National Unity Government]], the National Unity Government said. "
    "The junta confirmed the strike but said the dead were mostly fighters.",
)

F(
    "Myanmar: rebel alliance says it captured 200 junta posts",
    "The Three Brotherhood Alliance said it had captured [[more than 200 military posts|other;u=structure;a=The Three Brotherhood Alliance]] and [[four towns|other]] in northern Shan state since launching Operation {{1027}}. "
    "[[About 50,000 people|displaced;a=the UN]] have been displaced, according to the UN, and [[hundreds of junta soldiers|combatants]] have surrendered.",
)

F(
    "Myanmar: political prisoners freed in amnesty",
    "The junta released [[5,864 prisoners|arrested;a=state media]] in an amnesty to mark Union Day, state media said, including [[at least 114 foreigners|arrested;a=state media]] who will be deported. "
    "The Assistance Association for Political Prisoners says [[more than 21,000 people|arrested;a=The Assistance Association for Political Prisoners]] remain in detention since the {{2021}} coup.",
)

F(
    "Myanmar coup: security forces kill 114 protesters in a day",
    "Security forces killed [[at least 114 people|killed;a=local media]] across Myanmar on Saturday, including a {{five-year-old}} boy, local media reported, the bloodiest day since the coup on {{February 1}}. "
    "The Assistance Association for Political Prisoners said [[more than 3,000 people|arrested;a=The Assistance Association for Political Prisoners]] had been detained.",
)

F(
    "Myanmar: Rohingya flee to Bangladesh as villages burn",
    "[[More than 370,000 Rohingya|displaced;a=the UN]] have crossed into Bangladesh in less than {{three weeks}}, the UN said, and satellite images show [[at least 214 villages|other;a=Human Rights Watch]] burned in Rakhine, according to Human Rights Watch. "
    "Medecins Sans Frontieres later estimated that [[6,700 Rohingya|killed;a=Medecins Sans Frontieres]], including [[730 children|killed;a=Medecins Sans Frontieres]] under the age of {{five}}, were killed in the first month.",
)

F(
    "Myanmar: Arakan Army fighting traps civilians in Buthidaung",
    "[[Tens of thousands of Rohingya|civilians;a=UN human rights chief Volker Turk]] are trapped between the Arakan Army and junta troops in Buthidaung, UN human rights chief Volker Turk said. "
    "Rohingya activists said [[about 200,000 people|displaced;a=Rohingya activists]] had fled the town after it was set on fire.",
)

F(
    "Myanmar: junta conscripts thousands under new law",
    "The junta plans to call up [[5,000 people a month|combatants;p;a=a junta spokesman]] under the conscription law, starting in {{April}}, a junta spokesman said. "
    "[[Thousands of young men|displaced]] have fled to Thailand or to areas held by resistance groups since the law was announced.",
)


# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Ukraine: parliament passes 2025 budget with record defence spending",
    "Ukraine's parliament approved the {{2025}} budget on {{November 19}}, allocating {{2.2 trillion hryvnias}} to defence and security, about {{26%}} of GDP. "
    "The vote came on the {{1,000th}} day of the full-scale invasion.",
)

F(
    "Russia: Victory Day parade held in Moscow",
    "Russia held its Victory Day parade on Red Square on {{May 9}}, marking {{80 years}} since the end of the Second World War. "
    "The parade began at {{10 a.m.}} and lasted about {{75 minutes}}.",
)

F(
    "Israel: shekel rises after ceasefire announcement",
    "The shekel strengthened {{1.2%}} against the dollar to {{3.56}} on {{Thursday}}, its strongest level since {{February 2023}}. "
    "The Tel Aviv {{35}} index rose {{0.8%}}.",
)

F(
    "Lebanon: parliament elects president after two-year vacancy",
    "Lebanon's parliament elected army chief Joseph Aoun as president on {{January 9, 2025}}, with a {{two-thirds}} majority in the {{second}} round, ending a vacancy of more than {{two years}}. "
    "The {{61-year-old}} general had led the army since {{2017}}.",
)

F(
    "Iran: rial hits record low against dollar",
    "Iran's currency fell to a record {{1,039,000 rials}} to the dollar on {{Sunday}}, down from about {{600,000}} a year earlier. "
    "Inflation stood at {{32.5 percent}} in {{March}}, the central bank said.",
)

F(
    "Syria: central bank unveils new banknotes",
    "Syria's central bank said on {{Monday}} it would remove {{two zeros}} from the pound, with new notes issued from {{December 8}}. "
    "The pound has traded at about {{10,000}} to the dollar on the black market, against {{47}} before {{2011}}.",
)

F(
    "Iraq: oil exports through Turkey pipeline resume",
    "Iraq resumed oil exports from the Kurdistan region through the pipeline to Ceyhan on {{September 27}}, after a halt of {{two and a half years}}. "
    "Flows started at about {{180,000 barrels per day}}, against a capacity of {{1.6 million barrels per day}}, the oil ministry said.",
)

F(
    "Saudi Arabia: Riyadh to host 2034 World Cup",
    "FIFA confirmed Saudi Arabia as host of the {{2034}} World Cup at a virtual congress on {{December 11}}. "
    "The bid plans new stadiums in several cities, with the final in a {{92,000-seat}} arena to be completed by {{2032}}.",
)

F(
    "Pakistan: cricket team beats Australia in Perth",
    "Pakistan beat Australia by {{eight wickets}} in the {{third}} one-day international in Perth on {{Sunday}} to win the series {{2-1}}. "
    "Their bowlers dismissed the hosts for {{140}} in {{31.5 overs}}, and the chase took {{26.5 overs}}.",
)

F(
    "Afghanistan: earthquake anniversary marked in Herat",
    "Residents of Herat marked {{two years}} on {{October 7}} since the {{magnitude 6.3}} earthquakes that struck the province in {{2023}}. "
    "The strongest quake hit at {{11:11 a.m.}} at a depth of {{14 km}}.",
)

F(
    "India: Kashmir records highest tourist arrivals",
    "Tourist arrivals in Kashmir rose {{23%}} in {{2023}}, the tourism department said, with hotel occupancy at about {{80 percent}} in {{June}}. "
    "Srinagar's Tulip Garden, which opened in {{2008}}, covers {{30 hectares}}.",
    ["30 hectares"],
)

F(
    "Myanmar: kyat falls as fuel prices rise",
    "The kyat weakened to {{4,500}} per dollar on the informal market in {{May}}, from {{2,100}} at the official rate. "
    "Diesel prices in Yangon rose {{40%}} in {{three months}} to {{2,800 kyats}} a litre.",
)

F(
    "Yemen: Aden power cuts stretch to 16 hours",
    "Residents of Aden face power cuts of up to {{16 hours}} a day as temperatures reach {{40 degrees Celsius}}, the electricity corporation said on {{July 2}}. "
    "The government owes fuel suppliers about {{$120 million}}.",
)

F(
    "Libya: oil output climbs to 11-year high",
    "Libya's oil production rose to {{1.4 million barrels per day}} in {{January}}, the highest in {{11 years}}, the National Oil Corporation said. "
    "It aims for {{2 million barrels per day}} by {{2027}}.",
)

F(
    "Gaza: history book wins Palestine Book Award",
    "A history of the Gaza Strip from {{1948}} to {{2005}} won this year's Palestine Book Award in London on {{November 14}}. "
    "The author, {{72}}, spent {{15 years}} on the {{600-page}} book, her {{fourth}}.",
)

F(
    "Ukraine: Kyiv metro marks anniversary",
    "The Kyiv metro marked {{65 years}} of service on {{November 6}}; it opened in {{1960}}. "
    "Trains run every {{three minutes}} at peak hours and the deepest station, Arsenalna, lies {{105.5 metres}} underground.",
)

F(
    "West Bank: olive harvest season opens with price rise",
    "The olive harvest in the West Bank began on {{October 10}}, with oil prices up {{15%}} on last year at about {{35 shekels}} per litre. "
    "Farmers expect the season to last {{six weeks}}.",
)

F(
    "Iran: Tehran hosts Asian Games qualifying tournament",
    "Iran beat Qatar {{3-1}} in Tehran on {{Tuesday}}, scoring twice in the last {{10 minutes}}. "
    "The win lifted Iran to {{first}} place in group E with {{13 points}} from {{five}} games.",
)

F(
    "Israel: central bank holds rate at 4.5%",
    "The Bank of Israel kept its benchmark rate at {{4.5%}} on {{Monday}} for the {{eighth}} straight meeting. "
    "Annual inflation eased to {{3.1 percent}} in {{June}}, and the bank expects growth of {{3.5%}} in {{2025}}.",
)

F(
    "Russia: central bank cuts key rate",
    "Russia's central bank cut its key rate by {{200 basis points}} to {{18%}} on {{July 25}}, the {{second}} cut this year. "
    "It said inflation would fall to {{4%}} by {{2026}}.",
)


# ---------------------------------------------------------------- follow-ups, all fronts

F(
    "Kharkiv region: villagers evacuated as Russia opens new front",
    "[[Nearly 10,000 people|displaced;a=the regional governor]] have been evacuated from the Vovchansk area since Russia launched its cross-border offensive on {{May 10}}, the regional governor said. "
    "[[About 200 residents|civilians]] refuse to leave Vovchansk, and [[four volunteers|killed]] were killed when their car was hit by a drone.",
)

F(
    "Ukraine: collective centres house displaced from Donetsk region",
    "Dnipropetrovsk region now runs [[412 collective centres|capacity;a=the regional administration]] for displaced people, with room for [[about 18,000|capacity;a=the regional administration]], the regional administration said. "
    "[[More than 350,000 internally displaced people|displaced;a=the regional administration]] are registered in the region, it said.",
)

F(
    "Ukraine: winter aid reaches front-line communities",
    "The UN and its partners delivered [[1,200 generators|aid;a=OCHA]] and [[95,000 blankets|aid;a=OCHA]] to front-line communities in {{December}}, OCHA said. "
    "[[About 3.6 million people|civilians;a=OCHA]] living within {{20 km}} of the front line need assistance, it said.",
)

F(
    "Zaporizhzhia: shelling damages homes in Orikhiv",
    "Russian shelling of Orikhiv overnight damaged [[27 homes|housing;a=local authorities]] and a school, local authorities said. "
    "[[Fewer than 1,000 residents|civilians;a=local authorities]] remain in the town, which had [[14,000|civilians;a=local authorities]] before the war, according to local authorities.",
)

F(
    "Ukraine downs two bombers, loses F-16 pilot",
    "Ukraine's air force said it had shot down [[two Russian bombers|other;a=Ukraine's air force]], both {{Su-34}}s, over the Donetsk region. "
    "In a separate statement, it said [[one of its pilots|killed;a=Ukraine's air force]] was killed when his {{F-16}} crashed while repelling an attack by [[more than 100 drones|other;a=Ukraine's air force]] and missiles.",
)

F(
    "Russian strike on Chernihiv kills 17",
    "[[Three Russian missiles|other;a=officials]] hit the centre of Chernihiv on Wednesday, killing [[17 people|killed;a=officials]] and injuring [[61|injured;a=officials]], officials said. "
    "Ukraine had run out of {{Patriot}} interceptors to protect the city, President Volodymyr Zelensky said. "
    "[[Eight multi-storey buildings|housing]] and a hospital were damaged.",
)

F(
    "Israel: rockets hit Haifa as Hezbollah expands range",
    "Hezbollah fired [[about 85 projectiles|other;a=the military]] into northern Israel on Sunday morning, the military said, some of them reaching the outskirts of Haifa. "
    "[[Four people|injured]] were hurt and several homes were damaged in Kiryat Bialik. "
    "Schools across the north were ordered shut.",
)

F(
    "Gaza: strike on school used as shelter kills dozens",
    "An Israeli strike on the al-Tabi'in school in Gaza City, where displaced families were sheltering, killed [[at least 90 people|killed;a=the Gaza civil defence agency]], the Gaza civil defence agency said. "
    "The Israeli military said it had killed [[19 Hamas and Islamic Jihad militants|killed;a=The Israeli military]] in a command centre inside the school and disputed the toll. "
    "[[About 6,000 people|displaced]] had been staying there.",
)

F(
    "Gaza: displaced families flee Khan Younis again after new orders",
    "[[An estimated 250,000 people|displaced;a=the UN humanitarian office]] were told to leave parts of Khan Younis on Monday, the UN humanitarian office said, in the largest evacuation order in months. "
    "[[Around 70 people|killed]] were killed in the strikes that followed.",
)

F(
    "Israel: hostage families say 120 still held after a year",
    "[[About 120 hostages|kidnapped;a=the Israeli government]] remain in Gaza a year after the {{October 7}} attack, [[at least 40 of them|killed;n=-;a=the Israeli government]] believed dead, the Israeli government said. "
    "[[Thousands of Israelis|other]] rallied in Tel Aviv on {{Saturday}} evening to demand a deal.",
)

F(
    "Israel releases Gaza detainees at Kissufim crossing",
    "Israel released [[42 Palestinian detainees|arrested;a=the Palestinian Red Crescent]] held without charge at the Sde Teiman base, handing them over at the Kissufim crossing, the Palestinian Red Crescent said. "
    "[[Eleven of them|injured;n=-]] were taken to hospital in Deir al-Balah with injuries they said were caused by beatings.",
)

F(
    "West Bank: Israeli forces arrest dozens in overnight raids",
    "Israeli forces arrested [[at least 45 Palestinians|arrested;a=the Palestinian Prisoners' Society]] in overnight raids across the West Bank, the Palestinian Prisoners' Society said, bringing the number detained since {{October 7}} to [[more than 10,000|arrested;a=the Palestinian Prisoners' Society]]. "
    "[[About 3,400|arrested]] are held in administrative detention without charge.",
)

F(
    "West Bank: demolitions leave Bedouin families homeless",
    "Israeli authorities demolished [[22 structures|housing;a=OCHA]] in the Bedouin community of Umm al-Kheir south of Hebron, OCHA said, [[11 of them|housing;n=-;u=structure;a=OCHA]] homes. "
    "[[Eighty-three people|displaced;a=OCHA]], including [[40 children|displaced;a=OCHA]], were left homeless, it said.",
)

F(
    "Jenin: gunmen kill Israeli settlers near Eli",
    "A Palestinian gunman shot dead [[four Israelis|killed;a=Magen David Adom]] at a petrol station near the settlement of Eli, Magen David Adom said, and wounded [[four others|injured;a=Magen David Adom]]. "
    "The next day, [[about 400 settlers|combatants]] rampaged through the Palestinian town of Turmus Ayya.",
)

F(
    "Lebanon: Israeli strike hits Syrian refugee camp in Bekaa",
    "An Israeli strike near a camp for Syrian refugees in the Bekaa valley killed [[seven people|killed;a=Lebanon's state news agency]], Lebanon's state news agency said. "
    "[[Around 1.5 million Syrian refugees|displaced;a=the government]] live in Lebanon, according to the government. "
    "[[Some 35,000 tents|capacity;u=other]] in [[about 1,000 informal settlements|capacity;u=other]] house the refugees in the Bekaa.",
)

F(
    "Syria: families return to Homs old city ruins",
    "[[About 3,500 families|returned;a=the provincial governor]] have returned to the old city of Homs since rebels left under a deal in {{May 2014}}, the provincial governor said. "
    "[[More than 10,000 homes|housing;a=the provincial governor]] in the area were destroyed or badly damaged, he said.",
)

F(
    "Syria: Islamic State attack on Hasakah prison frees inmates",
    "Islamic State fighters attacked the Ghwayran prison in Hasakah, freeing [[dozens of inmates|other]] and taking [[more than 850 boys|kidnapped;a=Save the Children]] held there as shields, Save the Children said. "
    "The Kurdish-led SDF said [[374 IS militants|killed;a=The Kurdish-led SDF]] and [[121 of its fighters|killed;a=The Kurdish-led SDF]] had died in {{10 days}} of fighting. "
    "[[About 45,000 residents|displaced]] fled nearby neighbourhoods.",
)

F(
    "Iraq: Camp Speicher massacre suspects executed",
    "Iraq hanged [[36 men|killed;a=the justice ministry]] convicted over the Camp Speicher massacre, the justice ministry said. "
    "Islamic State fighters killed [[about 1,700 air force cadets|killed;a=Human Rights Watch]] after capturing the base near Tikrit in {{June 2014}}, according to Human Rights Watch.",
)

F(
    "Iraq: Islamic State militants ambush army patrol in Kirkuk",
    "Islamic State militants ambushed an army patrol south of Kirkuk, killing [[four soldiers|killed;a=security sources]] and wounding [[two|injured;a=security sources]], security sources said. "
    "Iraq says [[fewer than 500 IS fighters|combatants;a=Iraq]] remain active in the country.",
)

F(
    "Yemen: Houthis release Saudi-led coalition prisoners in swap",
    "The Houthis freed [[706 prisoners|other;a=the ICRC]], among them [[15 Saudis|other;a=the ICRC]], while the coalition freed [[181|other;a=the ICRC]] in the largest exchange of the war, the ICRC said. "
    "The Red Cross flew the detainees between Sanaa, Aden, Marib and Abha on [[15 flights|other]] over {{three days}}.",
)

F(
    "Hodeidah: US strikes on fuel port kill 74, Houthis say",
    "US airstrikes on the Ras Isa fuel port killed [[74 people|killed;a=the Houthi-run health ministry]] and wounded [[171|injured;a=the Houthi-run health ministry]], the Houthi-run health ministry said, most of them port workers. "
    "US Central Command said the strikes were meant to cut the group's fuel imports.",
)

F(
    "Yemen: Houthi missile hits Ben Gurion airport perimeter",
    "A ballistic missile fired from Yemen landed near Ben Gurion airport, injuring [[eight people|injured;a=Magen David Adom]], Magen David Adom said. "
    "Israeli warplanes struck the port of Hodeidah the next day, killing [[four|killed;a=Houthi media]], according to Houthi media.",
)

F(
    "Red Sea: Houthis say they have attacked 100 ships since November",
    "The Houthis have attacked [[more than 100 merchant ships|other;a=the Armed Conflict Location and Event Data Project]] since {{November 2023}}, sinking [[two|other;u=other;n=-;a=the Armed Conflict Location and Event Data Project]], according to the Armed Conflict Location and Event Data Project. "
    "[[Four seafarers|killed]] have been killed in the attacks.",
)

F(
    "Libya: migrants intercepted and returned to Tripoli detention",
    "The Libyan coast guard intercepted [[more than 1,200 migrants|other;a=the IOM]] at sea in a week and returned them to Libya, the IOM said. "
    "[[About 5,000 people|arrested;a=the agency;alt=the IOM]] are being held in official detention centres, the agency said.",
)

F(
    "Libya: militia clashes in Zawiya leave five dead",
    "Fighting between rival militias in Zawiya killed [[five people|killed;a=the Red Crescent]], [[two of them|killed;n=-;a=the Red Crescent]] children, the Red Crescent said. "
    "[[Dozens of families|displaced;a=the municipality]] fled the coastal road area, according to the municipality.",
)

F(
    "Iran: Israeli strike on Evin prison kills 79",
    "Iran's judiciary said the Israeli strike on Tehran's Evin prison had killed [[79 people|killed;a=Iran's judiciary]], including prisoners, staff and visitors. "
    "The prison held [[about 1,500 inmates|arrested;a=rights groups]] before the strike, rights groups estimate, and [[hundreds|arrested;a=rights groups]] were moved to other jails.",
)

F(
    "Iran: Zahedan crackdown on Friday prayer protest",
    "Security forces opened fire on protesters after Friday prayers in Zahedan, killing [[at least 66 people|killed;a=Amnesty International]], Amnesty International said. "
    "[[Sixteen of the dead|killed;n=dead]] were children, the group said.",
)

F(
    "Israel says Iranian missile barrage of 180 missiles mostly intercepted",
    "Iran fired [[about 180 ballistic missiles|other;a=the Israeli military]] at Israel on Tuesday evening, the Israeli military said. "
    "[[One man|killed]] was killed in the West Bank city of Jericho by falling debris, and [[two Israelis|injured]] were lightly hurt.",
)

F(
    "Pakistan: Kurram road reopens, aid convoy reaches Parachinar",
    "A convoy of [[60 trucks|aid;a=district officials]] carrying food and medicine reached Parachinar after the road was closed for {{three months}}, district officials said. "
    "[[About 120 children|killed;a=local hospitals]] have died for lack of medicine, according to local hospitals.",
)

F(
    "Pakistan: militants storm Bannu cantonment",
    "Suicide bombers drove [[two explosives-laden vehicles|other;a=the military]] into the Bannu cantonment, killing [[five soldiers|killed;a=the military]] and [[13 civilians|killed;a=the military]], the military said. "
    "Troops killed [[16 attackers|killed;a=the military]], it said.",
)

F(
    "Afghanistan: Taliban lift siege of Panjshir resistance",
    "The Taliban said they had taken control of Panjshir, killed [[about 600 resistance fighters|killed;a=The Taliban]] and captured [[more than 1,000|arrested;a=The Taliban]]. "
    "The National Resistance Front denied the claims.",
)

F(
    "Afghanistan: hostages freed in Kabul guesthouse attack",
    "Afghan special forces rescued [[more than 40 hostages|kidnapped;a=the interior ministry]] held in a Kabul guesthouse by [[four gunmen|combatants;a=the interior ministry]], the interior ministry said. "
    "[[Two foreign guests|killed]] and [[one police officer|killed]] died.",
)

F(
    "Myanmar: resistance forces free detained villagers",
    "A People's Defence Force unit freed [[23 villagers|kidnapped;a=the resistance group]] held by junta troops in a monastery in Sagaing, the resistance group said. "
    "[[Eleven junta soldiers|arrested;a=the resistance group]] were captured, it said.",
)

F(
    "Myanmar: junta strike on camp for displaced kills 29",
    "A junta airstrike and shelling of the Mung Lai Hkyet camp for displaced people near Laiza killed [[29 people|killed;a=the Kachin Independence Army]], [[13 of them|killed;n=-;a=the Kachin Independence Army]] children, the Kachin Independence Army said. "
    "[[About 60|injured]] were wounded and [[over 20 tents|capacity]] were burned in the camp, which housed [[about 400 people|displaced]].",
)

F(
    "Myanmar: Rohingya refugees deported from India",
    "Indian authorities deported [[40 Rohingya refugees|returned;a=the UN]] to Myanmar by forcing them into the sea near the border, the UN said. "
    "[[About 22,000 Rohingya|displaced;a=rights groups]] live in India, according to rights groups.",
)

F(
    "Kashmir: Indian forces kill three militants in Pulwama gunfight",
    "[[Three militants|killed;a=police]] were killed in a gunfight with security forces in Pulwama, police said, and [[two soldiers|injured;a=police]] were wounded. "
    "Police said [[about 70 militants|combatants;a=Police]] remain active in south Kashmir.",
)

F(
    "India-Pakistan: Poonch residents return after ceasefire",
    "[[Thousands of residents|returned]] of Poonch returned home after the ceasefire between India and Pakistan held for a {{third}} day. "
    "Pakistani shelling damaged [[at least 400 houses|housing;a=the district administration]] in the town, the district administration said.",
)

F(
    "Kashmir: Uri army base attack kills 17 soldiers",
    "[[Four militants|combatants;a=the army]] stormed an army base in Uri before dawn, killing [[17 soldiers|killed;a=the army]], the army said. "
    "[[All four attackers|killed]] were killed, and [[about 20 soldiers|injured]] were wounded, some seriously.",
)


F(
    "Kyiv Independent: Russian drone hits evacuation bus in Kherson",
    "A Russian drone struck a bus evacuating residents from Bilozerka, killing [[one woman|killed;a=the Kherson regional administration]] and injuring [[seven passengers|injured;a=the Kherson regional administration]], the Kherson regional administration said. "
    "[[Some 60,000 people|civilians]] still live in Kherson city, down from [[about 280,000|civilians]] before the invasion.",
)

F(
    "Ukraine: soldiers of 3rd Assault Brigade killed after surrender, Kyiv says",
    "Ukraine's prosecutor general said Russian troops had shot [[six soldiers|killed;a=Ukraine's prosecutor general]] of the {{3rd}} Assault Brigade after they surrendered near Pokrovsk. "
    "Kyiv says [[at least 150 Ukrainian prisoners|killed;a=Kyiv]] of war have been executed since {{2022}}.",
)

F(
    "Russia: Ukrainian drones force evacuation of Bryansk villages",
    "Russian authorities moved [[about 700 residents|displaced;a=the Bryansk governor]] of [[three border villages|other;a=the Bryansk governor]] after repeated Ukrainian drone strikes, the Bryansk governor said. "
    "[[Two civilians|killed]] were killed in the attacks last week.",
)

F(
    "Gaza: newborns die of cold in tent camps",
    "[[Seven infants|killed;a=Gaza's Health Ministry]] have died of hypothermia in tent camps since the start of winter, Gaza's Health Ministry said. "
    "UNRWA said [[about 945,000 people|aid;a=UNRWA]] need winter supplies, but it had delivered [[only 6,000 tarpaulins|aid;a=UNRWA]] in a month.",
)

F(
    "Gaza: journalists killed in strike on tent outside Nasser hospital",
    "An Israeli strike on a media tent outside Nasser hospital in Khan Younis killed [[two journalists|killed;a=the Committee to Protect Journalists]] and wounded [[nine|injured;a=the Committee to Protect Journalists]], the Committee to Protect Journalists said. "
    "The group says [[more than 170 journalists and media workers|killed;n=journalists and media workers;a=The group]] have been killed in Gaza since the war began.",
)

F(
    "Gaza: 20 killed in crush at aid distribution site",
    "[[Twenty people|killed;a=the Gaza Humanitarian Foundation]] died in a crush at an aid distribution site in Khan Younis, [[19 of them|killed;n=-;a=the Gaza Humanitarian Foundation]] trampled, the Gaza Humanitarian Foundation said. "
    "The foundation runs [[four distribution sites|other;a=The foundation;alt=the Gaza Humanitarian Foundation]] and says it has handed out [[more than 50 million meals|aid;a=The foundation;alt=the Gaza Humanitarian Foundation]].",
)

F(
    "Israel: soldiers killed as Hezbollah ambushes troops in south Lebanon",
    "[[Eight Israeli soldiers|killed;a=the Israeli military]] were killed in fighting in southern Lebanon on Wednesday, the Israeli military said, the heaviest loss since ground operations began. "
    "Hezbollah said it had destroyed [[three Merkava tanks|other;a=Hezbollah]].",
)

F(
    "Lebanon: Israeli strike on Beirut apartment kills Hamas deputy leader",
    "A drone strike on an apartment in Beirut's Dahiyeh killed Hamas deputy leader Saleh al-Arouri and [[six other people|killed;a=Lebanese security sources]], Lebanese security sources said. "
    "[[Two of the dead|killed;n=dead]] were commanders of the group's armed wing.",
)

F(
    "Syria: Israeli strike on Iranian consulate in Damascus",
    "An Israeli strike on Iran's consular building in Damascus killed [[seven members|killed;a=Iran's Revolutionary Guards]] of the Revolutionary Guards, including [[two generals|killed;a=Iran's Revolutionary Guards]], Iran's Revolutionary Guards said. "
    "The Syrian Observatory for Human Rights put the toll at [[16|killed;a=The Syrian Observatory for Human Rights]].",
)

F(
    "Syria: Druze fighters and Bedouin clans clash in Sweida",
    "Clashes between Druze fighters and Bedouin clans in Sweida province killed [[more than 1,000 people|killed;a=the Syrian Observatory for Human Rights]] in a week, the Syrian Observatory for Human Rights said. "
    "[[About 128,000 people|displaced;a=the IOM]] were displaced, according to the IOM, and [[1,500 Bedouin families|displaced]] were bussed out of the province.",
)

F(
    "Iraq: Iran-backed militias fire rockets at US embassy",
    "[[Seven rockets|other;a=security officials]] were fired at the US embassy compound in Baghdad, security officials said, and [[one|other;u=other;n=-;a=security officials]] hit a dining hall. "
    "[[Three staff members|injured]] were slightly hurt.",
)

F(
    "Yemen: Houthis abduct aid workers in Saada",
    "Houthi forces seized [[eight UN staff members|kidnapped;a=the UN]] in Saada province, the UN said, a week after the group took [[seven local employees|kidnapped;a=the UN]] of aid groups.",
)

F(
    "Pakistan: militants kill 23 in Musakhel highway attack",
    "Gunmen stopped [[22 vehicles|other;a=a local official]] on a highway in Musakhel district and killed [[23 passengers|killed;a=a local official]] after checking their identity cards, a local official said. "
    "The Baloch Liberation Army said it had killed [[102 soldiers|killed;a=The Baloch Liberation Army]] in coordinated attacks the same night, a claim the army denied.",
)

F(
    "Afghanistan: Islamic State attack on Kabul mosque kills worshippers",
    "A suicide bomber blew himself up during Friday prayers at a Shia mosque in Kabul, killing [[at least 21 worshippers|killed;a=a Taliban spokesman]] and wounding [[33|injured;a=a Taliban spokesman]], a Taliban spokesman said. "
    "Islamic State Khorasan claimed the attack.",
)

F(
    "Myanmar: Karenni fighters seize town, hundreds of troops surrender",
    "Karenni resistance forces took the town of Mese on the Thai border after [[more than 300 junta soldiers|combatants;a=the Karenni Nationalities Defence Force]] surrendered, the Karenni Nationalities Defence Force said. "
    "[[About 80 of them|arrested;n=-]] are being held as prisoners of war.",
)

F(
    "Myanmar: Rakhine hospital strike kills patients",
    "A junta airstrike on the general hospital in Mrauk-U killed [[33 people|killed;a=the Arakan Army]], among them [[10 patients|killed;a=the Arakan Army]], the Arakan Army said. "
    "[[More than 70|injured]] were wounded.",
)

F(
    "Kashmir: villagers evacuated from Kupwara border area",
    "Authorities evacuated [[around 300 families|displaced;a=the deputy commissioner]] from villages near the Line of Control in Kupwara after shelling destroyed [[14 houses|housing;a=the deputy commissioner]], the deputy commissioner said. "
    "[[Six relief camps|capacity]] have been set up in government schools.",
)

F(
    "Israel: Eilat hit by drone from Yemen, 22 wounded",
    "A drone launched from Yemen hit a hotel area in Eilat, wounding [[22 people|injured;a=Magen David Adom]], [[two of them|injured;n=-;a=Magen David Adom]] seriously, Magen David Adom said. "
    "The Houthis said they had launched [[two drones|other;a=The Houthis]] at the city.",
)


F(
    "Gaza: families search for relatives missing after strike on Jabalia block",
    "[[Between 30 and 40 people|missing;a=the civil defence]] are still under the rubble of a residential block in Jabalia hit on Tuesday night, the civil defence said. "
    "Rescuers have recovered [[18 bodies|killed]] so far with their bare hands.",
)

F(
    "Ukraine: dozens missing after Russian strike on Ternopil",
    "[[At least 25 people|killed;a=the State Emergency Service]] were killed and [[22|missing;a=the State Emergency Service]] remain missing after Russian missiles hit [[two apartment blocks|housing;a=the State Emergency Service]] in Ternopil, the State Emergency Service said. "
    "Russia fired [[476 drones|other;a=the air force]] and [[48 missiles|other;a=the air force]] across Ukraine that night, the air force said.",
)

F(
    "Myanmar: villagers missing after junta raid in Magway",
    "[[Twelve villagers|missing;a=residents]] have been missing since junta troops raided Kyauk Hlay village, residents told Radio Free Asia, and [[between 200 and 300 houses|housing;a=residents]] were burned.",
)

F(
    "Red Sea: sailors missing after Houthi attack on bulk carrier",
    "[[Two sailors|missing;a=the ship's operator]] were missing and [[three|injured;a=the ship's operator]] injured after a Houthi drone boat hit the bulk carrier off Hodeidah, the ship's operator said. "
    "[[Nineteen crew members|other]] abandoned ship and were picked up by a passing vessel.",
)


# ---- end of texts (batches are inserted above this line)


if __name__ == "__main__":
    sys.exit(main())
