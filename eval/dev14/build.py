"""Build eval/dev14/figures.jsonl from the hand-written texts below.

A fourteenth tuning set for the figure extractor: longer news stories (4 to 8 sentences) from
mixed outlets (local papers, national broadcasters, features, human-rights reports, court and
police reporting) about conflict, political violence, unrest, crackdowns, massacres, kidnappings
for ransom by armed groups, mass arrests, prison breaks, militia recruitment, land-mine casualties
and their aftermath, in Africa, Latin America, South and Southeast Asia, the Middle East and
Eastern Europe, 2011-2025. The hard part built in: figures whose category depends on an earlier
sentence ("By Friday 4,300 had reached Gao"), figures referred back to ("the 46 abducted
pupils"), corrected and cumulative counts, and sentences where two or three categories meet.

The span parser, the unit helper and the validator are copied from eval/dev10/build.py (same
inline-mark format, itself copied from dev7, dev6 and dev4). Changes for dev14 are marked "dev14"
in the code: the cross-set checks also cover dev9 and dev10 (their figures.jsonl only, loaded to
check that no title or text is shared), ids are "w0001"... shuffled with seed 14, and a few more
nouns for the unit helper.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 14) with ids
"w0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev14/build.py            # write figures.jsonl and validate it
    python eval/dev14/build.py --table    # also print all figures as a table
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
    # added for dev14
    "landmines",
    "speedboats",
    "boxes",
    "graves",
    "jeeps",
    "roadblocks",
    "helicopters",
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
)  # dev14: eval/, dev2-dev10, their figures.jsonl only, to check that no title or text is shared
# (their labels were not studied; eval/holdout/ and dev11 are not opened)


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
        errs += [f"duplicate {key} in dev14: {k!r}" for k, n in mine.items() if n > 1]
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
    recs = assign_ids(recs, "w", 14)  # dev14
    path = HERE / "figures.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(path)  # re-read and re-validate what was written
    assert back == recs
    assert len({r["id"] for r in back}) == len(back)
    assert not validate_figures(back) and not check_apart(back)
    # bench/quality.py --set eval/dev14 opens conflict.jsonl too; this set has no conflict part, so
    # an empty file is written (the bench loads it as 0 texts and its conflict metrics are all 0)
    (HERE / "conflict.jsonl").write_text("", encoding="utf-8")
    print("written:", path, HERE / "conflict.jsonl", "(empty)")
    return 0


FIGURES: list[tuple[str, str, list[str]]] = []


def F(title: str, text: str, extra_negatives: list[str] | None = None) -> None:
    FIGURES.append((title, text, extra_negatives or []))


# ====================================================================== texts

# ---------------------------------------------------------------- Sahel: Mali, Burkina Faso, Niger

F(
    "Mali: villagers walk to Gao after raid on Ouatagouna hamlets",
    "Gunmen on motorbikes attacked [[three hamlets|other;a=local officials]] near Ouatagouna on the night of {{August 8}}, {{2021}}, and residents began fleeing toward the regional capital, local officials said. "
    "[[At least 51 villagers|killed;a=the officials;alt=local officials]] were shot, most of them men working in the fields, the officials said. "
    "By Friday [[4,300|displaced]] had reached Gao, a journey of more than {{150 km}} along the {{N17}} road. "
    "[[Some 800|displaced]] are sheltering in [[two schools|capacity]] near the river port, and the rest are staying with relatives. "
    "The regional health director said [[17 wounded|injured;n=wounded;a=The regional health director]] had been brought to Gao hospital by army convoy, [[two of them|killed;n=-;a=The regional health director]] children who later died.",
)

F(
    "Burkina Faso: Djibo blockade leaves town short of food",
    "For more than {{two years}} jihadists of JNIM have encircled Djibo, cutting the roads and blowing up bridges. "
    "[[About 300,000 people|civilians;a=the humanitarian coordinator]] live in the town, most of them displaced from surrounding villages, according to the humanitarian coordinator. "
    "A convoy of [[150 trucks|aid]] escorted by the army reached the town in {{May 2023}}, the first in {{five months}}. "
    "On the way back, militants ambushed the escort and killed [[17 soldiers|killed;a=the army]] and [[36 volunteers|killed;a=the army]] of the VDP civil defence force, the army said. "
    "Residents interviewed by telephone said a sack of millet now costs {{40,000 CFA francs}}, {{four times}} its price before the siege.",
)

F(
    "Burkina Faso: army recruits 50,000 civil defence volunteers",
    "The transitional government in Ouagadougou launched a drive in {{October 2022}} to recruit [[50,000 volunteers|combatants;p;a=The transitional government in Ouagadougou]] for the Volunteers for the Defence of the Homeland, it said. "
    "Recruits receive {{14 days}} of training and a monthly allowance of {{60,000 CFA francs}}. "
    "By the end of the year [[more than 90,000|combatants;a=the defence ministry]] had signed up, the defence ministry said, nearly twice the target. "
    "Rights groups say the volunteers have been involved in reprisals: Human Rights Watch documented the killing of [[at least 156 civilians|killed;a=Human Rights Watch]] by soldiers and volunteers in the village of Karma in {{April 2023}}. "
    "The army denies involvement.",
)

F(
    "Niger: soldiers killed near Tillaberi as new junta faces first test",
    "Militants ambushed an army column near Koutougou in the Tillaberi region on Tuesday, the defence ministry said in a statement read on state television. "
    "[[Seventeen soldiers|killed;a=the defence ministry]] were killed and [[20 others|injured;a=the defence ministry]] wounded, [[six of them|injured;n=-;a=the defence ministry]] seriously, it said. "
    "The ministry said troops had 'neutralised' [[more than 100 terrorists|killed;a=The ministry]] as they pulled back toward the Malian border. "
    "The wounded were flown to Niamey, about {{110 km}} away. "
    "It was the deadliest attack since the coup of {{July 26}}.",
)

F(
    "Mali: relatives search for men taken during Moura operation",
    "{{Five days}} after Malian troops and foreign fighters sealed off the market town of Moura in {{March 2022}}, families are still looking for their sons. "
    "A UN human rights report later found that [[at least 500 people|killed;a=A UN human rights report]] were executed over the {{five-day}} operation, most of them after they had been rounded up. "
    "[[Some 58 women and girls|other;n=women and girls;a=the report;alt=A UN human rights report]] were subjected to sexual violence, the report said. "
    "Residents said [[about 20 men|missing;a=Residents]] who were taken away by helicopter have not been seen since. "
    "The army said it had killed [[203 militants|killed;a=The army]] and arrested [[51|arrested;a=The army]].",
)

F(
    "Niger: Diffa camps swell after Boko Haram raids on islands",
    "Boko Haram fighters in canoes raided fishing islands on Lake Chad in early {{June}}, burning [[at least 40 huts|housing;u=structure]] and seizing boats. "
    "[[Nearly 11,000 people|displaced;a=the UN refugee agency]] have since arrived in Diffa region, the UN refugee agency said, adding to the [[240,000|displaced;a=the UN refugee agency]] it already counted there. "
    "Most of the newcomers are women and children; [[some 2,600|displaced]] are staying at the Kidjendi site, which was built for [[1,500|capacity]]. "
    "The agency has flown in [[1,800 tents|aid;a=The agency;alt=the UN refugee agency]] and plans to open [[two more sites|capacity;p;a=The agency;alt=the UN refugee agency]] by the end of the month, it said.",
)

F(
    "Burkina Faso: survivors describe Barsalogho trench attack",
    "Villagers had been ordered by soldiers to dig a defensive trench around Barsalogho when JNIM fighters arrived on a Saturday morning in {{August 2024}}. "
    "The government has not given a toll, but a security assessment seen by the newspaper put the number of dead at [[about 400|killed;a=a security assessment]]. "
    "JNIM itself claimed to have killed [[300 'militiamen'|killed;a=JNIM;n=militiamen]], a claim residents reject. "
    "At the Kaya hospital, [[more than 140 patients|injured;a=a nurse]] were treated for gunshot wounds over {{two nights}}, a nurse said. "
    "Many families have since left for Kaya, {{45 km}} to the south, and [[about 1,000 households|displaced;a=the local authorities]] had registered there by Wednesday, according to the local authorities.",
)

F(
    "Mali: Timbuktu residents return after blockade eases",
    "The blockade that JNIM imposed on Timbuktu in {{August 2023}} cut the city off from food supplies and sent [[thousands|displaced]] fleeing to Mauritania. "
    "With boats running again on the river, [[about 6,000|returned;a=the regional directorate of social development]] of those who fled have come back, according to the regional directorate of social development. "
    "[[At least 80,000 Malians|displaced;a=UNHCR]] remain in the Mbera camp across the border, UNHCR says, a camp designed for [[about 50,000|capacity;a=UNHCR]]. "
    "Traders said the price of a {{50-kg}} bag of rice had fallen from {{35,000}} to {{22,000 CFA francs}} since the ferries resumed. "
    "The governor told local radio that [[12,000 residents|returned;p;a=The governor]] were expected back before the rains.",
)

F(
    "Niger: gunmen abduct worshippers near Tera",
    "Gunmen surrounded a mosque in a village near Tera during Friday prayers and took [[at least 23 worshippers|kidnapped;a=a local councillor]], a local councillor said on Saturday. "
    "The attackers, believed to be from the Islamic State Sahel Province, also burned [[a dozen shops|housing;u=structure]] and drove off [[about 300 cattle|other]]. "
    "Soldiers sent from Tera found the bodies of [[four men|killed]] on the road out of the village. "
    "[[Nine|kidnapped;a=the councillor;alt=a local councillor]] of the hostages escaped during the night and walked back, the councillor said; the others are still being held. "
    "The region has been under a state of emergency since {{2017}}.",
)

F(
    "Burkina Faso: landmine blasts kill travellers on Fada road",
    "Improvised mines planted on the road between Fada N'Gourma and Kantchari have killed [[at least 35 civilians|killed;a=a security source]] since January, a security source told AFP. "
    "The latest blast, on Monday, hit a bus carrying wedding guests: [[14 passengers|killed;a=the source;alt=a security source]] died and [[22|injured;a=the source;alt=a security source]] were hurt, the source said. "
    "Mine clearance teams have removed [[more than 70 devices|other;a=the army]] from the {{N4}} highway this year, according to the army. "
    "Transporters have raised fares on the route by {{40%}}.",
)

F(
    "Nigeria: Kuriga pupils freed two weeks after school raid",
    "Gunmen on motorcycles stormed the LEA primary and secondary school in Kuriga, Kaduna State, on {{March 7, 2024}}, shortly after the morning assembly. "
    "The school said [[287 pupils|kidnapped;a=The school]] were missing that day, but the state government later put the number of abducted pupils at [[137|kidnapped;a=the state government]]. "
    "Governor Uba Sani announced on Sunday that [[all 137|kidnapped;a=Governor Uba Sani]] had been freed. "
    "[[One teacher|killed;a=the governor;alt=Governor Uba Sani]] had died in captivity, the governor said. "
    "The kidnappers had demanded {{1 billion naira}}; officials said no ransom was paid.",
)

F(
    "Nigeria: bandits kill farmers in Zamfara as harvest begins",
    "Armed bandits attacked farmers in Maradun local government area on Tuesday, residents said, the latest in a string of raids timed to the harvest. "
    "[[Twenty-one farmers|killed;a=a community leader]] were killed and [[more than 40 others|kidnapped;a=a community leader]] taken to the forest, a community leader told the Daily Trust. "
    "Police confirmed [[13 deaths|killed;a=Police]] and said [[eight of the abducted|kidnapped;n=abducted;a=Police]] had been rescued by a joint team of police and vigilantes. "
    "The bandits had demanded a levy of {{5 million naira}} from the community in August, residents said. "
    "[[Hundreds of families|displaced]] have since moved into Maradun town.",
)

F(
    "Nigeria: Kuje prison attack frees hundreds of inmates",
    "Islamic State West Africa Province fighters attacked the medium-security prison at Kuje, near Abuja, with explosives late on {{July 5, 2022}}. "
    "[[879 inmates|other;a=the Nigerian Correctional Service]] escaped, the Nigerian Correctional Service said, among them [[64|other;a=the Nigerian Correctional Service]] held on terrorism charges. "
    "[[One guard|killed]] was killed and [[four inmates|killed]] died in the attack. "
    "By Thursday [[443 of the escapees|arrested;a=the service;alt=the Nigerian Correctional Service]] had been recaptured, the service said, while the rest remain at large. "
    "The prison held [[994 inmates|arrested;a=officials]] on the night of the raid, officials said, though it was built for [[560|capacity;a=officials]].",
)

F(
    "Nigeria: security forces fire on #EndBadGovernance protesters",
    "Protests against the cost of living turned violent in several northern cities in {{August 2024}}, with looting of warehouses and clashes with police. "
    "Amnesty International said [[at least 21 protesters|killed;a=Amnesty International]] had been shot dead by security forces, a toll the police rejected. "
    "The Inspector-General of Police said [[more than 1,000 people|arrested;a=The Inspector-General of Police]] had been arrested nationwide and [[seven|killed;a=The Inspector-General of Police]] had died, [[six police officers|injured;a=The Inspector-General of Police]] were wounded. "
    "In Kano, the state government imposed a {{24-hour}} curfew. "
    "[[Seventy-six|arrested;a=the federal prosecutor]] of those detained were later charged with treason, the federal prosecutor said, including [[32 minors|arrested;a=the federal prosecutor]].",
)

F(
    "Nigeria: Borno farmers killed near Zabarmari",
    "Jihadists tied up and executed rice farmers working in fields near Zabarmari, {{20 km}} from Maiduguri, on a Saturday in {{November 2020}}. "
    "The bodies of [[43 farmers|killed;a=the Borno State government]] were buried on Sunday, the Borno State government said, but a UN official put the toll at [[at least 110|killed;a=a UN official]]. "
    "[[Six|injured]] of the survivors were being treated in Maiduguri, and [[eight|missing;a=the farmers' association]] were still missing on Monday, the farmers' association said. "
    "Many of the labourers had come from Sokoto State, more than {{1,000 km}} away, to work for {{5,000 naira}} a day.",
)

F(
    "Cameroon: separatists burn homes in North-West village",
    "Armed separatists raided the village of Mbengwi in Cameroon's North-West region overnight, residents told the Guardian Post. "
    "They set fire to [[at least 36 houses|housing;a=residents]] and the village health centre, residents said. "
    "[[Five people|killed]], including a {{70-year-old}} traditional leader, were killed. "
    "The fighters accused the village of disobeying their lockdown, which bans movement every Monday since {{2017}}. "
    "According to the Norwegian Refugee Council, [[more than 600,000 people|displaced;a=the Norwegian Refugee Council]] have been forced from their homes in the English-speaking North-West and South-West regions since the crisis began.",
)

F(
    "Cameroon: Boko Haram suicide attack on Mozogo displacement site",
    "A suicide bomber blew herself up at night among displaced families sleeping in the open at Mozogo, in Cameroon's Far North. "
    "[[At least 18 people|killed;a=a local official]] were killed and [[11|injured;a=a local official]] wounded, a local official said. "
    "The site houses [[about 1,500 displaced people|displaced;a=the UN]] who fled earlier Boko Haram attacks on villages near the Nigerian border, according to the UN. "
    "The army has deployed [[200 extra soldiers|combatants;a=The army]] to the area, it said. "
    "Boko Haram has been active in the Far North since {{2014}}.",
)

F(
    "Nigeria: vigilantes and soldiers free kidnapped travellers in Kogi",
    "Gunmen who blocked the Lokoja-Abuja highway on Wednesday evening took [[at least 30 travellers|kidnapped;a=police]] from their vehicles, police said. "
    "On Saturday a joint team of soldiers and local hunters raided the camp in the forest and rescued [[19 of them|kidnapped;n=-]]. "
    "[[Two suspected kidnappers|killed;a=the police spokesman]] were killed in the gun battle and [[three others|arrested;a=the police spokesman]] arrested, the police spokesman said; [[one soldier|injured;a=the police spokesman]] was hurt. "
    "The kidnappers had asked families for {{2 million naira}} per person. "
    "[[The remaining 11|kidnapped]] are believed to have been moved deeper into the forest.",
)

F(
    "Niger: Nigerian refugees flee Sokoto bandits into Maradi",
    "Refugees have been crossing from Nigeria's Sokoto State into Niger's Maradi region since bandits stepped up raids in early {{2021}}. "
    "UNHCR said [[about 11,500 refugees|displaced;a=UNHCR]] had arrived in {{May}} alone. "
    "The agency is moving them away from the border to villages of opportunity, where [[1,200 shelters|capacity;a=The agency;alt=UNHCR]] have been built for them, it said. "
    "Local host families have taken in [[thousands|displaced]] more. "
    "Niger already hosts [[more than 250,000 refugees|displaced;a=the government]] from Nigeria and Mali, the government says.",
)

F(
    "Nigeria: court remands 67 Shiite protesters in Abuja",
    "A Federal High Court in Abuja ordered that [[67 members|arrested;a=prosecutors]] of the Islamic Movement in Nigeria be held at Kuje prison for {{30 days}}, prosecutors said. "
    "They were arrested after a procession to demand the release of their leader turned violent on {{July 22}}. "
    "Police said [[one deputy commissioner|killed;a=Police]] and [[one journalist|killed;a=Police]] were killed in the clashes; the movement says [[six members|killed;a=the movement]] died. "
    "The group was banned under {{Section 2}} of the Terrorism Prevention Act. "
    "The judge adjourned the case, {{FHC/ABJ/CR/146/2019}}, to {{August 22}}.",
)

F(
    "Nigeria: army says 10,000 Boko Haram members have surrendered",
    "Nigeria's military says [[more than 10,000 Boko Haram and ISWAP members|combatants;n=members;a=Nigeria's military]] have surrendered in the northeast since the death of Abubakar Shekau in {{2021}}. "
    "[[About 2,100|combatants;a=officials]] of them are fighters and the rest are wives and children, officials said at a briefing in Maiduguri. "
    "They are held at the Hajj camp, which has room for [[3,000|capacity]]. "
    "The Borno governor has said the process will take {{two years}}. "
    "Victims' groups have protested against plans to resettle [[400 of the former fighters|returned;p]] in their old communities.",
)

F(
    "Burkina Faso: aid drops reach Arbinda by helicopter",
    "With the roads mined and convoys attacked, the World Food Programme has been flying food into besieged towns in northern Burkina Faso. "
    "Its helicopters carried [[about 340 tonnes|aid;a=the World Food Programme]] of cereals to Arbinda, Djibo and Sebba in {{March}}, it said. "
    "[[Nearly 1 million people|civilians;a=the agency;alt=the World Food Programme]] live in areas under blockade, the agency estimated. "
    "In Arbinda, [[some 60,000|civilians]] share [[four working wells|other]]. "
    "The flights cost about {{$12,000}} an hour.",
)

F(
    "Mali: Wagner and troops accused of killings near Niono",
    "Herders in the Niono circle say soldiers and Russian fighters arrived at the weekly market of Diafarabe on a Tuesday and took away [[about 30 men|missing;a=Herders in the Niono circle;alt=Herders]]. "
    "[[Twenty of them|killed;a=a local rights group;n=-]] were later found dead in a pit near the river, a local rights group said. "
    "The army said it had carried out an operation against terrorists and arrested [[eight suspects|arrested;a=The army]]. "
    "Human Rights Watch has counted [[at least 300 civilians|killed;a=Human Rights Watch]] killed by the army and its allies in central Mali since {{December 2023}}. "
    "The United Nations mission left Mali on {{December 31}}, 2023, after {{10 years}}.",
    ["2023"],
)
# ---------------------------------------------------------------- Latin America

F(
    "El Salvador: rights group tallies deaths in custody under state of exception",
    "El Salvador's state of exception, declared in {{March 2022}} after gangs killed [[87 people|killed]] in a weekend, has been renewed more than {{30}} times. "
    "Security forces have detained [[more than 83,000 people|arrested;a=the government]] accused of gang ties, according to the government. "
    "The rights group Socorro Juridico Humanitario says it has documented [[at least 350 deaths|killed;a=The rights group Socorro Juridico Humanitario]] in prison custody, many with signs of beatings. "
    "[[About 8,000|arrested;a=the justice minister]] of those detained have been released for lack of evidence, the justice minister said. "
    "The new mega-prison at Tecoluca, known as CECOT, was built for [[40,000 inmates|capacity]].",
    ["30"],
)

F(
    "Colombia: ELN frees soldiers and police held in Arauca",
    "The ELN guerrilla on Sunday released [[six soldiers|kidnapped;a=the Ombudsman's Office]] and [[two police officers|kidnapped;a=the Ombudsman's Office]] it had been holding in the department of Arauca, the Ombudsman's Office said. "
    "A humanitarian commission with delegates of the Catholic Church and the ICRC collected them in a rural area of Fortul and flew them to Saravena. "
    "The group is still holding [[at least 38 people|kidnapped;a=the government]], the government says, a figure the ELN disputes. "
    "Peace talks were suspended in {{January 2025}} after fighting in the Catatumbo region forced [[more than 50,000 people|displaced]] from their homes. "
    "Ten days after the fighting began, [[about 11,000|displaced;a=the city's mayor]] were still sleeping in sports halls in Cucuta, the city's mayor said.",
    ["Ten days"],
)

F(
    "Haiti: gangs storm Croix-des-Bouquets prison, freeing inmates",
    "Armed gangs attacked the civil prison of Croix-des-Bouquets on a Saturday night, after a similar assault on the National Penitentiary in Port-au-Prince had freed most of its inmates. "
    "The prison held [[about 1,000 detainees|arrested;a=a prison official]], a prison official said; by morning only [[30|arrested;a=a prison official]] were still in their cells. "
    "Correction: the official later said [[1,033 inmates|arrested;a=the official;alt=a prison official]] had been registered on the day of the attack. "
    "[[Four guards|killed]] were killed. "
    "The International Organization for Migration says gang violence has now displaced [[more than 360,000 people|displaced;a=The International Organization for Migration]] across Haiti, [[about 160,000|displaced;a=The International Organization for Migration]] of them in the capital.",
)

F(
    "Haiti: massacre in Cite Soleil blamed on gang leader's revenge",
    "A gang leader in the Wharf Jeremie area of Cite Soleil ordered the killing of elderly residents he accused of witchcraft after his child fell ill, the National Human Rights Defense Network said. "
    "[[At least 184 people|killed;a=the UN]] were killed over the weekend of {{December 6}}, according to the UN, most of them over the age of {{60}}. "
    "[[Dozens|missing]] more are missing, relatives told the network. "
    "[[Some 1,000 people|displaced;a=the International Organization for Migration]] fled the neighbourhood by boat, the International Organization for Migration said. "
    "The bodies were burned, and rights groups say identification may take months.",
)

F(
    "Mexico: families search for migrants taken from bus in Tamaulipas",
    "Armed men stopped a bus on the highway between Reynosa and Monterrey on {{January 30}} and took [[31 migrants|kidnapped;a=the National Migration Institute]], most of them Venezuelans, the National Migration Institute said. "
    "Police freed [[all 31|kidnapped;a=the state security spokesman]] four days later in a house in Reynosa, the state security spokesman said. "
    "[[Two men|arrested]] were detained at the house. "
    "Aid groups say kidnapping for ransom along the border is routine: the Jesuit Refugee Service counted [[about 3,700 migrants|kidnapped;a=the Jesuit Refugee Service]] abducted in {{2023}}. "
    "Relatives are usually asked for {{$2,000}} to {{$5,000}} a person.",
    ["four days"],
)

F(
    "Mexico: residents flee cartel drones in Michoacan villages",
    "Fighting between the Jalisco New Generation cartel and local groups in the Tierra Caliente of Michoacan has emptied several villages, the diocese of Apatzingan said. "
    "[[About 800 families|displaced]] have left El Aguaje and nearby communities since drones began dropping explosives on homes. "
    "[[Some 200 homes|housing]] stand empty and [[at least 40|housing;u=structure]] have been damaged. "
    "The army says it has sent [[1,500 soldiers|combatants;a=The army]] and [[four helicopters|other;a=The army]] to the area. "
    "The bishop said the road to Apatzingan, {{50 km}} away, is blocked by [[12 roadblocks|other;a=The bishop]] manned by gunmen.",
)

F(
    "Ecuador: army takes control of Guayaquil prison after riot",
    "Soldiers and police entered the Litoral penitentiary in Guayaquil on Friday, {{two days}} after a riot between rival gangs that the authorities said was the worst in the country's history. "
    "[[At least 118 inmates|killed;a=the prosecutor's office]] were killed, [[five of them|killed;n=-;a=the prosecutor's office]] beheaded, according to the prosecutor's office. "
    "[[Eighty-six|injured;a=the prison service]] were wounded, the prison service said. "
    "The prison holds [[about 8,500 inmates|arrested;a=the service;alt=the prison service]] and was built for [[5,300|capacity;a=the service;alt=the prison service]], the service said. "
    "President Guillermo Lasso declared a state of emergency in the prison system for {{60 days}} and deployed [[3,600 police and soldiers|combatants;n=police and soldiers;a=President Guillermo Lasso]].",
)

F(
    "Venezuela: mass arrests after disputed election",
    "Security forces and pro-government groups detained protesters in the days after the {{July 28}} election, which the opposition says it won. "
    "President Nicolas Maduro said [[more than 2,000 people|arrested;a=President Nicolas Maduro]] had been captured and would be sent to high-security prisons. "
    "The rights group Foro Penal has verified [[1,581 political prisoners|arrested;a=The rights group Foro Penal]], [[114 of them|arrested;n=-;a=The rights group Foro Penal]] teenagers. "
    "[[At least 24 people|killed;a=the Inter-American Commission on Human Rights]] were killed in the protests, according to the Inter-American Commission on Human Rights. "
    "In November the courts released [[225 detainees|arrested;a=the attorney general]], the attorney general said.",
)

F(
    "Colombia: armed group recruits children in Cauca schools, ombudsman warns",
    "The Ombudsman's Office said on Tuesday that FARC dissident fronts are recruiting children through social media and in schools in northern Cauca. "
    "It recorded [[at least 409 children|combatants;a=The Ombudsman's Office]] recruited by armed groups in {{2024}}, {{more than half}} of them Indigenous. "
    "Indigenous guards rescued [[21 minors|combatants]] from an armed camp in Toribio in October. "
    "[[Five Indigenous leaders|killed;a=the ACIN association]] who opposed the recruitment have been killed this year, the ACIN association said.",
)
# ---------------------------------------------------------------- Middle East

F(
    "Syria: families return to Maarat al-Numan to find homes in ruins",
    "[[Thousands of people|returned]] who fled the Idlib countryside during the government offensive of {{2019}} have begun going back since the fall of the Assad government in {{December 2024}}. "
    "In Maarat al-Numan, a town of [[120,000|civilians;a=the local council]] before the war, [[about 4,000 families|returned;a=the local council]] have returned, the local council said. "
    "Most find their houses looted or flattened: the council counts [[some 9,000 homes|housing;a=the council;alt=the local council]] destroyed or badly damaged. "
    "[[Nearly 1,200 families|displaced]] still live in tents pitched beside their ruined houses. "
    "UNHCR said [[more than 280,000 Syrians|returned;a=UNHCR]] had returned from abroad by February, and [[about 800,000|returned;a=UNHCR]] displaced people had gone back to their areas inside the country.",
)

F(
    "Iraq: Yazidi survivors still missing a decade after Sinjar attack",
    "Islamic State fighters overran Sinjar in {{August 2014}}, killing and enslaving members of the Yazidi minority. "
    "The Yazidi rescue office in Dohuk says [[6,417 Yazidis|kidnapped;a=The Yazidi rescue office in Dohuk]] were abducted, and that [[3,576 of them|kidnapped;n=-;a=The Yazidi rescue office in Dohuk]] have been rescued or freed since. "
    "[[About 2,600|missing;a=the office;alt=The Yazidi rescue office in Dohuk]] remain missing, the office said on the tenth anniversary. "
    "[[More than 200,000 Yazidis|displaced;a=the International Organization for Migration]] still live in camps in the Kurdistan Region, according to the International Organization for Migration. "
    "They are spread over [[23 camps|capacity]], which the Kurdish regional government plans to close. "
    "Investigators have exhumed [[more than 90 mass graves|other]] in the Sinjar district.",
    ["tenth"],
)

F(
    "Yemen: Houthi court sentences aid workers' colleagues, UN says staff still held",
    "A Houthi-run court in Sanaa sentenced [[11 people|arrested;a=the group's Saba news agency]] to death in {{January}} on spying charges, the group's Saba news agency reported. "
    "The United Nations said the Houthis are still holding [[13 UN staff|kidnapped;a=The United Nations]] detained in raids in {{June 2024}}, along with [[more than 50 employees|kidnapped;a=The United Nations]] of NGOs, civil society groups and an embassy. "
    "[[One WFP staff member|killed]] died in custody in {{February 2025}}. "
    "The UN has relocated its coordinator for Yemen from Sanaa to Aden.",
)

F(
    "Gaza: families move again as evacuation orders cover Khan Younis",
    "The Israeli military ordered residents of eastern Khan Younis to move to the coastal area of al-Mawasi on Monday, the latest in a string of evacuation orders. "
    "[[About 250,000 people|civilians;a=the UN relief agency UNRWA]] had been living in the area covered by the order, the UN relief agency UNRWA said. "
    "Many had already been displaced {{four or five}} times since {{October 2023}}. "
    "In al-Mawasi, [[some 30 families|displaced]] share each latrine block. "
    "The Gaza health ministry said [[at least 70 people|killed;a=The Gaza health ministry]] were killed in strikes across the strip in the previous {{24 hours}} and [[more than 200|injured;a=The Gaza health ministry]] were injured.",
)

F(
    "West Bank: settlers attack Palestinian village, burning houses and cars",
    "[[Dozens of Israeli settlers|combatants]] attacked the village of Huwara in the occupied West Bank on Sunday night, hours after [[two Israelis|killed]] were shot dead at a nearby junction. "
    "The Palestinian Red Crescent said [[one Palestinian man|killed;a=The Palestinian Red Crescent]] was shot dead and [[about 100|injured;a=The Palestinian Red Crescent]] were hurt, most by tear gas. "
    "[[More than 30 houses|housing;a=the village council]] and [[100 cars|other;a=the village council]] were torched, according to the village council. "
    "The Israeli army said it had arrested [[eight settlers|arrested;a=The Israeli army]], but [[six|arrested;a=a police source]] were released within a day, a police source said. "
    "The UN says settler attacks have displaced [[more than 1,200 Palestinians|displaced;a=The UN]] from herding communities since {{October 2023}}.",
)

F(
    "Lebanon: displaced crowd Beirut schools as strikes hit south",
    "The escalation between Israel and Hezbollah in {{September 2024}} sent families from the south and the Bekaa fleeing north overnight. "
    "The government said [[about 1 million people|displaced;a=The government]] had left their homes. "
    "[[Some 900 collective shelters|capacity;a=the disaster management unit]], most of them public schools, had opened across the country by the end of the week, and [[more than 770 of them|capacity;n=-;u=structure;a=the disaster management unit]] were full, the disaster management unit said. "
    "[[More than 300,000 people|displaced;a=the Syrian authorities]], Lebanese and Syrians, crossed into Syria, according to the Syrian authorities. "
    "The Lebanese health ministry said strikes had killed [[558 people|killed;a=The Lebanese health ministry]] on {{September 23}} alone, including [[50 children|killed;a=The Lebanese health ministry]].",
)

F(
    "Iran: executions rise after protest crackdown, rights group says",
    "Iran Human Rights, an Oslo-based group, said on Tuesday that the authorities had executed [[at least 834 people|killed;a=Iran Human Rights]] in {{2023}}, the highest number in {{eight years}}. "
    "Among them were [[eight men|killed;a=Iran Human Rights]] convicted in cases linked to the protests that followed the death of Mahsa Amini in custody in {{September 2022}}. "
    "The group says [[at least 551 protesters|killed;a=The group;alt=Iran Human Rights]] were killed by security forces during the protests and [[tens of thousands|arrested;a=The group;alt=Iran Human Rights]] were arrested. "
    "The judiciary said in {{February 2023}} that [[about 22,000 people|arrested;a=The judiciary]] detained during the unrest had been pardoned.",
)

F(
    "Syria: Alawite villagers recount coastal killings",
    "Armed men in military uniform entered villages around Baniyas in {{March 2025}}, going house to house, survivors said. "
    "The Syrian Observatory for Human Rights said [[1,383 civilians|killed;a=The Syrian Observatory for Human Rights]], most of them Alawites, were killed over several days. "
    "[[About 9,000 people|displaced;a=the UN]] fled into Lebanon, the UN said, and [[hundreds|displaced]] more took refuge at the Russian air base at Hmeimim. "
    "An investigative committee appointed by the interim president said it had identified [[298 suspects|other;a=An investigative committee appointed by the interim president]] and referred [[31|arrested;a=An investigative committee appointed by the interim president]] who were in custody to the judiciary. "
    "The committee was given {{30 days}}, then an extension of {{three months}}.",
)

F(
    "Iraq: protesters shot in Nasiriyah as demonstrations resume",
    "Security forces opened fire on protesters blocking a bridge in Nasiriyah on Thursday, {{two months}} into the protest movement that began on {{October 1}}. "
    "[[At least 25 protesters|killed;a=medical sources]] were killed and [[more than 200|injured;a=medical sources]] wounded, medical sources said. "
    "Protesters set fire to the police headquarters, and the provincial governor resigned. "
    "Iraq's human rights commission says [[more than 400 people|killed;a=Iraq's human rights commission]] have been killed nationwide since the start of the protests and [[2,700|arrested;a=Iraq's human rights commission]] detained, [[about 400|arrested;a=Iraq's human rights commission]] of whom remain in custody.",
)

F(
    "Yemen: landmines kill children returning to Hodeidah farms",
    "Children herding sheep outside Hays stepped on a mine on Saturday, one of several blasts reported since families began returning to farmland south of Hodeidah. "
    "[[Three children|killed;a=the Yemen Landmine Monitor]] were killed and [[two|injured;a=the Yemen Landmine Monitor]] lost legs, the Yemen Landmine Monitor said. "
    "The Saudi-funded clearance project Masam says it has removed [[more than 450,000 mines|other;a=The Saudi-funded clearance project Masam]] and unexploded munitions since {{2018}}. "
    "Save the Children says [[at least 1,100 children|injured;a=Save the Children]] were maimed by landmines and explosive remnants in Yemen in the past {{five years}}.",
)

F(
    "Syria: al-Hol camp population falls as Iraq repatriates families",
    "Iraq flew and bussed [[about 700 people|returned;a=the camp administration]] home from al-Hol camp in northeast Syria this week, the camp administration said, its largest transfer so far. "
    "The camp, run by Kurdish-led authorities, held [[about 73,000 people|displaced;a=the UN]] at its peak in {{2019}}, according to the UN; it now holds [[about 40,000|displaced;a=the UN]]. "
    "The returnees go first to the {{Jeddah-1}} rehabilitation centre near Mosul, which has places for [[about 2,500|capacity]]. "
    "The Syrian Democratic Forces still guard [[about 9,000 IS fighters|arrested;a=The Syrian Democratic Forces]] in prisons in the region, they say.",
)

F(
    "Gaza: aid trucks stalled at Kerem Shalom as hunger spreads",
    "Before the war, [[about 500 trucks a day|aid;a=the UN]] entered Gaza, the UN says. "
    "In April only [[an average of 189 trucks a day|aid;a=UNRWA]] crossed, UNRWA said, and on some days none at all. "
    "The Integrated Food Security Phase Classification said [[1.1 million people|civilians;a=The Integrated Food Security Phase Classification]] faced catastrophic hunger and projected that famine could occur in the north by {{May}}. "
    "WFP said it had managed to deliver food to [[about 400,000 people|aid;a=WFP]] in the north in {{March}}, against a need of [[1 million|civilians;a=WFP]].",
)
# ---------------------------------------------------------------- South and Southeast Asia

F(
    "Myanmar: villagers hide in forest after junta burns Kani township homes",
    "Soldiers entered villages along the Chindwin river in Sagaing region in {{July 2021}}, searching for members of the local People's Defence Force. "
    "Residents said troops killed [[at least 40 men|killed;a=Residents]], some of them tortured before being shot, and left their bodies in the forest. "
    "[[More than 10,000 villagers|displaced;a=a local aid group]] fled into the hills and have not returned, a local aid group said. "
    "Satellite images analysed by the group show [[about 350 houses|housing;a=the group;alt=a local aid group]] burned in [[four villages|other;a=the group;alt=a local aid group]]. "
    "The junta denied the killings and said its forces had detained [[12 'terrorists'|arrested;n=terrorists;a=The junta]].",
)

F(
    "Myanmar: Rohingya men forced into junta army, rights groups say",
    "Since the military enforced a conscription law in {{February 2024}}, Rohingya men in Rakhine State's camps have been taken to training centres at gunpoint, according to Fortify Rights. "
    "The group says [[at least 1,000 Rohingya men|combatants;a=The group;alt=Fortify Rights]] have been forcibly recruited, some as young as {{16}}. "
    "Camp leaders in Sittwe told the BBC that [[about 100 men|combatants;a=Camp leaders in Sittwe]] were taken from the Ohn Taw Gyi camp alone in one week. "
    "[[More than 130,000 Rohingya|displaced;a=the UN]] have lived in those camps since communal violence in {{2012}}, the UN says. "
    "Relatives say [[at least 20 conscripts|killed;a=Relatives]] have died in fighting with the Arakan Army.",
)

F(
    "Bangladesh: new arrivals from Rakhine strain Cox's Bazar camps",
    "Bangladesh says [[about 60,000 Rohingya|displaced;a=Bangladesh]] have crossed from Myanmar's Rakhine State since fighting between the Arakan Army and the junta intensified in late {{2023}}. "
    "They join [[nearly 1 million|displaced]] already living in the camps at Cox's Bazar, the largest refugee settlement in the world. "
    "The refugee relief commissioner said [[some 8,000|aid;a=The refugee relief commissioner]] of the newcomers had received food rations, and the rest rely on relatives. "
    "The World Food Programme cut monthly rations in {{2023}} from {{$12}} to {{$8}} per person, and has warned of further cuts. "
    "A fire in {{Camp 5}} in {{January}} destroyed [[about 2,000 shelters|capacity;a=the commissioner;alt=The refugee relief commissioner]], leaving [[12,000 people|displaced;a=the commissioner;alt=The refugee relief commissioner]] homeless again, the commissioner said.",
)

F(
    "India: Manipur relief camps still full a year after clashes",
    "Ethnic violence between Meitei and Kuki-Zo communities broke out in Manipur on {{May 3, 2023}}. "
    "A year later, [[about 60,000 people|displaced;a=the state government]] remain in relief camps, according to the state government. "
    "The government says it has run [[more than 350 relief camps|capacity;a=The government]] in schools, community halls and college hostels. "
    "[[At least 220 people|killed;a=the police]] have been killed, the police say, and [[32|missing;a=the police]] remain missing. "
    "[[About 4,800 houses|housing]] and [[386 places of worship|housing;u=structure;n=places]] were burned in the first weeks. "
    "The central government has deployed [[more than 60,000 troops|combatants;a=officials]] and paramilitary police to the state, officials said.",
)

F(
    "Pakistan: Jaffar Express hijacking ends after day-long siege",
    "Separatist militants of the Balochistan Liberation Army blew up the track and seized the Jaffar Express in the Bolan Pass on {{March 11}}, taking passengers hostage. "
    "The train had left Quetta for Peshawar with [[about 440 passengers|other;a=railway officials]] on board, railway officials said. "
    "Security forces said on Wednesday that they had freed [[346 hostages|kidnapped;a=Security forces]] and killed [[all 33 attackers|killed;a=Security forces]]. "
    "[[Twenty-one passengers|killed;a=the military spokesman]] and [[four paramilitary soldiers|killed;a=the military spokesman]] were killed, the military spokesman said. "
    "The BLA, which had demanded the release of Baloch political prisoners within {{48 hours}}, said it still held [[dozens of soldiers|kidnapped;a=The BLA]].",
)

F(
    "Afghanistan: women protesters detained in Kabul",
    "Taliban fighters broke up a protest by women outside the education ministry in Kabul on Saturday, firing into the air. "
    "[[At least 15 women|arrested;a=organisers]] were detained, organisers said; [[11|arrested;a=organisers]] of them were released the next day after relatives signed guarantees. "
    "The UN mission said it had documented [[more than 100 arbitrary arrests|arrested;u=person;n=arrests;a=The UN mission]] of women activists and journalists since {{2021}}. "
    "Girls have been banned from secondary school for more than {{three years}}; the UN says [[about 1.4 million girls|civilians;a=the UN]] are affected.",
)

F(
    "Philippines: Marawi residents wait to go home five years after siege",
    "The five-month battle for Marawi in {{2017}} between the army and Islamic State-linked fighters left the city centre in ruins. "
    "[[About 17,000 families|displaced;a=Task Force Bangon Marawi]] are still living in transitory shelters or with relatives, according to Task Force Bangon Marawi. "
    "The task force says [[about 3,000 families|returned;a=The task force;alt=Task Force Bangon Marawi]] have been allowed back to the most affected area, where [[2,800 new houses|housing;a=The task force;alt=Task Force Bangon Marawi]] have been built. "
    "The siege killed [[more than 900 militants|killed;a=the military]], [[165 soldiers and police|killed;n=soldiers and police;a=the military]] and [[47 civilians|killed;a=the military]], the military said at the time. "
    "A compensation law passed in {{2022}} has so far paid out {{1.4 billion pesos}}.",
    ["five-month"],
)

F(
    "Thailand: insurgents bomb rangers' base in Narathiwat",
    "Suspected separatist insurgents detonated a car bomb at a paramilitary ranger base in Narathiwat province early on Sunday, then opened fire on those who ran out. "
    "[[Two rangers|killed;a=the Internal Security Operations Command]] were killed and [[nine|injured;a=the Internal Security Operations Command]] wounded, the Internal Security Operations Command said, along with [[three residents|injured;a=the Internal Security Operations Command]] of nearby houses. "
    "[[Twenty houses|housing;a=the district chief]] and a school were damaged by the blast, the district chief said. "
    "Deep South Watch has recorded [[more than 7,600 deaths|killed;a=Deep South Watch]] since the insurgency reignited in {{2004}}.",
)

F(
    "Pakistan: families flee Kurram as sectarian clashes block main road",
    "Clashes between Sunni and Shia tribes in the Kurram district of Khyber Pakhtunkhwa began after gunmen attacked a convoy on {{November 21}}, killing [[42 passengers|killed;a=the provincial government]], according to the provincial government. "
    "Fighting over the following week killed [[at least 130 people|killed;a=the district hospital]], the district hospital said. "
    "[[About 2,000 families|displaced]] have moved to Hangu and Peshawar. "
    "The main Thall-Parachinar road has been closed for more than {{two months}}, and [[hundreds of thousands|civilians]] in Parachinar are short of medicine. "
    "A jirga brokered a deal under which both sides are to hand in heavy weapons.",
)

F(
    "Myanmar: Arakan Army says it captured 2,000 soldiers in Rakhine",
    "The Arakan Army said on Sunday it had taken the headquarters of the junta's Western Command in Ann after weeks of fighting. "
    "The group said [[more than 2,000 soldiers|arrested;a=The group;alt=The Arakan Army]] and their family members had been captured in the campaign since {{November 2023}}, and that [[400|combatants;a=The group;alt=The Arakan Army]] had defected. "
    "The junta has not commented. "
    "The UN said [[about 2.6 million people|displaced;a=The UN]] were displaced across Myanmar, the highest since the {{2021}} coup.",
)
# ---------------------------------------------------------------- East Africa and the Horn, Great Lakes

F(
    "Sudan: families who fled El Geneina describe killings at the river",
    "The Rapid Support Forces and allied Arab militias attacked Masalit neighbourhoods of El Geneina in {{June 2023}}, after the killing of the West Darfur governor. "
    "[[Tens of thousands|displaced]] ran toward the Chadian border, {{27 km}} away. "
    "By the end of the month [[more than 150,000|displaced;a=UNHCR]] had reached Adre and other border towns in Chad, UNHCR said. "
    "Survivors interviewed by Human Rights Watch said men were separated and shot; a UN panel of experts later estimated that [[10,000 to 15,000 people|killed;a=a UN panel of experts]] were killed in the city. "
    "Many still do not know what happened to their relatives: the Chadian Red Cross has registered [[about 1,300 missing|missing;n=missing;a=the Chadian Red Cross]]. "
    "Adre's camp, planned for [[30,000|capacity]], now holds [[more than 200,000 refugees|displaced]].",
)

F(
    "Sudan: WFP convoy reaches Zamzam camp after months of siege",
    "A convoy of [[12 trucks|aid;a=the World Food Programme]] carrying sorghum, pulses and oil reached Zamzam camp near El Fasher on Thursday, the World Food Programme said, the first in {{seven months}}. "
    "The camp was declared in famine in {{August}}, and [[about 500,000 people|displaced;a=the agency;alt=the World Food Programme]] live there, according to the agency. "
    "The food is enough for [[about 12,500 people|aid;p;a=WFP]] for a month, WFP said, a fraction of those in need. "
    "Doctors Without Borders said a child was dying every {{two hours}} in the camp earlier this year. "
    "On the way the convoy was stopped {{three times}} at RSF checkpoints.",
)

F(
    "South Sudan: cattle raid leaves dozens dead in Jonglei",
    "Armed youths from the Greater Pibor Administrative Area raided cattle camps in Jonglei State on Saturday, local officials said. "
    "[[At least 32 people|killed;a=the county commissioner]] were killed and [[18|injured;a=the county commissioner]] wounded, the county commissioner told Radio Tamazuj. "
    "He said [[about 1,500 attackers|combatants;a=the county commissioner]] took part and drove off [[some 4,000 cattle|other;a=the county commissioner]]. "
    "[[Seven women and children|kidnapped;n=women and children]] were also taken, and families say [[four|missing;a=families]] are unaccounted for. "
    "The UN mission sent [[120 peacekeepers|combatants]] to the area on Monday.",
)

F(
    "Ethiopia: Amhara drone strike hits market in Finote Selam",
    "A drone strike hit a busy market in Finote Selam, in Ethiopia's Amhara region, on a Sunday in {{August 2023}}, as fighting between the army and Fano militias spread. "
    "Hospital staff said [[26 people|killed;a=Hospital staff]] were killed and [[55|injured;a=Hospital staff]] were treated for wounds. "
    "The government declared a {{six-month}} state of emergency. "
    "The Ethiopian Human Rights Commission says [[more than 1,000 people|arrested;a=The Ethiopian Human Rights Commission]], most of them ethnic Amhara, have been detained in Addis Ababa under the emergency, and that many are held in [[at least 14 makeshift detention centres|other;a=The Ethiopian Human Rights Commission]].",
)
F(
    "DRC: M23 advance empties camps around Goma",
    "When {{M23}} rebels and Rwandan troops entered Goma in late {{January 2025}}, the displacement camps on the city's western edge emptied within days. "
    "The camps at Bulengo, Lushagala and Kanyaruchinya had sheltered [[about 650,000 people|displaced;a=the UN]], according to the UN. "
    "The rebels ordered them to go home, and by mid-February [[more than 400,000|returned;a=the International Organization for Migration]] had left for their villages in Masisi and Rutshuru, the International Organization for Migration estimated. "
    "Many found their fields occupied and their houses stripped; [[some 60,000|displaced]] are now living in churches and schools in Goma itself. "
    "The health ministry said [[about 3,000 bodies|killed;a=The health ministry]] had been collected from the streets after the fighting, and hospitals treated [[more than 2,800 wounded|injured;n=wounded]].",
)

F(
    "DRC: ADF attack on Komanda church leaves dozens dead",
    "Fighters of the Allied Democratic Forces, an Islamic State affiliate, attacked a Catholic church in Komanda, Ituri province, during a night vigil in {{July 2025}}. "
    "Civil society leaders said [[at least 43 worshippers|killed;a=Civil society leaders]] were killed, [[nine of them|killed;n=-;a=Civil society leaders]] children, and several houses were burned. "
    "The UN mission, MONUSCO, later put the toll at [[43|killed;a=The UN mission]] and said [[at least 15|missing;a=The UN mission]] were unaccounted for. "
    "[[About 5,000 residents|displaced;a=the local administrator]] have fled toward Bunia, {{75 km}} to the south, the local administrator said.",
)
F(
    "Uganda: Kiryandongo settlement takes in Sudanese refugees bussed from border",
    "Buses carrying Sudanese refugees from the Nyakabande transit centre arrived at Kiryandongo settlement on Tuesday, the Office of the Prime Minister said. "
    "[[About 1,200 refugees|displaced;a=the Office of the Prime Minister]] were on the buses, most of them women and children who fled fighting in Khartoum and then crossed South Sudan. "
    "Each family receives a plot of {{30 by 30 metres}}, [[two tarpaulins|aid]] and a kitchen set. "
    "The settlement has received [[more than 40,000 Sudanese|displaced;a=UNHCR]] since {{April 2023}}, UNHCR says, and the agency wants to build [[12 boreholes|aid;p;a=the agency;alt=UNHCR]] and [[300 latrines|aid;p;a=the agency;alt=UNHCR]] before the school term. "
    "The reception centre, meant for [[500|capacity]], held [[1,800|displaced]] on Monday night.",
)

F(
    "Somalia: al-Shabaab frees hostages after clan militias encircle town",
    "Al-Shabaab fighters released [[14 hostages|kidnapped;a=a district official]] they had taken from a bus near Mahaday, a district official said on Friday, after clan militias known as macawisley surrounded the town. "
    "The hostages, among them [[three women|kidnapped;a=a district official]], were handed to elders. "
    "Government forces and the macawisley have retaken [[more than 60 villages|other;a=the information ministry]] in Middle Shabelle since {{August 2022}}, the information ministry said. "
    "The government says it has recruited [[about 15,000 new soldiers|combatants;a=The government]] for the second phase of the offensive, and Turkey and Qatar are paying for the training of [[5,000 more|combatants;p;n=-]].",
)

F(
    "Somalia: twin car bombs at education ministry kill 120",
    "[[Two car bombs|other;u=other]] exploded minutes apart at the education ministry junction in Mogadishu on Saturday, {{five years}} to the month after the city's deadliest attack. "
    "President Hassan Sheikh Mohamud said [[at least 100 people|killed;a=President Hassan Sheikh Mohamud]] were killed and [[300|injured;a=President Hassan Sheikh Mohamud]] wounded; the toll was raised on Monday to [[121 dead|killed;n=dead;a=the health minister]] and [[333 injured|injured;n=injured;a=the health minister]], the health minister said. "
    "Al-Shabaab said it carried out the attack. "
    "The Aamin ambulance service said its [[12 ambulances|other;a=The Aamin ambulance service]] made [[more than 40 trips|other;a=The Aamin ambulance service]] in the first hour.",
)

F(
    "South Sudan: returnees fleeing Sudan crowd Renk transit centre",
    "Since war broke out in Sudan in {{April 2023}}, [[more than 900,000 people|returned;a=the International Organization for Migration]] have crossed into South Sudan, the International Organization for Migration said. "
    "Most are South Sudanese who had lived in Khartoum for decades and are going back to a country many of them barely know. "
    "At the transit centre in Renk, designed for [[3,000 people|capacity]], [[nearly 20,000|displaced;a=aid workers]] were waiting on Wednesday for boats up the Nile to Malakal, aid workers said. "
    "Cholera has broken out in the centre: the health ministry reported [[more than 1,500 cases|other;a=the health ministry;u=person]] and [[36 deaths|killed;a=the health ministry]] in {{three weeks}}. "
    "The government has promised [[10 more boats|other;p;a=The government]] to move people onward.",
)

F(
    "Ethiopia: Tigrayans displaced from Western Tigray still wait to go home",
    "More than {{two years}} after the Pretoria peace agreement ended the war in Tigray, people driven from Western Tigray by Amhara forces in {{2020}} and {{2021}} are still living in schools in Shire. "
    "The interim administration says [[about 1 million people|displaced;a=The interim administration]] remain displaced in the region. "
    "In Shire alone, [[43 schools|capacity;a=the town's education office]] are used as shelters, the town's education office said, keeping [[some 70,000 pupils|civilians;a=the town's education office]] out of class. "
    "A return programme launched in {{April 2024}} was meant to bring [[600,000 people|returned;p;a=officials]] home by the end of that year, officials said, but [[fewer than 80,000|returned;a=the UN]] had actually gone back, the UN said. "
    "A report by Human Rights Watch described the campaign in Western Tigray as ethnic cleansing.",
)

F(
    "Kenya: rights commission tallies deaths and abductions after Finance Bill protests",
    "The Kenya National Commission on Human Rights said on Monday that [[at least 60 people|killed;a=The Kenya National Commission on Human Rights]] had been killed in protests against the Finance Bill since {{June 18}}. "
    "It said [[more than 600 people|arrested;a=The Kenya National Commission on Human Rights]] had been arrested and [[72|missing;a=The Kenya National Commission on Human Rights]] had been abducted or had disappeared; [[21 of those missing|missing;n=missing;a=The Kenya National Commission on Human Rights]] were still unaccounted for. "
    "Police said [[over 300 officers|injured;a=Police]] had been hurt and [[11 police stations|housing;u=structure;a=Police]] attacked or burned. "
    "On {{June 25}}, protesters broke into parliament and set part of the building on fire. "
    "The commission's report, {{KNCHR/PR/2024/07}}, has been sent to the inspector-general.",
)

F(
    "Burundi: opposition activists disappear ahead of elections",
    "The Burundian human rights league Iteka says it documented [[at least 40 enforced disappearances|missing;a=The Burundian human rights league Iteka;n=disappearances]] in the first half of {{2020}}, most of them members of the opposition CNL party. "
    "In the same period it recorded [[62 killings|killed;a=The Burundian human rights league Iteka]] and [[more than 200 arbitrary arrests|arrested;a=The Burundian human rights league Iteka;n=arrests]]. "
    "Relatives of a CNL official who was taken from a bar in Ngozi in {{March}} say they have searched [[six police cells|other;u=structure;a=Relatives of a CNL official]] without finding him. "
    "The government denies that its youth wing, the Imbonerakure, plays any role in security. "
    "Burundi hosted a referendum in {{2018}} that allows the president to rule until {{2034}}.",
)

F(
    "Central African Republic: Wagner-backed troops accused of killings near Bambari",
    "Villagers in the Ouaka prefecture said soldiers and Russian instructors arrived in [[three pickups|other;a=Villagers in the Ouaka prefecture]] and began shooting at men near a gold mine. "
    "[[Twelve miners|killed;a=the Central African Human Rights Observatory]] were killed, the Central African Human Rights Observatory said, and [[about 20|arrested;a=the Central African Human Rights Observatory]] were taken to the Bambari garrison. "
    "[[Eight of those detained|arrested;n=detained]] were released after relatives paid {{50,000 CFA francs}} each. "
    "[[At least 2,000 people|displaced;a=the UN refugee agency]] fled the mining area in the following days, the UN refugee agency said. "
    "The mining site had drawn [[some 3,000 diggers|other]] from across the country.",
)

F(
    "Mozambique: Cabo Delgado families return to Palma as gas project restarts",
    "Insurgents linked to the Islamic State stormed the town of Palma in {{March 2021}}, killing [[dozens|killed]] and forcing the French energy group TotalEnergies to suspend a {{$20 billion}} gas project. "
    "[[More than 40,000 people|displaced]] fled, many on foot to Tanzania or by boat to Pemba. "
    "Since Rwandan troops retook the town, [[about 32,000|returned;a=the district administration]] have come back, the district administration said. "
    "[[At least 1,900 houses|housing;a=a government assessment]] were destroyed in the attack and [[only 600|housing;a=a government assessment]] have been rebuilt, according to a government assessment. "
    "Rwanda has [[about 4,000 troops and police|combatants;n=troops and police;a=Kigali]] in Cabo Delgado, Kigali says.",
)

F(
    "DRC: CODECO militia attacks Plaine Savo displacement site",
    "CODECO militiamen armed with machetes and guns attacked the Plaine Savo displacement site in Ituri province on the night of {{February 1}}, {{2022}}. "
    "[[At least 60 people|killed;a=the International Committee of the Red Cross]] were killed, many of them women and children, the International Committee of the Red Cross said. "
    "The site sheltered [[about 24,000 displaced people|displaced;a=the Red Cross;alt=the International Committee of the Red Cross]] from the Hema community, the Red Cross said. "
    "[[Several dozen wounded|injured;n=wounded]] were taken to Bule hospital, where a nurse said [[two operating rooms|other;u=structure]] had to handle everyone. "
    "Peacekeepers from a base {{3 km}} away arrived after the attackers had left.",
)
# ---------------------------------------------------------------- Eastern Europe and the Caucasus

F(
    "Nagorno-Karabakh: almost entire population leaves for Armenia",
    "Azerbaijan's lightning offensive of {{September 19}} ended three decades of ethnic Armenian rule in Nagorno-Karabakh within {{24 hours}}. "
    "Over the following week the only road to Armenia, through the Lachin corridor, filled with cars and trucks. "
    "By Saturday [[100,417 people|displaced;a=the Armenian government]] had crossed, the Armenian government said, out of a population it put at [[about 120,000|civilians;a=the Armenian government]]. "
    "[[At least 170 people|killed;a=local officials]] died in an explosion at a fuel depot near Stepanakert as they queued for petrol, local officials said; [[more than 290|injured;a=local officials]] were hurt. "
    "Armenia has set up [[about 30 temporary accommodation centres|capacity]] near the border town of Goris.",
    ["three decades"],
)
F(
    "Ukraine: Kharkiv villagers evacuated as Russian forces push toward Vovchansk",
    "Russian troops crossed the border north of Kharkiv on {{May 10}}, shelling villages that had been largely quiet since their liberation in {{2022}}. "
    "The regional governor, Oleh Syniehubov, said [[about 9,900 people|displaced;a=The regional governor, Oleh Syniehubov]] had been evacuated from the Vovchansk area in the first week. "
    "[[Fewer than 200 residents|civilians;a=police]] remained in Vovchansk itself, a town of [[17,000|civilians;a=police]] before the war, police said on Friday. "
    "Volunteers at the Kharkiv reception point said they register [[up to 500 evacuees a day|displaced;a=Volunteers at the Kharkiv reception point]] and send most of them on to rented flats and dormitories. "
    "Ukrainian officials said Russia had deployed [[around 30,000 troops|combatants;a=Ukrainian officials]] for the offensive.",
)

F(
    "Ukraine: prisoners exchanged under UAE mediation",
    "Ukraine and Russia exchanged prisoners of war on Friday in a swap mediated by the United Arab Emirates, the {{58th}} exchange since the full-scale invasion began. "
    "President Volodymyr Zelensky said [[189 Ukrainians|other;a=President Volodymyr Zelensky]] had come home, among them [[two civilians|other;a=President Volodymyr Zelensky]]. "
    "The Russian defence ministry said it had received [[190 servicemen|other;a=The Russian defence ministry]]. "
    "Ukraine's coordination headquarters says [[more than 8,000 Ukrainian soldiers and civilians|arrested;n=soldiers and civilians;a=Ukraine's coordination headquarters]] are still held in Russia. "
    "A UN monitoring mission said {{95%}} of released prisoners it interviewed reported torture.",
)
F(
    "Belarus: hundreds still behind bars years after 2020 protests",
    "Belarus's authorities detained [[more than 35,000 people|arrested;a=the Viasna human rights centre]] in the months after the disputed presidential election of {{August 9, 2020}}, according to the Viasna human rights centre. "
    "Viasna now counts [[1,265 political prisoners|arrested;a=Viasna]], among them its own founder, Ales Bialiatski, serving {{10 years}}. "
    "Since {{July 2024}} President Alexander Lukashenko has pardoned [[more than 250|arrested;a=the presidential administration]] of them, the presidential administration said. "
    "Exiled opposition leader Sviatlana Tsikhanouskaya said [[at least seven political prisoners|killed;a=Exiled opposition leader Sviatlana Tsikhanouskaya;alt=Sviatlana Tsikhanouskaya]] had died in custody.",
)
F(
    "Georgia: riot police disperse pro-EU protest outside parliament",
    "Riot police used water cannon and tear gas to clear [[thousands of protesters|other]] from Rustaveli Avenue in Tbilisi overnight, the {{fourth}} night of demonstrations since the government suspended EU accession talks. "
    "The interior ministry said [[107 people|arrested;a=The interior ministry]] had been detained for disobeying police and [[32 officers|injured;a=The interior ministry]] had been injured. "
    "The public defender's office said [[at least 80 of the detainees|arrested;n=detainees;a=The public defender's office]] showed signs of beatings, and that [[26 protesters|injured;a=The public defender's office]] had been taken to hospital. "
    "By the end of the week the total number detained had risen to [[more than 400|arrested]]. "
    "Georgian Dream has governed since {{2012}}.",
)

F(
    "Russia: thousands detained at anti-mobilisation protests",
    "Police detained protesters in [[dozens of Russian cities|other;u=other]] on Wednesday after President Vladimir Putin announced a partial mobilisation of [[300,000 reservists|combatants;p;a=President Vladimir Putin]]. "
    "The monitoring group OVD-Info counted [[1,386 detentions|arrested;a=The monitoring group OVD-Info;n=detentions]] in [[38 cities|other;u=other;a=The monitoring group OVD-Info]], [[502 of them|arrested;n=-;a=The monitoring group OVD-Info]] in Moscow. "
    "Some of those detained were handed call-up papers at police stations, the group said. "
    "Flights out of the country sold out, and Kazakhstan said [[about 98,000 Russians|displaced;a=Kazakhstan]] had entered in the following week.",
)

F(
    "Ukraine: Kramatorsk station strike hits crowd waiting to leave",
    "[[Two missiles|other]] carrying cluster munitions struck the railway station in Kramatorsk on {{April 8, 2022}}, where [[thousands of people|displaced]] were waiting for evacuation trains to the west. "
    "[[Some 4,000 people|displaced;a=the regional governor]] were at the station at the time, the regional governor said, most of them women and the elderly. "
    "[[Sixty-one people|killed;a=prosecutors]] were killed, [[seven of them|killed;n=-;a=prosecutors]] children, and [[more than 120|injured;a=prosecutors]] were wounded, according to prosecutors. "
    "Ukrainian Railways said it had evacuated [[more than 1.5 million people|displaced;a=Ukrainian Railways]] from the east since late {{February}}. "
    "The station reopened {{eleven days}} later.",
)

F(
    "Ukraine: Kherson residents evacuated after dam breach",
    "The destruction of the Kakhovka dam on {{June 6, 2023}} sent water pouring into villages on both banks of the Dnipro. "
    "Ukrainian authorities said [[about 3,600 people|displaced;a=Ukrainian authorities]] had been evacuated from flooded areas on the right bank within {{three days}}, while Russian shelling continued. "
    "On the occupied left bank, the Russian-installed authorities said [[more than 7,000|displaced;a=the Russian-installed authorities]] had been moved. "
    "[[At least 58 people|killed;a=officials on both sides]] died in the floods, officials on both sides said, and [[dozens|missing;a=officials on both sides]] were missing. "
    "Volunteers in boats rescued [[hundreds of residents|civilians]] trapped on rooftops.",
)
# ---------------------------------------------------------------- mixed regions, part 2: aftermath, aid, returns

F(
    "Nigeria: Maiduguri camps closed as Borno pushes returns",
    "The Borno State government has closed the Bakassi and Teachers Village camps in Maiduguri, saying the displaced should go home to towns retaken from Boko Haram. "
    "Each family leaving Bakassi received {{100,000 naira}}, [[two bags of rice|aid;n=bags]] and a mat, camp officials said. "
    "[[About 6,000 households|returned;a=the state emergency management agency]] were sent back to Bama, Ngala and Dikwa in the first phase, according to the state emergency management agency. "
    "Aid groups say many of them have ended up in informal settlements on the edge of garrison towns, where [[some 1,700|displaced;a=Aid groups]] were counted in Dikwa alone. "
    "The governor plans to close [[all remaining 22 camps|capacity;p;a=The governor]] in the city by the end of the year, his office said.",
)
F(
    "Haiti: displaced families sleep in Port-au-Prince schools as gangs take Carrefour-Feuilles",
    "Gangs overran the Carrefour-Feuilles neighbourhood of Port-au-Prince in {{August 2023}}, shooting residents and burning houses. "
    "[[More than 5,000 people|displaced;a=the IOM]] fled in {{two days}}, the IOM said. "
    "By the following week, [[about 1,300|displaced;a=municipal officials]] were sleeping in the Lycee Marie-Jeanne and [[three other schools|capacity;a=municipal officials]] in the city centre, municipal officials said, and the rest had moved in with relatives. "
    "The sites have [[four toilets|other;u=other]] between them. "
    "The World Food Programme said it had delivered hot meals to [[2,400 people|aid;a=The World Food Programme]] at the schools.",
)

F(
    "Colombia: Embera families confined by mines in Choco",
    "Armed groups fighting for control of the San Juan river in Choco have planted mines around Indigenous Embera communities, local leaders said. "
    "[[About 3,100 people|civilians;a=the Ombudsman's Office]] in [[14 communities|other;u=other;a=the Ombudsman's Office]] cannot go to their fields or hunt, the Ombudsman's Office said in an early warning. "
    "[[Two children|injured;a=the community's governor]] were wounded by a mine while fetching water, the community's governor said. "
    "The government sent [[30 tonnes|aid]] of food by boat in {{October}}. "
    "The International Committee of the Red Cross recorded [[167 mine victims|other;a=The International Committee of the Red Cross]] in Colombia in {{2023}}, the highest in {{seven years}}.",
)

F(
    "Myanmar: people flee to Thailand after Myawaddy fighting",
    "Fighting between Karen resistance forces and the junta around the border town of Myawaddy in {{April 2024}} drove residents across the Moei river into Thailand. "
    "Thai officials said [[about 3,000 people|displaced;a=Thai officials]] crossed on a single day, and that the province of Tak could take [[up to 100,000|capacity;p;a=Thai officials]]. "
    "[[Around 600 junta soldiers|arrested;a=the Karen National Union]] who surrendered were held by the Karen National Union, the group said. "
    "By the end of the month [[about 2,500|returned;a=Thailand]] of them had gone back, Thailand said, as the fighting eased.",
)
F(
    "Sudan: Wad Madani residents come back after army retakes city",
    "The Sudanese army recaptured Wad Madani, the capital of Gezira state, from the Rapid Support Forces in {{January 2025}}, more than a year after the RSF seized it. "
    "Trucks and buses loaded with mattresses have been arriving from Kassala and Gedaref since. "
    "The International Organization for Migration estimates that [[about 400,000 people|returned;a=The International Organization for Migration]] have gone back to Gezira. "
    "In Madani the returnees find the water station looted and the main hospital working at a third of its capacity; only [[four of the city's health centres|other;n=centres]] are open. "
    "Local emergency response rooms run [[30 communal kitchens|aid;u=structure;a=volunteers]] that serve [[about 25,000 people a day|aid;a=volunteers]], volunteers said. "
    "[[Hundreds of men|arrested]] accused of collaborating with the RSF have been detained, and rights groups have documented summary executions.",
    ["a third"],
)

F(
    "Ethiopia: Oromia kidnappings for ransom spread along main highway",
    "Gunmen have abducted bus passengers on the main road between Addis Ababa and Bahir Dar, the latest in a wave of kidnappings for ransom in Oromia and Amhara. "
    "Relatives said [[at least 50 passengers|kidnapped;a=Relatives]], among them university students heading home for the holidays, were taken near Gerba Guracha in {{July}}. "
    "The kidnappers, whom the government blames on the Oromo Liberation Army, demanded up to {{1 million birr}} per student, a father said. "
    "Police said they had freed [[19 of the students|kidnapped;a=Police]] and arrested [[five suspects|arrested;a=Police]]. "
    "The OLA denied involvement.",
)

F(
    "Bangladesh: curfew and mass arrests after quota protests",
    "Bangladesh imposed a nationwide curfew and deployed the army in {{July 2024}} after protests over job quotas turned into the deadliest unrest in decades. "
    "Police said they had arrested [[more than 10,000 people|arrested;a=Police]] in {{ten days}}, many of them students, in raids on university halls and neighbourhoods. "
    "A UN fact-finding report later estimated that [[as many as 1,400 people|killed;a=A UN fact-finding report]] may have been killed between {{July 1}} and {{August 15}}, {{12 to 13 percent}} of them children. "
    "After Sheikh Hasina resigned and fled to India on {{August 5}}, the interim government released [[hundreds of detained students|arrested]].",
)
F(
    "Philippines: NPA guerrillas surrender in Negros as army claims rebels are weakening",
    "Members of the communist New People's Army handed themselves in to the army's {{3rd}} Infantry Division in Negros Occidental on Wednesday. "
    "The division said [[17 guerrillas|combatants;a=The division]] came down from the mountains with [[12 firearms|other;a=The division]], including [[two grenade launchers|other;a=The division]]. "
    "Each will receive up to {{65,000 pesos}} under a government reintegration programme. "
    "The army estimates that the NPA has [[fewer than 1,500 fighters|combatants;a=The army]] left nationwide, down from [[about 25,000|combatants]] in the {{1980s}}. "
    "The rebels' political wing dismissed the figures as propaganda.",
)

F(
    "India: Chhattisgarh police say Maoists killed in forest gunfight",
    "Security forces killed [[31 suspected Maoist rebels|killed;a=Police]] in a gunfight in the Abujhmarh forest of Chhattisgarh's Narayanpur district, Police said on Sunday. "
    "[[Two members|killed;a=the inspector-general of the Bastar range]] of the state's District Reserve Guard were also killed and [[three|injured;a=the inspector-general of the Bastar range]] wounded, the inspector-general of the Bastar range said. "
    "[[About 1,500 personnel|combatants]] took part in the operation, which began on Friday. "
    "The federal government has set a deadline of {{March 31, 2026}} to end the insurgency.",
)
# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Guatemala: court sentences former officers for wartime disappearances",
    "A Guatemalan court on {{Tuesday}} sentenced a former army general to {{58 years}} in prison for crimes against humanity committed in the early {{1980s}}. "
    "The trial, case {{C-01076-2011-00015}}, lasted {{14 months}} and heard testimony from survivors of the Diario Militar dossier. "
    "Judges ruled under {{Article 378}} of the penal code. "
    "The defendant, now {{84}}, will serve his sentence in a military hospital, the court said. "
    "Prosecutors said they would appeal within the {{10-day}} period allowed by law.",
)

F(
    "Sri Lanka: families mark anniversary of end of civil war",
    "Tamil families gathered at Mullivaikkal on {{May 18}} to mark the {{15th}} anniversary of the end of Sri Lanka's civil war in {{2009}}. "
    "Police set up a checkpoint on the {{A35}} road but allowed the ceremony to go ahead, which began at {{10.30 a.m.}} "
    "Mothers of the disappeared have held a roadside protest in Kilinochchi for more than {{2,600 days}}. "
    "The government's Office on Missing Persons, set up in {{2017}}, has a budget of {{Rs 350 million}} this year.",
)

F(
    "Colombia: peace court opens hearing on false positives in Catatumbo",
    "Colombia's Special Jurisdiction for Peace opened a public hearing in Ocana on {{April 26}}, {{2022}}, with former soldiers who admitted their role in extrajudicial executions. "
    "The hearing lasted {{two days}}. "
    "Under {{Law 1957 of 2019}}, those who tell the full truth face restrictions of liberty of {{five to eight years}} instead of prison terms of up to {{20 years}}. "
    "A {{second}} hearing is planned for {{2023}}.",
)
F(
    "Nigeria: naira slides as northern insecurity weighs on harvest",
    "The naira weakened to {{1,620}} to the dollar on the official market on {{Monday}}, its lowest level since {{March}}. "
    "Food inflation reached {{40.9%}} in {{June}}, the statistics bureau said, driven in part by insecurity in farming areas of the north. "
    "The central bank raised its benchmark rate by {{50 basis points}} to {{26.75%}}. "
    "Analysts at a Lagos brokerage expect the maize harvest to fall by a {{fifth}} for the {{second}} year running.",
)

F(
    "Ukraine: parliament extends martial law for another 90 days",
    "Ukraine's parliament voted on {{Tuesday}} to extend martial law and general mobilisation until {{August 7}}, the {{15th}} extension since {{February 24, 2022}}. "
    "The bill, {{No. 13032}}, passed in a single reading. "
    "Under martial law, elections cannot be held, and men aged {{18 to 60}} may not leave the country. "
    "The extension takes effect at {{5:30 a.m.}} on {{May 9}} and lasts {{90 days}}.",
)

F(
    "Mali: junta sets new date for end of transition",
    "Mali's military government said on {{Wednesday}} that the transition to civilian rule would end on {{March 26, 2029}}, almost {{nine years}} after the first coup of {{August 2020}}. "
    "A charter adopted by the council of ministers gives the transitional president a renewable mandate of {{five years}}. "
    "The country left the Economic Community of West African States in {{January 2025}}, together with Burkina Faso and Niger. "
    "Political parties were dissolved by decree {{2025-0339}}.",
)

F(
    "Mexico: Ayotzinapa case reaches tenth anniversary without verdict",
    "Parents of the students who disappeared in Iguala marched in Mexico City on {{September 26}}, ten years after the events of {{2014}}. "
    "The special prosecutor's office has changed leadership {{three times}} since {{2019}}. "
    "A federal judge in {{2022}} ordered the case file, known as {{AP/PGR/SDHPDSC/01/001/2015}}, to be reviewed. "
    "The march set off at {{11 a.m.}} from the Angel of Independence along Reforma avenue.",
    ["ten years"],
)

F(
    "Iraq: Sinjar agreement marks fourth year without implementation",
    "The agreement between Baghdad and Erbil on the administration of Sinjar, signed on {{October 9, 2020}}, has still not been put into effect {{four years}} later. "
    "Under its {{third}} article, local police were to take over security within {{six months}}. "
    "Iraq's federal budget for {{2024}} set aside {{50 billion dinars}} for the district's reconstruction, about {{0.03%}} of total spending. "
    "Talks are due to resume after the Kurdish regional election of {{October 20}}.",
)

F(
    "Philippines: Bangsamoro election moved to October",
    "The first parliamentary election in the Bangsamoro Autonomous Region in Muslim Mindanao has been moved from {{May 12}} to {{October 13, 2025}}, the election commission said. "
    "The region was created under {{Republic Act 11054}}, signed in {{2018}} after a peace deal ending a rebellion that began in the {{1970s}}. "
    "Members of its parliament serve terms of {{three years}}. "
    "The region's budget for {{2025}} is {{P98.7 billion}}.",
)
F(
    "Kenya: Nairobi court rules deployment of police to Haiti unconstitutional",
    "Kenya's High Court ruled on {{January 26, 2024}} that the government had no legal basis to deploy police officers to Haiti, in a judgment under {{Article 240}} of the constitution. "
    "Justice Enock Chacha Mwita said only the armed forces could be sent abroad, and that a reciprocal agreement was required under {{Section 108}} of the National Police Service Act. "
    "The petition, {{E389 of 2023}}, was filed by an opposition politician in {{October}}. "
    "The government said it would appeal within {{14 days}}.",
)

F(
    "Lebanon: Beirut port blast inquiry resumes after two-year halt",
    "The judge investigating the Beirut port explosion of {{August 4, 2020}} resumed work in {{January 2025}} after a freeze of more than {{two years}}. "
    "Judge Tarek Bitar has summoned officials for questioning starting on {{February 7}}. "
    "The blast, caused by ammonium nitrate stored in hangar {{12}} since {{2013}}, registered as a magnitude {{3.3}} tremor. "
    "Families of the victims hold a vigil on the {{4th}} of every month.",
)

F(
    "Ethiopia: Tigray interim administration marks year of Pretoria deal",
    "The Tigray interim administration held a ceremony in Mekelle on {{November 2}}, one year after the signing of the Pretoria agreement that ended {{two years}} of war. "
    "Flights between Addis Ababa and Mekelle resumed in {{December 2022}}, and banks reopened after {{18 months}}. "
    "The administration's budget was set at {{12 billion birr}}, {{35%}} lower than requested. "
    "The region's highway {{A2}} to Adigrat has been repaired along a {{120-km}} stretch.",
    ["one year"],
)

F(
    "Somalia: parliament approves return to one-person-one-vote elections",
    "Somalia's parliament on {{March 4}} approved constitutional amendments to replace the clan-based indirect system with direct elections from {{2026}}. "
    "The changes amend chapters {{1 to 4}} of the provisional constitution adopted in {{2012}}. "
    "The president's term was extended from {{four}} to {{five years}}. "
    "Puntland, which rejected the changes, said it would not recognise the federal government until a deal was reached.",
)

F(
    "Haiti: transition council's mandate set to expire in February",
    "Haiti's transitional presidential council, installed on {{April 25, 2024}}, has a mandate that ends on {{February 7, 2026}}. "
    "The council approved a budget of {{305 billion gourdes}} for the fiscal year, about {{12%}} of it for security. "
    "Elections have not been held since {{2016}}, and the terms of the last elected senators expired in {{January 2023}}. "
    "A referendum on a new constitution, first planned for {{2025}}, has been postponed a {{third}} time.",
)

F(
    "Myanmar: junta extends emergency rule by six months",
    "Myanmar's military government extended the state of emergency for another {{six months}} on {{July 31}}, the {{seventh}} extension since the coup of {{February 1, 2021}}. "
    "Under {{Section 425}} of the {{2008}} constitution, elections must be held within {{six months}} of the end of emergency rule. "
    "The junta has said a vote will be held in {{December 2025}}. "
    "Power cuts in Yangon now last up to {{12 hours}} a day.",
)
F(
    "Pakistan: Balochistan highway reopens after sit-in ends",
    "Traffic resumed on the {{N-25}} highway between Quetta and Karachi on {{Sunday}} after a sit-in that lasted {{nine days}}. "
    "Transporters said the closure cost them about {{Rs 2 billion}}. "
    "The protest, which began on {{July 28}}, ended after talks that ran until {{2 a.m.}} "
    "The provincial government said it would set up a commission under {{Section 3}} of the Commissions of Inquiry Act within {{30 days}}.",
)

F(
    "Armenia: Yerevan marks two years since Karabakh exodus",
    "Armenia held a minute of silence at {{noon}} on {{September 19}} to mark {{two years}} since Azerbaijan's offensive in Nagorno-Karabakh. "
    "The government has extended housing support payments of {{50,000 drams}} a month until the end of {{2025}}. "
    "A program launched in {{2024}} offers subsidies of up to {{5 million drams}}, rising by {{10%}} for border areas. "
    "The prime minister spoke for {{40 minutes}}.",
)

F(
    "DRC: Kinshasa court hears coup attempt appeal",
    "A military appeals court in Kinshasa began hearing the appeal of defendants sentenced to death over the failed coup of {{May 19, 2024}}. "
    "The first-instance trial at the Ndolo prison lasted more than {{three months}}. "
    "The DRC lifted a moratorium on the death penalty in {{March 2024}}, {{21 years}} after it was imposed. "
    "The hearing, scheduled for {{9 a.m.}}, started {{two hours}} late.",
)

F(
    "Ecuador: Noboa declares internal armed conflict, one year on",
    "President Daniel Noboa's decree {{111}}, signed on {{January 9, 2024}}, declared an internal armed conflict and named criminal gangs as terrorist organisations. "
    "Homicides fell by about {{15%}} in {{2024}} from the record rate of {{46 per 100,000}} inhabitants the year before. "
    "The state of emergency has been renewed in {{60-day}} periods. "
    "VAT was raised from {{12%}} to {{15%}} to pay for security.",
)

F(
    "Burkina Faso: junta extends transition by five years",
    "Burkina Faso's military rulers on {{May 25, 2024}} extended the transition by {{60 months}} from {{July 2}}, after national consultations in Ouagadougou. "
    "Captain Ibrahim Traore, who seized power in {{September 2022}}, will be able to run in the elections that close it. "
    "The charter was adopted after {{two days}} of talks. "
    "It replaces the text of {{October 2022}}, which had set a transition of {{21 months}}.",
)
# ---------------------------------------------------------------- mixed regions, part 3

F(
    "Nigeria: Plateau villages attacked on Christmas Eve",
    "Gunmen attacked villages in the Bokkos and Barkin Ladi areas of Plateau State on the night of {{December 24}}, {{2023}}, going from house to house. "
    "The local council chairman said [[between 160 and 200 people|killed;a=The local council chairman]] were killed, and the Red Cross later put the toll at [[198|killed;a=the Red Cross]]. "
    "[[More than 220 houses|housing;a=Amnesty International]] were torched in [[17 communities|other;u=other;a=Amnesty International]], according to Amnesty International. "
    "[[About 10,000 survivors|displaced]] fled to Bokkos town, where [[six primary schools|capacity]] were turned into camps. "
    "Relatives said [[at least 30 people|missing;a=Relatives]] were still missing a week after the attacks.",
)

F(
    "Mali: survivors of boat attack on Niger river still searching for relatives",
    "Jihadists fired rockets at the Tombouctou passenger boat on the Niger river near Bamba in {{September 2023}}, setting it ablaze. "
    "The government said [[49 civilians|killed;a=The government]] and [[15 soldiers|killed;a=The government]] died, but passengers who survived say the boat carried [[more than 300 people|other;a=passengers who survived]]. "
    "[[Dozens|missing]] jumped into the river and were never found, a survivor told the newspaper. "
    "The boat company, COMANAV, has suspended [[two of its three boats|other;n=boats]] on the route.",
)

F(
    "Burkina Faso: Solhan massacre survivors recount night attack",
    "Gunmen raided the gold-mining village of Solhan in northern Burkina Faso on the night of {{June 4}}, {{2021}}, shooting residents and burning the market. "
    "The government said [[132 people|killed;a=The government]] were killed; local sources put the toll at [[about 160|killed;a=local sources]]. "
    "[[More than 7,000 families|displaced;a=the national emergency relief council]] fled to Sebba, the national emergency relief council said. "
    "Investigators said most of the attackers were aged {{12 to 14}}.",
)
F(
    "Colombia: families of social leaders demand answers as killings rise",
    "The Indepaz institute said on {{Monday}} that [[173 social leaders|killed;a=The Indepaz institute]] and human rights defenders were killed in Colombia in {{2024}}, most of them in Cauca, Antioquia and Valle del Cauca. "
    "It also recorded [[76 massacres|other;u=other;a=The Indepaz institute]] in which [[267 people|killed;a=The Indepaz institute]] died. "
    "In the village of El Tambo, the widow of a murdered land-restitution leader said she and her [[five children|displaced;a=the widow of a murdered land-restitution leader]] had to leave their farm after receiving threats. "
    "The government says it has placed [[about 4,000 people|other;a=The government]] under the protection of the National Protection Unit.",
)

F(
    "Pakistan: Afghans deported from Karachi as deadline passes",
    "Police in Karachi began rounding up undocumented Afghans after the government's deadline for them to leave passed on {{November 1}}. "
    "The provincial home department said [[more than 1,100 Afghans|arrested;a=The provincial home department]] had been detained in the first week and taken to holding centres. "
    "The holding centre at Keamari has room for [[about 800|capacity]]. "
    "Across Pakistan, [[more than 400,000 Afghans|returned;a=the UN refugee agency]] have gone back to Afghanistan since {{September}}, the UN refugee agency said, many after living in Pakistan for {{40 years}}. "
    "At the Torkham crossing, the Afghan authorities said they were receiving [[up to 10,000 returnees a day|returned;a=the Afghan authorities]].",
)

F(
    "Honduras: mass arrests as government suspends rights in gang crackdown",
    "Honduras declared a partial state of emergency in {{December 2022}}, suspending some constitutional rights in [[162 neighbourhoods|other;u=other]] of Tegucigalpa and San Pedro Sula. "
    "Police said they had arrested [[more than 1,000 suspected gang members|arrested;a=Police]] in the first month. "
    "After a riot at the women's prison in Tamara in {{June 2023}} left [[46 inmates|killed]] dead, the government handed control of the prisons to the military police. "
    "The national human rights commissioner said the women's prison held [[about 900 inmates|arrested;a=The national human rights commissioner]] in space meant for [[400|capacity;a=The national human rights commissioner]].",
)

F(
    "Cameroon: Anglophone separatists free abducted students",
    "Separatist fighters released [[11 students|kidnapped;a=the governor of the North-West region]] they had seized from a secondary school in Bamenda, the governor of the North-West region said on {{Saturday}}. "
    "The students, aged {{13 to 17}}, had been held for {{four days}} in a forest camp. "
    "The separatists abducted [[another nine students|kidnapped]] and [[two teachers|kidnapped]] in Kumbo the week before; their fate is unknown. "
    "UNICEF says [[more than 700,000 children|civilians;a=UNICEF]] have been kept out of school in the English-speaking regions by the separatists' boycott.",
)

F(
    "India: villages in Manipur's foothills emptied after drone attacks",
    "Residents of Koutruk and Kadangband, in Manipur's Imphal West district, left their homes after suspected militants dropped bombs from drones in {{September 2024}}. "
    "[[Two people|killed;a=the state police]], including a woman, were killed and [[nine|injured;a=the state police]] were wounded, the state police said. "
    "[[Some 300 families|displaced;a=the district administration]] moved to relief camps in Imphal, according to the district administration. "
    "The state government said it would deploy [[an extra 2,000 police commandos|combatants;p;a=The state government]] in the foothills and set up [[eight new security posts|other;p;u=structure;a=The state government]].",
)

F(
    "Ukraine: residents of Pokrovsk told to leave as front line nears",
    "The head of the Pokrovsk military administration urged remaining residents to leave on {{Monday}} as Russian forces advanced to within {{10 km}} of the town. "
    "[[About 53,000 people|civilians;a=the regional administration]] were still in the town in mid-August, the regional administration said, out of [[60,000|civilians]] before the war. "
    "Families with children were ordered to evacuate: [[more than 2,000 children|displaced;a=officials]] were taken out in {{two weeks}}, officials said. "
    "By December [[fewer than 7,000|civilians;a=the head of the administration]] remained, the head of the administration said.",
)

F(
    "Sudan: RSF attack on Al-Fashir mosque kills worshippers during dawn prayer",
    "A drone struck a mosque in the Daraja Oula neighbourhood of El Fasher during dawn prayers on a Friday in {{September 2025}}. "
    "The local resistance committee said [[at least 75 people|killed;a=The local resistance committee]] were killed, among them [[11 displaced people|killed;a=The local resistance committee]] who had been sleeping in the mosque courtyard. "
    "The mosque had been used as a shelter since the fighting reached the neighbourhood in {{May}}. "
    "The UN says [[about 260,000 civilians|civilians;a=The UN]], half of them children, are trapped in the besieged city.",
)

F(
    "Venezuela: Tren de Aragua leaders held after Tocoron prison raid",
    "The Venezuelan government sent [[11,000 soldiers and police|combatants;n=soldiers and police;a=the interior minister]] to retake Tocoron prison from the Tren de Aragua gang in {{September 2023}}, the interior minister said. "
    "Inside they found a swimming pool, a zoo and a nightclub. "
    "The prison held [[about 1,600 inmates|arrested;a=officials]], officials said; all were transferred to other prisons. "
    "The gang's leader, Hector 'Niño' Guerrero, escaped before the raid, and the government said [[88 suspected accomplices|arrested;a=the government]] had been arrested.",
)

F(
    "Ethiopia: Oromia land-mine blasts kill cattle herders",
    "A land mine exploded under a cart carrying herders near Dembi Dolo in western Oromia, local officials said, the {{third}} such blast this month. "
    "[[Four herders|killed]] died and [[three|injured]] were injured. "
    "The area has seen fighting between government forces and the Oromo Liberation Army for more than {{four years}}. "
    "A demining team from the Ethiopian Mine Action Office is expected to clear [[about 30 sites|other;p;a=the office;alt=the Ethiopian Mine Action Office]] in the zone, the office said.",
)
F(
    "Mexico: mothers' collective finds clandestine graves in Sonora",
    "Volunteers of the Madres Buscadoras de Sonora found [[11 clandestine graves|other;a=the collective's founder]] on the outskirts of Hermosillo over the weekend, the collective's founder said. "
    "The remains of [[at least 14 people|killed]] were recovered and handed to the state prosecutor. "
    "Mexico's national registry lists [[more than 115,000 people|missing;a=Mexico's national registry]] as disappeared, the great majority since {{2006}}. "
    "[[Six|killed]] of the collective's own members have been murdered since it was founded in {{2019}}.",
)

F(
    "Myanmar: aid reaches Sagaing villages by boat after months of blockade",
    "Local aid groups delivered rice and medicines by boat to villages in Myanmar's Sagaing region that troops have cut off since {{March}}. "
    "A volunteer said the boats carried [[about 20 tonnes|aid;a=A volunteer]] of rice, enough for [[some 3,000 people|aid;p;a=A volunteer]] for a month. "
    "In the villages, [[about 12,000 people|civilians;a=the Sagaing Forum]] have been living without a clinic since the army burned the township hospital, the Sagaing Forum said. "
    "The junta has blocked fuel and medicine from entering [[at least eight townships|other;u=other;a=UN officials]], UN officials say.",
)

F(
    "Nigeria: Kaduna train attack hostages freed after months in captivity",
    "Gunmen bombed the track and attacked the Abuja-Kaduna train on {{March 28, 2022}}, killing [[eight passengers|killed;a=the Nigerian Railway Corporation]] and abducting [[62|kidnapped;a=the Nigerian Railway Corporation]], the Nigerian Railway Corporation said. "
    "The train had [[362 passengers|other;a=the corporation;alt=the Nigerian Railway Corporation]] on board, according to the corporation. "
    "Over the following months the kidnappers released hostages in small groups, [[11|kidnapped;a=the army]] of them in June, the army said. "
    "The last [[23 hostages|kidnapped;a=the chief of defence staff]] were freed in {{October}}, more than {{six months}} after the attack, the chief of defence staff said.",
)

F(
    "Syria: returnees to Homs countryside killed by unexploded bombs",
    "Since families began returning to villages in the Homs countryside in early {{2025}}, leftover munitions have become a daily danger. "
    "The White Helmets said [[at least 60 people|killed;a=The White Helmets]] had been killed by explosive remnants in the province since December, [[14 of them|killed;n=-;a=The White Helmets]] children. "
    "Its teams have destroyed [[more than 1,100 munitions|other;a=The White Helmets]] and plan to survey [[up to 100 villages|other;p;a=The White Helmets]] before the planting season, it said. "
    "[[Nearly 30,000 people|returned;a=the local authorities]] have come back to the area, the local authorities said.",
)
F(
    "Chad: Sudanese refugees moved from border to new camps",
    "Chad's refugee agency and UNHCR began moving Sudanese refugees from the border town of Adre to new camps further inland this week. "
    "[[About 1,500 people|displaced;a=officials]] left on the first convoy of [[25 trucks|other]], officials said. "
    "The new camp at Aboutengue was built to hold [[50,000|capacity]], but [[more than 60,000|displaced;a=UNHCR]] are already there, UNHCR said. "
    "The agency needs [[another 4,000 family shelters|capacity;p;n=shelters;a=The agency;alt=UNHCR]] before the rains begin in {{June}}.",
)

F(
    "Peru: protesters killed in Juliaca clashes with police",
    "Protesters demanding the resignation of President Dina Boluarte tried to take over the airport in Juliaca on {{January 9, 2023}}, and police opened fire. "
    "[[Seventeen people|killed;a=the ombudsman's office]] died, the ombudsman's office said, and [[one police officer|killed]] was burned to death in his car that night. "
    "Hospitals in the city treated [[more than 100 people|injured;a=the regional health directorate]] for gunshot and pellet wounds, according to the regional health directorate. "
    "A report by Amnesty International later found that [[49 people|killed;a=A report by Amnesty International]] had died in the protests nationwide between {{December}} and {{February}}.",
)
F(
    "Mozambique: insurgents behead villagers in Macomia as families flee again",
    "Insurgents raided villages along the Messalo river in Macomia district in {{February 2024}}, beheading men they accused of working with the army, residents said. "
    "[[At least 11 people|killed;a=residents]] were killed in [[three villages|other;a=residents]], residents said. "
    "The International Organization for Migration said [[more than 67,000 people|displaced;a=The International Organization for Migration]] had fled in {{two weeks}}, many for the {{second}} or {{third}} time. "
    "In Chiure, [[about 18,000|displaced;a=the district administrator]] are staying in [[four accommodation centres|capacity;a=the district administrator]], the district administrator said.",
)

F(
    "Central African Republic: returnees find homes looted in Bangassou",
    "Residents who fled Bangassou when rebels of the Coalition of Patriots for Change attacked in {{January 2021}} have been coming back since UN peacekeepers retook the town. "
    "The town's mayor said [[about 9,000|returned;a=The town's mayor]] had returned by mid-year, but [[nearly 4,000 others|displaced;a=The town's mayor]] remained across the river in the DRC. "
    "[[More than 1,000 houses|housing;a=the Norwegian Refugee Council]] were looted or partly burned, and [[only 250|housing;a=the Norwegian Refugee Council]] have been repaired, the Norwegian Refugee Council said. "
    "Each returning household receives a kit of [[12 roofing sheets|aid]] and tools.",
)

F(
    "Iraq: Mosul families still searching for sons taken by IS",
    "Eight years after Iraqi forces recaptured Mosul from the Islamic State, families gather each week outside the city's forensic department. "
    "The International Commission on Missing Persons estimates that [[between 250,000 and 1 million people|missing;a=The International Commission on Missing Persons]] have gone missing in Iraq since the {{1980s}}. "
    "In Nineveh province, the forensic department has exhumed [[about 1,800 bodies|killed;a=the forensic department]] from mass graves but identified [[fewer than 300|killed;a=the forensic department]]. "
    "A mother in the Zanjili district said her [[three sons|missing;a=A mother in the Zanjili district]] were taken from their home in {{2015}}.",
    ["Eight years"],
)
F(
    "Niger: Tillaberi villagers killed at market as attacks on civilians rise",
    "Gunmen on motorcycles opened fire at a weekly market in the village of Fambita, in Niger's Tillaberi region, during Friday prayers. "
    "The government declared {{three days}} of national mourning and said [[44 civilians|killed;a=The government]] had been killed and [[13|injured;a=The government]] wounded. "
    "Survivors said the attackers burned [[about 50 market stalls|other;u=structure;a=Survivors]]. "
    "ACLED, which monitors political violence, says attacks on civilians in the region have risen by {{60%}} since the {{2023}} coup, and [[about 1,200 civilians|killed;a=ACLED]] were killed there last year.",
)

F(
    "Guinea: families seek answers over Conakry protest deaths",
    "Security forces fired on protesters on the Hamdallaye-Bambeto axis of Conakry during demonstrations against the junta on {{July 28}}. "
    "The opposition coalition FNDC said [[five protesters|killed;a=The opposition coalition FNDC]] were shot dead, among them a {{17-year-old}} student, and [[about 40|injured;a=The opposition coalition FNDC]] were wounded. "
    "The government spoke of [[two deaths|killed;a=The government]] and [[85 arrests|arrested;a=The government;n=arrests]]. "
    "[[Three FNDC leaders|arrested]] detained the next day are still held at the central prison, their lawyers say.",
)

F(
    "Afghanistan: Pakistani strikes kill civilians in Paktika",
    "Pakistani aircraft struck villages in the Barmal district of Afghanistan's Paktika province late on {{December 24}}, the Taliban government said. "
    "A Taliban government spokesman said [[46 people|killed;a=A Taliban government spokesman]], most of them women and children, had been killed and [[six|injured;a=A Taliban government spokesman]] were wounded. "
    "Pakistan said the strikes targeted hideouts of the Pakistani Taliban. "
    "Local elders said the dead included refugees from Pakistan's Waziristan region, [[some 200 families|displaced;a=Local elders]] of whom had been living in the area since a military operation in {{2014}}.",
)

F(
    "Bolivia: standoff on highway ends with police freed",
    "Supporters of former president Evo Morales who had blocked highways for {{three weeks}} seized a military barracks in the Chapare region and held soldiers there in {{November 2024}}. "
    "The armed forces said [[about 200 soldiers|kidnapped;a=The armed forces]] were held at [[three units|other;u=structure;a=The armed forces]] by groups armed with firearms and sticks. "
    "The soldiers were released {{two days}} later after talks. "
    "Police cleared the blockades on {{Route 4}} and said they had arrested [[66 people|arrested;a=Police]]; [[about 30 officers|injured;a=Police]] were hurt.",
)

F(
    "South Sudan: Nasir clashes send families into Ethiopia",
    "Fighting between the army and the White Army militia around Nasir in Upper Nile State in {{March 2025}} drove villagers across the border into Ethiopia's Gambella region. "
    "Ethiopian officials said [[about 10,000 people|displaced;a=Ethiopian officials]] had crossed by mid-April. "
    "Air strikes using barrels filled with flammable liquid hit several villages; the UN said [[at least 21 civilians|killed;a=the UN]] died in one strike at Longechuk. "
    "The UN has moved its [[23 staff|displaced]] out of Nasir after a helicopter it operated came under fire and [[one crew member|killed]] was killed.",
)

F(
    "Philippines: families displaced by Lanao clashes return after army operation",
    "Families who fled fighting between the army and the Dawlah Islamiyah group in Lanao del Sur in {{February}} began going back to their villages this week. "
    "The provincial disaster office said [[about 1,900 families|returned;a=The provincial disaster office]] had gone home, while [[some 600|displaced;a=The provincial disaster office]] remained in evacuation centres. "
    "Each family received [[two food packs|aid]] and {{5,000 pesos}} in cash. "
    "The army said [[14 members|killed;a=The army]] of the group had been killed in the {{three-week}} operation and [[nine|combatants;a=The army]] had surrendered.",
)
# ---------------------------------------------------------------- mixed regions, part 4

F(
    "Nigeria: Benue farmers' camps swell after herder attacks",
    "Attacks on farming villages in the Guma and Logo areas of Benue State have continued through the rainy season, the state emergency management agency said. "
    "[[Between 2,000 and 2,500 people|displaced;a=the agency;alt=the state emergency management agency]] arrived at the Daudu camp last week alone, the agency said. "
    "The camp now holds [[about 30,000|displaced]], in tents meant for [[10,000|capacity]]. "
    "Farmers say [[at least 40 villages|other;a=Farmers]] along the Benue river have been abandoned, and {{hundreds of hectares}} of yam and rice are rotting unharvested.",
)

F(
    "Colombia: FARC dissidents free kidnapped soldiers in Guaviare",
    "A FARC dissident faction led by alias Calarca handed over [[four soldiers|kidnapped;a=the Ombudsman's Office]] it had held for {{three weeks}} in Guaviare, the Ombudsman's Office said. "
    "The soldiers were seized while guarding a road-building crew, along with [[two civilian engineers|kidnapped]], who were freed earlier. "
    "The group said it had taken them because the army had broken a ceasefire protocol. "
    "Colombia's defence ministry counted [[more than 250 kidnappings|kidnapped;u=person;n=kidnappings;a=Colombia's defence ministry]] in {{2024}}, the highest number in a decade.",
)

F(
    "Mali: families in Mopti camp fear for men taken at checkpoint",
    "Women at the Socoura displacement camp near Mopti say their husbands were taken off a bus at an army checkpoint on the road from Djenne and have not been heard from since. "
    "The camp's committee has listed [[17 men|missing;a=The camp's committee]] who disappeared that day. "
    "The camp shelters [[about 3,000 people|displaced]] who fled villages in the Djenne circle after attacks by jihadists and Dan Na Ambassagou militiamen. "
    "The army has said only that it detained several suspects for questioning. "
    "Human Rights Watch says it has documented [[at least 60 enforced disappearances|missing;n=disappearances;a=Human Rights Watch]] in the Mopti region since {{2022}}.",
)
F(
    "Sri Lanka: families of the disappeared reject compensation offer",
    "Tamil mothers who have protested for years in Vavuniya and Kilinochchi said on {{Thursday}} they would not accept compensation of {{Rs 200,000}} per family offered by the government. "
    "The Office on Missing Persons says it has received [[about 21,000 complaints|missing;u=person;n=complaints;a=The Office on Missing Persons]] of disappearances, most from the final phase of the war in {{2009}}. "
    "It has traced [[only 16 people|missing;a=The Office on Missing Persons]] alive, it said. "
    "[[More than 200 of the protesting mothers|other;n=mothers;a=the protesters]] have died without learning what happened to their children, the protesters say.",
)
F(
    "Ukraine: families of missing soldiers rally in Kyiv",
    "Relatives of Ukrainian soldiers listed as missing in action gathered on Independence Square on {{Sunday}}, holding photographs and demanding faster identification of bodies returned by Russia. "
    "Ukraine's commissioner for missing persons said [[more than 63,000 people|missing;a=Ukraine's commissioner for missing persons]], soldiers and civilians, were officially listed as missing. "
    "In the last repatriation, Russia handed over [[909 bodies|killed;a=the coordination headquarters]] that it said were Ukrainian soldiers, the coordination headquarters said. "
    "DNA matching takes up to {{six months}}, and [[hundreds of bodies|killed]] remain unidentified in morgues in Kyiv and Dnipro.",
)

F(
    "DRC: Mai-Mai fighters abduct travellers near Beni for ransom",
    "Mai-Mai militiamen set up a roadblock on the Beni-Kasindi road on {{Tuesday}} and took [[at least 12 travellers|kidnapped;a=civil society leaders]] into the bush, civil society leaders said. "
    "The kidnappers are demanding {{$500}} per hostage. "
    "A day later, soldiers found [[three of the travellers|kidnapped;n=travellers]] tied to trees and freed them. "
    "The civil society group says [[more than 150 people|kidnapped;a=The civil society group]] have been abducted on the same road this year, and [[at least 20|killed;a=The civil society group]] were killed when their families could not pay.",
)

F(
    "Armenia: soldiers killed as Azerbaijan shells border towns",
    "Azerbaijani forces shelled Jermuk, Goris and other Armenian towns overnight on {{September 12}}, {{2022}}, in the worst fighting since the {{2020}} war. "
    "Armenia said [[105 soldiers|killed;a=Armenia]] had been killed, and Azerbaijan reported [[80 of its servicemen|killed;n=servicemen;a=Azerbaijan]] dead. "
    "[[About 7,600 residents|displaced;a=Armenian officials]] of border villages were evacuated, Armenian officials said, [[1,437 of them|displaced;n=-;a=Armenian officials]] children. "
    "[[Some 190 houses|housing;a=the Syunik regional administration]] were damaged in the province of Syunik, the Syunik regional administration said.",
)

F(
    "Yemen: migrants' detention centre hit in Saada airstrike",
    "A US air strike hit a detention centre for African migrants in Saada, in northern Yemen, in {{April 2025}}, the Houthi-run interior ministry said. "
    "The centre held [[115 migrants|arrested;a=the ministry;alt=the Houthi-run interior ministry]], mostly Ethiopians, according to the ministry, and [[68|killed;a=the ministry;alt=the Houthi-run interior ministry]] of them were killed. "
    "[[Forty-seven survivors|injured]] were taken to hospitals in Saada. "
    "The International Organization for Migration says [[about 90,000 migrants|other;a=The International Organization for Migration]] crossed from the Horn of Africa to Yemen in {{2024}}.",
)
F(
    "Gaza: families return to northern Gaza to find neighbourhoods flattened",
    "When the ceasefire took effect in {{January 2025}}, crowds walked north along the coastal Rashid road, back to homes they had left more than a year earlier. "
    "The UN said [[more than 500,000 people|returned;a=The UN]] had crossed from the south to the north in the first week. "
    "A UN satellite assessment found [[about 436,000 homes|housing;a=A UN satellite assessment]] damaged or destroyed, {{92%}} of the housing stock. "
    "In Jabalia, returnees pitched tents on the rubble; aid groups said they had handed out [[8,000 tents|aid;a=aid groups]] in the north and needed [[another 60,000|aid;p;a=aid groups]].",
)
F(
    "Sudan: Sennar civilians flee on foot as RSF takes Singa",
    "The Rapid Support Forces seized Singa, the capital of Sennar state, in {{June 2024}}, and residents fled east toward Gedaref on foot and on donkey carts. "
    "The International Organization for Migration said [[up to 136,000 people|displaced;a=The International Organization for Migration]] had fled Sennar state in {{two weeks}}. "
    "At the Gedaref border, [[some 9,000|displaced]] were sleeping in [[22 schools|capacity]] and under trees. "
    "Aid workers said the RSF had looted [[at least 20 aid trucks|other;a=Aid workers]] on the road from Sennar.",
)

F(
    "Haiti: Kenyan-led mission receives reinforcements",
    "A {{fourth}} contingent of the Kenyan-led Multinational Security Support mission landed in Port-au-Prince on {{Saturday}}. "
    "The contingent brought [[217 police officers|combatants;a=the mission]] from Kenya, the mission said, raising its strength to [[about 1,000|combatants;a=the mission]]. "
    "The UN had authorised [[up to 2,500 officers|combatants;p]]. "
    "Gangs still control about {{85%}} of the capital, and [[more than 700,000 people|displaced;a=the IOM]] have been displaced nationwide, the IOM says.",
)
F(
    "Burkina Faso: Djibo residents describe army reprisals after ambush",
    "Soldiers and civil defence volunteers entered the village of Nodin, near Ouahigouya, after an ambush on a convoy in {{February 2024}}, residents told Human Rights Watch. "
    "The group said [[at least 223 villagers|killed;a=The group;alt=Human Rights Watch]], including [[56 children|killed;a=The group;alt=Human Rights Watch]], were executed in Nodin and the neighbouring village of Soro. "
    "Survivors said they buried the dead in [[eight mass graves|other]]. "
    "The government suspended the BBC and Voice of America for {{two weeks}} for reporting the findings.",
)

F(
    "Nigeria: Yelwata attack survivors crowd makeshift camps",
    "Gunmen attacked Yelwata, a market town in Benue State, late on {{June 13}}, firing on families and setting fire to houses where people were sleeping. "
    "Amnesty International said [[as many as 200 people|killed;a=Amnesty International]] were killed; the police put the toll at [[about 100|killed;a=the police]]. "
    "Many of the dead had earlier fled attacks on nearby farms and were living in [[two churches|capacity]] in the town. "
    "The state government said [[about 3,000 survivors|displaced;a=The state government]] had moved to Makurdi, where they are sleeping in a primary school, and [[over 180 houses|housing;a=The state government]] were burned. "
    "The president ordered [[a further 500 troops|combatants;p]] to the area.",
)
F(
    "Myanmar: Karenni families live in forest camps as fighting continues",
    "Fighting between the junta and Karenni resistance groups in Kayah State has emptied most of Loikaw, the state capital. "
    "The Karenni Human Rights Group says [[more than 200,000 people|displaced;a=The Karenni Human Rights Group]] have fled their homes since {{2021}}, most to forest camps near the Shan and Thai borders. "
    "In one camp, [[about 4,500 people|displaced;a=a camp committee member]] share [[six wells|other;a=a camp committee member]], a camp committee member said. "
    "Junta air strikes have destroyed [[at least 70 schools|housing;a=the group;alt=The Karenni Human Rights Group]] in the state, the group says.",
)

F(
    "Nicaragua: government strips exiles of citizenship and frees political prisoners",
    "Nicaragua put [[222 political prisoners|arrested;a=the government]] on a plane to Washington in {{February 2023}} and stripped them of their citizenship, the government said. "
    "A court declared them traitors the same day under {{Law 1145}}. "
    "The Mechanism for the Recognition of Political Prisoners says [[more than 70|arrested;a=The Mechanism for the Recognition of Political Prisoners]] remain in prison. "
    "[[About 355 people|killed;a=the Inter-American Commission on Human Rights]] were killed during the crackdown on protests in {{2018}}, according to the Inter-American Commission on Human Rights.",
)
F(
    "Chad: protesters shot in N'Djamena on 'Black Thursday'",
    "Security forces fired on protesters in N'Djamena and Moundou on {{October 20, 2022}}, the day the junta's initial transition was due to end. "
    "The prime minister said [[about 50 people|killed;a=The prime minister]] had been killed, including [[10 police officers|killed;a=The prime minister]]. "
    "Rights groups later said [[more than 600 people|arrested;a=Rights groups]] had been detained and taken to the Koro Toro desert prison, {{600 km}} from the capital. "
    "[[Some 260|arrested;a=the justice ministry]] of them were sentenced in a mass trial held inside the prison, the justice ministry said.",
)

F(
    "Pakistan: Quetta railway station bombing kills soldiers waiting for train",
    "A suicide bomber blew himself up on a crowded platform at Quetta railway station on {{November 9}}, as soldiers waited for a train to Rawalpindi. "
    "Police said [[at least 26 people|killed;a=Police]] were killed, [[14 of them|killed;n=-;a=Police]] soldiers, and [[62|injured;a=Police]] wounded. "
    "The Balochistan Liberation Army said it had carried out the attack. "
    "The train, the Jaffar Express, was due to leave at {{9 a.m.}}",
)

F(
    "Indonesia: Papua villagers flee to forest after army operation",
    "Residents of villages in Intan Jaya regency in Papua fled into the forest after troops began searching for separatist fighters of the West Papua National Liberation Army. "
    "A church group said [[about 1,300 people|displaced;a=A church group]] were hiding in the forest or sheltering in [[three churches|capacity;a=A church group]] in the district town. "
    "The army said it had killed [[three rebels|killed;a=The army]] and seized [[two rifles|other;a=The army]]. "
    "Rights groups say [[at least 60,000 Papuans|displaced;a=Rights groups]] have been displaced by the conflict since {{2018}}.",
)

F(
    "Kenya: Lamu villagers attacked by al-Shabaab fighters",
    "Al-Shabaab fighters raided villages in Lamu county near the Boni forest, killing villagers and burning houses, police said. "
    "[[Five villagers|killed]] were killed and [[15 houses|housing]] set on fire. "
    "[[About 400 people|displaced;a=the county commissioner]] fled to Mpeketoni, the county commissioner said, and the government sent [[120 police officers|combatants]] to the area. "
    "Schools in the area were closed for {{two weeks}}.",
)

F(
    "Colombia: Catatumbo displaced wait in Tibu coliseum",
    "A month after fighting broke out between the ELN and FARC dissidents in the Catatumbo region, families are still sleeping on mattresses in the sports coliseum in Tibu. "
    "The town's mayor said [[about 2,300 people|displaced;a=The town's mayor]] were sheltering in the coliseum and [[four schools|capacity;a=The town's mayor]]. "
    "The government has promised [[5,000 food packages|aid;p;a=The government]], but [[only 1,800|aid]] have arrived. "
    "The army has moved [[about 5,000 troops|combatants;a=the defence minister]] into the region, the defence minister said.",
)

F(
    "Somalia: families flee Las Anod fighting",
    "Fighting between Somaliland forces and clan militias around Las Anod in {{February 2023}} drove families out of the town. "
    "UNHCR said [[between 154,000 and 203,000 people|displaced;a=UNHCR]] had fled, [[up to 100,000|displaced;a=UNHCR]] of them across the border into Ethiopia's Somali region. "
    "Doctors at Las Anod general hospital said they had treated [[more than 600 wounded|injured;n=wounded;a=Doctors at Las Anod general hospital]] in {{two months}}. "
    "The hospital itself was shelled {{three times}}.",
)
F(
    "Mozambique: post-election protests leave dozens dead in Maputo",
    "Protests over the disputed results of the {{October 9}} election turned violent in Maputo and Nampula, with police firing live rounds and protesters burning tyres and shops. "
    "The civil society platform Plataforma Decide said [[at least 277 people|killed;a=The civil society platform Plataforma Decide]] had been killed by {{mid-January}}. "
    "It counted [[more than 4,000 arrests|arrested;n=arrests;a=The civil society platform Plataforma Decide]]. "
    "During unrest on {{December 25}}, [[more than 1,500 inmates|other;a=police]] escaped from a prison in Maputo, police said; [[33|killed;a=police]] died in clashes with guards.",
)

F(
    "Iraq: Kurdistan camp residents told to leave as closures loom",
    "The Iraqi government has ordered the closure of the remaining displacement camps in the Kurdistan Region, giving families a grant of {{4 million dinars}} to leave. "
    "[[About 100,000 people|displaced;a=the International Organization for Migration]] still live in the [[22 camps|capacity;a=the International Organization for Migration]], according to the International Organization for Migration. "
    "Many are Yazidis from Sinjar, where about {{80%}} of homes remain damaged. "
    "So far this year [[about 2,500 families|returned;a=the ministry of migration]] have left the camps for Sinjar, the ministry of migration said.",
)
F(
    "Nigeria: Zamfara schoolgirls recount captivity after release",
    "Gunmen took schoolgirls from their dormitories at the Government Girls Secondary School in Jangebe, Zamfara State, before dawn on {{February 26, 2021}}. "
    "The state governor said the [[279 schoolgirls|kidnapped;a=The state governor]] had been freed after {{four days}}, without ransom. "
    "Some of the girls told reporters they had been marched for hours and kept under trees, and [[three of them|injured;n=-;a=The state governor]] were treated for gunshot wounds, the governor added. "
    "The state closed [[all 24 boarding schools|other;a=the commissioner for education]] in the state after the attack, the commissioner for education said.",
)

F(
    "Ecuador: soldiers patrol Guayaquil streets after TV station attack",
    "Gunmen stormed the studio of TC Television in Guayaquil during a live broadcast on {{January 9, 2024}}, hours after the president declared an internal armed conflict. "
    "Police arrested [[13 attackers|arrested;a=Police]] inside the building and freed [[about 20 employees|kidnapped;a=Police]] who had been held at gunpoint, Police said. "
    "In the following week the armed forces reported [[more than 1,100 arrests|arrested;n=arrests;a=the armed forces]] across the country. "
    "[[Seven prison guards|kidnapped]] held by inmates in Cuenca were also released.",
)
F(
    "Mali: Kidal residents flee as army and Wagner retake town",
    "The Malian army and Russian fighters of the Wagner group entered Kidal in {{November 2023}}, for the first time since {{2012}}. "
    "Most of the population had left beforehand: local officials said [[about 30,000 residents|displaced;a=local officials]] fled toward the Algerian border. "
    "The rebel alliance CSP said drone strikes had killed [[at least 14 civilians|killed;a=The rebel alliance CSP]] in the days before the army arrived. "
    "In Algeria, the town of Tinzaouaten received [[about 2,000 families|displaced;a=the Algerian Red Crescent]], the Algerian Red Crescent said.",
)
F(
    "Syria: Sweida clashes leave Druze villages empty",
    "Clashes between Druze fighters and Bedouin tribes in Syria's Sweida province in {{July 2025}} drew in government forces and Israeli air strikes. "
    "The Syrian Observatory for Human Rights said [[more than 1,000 people|killed;a=The Syrian Observatory for Human Rights]] had been killed in a week. "
    "The International Organization for Migration said [[about 176,000 people|displaced;a=The International Organization for Migration]] had been displaced, and [[some 3,000 Bedouin families|displaced;a=The International Organization for Migration]] had been evacuated from the province in buses. "
    "A convoy of [[32 trucks|aid;a=the Syrian Arab Red Crescent]] reached Sweida city, the Syrian Arab Red Crescent said.",
)

F(
    "Lebanon: displaced return to southern villages despite Israeli presence",
    "After the ceasefire of {{November 27}}, [[thousands of families|returned]] drove south on the coastal highway, ignoring warnings not to go back yet. "
    "The International Organization for Migration said [[about 580,000 people|returned;a=The International Organization for Migration]] had returned to their areas within {{two months}}, while [[nearly 100,000|displaced;a=The International Organization for Migration]] were still displaced. "
    "In the border village of Kfar Kila, the mayor said [[about 450 houses|housing;a=the mayor]] had been blown up, and [[only 20|housing;a=the mayor]] were still standing. "
    "The Lebanese army has deployed [[about 5,000 soldiers|combatants;a=the army]] south of the Litani river, the army said.",
)
F(
    "Uganda: families of opposition supporters seek missing relatives",
    "Relatives of supporters of opposition leader Bobi Wine gathered at the National Unity Platform offices in Kampala to file reports of missing family members. "
    "The party says [[at least 18 supporters|missing;a=The party]] have been taken by men in unmarked vans since the campaign began. "
    "The internal affairs minister said in parliament that [[more than 1,300 people|arrested;a=The internal affairs minister]] had been detained in connection with the {{November}} riots, and that [[about 600|arrested;a=The internal affairs minister]] had been charged. "
    "[[Fifty-four people|killed;a=police]] died in the riots, police said.",
)

F(
    "Bangladesh: Chittagong Hill Tracts homes burned after communal clash",
    "Settlers set fire to houses belonging to Indigenous Jumma families in Khagrachari and Rangamati in {{September 2024}}, after a man was beaten to death in a dispute. "
    "The Kapaeeng Foundation said [[about 100 houses|housing;a=The Kapaeeng Foundation]] and [[more than 50 shops|housing;a=The Kapaeeng Foundation]] were burned. "
    "[[Four Jumma men|killed;a=the army]] were killed when soldiers fired on a crowd in Dighinala, the army said. "
    "The interim government sent a team of [[12 investigators|other]].",
)
F(
    "Nigeria: Gwoza suicide bombings hit wedding and hospital",
    "Female suicide bombers attacked a wedding, a funeral and a hospital in Gwoza, Borno State, on {{June 29, 2024}}. "
    "The state emergency agency said [[32 people|killed;a=The state emergency agency]] were killed and [[42|injured;a=The state emergency agency]] seriously injured. "
    "Gwoza hosts [[about 50,000 displaced people|displaced;a=aid agencies]] in [[five camps|capacity;a=aid agencies]], aid agencies say. "
    "After the attack, the army said it had arrested [[two suspected coordinators|arrested;a=the army]].",
)
F(
    "Haiti: Pont-Sonde massacre survivors flee to Saint-Marc",
    "Members of the Gran Grif gang attacked the town of Pont-Sonde in the Artibonite valley at dawn on {{October 3, 2024}}, shooting residents in their homes. "
    "The UN human rights office said [[at least 115 people|killed;a=The UN human rights office]] were killed. "
    "[[More than 6,200 people|displaced;a=the International Organization for Migration]] fled, most of them to Saint-Marc, the International Organization for Migration said. "
    "In Saint-Marc, [[about 2,000|displaced]] are living in [[three churches|capacity]] and a school, while the others stay with host families. "
    "The gang also set fire to [[45 houses|housing]] and [[34 vehicles|other]].",
)

F(
    "Cameroon: Ambazonian fighters enforce lockdown with arson",
    "Separatist fighters burned [[two buses|other;a=the police]] and [[a dozen motorbikes|other;a=the police]] in Bamenda on {{Monday}} to enforce their weekly lockdown, the police said. "
    "[[One driver|killed]] was shot dead. "
    "Human Rights Watch says [[more than 6,000 civilians|killed;a=Human Rights Watch]] have been killed by both sides since the crisis began in {{2016}}. "
    "Schools in the region remain closed for [[some 700,000 children|civilians;a=UNICEF]], UNICEF says.",
)

F(
    "Myanmar: Rohingya boat arrivals in Aceh rejected by residents",
    "A wooden boat carrying Rohingya refugees landed on a beach in Aceh province in {{November 2023}}, the latest of several arrivals. "
    "Local officials said [[about 240 Rohingya|displaced;a=Local officials]] were on board, [[more than 70 of them|displaced;n=-;a=Local officials]] children. "
    "Residents pushed the boat back out to sea, but the passengers landed again {{two days}} later. "
    "UNHCR said [[more than 1,000 Rohingya|displaced;a=UNHCR]] had arrived in Aceh that month, and [[as many as 200|missing;a=UNHCR]] were feared lost at sea.",
)

F(
    "Ethiopia: Tigray fighters demobilised under Pretoria deal",
    "The National Rehabilitation Commission began demobilising Tigrayan fighters at camps in Mekelle and Edaga Hamus in {{June 2024}}. "
    "The commission said it planned to demobilise [[75,000 former fighters|combatants;p;a=The commission;alt=The National Rehabilitation Commission]] in Tigray in the first phase, out of [[about 270,000|combatants;a=The commission;alt=The National Rehabilitation Commission]] nationwide. "
    "Each camp can take [[up to 10,000|capacity;a=officials]] at a time, officials said. "
    "Former fighters receive {{3,000 birr}} on leaving.",
)

F(
    "Thailand: southern insurgents attack village defence volunteers",
    "Insurgents attacked a post of village defence volunteers in Yala province late on {{Saturday}}, setting off a bomb and then firing. "
    "[[Three volunteers|killed;a=police]] were killed and [[four|injured;a=police]] injured, police said. "
    "The Internal Security Operations Command has deployed [[about 60,000 troops, police and rangers|combatants;n=troops, police and rangers;a=The Internal Security Operations Command]] in the southern border provinces, it says. "
    "The post, set up in {{2019}}, guards a primary school.",
)
F(
    "Venezuela: Colombian guerrillas recruit children in Apure, rights group says",
    "The Venezuelan rights group FundaRedes said on {{Wednesday}} that Colombian guerrilla groups operating in Apure and Zulia states are recruiting children from poor families. "
    "It said it had documented [[at least 120 minors|combatants;a=The Venezuelan rights group FundaRedes]] recruited in {{2023}}. "
    "Parents in the town of Guasdualito told the group that recruiters offer {{$200}} a month. "
    "In {{March 2021}}, fighting between the Venezuelan army and FARC dissidents in Apure drove [[about 6,000 people|displaced;a=Colombian officials]] across the river into Arauquita, Colombian officials said.",
)

F(
    "Pakistan: Kurram convoy attack victims buried as road stays closed",
    "Families in Parachinar buried victims of the attack on a passenger convoy in Kurram district, as the only road to Peshawar stayed closed for a {{third}} week. "
    "Hospital officials said [[11 of the wounded|injured;n=wounded;a=Hospital officials]] were still in intensive care. "
    "Traders said [[about 300 trucks|other;a=Traders]] loaded with food and medicine were stuck at Thall waiting for the road to open. "
    "The provincial government flew in [[four tonnes|aid;a=The provincial government]] of medicine by helicopter, it said.",
)

F(
    "Sudan: Tawila swells with people fleeing Zamzam",
    "After the Rapid Support Forces overran Zamzam camp in {{April 2025}}, [[hundreds of thousands of people|displaced]] walked {{60 km}} west to the town of Tawila. "
    "The Norwegian Refugee Council said [[more than 400,000 people|displaced;a=The Norwegian Refugee Council]] had fled Zamzam, and [[about 180,000|displaced;a=The Norwegian Refugee Council]] had reached Tawila in the first {{ten days}}. "
    "Doctors Without Borders said it had treated [[more than 350 people|injured;a=Doctors Without Borders]] with gunshot wounds at its Tawila clinic. "
    "Aid agencies had set up [[about 40 water points|aid;u=other;a=Aid agencies]] by the end of the month, they said.",
)
F(
    "Guatemala: Huehuetenango villagers flee cartel clashes",
    "Gun battles between rival drug cartels near the Mexican border in Huehuetenango forced families out of mountain villages in {{June 2024}}. "
    "The municipal authorities of Cuilco said [[about 600 people|displaced;a=The municipal authorities of Cuilco]] were sheltering in the town's [[two schools|capacity;a=The municipal authorities of Cuilco]]. "
    "The government declared a state of prevention for {{15 days}} and sent [[1,000 soldiers|combatants;a=the defence ministry]], the defence ministry said. "
    "[[Two of the residents|killed;n=residents]] who stayed behind were found shot dead.",
)

F(
    "Myanmar: junta frees prisoners in amnesty but activists stay behind bars",
    "Myanmar's junta announced an amnesty for [[5,864 prisoners|arrested;a=Myanmar's junta]] to mark Union Day on {{February 12}}. "
    "The Assistance Association for Political Prisoners said [[fewer than 100|arrested;a=The Assistance Association for Political Prisoners]] of those freed were political detainees. "
    "The association counts [[more than 21,000 people|arrested;a=The association;alt=The Assistance Association for Political Prisoners]] still in detention for opposing the {{2021}} coup. "
    "[[Twelve foreigners|returned]] were deported to their home countries under the amnesty.",
)
F(
    "Nigeria: Katsina vigilantes recruited to fight bandits",
    "Katsina State has recruited [[1,500 members|combatants;a=the state government]] for its new Community Watch Corps, the state government said, to help the army and police against bandits. "
    "The recruits were trained for {{six weeks}} and given pump-action guns. "
    "The governor said he plans to recruit [[another 1,000|combatants;p;a=The governor]] next year. "
    "Bandits still hold [[at least 60 abducted villagers|kidnapped;a=local leaders]] in forests of the Faskari area, local leaders said.",
)

F(
    "DRC: Kisangani prison break frees hundreds",
    "Gunmen attacked the central prison of Kisangani on Tuesday night, freeing inmates after a {{two-hour}} gunfight with guards. "
    "The provincial governor said [[about 800 inmates|other;a=The provincial governor]] escaped, and [[11|killed;a=The provincial governor]] were killed during the breakout. "
    "By Friday police had recaptured [[130|arrested;a=police]], police said. "
    "The prison was built in the {{1950s}} for [[400 inmates|capacity]] and held [[more than 1,300|arrested]] at the time of the attack.",
)

F(
    "Sudan: Kordofan villagers shelter in El Obeid mosques",
    "Villagers fleeing RSF raids in North Kordofan have been arriving in El Obeid for weeks, many after walking for {{three days}}. "
    "The state's humanitarian aid commission said [[some 17,000 people|displaced;a=The state's humanitarian aid commission]] had arrived since {{January}}. "
    "[[Eleven mosques|capacity]] and [[six schools|capacity]] in the city now serve as shelters. "
    "Local volunteers hand out [[about 5,000 meals a day|aid;a=Local volunteers]], they said.",
)
F(
    "Burkina Faso: Fada N'Gourma camp receives families fleeing eastern villages",
    "Families from villages around Gayeri have been arriving in Fada N'Gourma since jihadists ordered them to leave within {{72 hours}}. "
    "The regional social action directorate said [[about 2,700 households|displaced;a=The regional social action directorate]] had registered in {{three weeks}}. "
    "Only [[400 of them|aid;n=-;u=household]] have received food distributions so far. "
    "The directorate has asked for [[1,000 more tents|aid;p;a=The directorate;alt=The regional social action directorate]], it said.",
)

F(
    "Colombia: Cauca Indigenous guard detains dissident fighters",
    "Members of the Nasa Indigenous guard surrounded and detained [[five FARC dissident fighters|arrested;a=the ACIN association]] near Toribio after they killed a guard member, the ACIN association said. "
    "The fighters were tried by an Indigenous assembly on {{Saturday}}. "
    "The assembly sentenced [[four of them|arrested;n=-]] to between {{40}} and {{60 years}} in an Indigenous prison, and handed [[one minor|combatants]] to the family welfare institute. "
    "[[About 3,000 guards|other;a=organisers]] took part in the assembly, organisers said.",
)

F(
    "Mexico: Culiacan residents stay indoors as Sinaloa cartel factions fight",
    "Fighting between the Chapitos and Mayo factions of the Sinaloa cartel has paralysed Culiacan since {{September 9}}. "
    "The state prosecutor's office said [[more than 1,200 people|killed;a=The state prosecutor's office]] had been killed and [[about 1,400|missing;a=The state prosecutor's office]] reported missing in the first {{ten months}}. "
    "The federal government has sent [[more than 2,000 soldiers|combatants;a=The federal government]] and National Guard members, it said. "
    "[[About 200 families|displaced;a=church groups]] from mountain villages have moved into the city, church groups say.",
)

F(
    "Burundi: Congolese refugees arrive in Gatumba after Uvira fighting",
    "Congolese fleeing fighting around Uvira crossed into Burundi at Gatumba and by boat across Lake Tanganyika in {{February 2025}}. "
    "UNHCR said [[about 40,000 refugees|displaced;a=UNHCR]] had arrived in {{two weeks}}, many of them sleeping in a sports stadium in Rugombo. "
    "Burundian officials said [[four people|killed;a=Burundian officials]] drowned when a canoe capsized during the crossing. "
    "The agency plans to move [[15,000 of the new arrivals|displaced;p;n=arrivals;a=The agency;alt=UNHCR]] to the Musenyi camp.",
)
F(
    "Iraq: Sadr supporters storm Green Zone after cleric quits politics",
    "Supporters of the Shia cleric Moqtada al-Sadr stormed the government palace in Baghdad's Green Zone on {{August 29, 2022}}, after he announced he was quitting politics. "
    "Clashes with armed groups and security forces overnight killed [[at least 30 people|killed;a=medics]] and wounded [[more than 700|injured;a=medics]], medics said. "
    "The army imposed a curfew from {{3:30 p.m.}} "
    "The clashes ended the next day when Sadr told his followers to withdraw within {{60 minutes}}.",
)

F(
    "Niger: Nigerien migrants expelled from Algeria stranded at Assamaka",
    "Migrants expelled from Algeria are being left in the desert near the border post of Assamaka, in northern Niger, and walking {{15 km}} to reach it. "
    "Doctors Without Borders said [[more than 31,000 people|returned;a=Doctors Without Borders]] were expelled to Niger in {{2024}}. "
    "The transit centre of the International Organization for Migration in Assamaka has room for [[about 1,000|capacity;a=aid workers]], but [[nearly 4,500|displaced;a=aid workers]] were stranded there in {{March}}, aid workers said. "
    "Niger's junta repealed a {{2015}} law against migrant smuggling in {{November 2023}}.",
)

F(
    "Ukraine: Russian strike on Kyiv children's hospital",
    "A Russian missile struck the Okhmatdyt children's hospital in Kyiv on {{July 8, 2024}}, during one of the heaviest attacks on the capital of the war. "
    "Officials said [[two adults|killed;a=Officials]] were killed at the hospital and [[16 people|injured;a=Officials]], including [[seven children|injured;a=Officials]], were wounded. "
    "[[More than 600 children|aid;a=the health ministry]] were being treated there at the time, the health ministry said; [[94|displaced;a=the health ministry]] were moved to other hospitals. "
    "Across Ukraine, the strikes killed [[at least 43 people|killed]].",
)

F(
    "South Sudan: Malakal protection site crowded as returnees arrive",
    "The UN protection of civilians site in Malakal, set up in {{2014}}, was built for [[about 12,000 people|capacity]]. "
    "It now holds [[more than 40,000|displaced;a=the UN mission]], the UN mission said, after returnees fleeing Sudan joined the families already there. "
    "[[Five residents|killed]] of the site were killed in clashes between Shilluk and Nuer youths in {{February}}. "
    "Peacekeepers from India and Rwanda guard the site.",
)
F(
    "Cameroon: Far North families flee to Chad after Boko Haram raids",
    "Boko Haram fighters raided villages in the Mayo-Tsanaga department of Cameroon's Far North, burning houses and stealing cattle, local officials said. "
    "[[Nine villagers|killed;a=the officials;alt=local officials]] were killed and [[about 60 houses|housing;a=the officials;alt=local officials]] burned in the raids, the officials said. "
    "Chadian authorities said [[some 3,000 Cameroonians|displaced;a=Chadian authorities]] had crossed into Chad by the end of the week. "
    "The army has sent [[about 250 soldiers|combatants;a=The army]] to the area, it said.",
)
F(
    "Philippines: Abu Sayyaf hostages freed in Sulu",
    "Soldiers freed [[three Indonesian fishermen|kidnapped;a=the military's Western Mindanao Command]] held by Abu Sayyaf militants on Jolo island, the military's Western Mindanao Command said on {{Sunday}}. "
    "The men had been seized from their boat off Sabah {{five months}} earlier. "
    "[[Two militants|killed]] were killed in the operation and [[one soldier|injured]] was hurt. "
    "Abu Sayyaf, which once had [[more than 1,000 fighters|combatants;a=the military]], now has [[fewer than 50|combatants;a=the military]], the military says.",
)

F(
    "Mali: jihadists kidnap Chinese workers at gold mine",
    "Gunmen attacked a Chinese-run gold mining site near Kayes in western Mali in {{January 2025}} and took [[five Chinese workers|kidnapped;a=a local official]], a local official said. "
    "[[Two Malian guards|killed]] were killed. "
    "The site employed [[about 300 workers|other]]; most fled to Kayes, {{70 km}} away. "
    "JNIM has kidnapped [[at least 20 foreigners|kidnapped;a=security sources]] in western Mali since {{2024}}, security sources say.",
)

F(
    "Nigeria: Ebonyi villagers sheltering in schools after land dispute violence",
    "Fighting between the Ezza and Effium communities over farmland in Ebonyi State flared again this week, with armed youths burning houses. "
    "The state government said [[at least 14 people|killed;a=The state government]] had been killed and [[some 300 houses|housing;a=The state government]] burned since Sunday. "
    "[[About 5,000 residents|displaced]] are sheltering in [[four schools|capacity]] in Effium. "
    "Police said they had arrested [[23 suspects|arrested;a=Police]] and deployed [[200 officers|combatants;a=Police]].",
)


# ---- end of texts


if __name__ == "__main__":
    sys.exit(main())
