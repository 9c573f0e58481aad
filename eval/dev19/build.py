"""Build eval/dev19/figures.jsonl from the hand-written texts below.

A nineteenth tuning set for the figure extractor: translated and regional copy, as
English-language regional outlets and translated wire copy write it (Latin America, the Sahel
and West Africa, the Horn of Africa, the Great Lakes, the Middle East, South and South-East Asia,
the Caucasus, the Balkans, Ukraine and Russia): NGO bulletins with bullet-like sentences, police
and army communiqués, provincial officials quoted by name, slightly non-native phrasing.
Categories come roughly in the proportion news reports them: mostly killed, injured and
displaced.

The span parser, the unit helper and the validator are copied from eval/dev17/build.py (same
inline-mark format, itself copied from dev10, dev7, dev6 and dev4). Changes for dev19 are marked
"dev19" in the code: ids are "b0001"... shuffled with seed 19; the word parser also reads
"a score" (20), "million" after a number word ("one million") and "half a million"; a few more
nouns for the unit helper.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 19) with ids
"b0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev19/build.py            # write figures.jsonl and validate it
    python eval/dev19/build.py --table    # also print all figures as a table
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
# dev19: "a score" (20) and "one million" after a number word
WORD_RE = re.compile(
    r"\b((?:a|" + "|".join(WORDS) + r")(?:-(?:" + "|".join(WORDS) + r"))?"
    r"(?:\s+(?:hundred|thousand|dozen|score|million))?(?:\s+(?:and\s+)?(?:" + "|".join(WORDS) + r")"
    r"(?:-(?:" + "|".join(WORDS) + r"))?)?)\b",
    re.I,
)
NON_NOUNS = {"million", "thousand", "hundred", "dozen", "thousands", "hundreds", "dozens", "m"}
NON_NOUNS |= {"score"}  # dev19
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
    # added for dev17
    "boxes",
    "jeeps",
}


def _words_value(s: str) -> int | None:
    s = s.lower().replace(" and ", " ")
    toks = s.split()
    total, cur = 0, 0
    for tok in toks:
        if tok == "a":
            cur += 1
            continue
        # dev19: also "a score" (20) and "one million"
        if tok in ("hundred", "thousand", "dozen", "score", "million"):
            mult = {"hundred": 100, "thousand": 1000, "dozen": 12, "score": 20, "million": 10**6}[
                tok
            ]
            cur = max(cur, 1) * mult
            if tok in ("thousand", "million"):
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
    if not out:  # dev19: "half a million"
        for m in re.finditer(r"\bhalf a million\b", span, re.I):
            out.append((500_000.0, m.start(), m.end(), False))
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
    if last.lower() in {"dozen", "hundred", "thousand", "score", "million"}:  # dev19
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

# dev17: eval/ and every eval/dev*/figures.jsonl that exists (dev2 ... dev18), loaded only to
# check that no title or text is shared; their labels are not used. eval/holdout/ is not opened.
OTHER_SETS = (
    "",
    *sorted(
        (p.parent.name for p in EVAL.glob("dev*/figures.jsonl") if p.parent.name != HERE.name),
        key=lambda s: int(s[3:]) if s[3:].isdigit() else 0,
    ),
)


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
        errs += [f"duplicate {key} in dev19: {k!r}" for k, n in mine.items() if n > 1]
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
    recs = assign_ids(recs, "b", 19)  # dev19
    path = HERE / "figures.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(path)  # re-read and re-validate what was written
    assert back == recs
    assert len({r["id"] for r in back}) == len(back)
    assert not validate_figures(back) and not check_apart(back)
    # bench/quality.py --set eval/dev19 opens conflict.jsonl too; this set has no conflict part, so
    # an empty file is written (the bench loads it as 0 texts and its conflict metrics are all 0)
    (HERE / "conflict.jsonl").write_text("", encoding="utf-8")
    print("written:", path, HERE / "conflict.jsonl", "(empty)")
    return 0


FIGURES: list[tuple[str, str, list[str]]] = []


def F(title: str, text: str, extra_negatives: list[str] | None = None) -> None:
    FIGURES.append((title, text, extra_negatives or []))


# ====================================================================== texts


# ---------------------------------------------------------------- Latin America: Colombia

F(
    "Cauca: dissident attack on Suárez police station leaves three agents dead",
    "[[Three police agents|killed;a=the Cauca Police Department]] were assassinated and [[two more|injured;n=-;a=the Cauca Police Department]] resulted injured in an attack with explosives and rifles against the police station of Suárez, informed the Cauca Police Department. "
    "The attack, attributed to the Jaime Martínez front of the FARC dissidents, happened at {{4:40 a.m.}} of this {{Tuesday}}. "
    "Governor Octavio Guzmán said that [[more than 80 families|displaced;a=Governor Octavio Guzmán;alt=Octavio Guzmán]] left the rural zone toward the urban centre after the explosions.",
)

F(
    "Catatumbo crisis: displaced persons already pass 52,000, says Ombudsman",
    "The persons displaced by the confrontations between the ELN and the dissidents of the {{33rd Front}} in the Catatumbo region are already [[52,000|displaced;a=the Ombudsman's Office]], according to the Ombudsman's Office. "
    "In Cúcuta [[some 18,000|displaced]] are lodged in the General Santander stadium and in [[14 shelters|capacity]] enabled by the mayoralty. "
    "The fights have left [[at least 80 dead|killed;a=the regional authorities]] since {{16 January}}, the regional authorities said.",
)

F(
    "Guaviare: 20 dissidents die in combats between rival factions",
    "[[At least 20 members|killed;a=the Army]] of the FARC dissidents died in combats between the factions of alias Mordisco and alias Calarcá in the rural zone of Calamar, Guaviare, the Army reported on {{Friday}}. "
    "Among the bodies there were [[five minors|killed;a=the Ombudsman's Office]] who had been recruited, according to the Ombudsman's Office. "
    "[[About 300 peasants|displaced]] moved to the municipal seat fearing new fights.",
)

F(
    "ELN liberates eight soldiers held in Arauca after humanitarian mission",
    "The ELN guerrilla liberated [[eight soldiers|kidnapped]] and [[two police officers|kidnapped]] who had been kidnapped in Arauca, in a humanitarian mission of the Catholic Church and the Ombudsman's Office. "
    "According to the Ombudsman, the guerrilla still holds [[at least 30 persons|kidnapped;a=the Ombudsman;alt=the Ombudsman's Office]] in captivity in the department, among them [[six|kidnapped;a=the Ombudsman;alt=the Ombudsman's Office]] members of the security forces.",
)

F(
    "First families return to Tibú farms with army escort",
    "[[Some 120 families|returned;a=the Tibú mayor's office]] returned to their farms in the rural zone of Tibú with accompaniment of the army and the Ombudsman's Office, informed the Tibú mayor's office. "
    "[[Another 3,000 people|displaced]] remain in shelters of Cúcuta and Ocaña. "
    "The Ministry of Defence said [[1,500 soldiers|combatants;a=The Ministry of Defence]] stay deployed in the zone.",
)

F(
    "Antioquia: Clan del Golfo 'pistol plan' kills seven police in two weeks",
    "[[Seven police officers|killed;a=General William Rincón;alt=the director of the National Police]] have been assassinated in Antioquia and Córdoba in {{two weeks}} under the so-called pistol plan of the Clan del Golfo, which pays {{2 million pesos}} for each agent killed, said the director of the National Police, General William Rincón. "
    "[[Twenty-three suspects|arrested]] were captured in operations this week.",
)

F(
    "Indigenous guard holds 28 soldiers for two days in Cauca",
    "A group of [[around 200 people|other;a=the Army]] of the indigenous guard retained [[28 soldiers|kidnapped;a=the Army]] of the {{Third Division}} in the rural zone of El Plateado for {{two days}}, the Army denounced. "
    "The soldiers were liberated on {{Sunday}} after a dialogue with the Defence Ministry and the Ombudsman's Office.",
)

# ---------------------------------------------------------------- Mexico, Central America, Caribbean

F(
    "Culiacán: bodies of nine men found on highway",
    "The bodies of [[nine men|killed;a=the Sinaloa State Prosecutor's Office]] were found on the Culiacán–Mazatlán highway this {{Sunday}}, informed the Sinaloa State Prosecutor's Office. "
    "Since the war between factions of the Sinaloa Cartel started on {{9 September}}, the state has registered [[more than 1,200 homicides|killed;a=official figures]] and [[some 1,400 persons|missing;a=official figures]] reported as disappeared, according to official figures.",
)

F(
    "Chiapas villagers cross to Guatemala escaping cartel fights",
    "[[Around 580 Mexicans|displaced;a=Guatemala's Institute of Migration]], among them [[some 200 children|displaced;a=Guatemala's Institute of Migration]], crossed to Cuilco, in Huehuetenango, escaping the fights between the Sinaloa and Jalisco cartels in Amatenango de la Frontera, reported Guatemala's Institute of Migration. "
    "The refugees are lodged in [[three schools|capacity]] and the municipal hall. "
    "Guatemalan authorities sent [[12 tonnes|aid]] of food and [[800 blankets|aid]].",
)

F(
    "Michoacán: cartel drones empty communities of Tierra Caliente",
    "[[Some 1,500 inhabitants|displaced;a=the Diocese of Apatzingán]] of [[14 communities|other;u=other;a=the Diocese of Apatzingán]] of the Tierra Caliente have abandoned their homes because of the attacks with explosive drones, denounced the Diocese of Apatzingán. "
    "In {{2024}} the army deactivated [[more than 200 explosive devices|other;a=the Defence Secretariat]] in the region, the Defence Secretariat said.",
)

F(
    "Search mothers find clandestine grave with 14 bodies near Chilpancingo",
    "A collective of searching mothers located a clandestine grave with the remains of [[at least 14 persons|killed;a=the Guerrero Prosecutor's Office]] in the outskirts of Chilpancingo, confirmed the Guerrero Prosecutor's Office. "
    "In Guerrero [[more than 4,000 persons|missing;a=the National Registry of Disappeared Persons]] are registered as disappeared, according to the National Registry of Disappeared Persons.",
)

F(
    "Honduras: 46 women dead in riot at Támara prison",
    "[[Forty-six women|killed;a=the Public Ministry]] died in the riot of the women's prison of Támara, according to the Public Ministry, most of them burned in their cells. "
    "[[Seven|injured]] were taken to the Escuela hospital in Tegucigalpa with burns and gunshot wounds. "
    "In the search that followed, the military police found [[three pistols|other]] and [[two machetes|other]].",
)

F(
    "El Salvador: captures under state of exception pass 81,000",
    "Minister of Security Gustavo Villatoro said that [[81,110 gang members|arrested;a=Minister of Security Gustavo Villatoro;alt=Gustavo Villatoro]] have been captured since the state of exception began in {{March 2022}}. "
    "The government says [[some 8,000 persons|arrested;a=The government]] were freed for lack of evidence. "
    "The human rights organisation Cristosal has documented [[more than 260 deaths|killed;a=The human rights organisation Cristosal;alt=Cristosal]] of detainees in prisons.",
)

F(
    "Nicaragua frees 135 political prisoners and sends them to Guatemala",
    "The government of Daniel Ortega released [[135 political prisoners|arrested;a=the US State Department]] and sent them on a flight to Guatemala, the US State Department said. "
    "Among them are [[13 members|arrested]] of the evangelical organisation Mountain Gateway. "
    "Human rights groups say [[more than 70|arrested;a=Human rights groups]] remain in prison.",
)

F(
    "Haiti: Gran Grif attack on Pont-Sondé leaves 115 dead",
    "[[At least 115 people|killed;a=the UN human rights office]] were killed when members of the Gran Grif gang attacked the town of Pont-Sondé in the Artibonite, the UN human rights office said. "
    "[[Another 16|injured;a=the office;alt=the UN human rights office]] were gravely wounded, the office added, and [[more than 6,270 people|displaced;a=the office;alt=the UN human rights office]] fled to Saint-Marc. "
    "[[Forty-five houses|housing;a=local authorities]] and [[34 vehicles|other;a=local authorities]] were set on fire, according to local authorities.",
)

F(
    "IOM: displaced people in Haiti pass one million",
    "The number of internally displaced persons in Haiti has tripled in {{one year}} to [[1,041,000|displaced;a=the International Organization for Migration]], the International Organization for Migration said on {{Wednesday}}. "
    "In the capital they live in [[142 sites|capacity]], up from [[96|capacity;u=other]] in {{March}}. "
    "[[Nearly 40 thousand|displaced;a=the agency;alt=the International Organization for Migration]] fled Mirebalais and Saut-d'Eau alone after the gangs took both towns, the agency said.",
)

F(
    "Kenyan-led mission receives new contingent in Port-au-Prince",
    "[[Another 217 Kenyan police officers|combatants;a=the Multinational Security Support mission]] arrived at Toussaint Louverture airport on {{Saturday}}, bringing the force to [[about 1,000 personnel|combatants;a=the Multinational Security Support mission]], the Multinational Security Support mission said. "
    "The mission is authorised to reach [[2,500|combatants;p]].",
)

F(
    "Haiti: passengers kidnapped from bus on national road",
    "Members of the Gran Grif gang kidnapped [[between 15 and 20 passengers|kidnapped]] of a bus on {{National Road 1}} near Saint-Marc on {{Tuesday}}. "
    "Police freed [[four of them|kidnapped;n=-;a=police spokesman Garry Desrosiers;alt=Garry Desrosiers]] on {{Thursday}}, said police spokesman Garry Desrosiers, and [[two gang members|killed;a=police spokesman Garry Desrosiers;alt=Garry Desrosiers]] died in the operation.",
)

# ---------------------------------------------------------------- South America

F(
    "Ecuador: 17 inmates die in Machala prison riot",
    "[[Seventeen prisoners|killed;a=the SNAI prison agency]] died and [[14|injured;a=the SNAI prison agency]] were injured during a riot in the Machala prison, informed the SNAI prison agency on {{Monday}}. "
    "[[Fifteen inmates|other;a=the agency;alt=the SNAI prison agency]] escaped, of whom [[13|arrested;a=the agency;alt=the SNAI prison agency]] were recaptured in the following hours, the agency added. "
    "[[About 200 soldiers and police officers|combatants;n=soldiers and police officers]] retook control of the prison at {{7 p.m.}}",
)

F(
    "Guayaquil: armed men kill eight in billiard hall",
    "Armed men killed [[eight persons|killed;a=the National Police]] and injured [[three|injured;a=the National Police]] in a billiard hall of the {{Socio Vivienda 2}} neighbourhood, in the north of Guayaquil, informed the National Police. "
    "In {{2023}} Ecuador registered [[8,008 violent deaths|killed;a=the Interior Ministry]], according to the Interior Ministry.",
)

F(
    "Venezuela: Foro Penal registers 1,794 political prisoners",
    "The NGO Foro Penal registered [[1,794 political prisoners|arrested;a=The NGO Foro Penal;alt=Foro Penal]] in Venezuela until {{4 November}}, among them [[114 adolescents|arrested;a=The NGO Foro Penal;alt=Foro Penal]]. "
    "The protests after the {{28 July}} vote left [[25 dead|killed;a=human rights organisations]], according to human rights organisations.",
)

F(
    "Repatriation flight brings 190 Venezuelans from El Paso",
    "A Conviasa aircraft landed in Maiquetía with [[190 Venezuelan migrants|returned;a=Interior Minister Diosdado Cabello;alt=Diosdado Cabello]] repatriated from El Paso, Texas, informed Interior Minister Diosdado Cabello. "
    "With this flight the Vuelta a la Patria plan has brought back [[more than 1,300 compatriots|returned;a=Interior Minister Diosdado Cabello;alt=Diosdado Cabello]] this year, he said.",
)

F(
    "VRAEM: four soldiers die in ambush attributed to Shining Path remnants",
    "[[Four soldiers|killed;a=the Joint Command of the Armed Forces]] died and [[two others|injured;n=-;a=the Joint Command of the Armed Forces]] were wounded in an ambush in the district of Pichari, Cusco, informed the Joint Command of the Armed Forces. "
    "The patrol of [[22 effectives|combatants]] was returning to its base at {{6 p.m.}} when it was attacked with rifles and explosives.",
)

F(
    "Rio: police operation in Complexo da Maré leaves six dead",
    "[[Six suspects|killed;a=the Military Police]] died in a confrontation with agents during an operation in the Complexo da Maré, in the North Zone of Rio de Janeiro, this {{Thursday (14)}}, informed the Military Police. "
    "[[Two residents|injured]] were hit by stray bullets. "
    "[[Forty-five schools|other]] stayed closed, leaving [[15,000 students|civilians]] without classes.",
)

F(
    "Brazil: federal police remove illegal miners from Yanomami land",
    "An operation of the federal police and the environmental agency Ibama destroyed [[32 mining camps|other;a=Ibama]] and [[11 boats|other;a=Ibama]] on the Uraricoera river, Ibama said. "
    "[[More than 2,000 garimpeiros|other;a=the federal government]] have left the territory since {{February}}, according to the federal government.",
)


# ---------------------------------------------------------------- Sahel: Burkina Faso, Mali, Niger

F(
    "Boucle du Mouhoun: army says more than 100 terrorists neutralised",
    "The Armed Forces of Burkina Faso neutralised [[more than 100 terrorists|killed;a=a communiqué of the Army General Staff]] during an offensive in the Boucle du Mouhoun region, according to a communiqué of the Army General Staff. "
    "[[Four soldiers|killed;a=the communiqué;alt=a communiqué of the Army General Staff;alt=the Army General Staff]] and [[two Volunteers|killed;a=the communiqué;alt=a communiqué of the Army General Staff;alt=the Army General Staff]] for the Defence of the Homeland lost their lives, the communiqué specified. "
    "Important war material was recovered, among it [[17 motorcycles|other]] and [[a dozen rifles|other]].",
)

F(
    "Barsalogho: families still count their dead a week after the attack",
    "Relatives say [[more than 400 persons|killed;a=Relatives]] were killed on {{24 August}} when JNIM fighters attacked residents digging trenches around Barsalogho, in the Centre-Nord region. "
    "The government has not given a toll. "
    "A local official, who asked not to be named, told our correspondent that [[hundreds of wounded|injured;a=A local official]] were evacuated to Kaya.",
)

F(
    "Bamako attack: toll reaches 77 dead, security sources say",
    "The toll of the attack of {{Tuesday}} against the gendarmerie school of Faladié and the military airport of Bamako rose to [[77 dead|killed;a=security sources]] and [[255 wounded|injured;a=security sources]], security sources said. "
    "The JNIM, linked to al-Qaeda, claimed to have killed [[hundreds of soldiers|killed;a=The JNIM]].",
)

F(
    "Niger: 29 soldiers killed in Tahoua region, Defence Ministry says",
    "[[Twenty-nine soldiers|killed;a=the Ministry of Defence]] were killed and [[two|injured;a=the Ministry of Defence]] injured in a complex attack by [[more than 200 terrorists|combatants;a=the Ministry of Defence]] near Tassia, in the Tahoua region, the Ministry of Defence said in a communiqué read on the public television. "
    "[[Dozens of terrorists|killed;a=the ministry;alt=the Ministry of Defence]] were neutralised, the ministry added.",
)

F(
    "Burkina: 5,319 schools closed because of insecurity",
    "[[5,319 schools|other;a=the Ministry of National Education]] remained closed because of insecurity at the end of {{March}}, affecting [[more than 1 million pupils|civilians;a=the Ministry of National Education]] and [[31,000 teachers|civilians;a=the Ministry of National Education]], according to the Ministry of National Education. "
    "In the Est region alone, [[1,214 schools|other]] are closed.",
)

F(
    "Djibo under blockade: 300,000 residents depend on escorted convoys",
    "[[Some 300,000 persons|civilians;a=humanitarian organisations]] live in Djibo, most of them displaced from the surrounding villages, and depend on escorted convoys and airdrops for food, humanitarian organisations say. "
    "The last convoy of [[150 trucks|aid]] reached the town in {{September}} after {{11 days}} on the road. "
    "WFP said it had airlifted [[70 tonnes|aid;a=WFP]] of food since {{January}}.",
)

F(
    "Mali: traders killed on road between Songho and Bandiagara",
    "[[At least 26 persons|killed;a=a local elected official]] were killed when armed men attacked vehicles transporting traders on the road between Songho and Bandiagara, a local elected official told our correspondent. "
    "The assailants burned [[four vehicles|other]]. "
    "[[Seven passengers|injured]] were wounded and transported to the hospital of Bandiagara.",
)

F(
    "Tinzaouaten: rebels claim heavy losses inflicted on Wagner",
    "The rebels of the CSP-DPA said they killed [[dozens of Wagner mercenaries and Malian soldiers|killed;n=mercenaries and Malian soldiers;a=The rebels of the CSP-DPA]] in three days of fighting near Tinzaouaten, on the Algerian border. "
    "[[Seven of their fighters|killed;a=Mohamed Elmaouloud Ramadane;alt=a spokesman]] also died, a spokesman, Mohamed Elmaouloud Ramadane, said. "
    "A Wagner-linked Telegram channel admitted [[as many as 80 dead|killed;a=A Wagner-linked Telegram channel]].",
    ["three days"],
)

F(
    "Burkina launches recruitment of 50,000 VDP",
    "The government has launched the recruitment of [[50,000 Volunteers|combatants;p]] for the Defence of the Homeland (VDP), who will receive {{14 days}} of training before deployment to their communes. "
    "Since {{2020}}, [[more than 90,000 VDP|combatants;a=officials]] have been enrolled, according to officials.",
)

F(
    "Tillabéri: OCHA flash update on new displacement from Téra",
    "According to OCHA, [[14,862 people|displaced;a=OCHA]] ([[2,291 households|displaced;a=OCHA]]) fled [[nine villages|other;a=OCHA]] of the Téra department after threats by non-state armed groups between {{3 and 9 March}}. "
    "Priority needs: shelter, food, water. "
    "[[1,870 households|aid]] received food rations from WFP partners. "
    "[[Three sites|capacity]] host the new arrivals in Téra town.",
)

F(
    "Niger: Nigerians flee bandit raids into Maradi region",
    "[[About 2,300 Nigerian refugees|displaced;a=UNHCR]] arrived in the Maradi region in {{ten days}} after bandit raids in Sokoto and Zamfara states, UNHCR said. "
    "They join [[some 56 thousand|displaced]] already hosted in the region, {{half of them}} children.",
)

F(
    "Mauritania: Mbera camp hosts 110,000 Malian refugees",
    "The Mbera camp, built for [[about 70,000 people|capacity;a=UNHCR]], now hosts [[more than 110,000 Malian refugees|displaced;a=UNHCR]] after [[some 40 thousand new arrivals|displaced;a=UNHCR]] in {{2024}}, UNHCR said. "
    "Water distribution has fallen to {{12 litres}} per person per day.",
)

F(
    "Chad: Boko Haram attack on Barkaram base kills some 40 soldiers",
    "[[Some 40 soldiers|killed;a=the Presidency]] were killed in an attack by Boko Haram fighters on the military base of Barkaram, on an island of Lake Chad, the Presidency said in a communiqué on {{Monday}}. "
    "President Mahamat Idriss Déby went to the zone and ordered an operation to pursue the assailants.",
)

F(
    "Mali: army and Wagner accused of killing villagers in Ségou region",
    "Soldiers and foreign fighters arrested [[about 30 men|arrested;a=residents and a local association]] at the weekly market of Diafarabé, and [[at least 20 of them|killed;n=-;a=residents and a local association]] were later executed, residents and a local association said. "
    "[[Hundreds of residents|displaced]] fled toward Mopti in the following days.",
)

F(
    "Burkina: JNIM attack on Djibo military camp",
    "[[Hundreds of JNIM fighters|combatants;a=security sources]] attacked the military camp and several posts in Djibo early on {{Sunday}}, killing [[dozens of soldiers|killed;a=security sources]] and [[about 50 civilians|killed;a=security sources]], security sources said. "
    "The group claimed on its channels to have taken [[more than 100 weapons|other;a=The group]].",
)

# ---------------------------------------------------------------- Nigeria

F(
    "Zamfara: police rescue 19 kidnapped victims in Maru",
    "The Zamfara State Police Command said its operatives rescued [[19 kidnapped victims|kidnapped;a=The Zamfara State Police Command]], including [[12 women|kidnapped;a=The Zamfara State Police Command]] and [[four children|kidnapped;a=The Zamfara State Police Command]], from a bandits' camp in Maru Local Government Area. "
    "The Police Public Relations Officer, DSP Yazid Abubakar, said [[two suspects|arrested;a=DSP Yazid Abubakar;alt=The Police Public Relations Officer]] were arrested and [[two AK-47 rifles|other;v=2;a=DSP Yazid Abubakar;alt=The Police Public Relations Officer]] recovered.",
)

F(
    "Borno: ISWAP kills 40 farmers in Dumba, Zulum says",
    "Borno State Governor Babagana Zulum said [[at least 40 farmers|killed;a=Borno State Governor Babagana Zulum;alt=Babagana Zulum]] were killed by ISWAP insurgents in Dumba community of Kukawa Local Government Area on {{Sunday}}. "
    "Residents said [[about 25 others|missing;n=-;a=Residents]] were still unaccounted for.",
)

F(
    "Benue: gunmen kill 17 in Ukum, over 3,000 flee",
    "Suspected armed herders attacked [[three communities|other;u=other;a=Mr Dennis Gbenda;alt=the council chairman]] in Ukum Local Government Area, killing [[17 persons|killed;a=Mr Dennis Gbenda;alt=the council chairman]], the council chairman, Mr Dennis Gbenda, told journalists. "
    "[[Over 3,000 residents|displaced]] have fled to Zaki-Biam and Katsina-Ala town.",
)

F(
    "Kuriga: 137 abducted pupils and staff regain freedom",
    "Kaduna State Governor Uba Sani said [[137 hostages|kidnapped;a=Kaduna State Governor Uba Sani;alt=Uba Sani]] abducted from the LEA Primary and Secondary School in Kuriga have been released, including [[76 females|kidnapped;a=Kaduna State Governor Uba Sani;alt=Uba Sani]] and [[61 males|kidnapped;a=Kaduna State Governor Uba Sani;alt=Uba Sani]]. "
    "Residents had earlier put the number of those abducted at [[287|kidnapped;a=Residents]]. "
    "[[One teacher|killed]] died in captivity.",
)

F(
    "Plateau: toll of Christmas Eve attacks in Bokkos rises to 198",
    "Gunmen attacked [[17 villages|other]] in Bokkos and Barkin Ladi local government areas on Christmas Eve. "
    "The chairman of Bokkos LGA, Monday Kassah, said on {{Thursday}} the toll had risen to [[198|killed;a=Monday Kassah;alt=The chairman of Bokkos LGA]], with [[more than 300 wounded|injured;a=Monday Kassah;alt=The chairman of Bokkos LGA]]. "
    "[[Over 10,000 people|displaced;a=the State Emergency Management Agency]] are in [[nine IDP camps|capacity;a=the State Emergency Management Agency]], according to the State Emergency Management Agency.",
)

F(
    "DHQ: troops neutralise 184 terrorists, arrest 256 in one week",
    "The Director of Defence Media Operations, Major General Edward Buba, said troops neutralised [[184 terrorists|killed;a=Major General Edward Buba;alt=The Director of Defence Media Operations]], arrested [[256 suspects|arrested;a=Major General Edward Buba;alt=The Director of Defence Media Operations]] and rescued [[142 kidnapped hostages|kidnapped;a=Major General Edward Buba;alt=The Director of Defence Media Operations]] in the past week. "
    "He said troops also recovered [[210 assorted weapons|other;a=Major General Edward Buba;alt=The Director of Defence Media Operations]] and [[4,512 rounds|other;a=Major General Edward Buba;alt=The Director of Defence Media Operations]] of ammunition. "
    "In the Niger Delta, troops denied oil thieves an estimated {{N1.2 billion}}, he added.",
)

F(
    "Katsina: bandits kill 27 worshippers at dawn prayer",
    "Bandits attacked worshippers during the dawn prayer at a mosque in Unguwan Mantau, Malumfashi LGA, killing [[27 persons|killed;a=the state police command]], the state police command said. "
    "Residents put the toll at [[more than 30|killed;a=Residents]]. "
    "[[Eleven others|injured;n=-]] are receiving treatment at the General Hospital Malumfashi.",
)

F(
    "Maiduguri floods: 414,000 displaced after Alau Dam collapse",
    "Floods caused by the collapse of the Alau Dam have displaced [[about 414,000 persons|displaced;a=the Borno State Emergency Management Agency]] in Maiduguri and Jere, the Borno State Emergency Management Agency said. "
    "[[Thirty-seven|killed;a=the agency;alt=the Borno State Emergency Management Agency]] have died, the agency said, and [[over 30 camps|capacity;a=the agency;alt=the Borno State Emergency Management Agency]] have been opened for the displaced. "
    "The zoo lost {{80 percent}} of its animals.",
)

F(
    "Kaduna: 61 worshippers abducted from church in Kauru",
    "Gunmen abducted [[about 61 worshippers|kidnapped;a=the Southern Kaduna Peoples Union]] during {{Sunday}} service at a church in Kauru Local Government Area, the Southern Kaduna Peoples Union said. "
    "Police confirmed the attack but said [[only 14|kidnapped;a=Police]] were abducted. "
    "[[One worshipper|killed;a=police]] was shot dead, police added.",
)

F(
    "Sokoto: Lakurawa fighters kill 15 villagers in Kebbe",
    "Members of the Lakurawa armed group killed [[15 villagers|killed;a=the Sokoto State Police Command]] and rustled [[over 200 cattle|other;a=the Sokoto State Police Command]] in Mera village, Kebbe LGA, the Sokoto State Police Command said. "
    "[[Four|injured]] were taken to the Usmanu Danfodiyo University Teaching Hospital.",
)

# ---------------------------------------------------------------- West Africa, coast and Lake Chad

F(
    "Benin: 28 soldiers killed at Point Triple post in W park",
    "The army chief of staff, General Fructueux Gbaguidi, said [[28 soldiers|killed;a=General Fructueux Gbaguidi;alt=The army chief of staff]] were killed at the Point Triple post in the W National Park on {{Wednesday}}. "
    "[[Forty assailants|killed;a=General Fructueux Gbaguidi;alt=The army chief of staff]] were also neutralised, he said.",
)

F(
    "Conakry: two young men killed in opposition protests",
    "[[Two young men|killed;a=the opposition coalition FNDC;alt=FNDC]] were killed by bullets and [[ten|injured;a=the opposition coalition FNDC;alt=FNDC]] wounded during protests on the Hamdallaye-Bambeto axis on {{Thursday}}, the opposition coalition FNDC said. "
    "Police arrested [[around forty persons|arrested]].",
)

F(
    "Bawku: curfew extended after renewed clashes kill eight",
    "[[Eight persons|killed;a=the Upper East Regional Police Command]], including [[two soldiers|killed;a=the Upper East Regional Police Command]], were killed in renewed clashes in Bawku, the Upper East Regional Police Command said. "
    "[[A score of houses|housing]] were set ablaze in the Zongoyiri area. "
    "The Interior Minister extended the curfew, which now runs from {{2 p.m.}} to {{6 a.m.}}",
)

F(
    "Cameroon: separatists abduct ten civil servants on Bamenda-Bali road",
    "Separatist fighters abducted [[ten civil servants|kidnapped;a=North-West Governor Adolphe Lele L'Afrique;alt=Adolphe Lele L'Afrique]] on the road between Bamenda and Bali on {{Monday}}, North-West Governor Adolphe Lele L'Afrique said. "
    "The kidnappers are demanding {{5 million CFA francs}} for each of them. "
    "In Batibo, [[three soldiers|killed]] died when their vehicle hit an improvised explosive device.",
)

F(
    "Far North Cameroon: Boko Haram kills nine in Mozogo",
    "Boko Haram fighters killed [[nine persons|killed;a=Mr Jean Marc Ekoa Mbarga;alt=the prefect of Mayo-Tsanaga]] and burned [[20 houses|housing;a=Mr Jean Marc Ekoa Mbarga;alt=the prefect of Mayo-Tsanaga]] in a night raid on a village near Mozogo, informed the prefect of Mayo-Tsanaga, Mr Jean Marc Ekoa Mbarga. "
    "[[More than three hundred inhabitants|displaced]] took refuge in Mozogo town.",
)


# ---------------------------------------------------------------- Sudan

F(
    "Zamzam camp: RSF assault kills more than 400, UN says",
    "[[More than 400 people|killed;a=the UN human rights office]] were killed in the assault of the Rapid Support Forces on the Zamzam displacement camp and its surroundings, the UN human rights office said, citing verified sources. "
    "IOM said [[between 60,000 and 80,000 households|displaced;a=IOM]] fled the camp in {{three days}}, most of them to Tawila. "
    "Tawila now hosts [[some half a million displaced people|displaced]].",
)

F(
    "Gezira: RSF attack on Wad al-Noura kills over 100 villagers",
    "[[More than 100 villagers|killed;a=the Madani Resistance Committee]], among them [[35 children|killed;a=the Madani Resistance Committee]], were killed when RSF fighters attacked Wad al-Noura with heavy weapons, the Madani Resistance Committee said. "
    "Doctors at the Managil hospital said they received [[more than 150 wounded|injured;a=Doctors at the Managil hospital]].",
)

F(
    "Sudan: famine confirmed in five areas, IPC committee says",
    "Famine conditions are confirmed in [[five areas|other;u=other;a=the Famine Review Committee]], including the Zamzam, Abu Shouk and Al Salam camps, the Famine Review Committee said. "
    "[[About 24.6 million people|civilians;a=the IPC report]] face high levels of acute food insecurity, [[638,000|civilians;a=the IPC report]] of them in catastrophic conditions, according to the IPC report.",
)

F(
    "IOM: nearly 400,000 Sudanese have returned to Gezira, Sennar and Khartoum",
    "[[Nearly 400,000 people|returned;a=IOM]] have returned to their areas of origin in Gezira, Sennar and Khartoum states since the army retook them, IOM said, but [[more than 10 million|displaced;a=IOM]] remain displaced inside Sudan. "
    "[[Over 3.8 million|displaced]] have fled abroad, mostly to Egypt, Chad and South Sudan.",
)

F(
    "West Kordofan: drone strike on Al-Nuhud market kills 23",
    "[[At least 23 persons|killed;a=the Sudan Doctors Network]] were killed and [[dozens|injured;a=the Sudan Doctors Network]] injured when a drone struck a crowded market in Al-Nuhud, West Kordofan, the Sudan Doctors Network said. "
    "The network accused the RSF, which did not comment.",
)

F(
    "El Fasher: WHO says attack on Saudi hospital killed 70",
    "An attack on the Saudi Teaching Maternal Hospital in El Fasher killed [[70 patients and companions|killed;n=patients and companions;a=WHO Director-General Tedros Adhanom Ghebreyesus;alt=Tedros Adhanom Ghebreyesus]] and injured [[19|injured;a=WHO Director-General Tedros Adhanom Ghebreyesus;alt=Tedros Adhanom Ghebreyesus]], WHO Director-General Tedros Adhanom Ghebreyesus said. "
    "It was the only functional hospital in the city, which has [[about 260,000 residents|civilians]] still inside.",
)

F(
    "Aswan: Sudanese refugees begin going home from Egypt",
    "[[Some 150,000 Sudanese|returned;a=the Sudanese consulate in Aswan]] have gone back from Egypt since {{January}}, the Sudanese consulate in Aswan said. "
    "Free trains now carry [[more than 1,000 people a day|returned]] from Cairo to Aswan, from where buses continue to Wadi Halfa.",
)

F(
    "Sennar: RSF shelling of Sinja kills 11, medics say",
    "Shelling by the Rapid Support Forces on residential areas of Sinja killed [[11 civilians|killed;a=a medical source at Sinja hospital]] on {{Saturday}}, among them [[four women|killed;a=a medical source at Sinja hospital]], a medical source at Sinja hospital told our correspondent. "
    "[[Around 30|injured]] were brought to the hospital, which is short of blood and anaesthetics.",
)

# ---------------------------------------------------------------- South Sudan

F(
    "Nasir: 27 soldiers killed as White Army overruns garrison",
    "Information Minister Michael Makuei said [[27 soldiers|killed;a=Information Minister Michael Makuei;alt=Michael Makuei]] were killed when fighters of the White Army overran the Nasir garrison, in Upper Nile state. "
    "[[Some 63,000 people|displaced;a=OCHA]] have fled the fighting, [[10,000|displaced;a=OCHA]] of them into Ethiopia's Gambella region, OCHA said.",
)

F(
    "Jonglei: cattle raid in Duk County leaves 32 dead",
    "Armed youths from the Greater Pibor Administrative Area raided cattle camps in Duk County, killing [[32 persons|killed;a=Mr Gai Nyok;alt=the Duk County commissioner]] and taking [[about 4,000 heads of cattle|other;a=Mr Gai Nyok;alt=the Duk County commissioner]], the Duk County commissioner, Mr Gai Nyok, said. "
    "He estimated the attackers at [[some 1,500 armed youths|combatants;a=Mr Gai Nyok;alt=the Duk County commissioner]]. "
    "[[Nine children|kidnapped]] were also taken.",
)

F(
    "Renk: transit centre holds four times its capacity",
    "[[More than 900,000 people|displaced;a=UNHCR and IOM]] have crossed from Sudan into South Sudan since {{April 2023}}, UNHCR and IOM said, and {{about 70 percent}} of them are South Sudanese. "
    "The transit centre at Renk, designed for [[3,000 people|capacity]], holds [[over 12 000 persons|displaced]] waiting for onward transport.",
)

# ---------------------------------------------------------------- Ethiopia

F(
    "Amhara: drone strike kills at least 30 near Finote Selam",
    "[[At least 30 people|killed;a=residents and a health worker]] were killed when a drone hit a bus station near Finote Selam, in West Gojjam zone, residents and a health worker said. "
    "[[More than 40|injured;a=the health worker;alt=a health worker]] were wounded, the health worker said. "
    "The Ethiopian National Defence Force said separately it killed [[over 300 Fano extremists|killed;a=The Ethiopian National Defence Force]] in operations in Gojjam.",
)

F(
    "Oromia: gunmen abduct university students from buses",
    "Gunmen stopped [[three buses|other;a=students who escaped]] carrying students home from Debre Markos University and abducted [[more than 100|kidnapped;a=students who escaped]] of them near Gerba Guracha, in Oromia, students who escaped said. "
    "The Oromia regional government later said security forces had freed [[160 passengers|kidnapped;a=The Oromia regional government]].",
)

F(
    "Tigray: first phase of IDP returns to Tselemti completed",
    "[[Some 50,000 displaced persons|returned;a=the Tigray Interim Administration]] have returned to Tselemti district in the {{first phase}}, the Tigray Interim Administration said. "
    "[[Around 3,000|returned;p;a=the administration;alt=the Tigray Interim Administration]] are expected to go back next week, but [[close to one million|displaced;a=the administration;alt=the Tigray Interim Administration]] remain in camps and host communities, the administration added.",
)

F(
    "WFP resumes food distribution in Tigray",
    "WFP said it reached [[1.2m people|aid;a=WFP]] in Tigray in {{October}} with [[7,800 tonnes|aid;a=WFP]] of cereals, pulses and oil, after a suspension of {{five months}}. "
    "[[Forty-six trucks|aid]] crossed from Afar on {{Sunday}}.",
)

F(
    "Afar-Somali border: clashes over villages kill 21",
    "Clashes between Afar and Somali regional forces over [[three disputed villages|other;a=a local elder]] near Gedamaytu killed [[21 people|killed;a=a local elder]] and wounded [[dozens|injured;a=a local elder]], a local elder said by telephone. "
    "[[Between 7,000 and 8,000 residents|displaced;a=the regional disaster office]] fled, according to the regional disaster office.",
)

# ---------------------------------------------------------------- Somalia, Somaliland

F(
    "Lido beach attack: 32 killed, 63 injured, police say",
    "Police spokesman Abdifatah Aden Hassan said [[32 civilians|killed;a=Police spokesman Abdifatah Aden Hassan;alt=Abdifatah Aden Hassan]] were killed and [[63|injured;a=Police spokesman Abdifatah Aden Hassan;alt=Abdifatah Aden Hassan]] injured when al-Shabaab gunmen and a suicide bomber attacked a beachfront restaurant at Lido beach on {{Friday}} night. "
    "[[One attacker|killed;a=police]] blew himself up, [[three|killed;a=police]] were shot dead and [[one|arrested;a=police]] was captured alive, police said.",
)

F(
    "Middle Shabelle: army says over 70 al-Shabaab fighters killed",
    "The Somali National Army said it killed [[more than 70 al-Shabaab fighters|killed;a=The Somali National Army]] in an operation with international partners in Adan Yabaal district. "
    "[[Three soldiers|killed]] died in the fighting, in which [[about 400 clan militia fighters|combatants]] took part alongside the army.",
)

F(
    "Cal Miskaad: Puntland says 150 IS fighters killed in mountain offensive",
    "The offensive in the Cal Miskaad mountains has killed [[more than 150 Islamic State fighters|killed;a=Puntland's security minister Mohamed Abdiwahab Aliyow;alt=Mohamed Abdiwahab Aliyow]], Puntland's security minister Mohamed Abdiwahab Aliyow said, and [[around 60|arrested;a=Puntland's security minister Mohamed Abdiwahab Aliyow;alt=Mohamed Abdiwahab Aliyow]] have been captured, many of them foreigners. "
    "[[Some 300 families|displaced]] fled the valleys of Bari region to Bosaso.",
)

F(
    "Baidoa: NRC says 1,500 displaced people arrive every week",
    "[[1,200-1,500 people a week|displaced;a=the Norwegian Refugee Council]] are arriving in Baidoa from rural Bay region, fleeing drought and al-Shabaab taxation, the Norwegian Refugee Council said. "
    "The town already has [[more than 540 displacement sites|capacity;a=the council;alt=the Norwegian Refugee Council]], the council said, and [[only 112 latrines|aid;a=the council;alt=the Norwegian Refugee Council]] were built this year.",
)

F(
    "Las Anod: over 100,000 flee fighting, UNHCR says",
    "[[Over 100,000 people|displaced;a=UNHCR]] have fled the fighting in Las Anod between Somaliland forces and SSC-Khatumo militias, UNHCR said, and [[some 60,000|displaced;a=UNHCR]] have crossed into Ethiopia's Somali region. "
    "Hospital officials in the town said [[at least 210 people|killed;a=Hospital officials in the town]] have died since {{February}}.",
)

F(
    "Mogadishu: car bomb near Ministry of Education kills 21",
    "A car bomb exploded near the Ministry of Education junction in Mogadishu on {{Saturday}} afternoon, killing [[21 people|killed;a=Mohamed Hussein Rooble;alt=a security official]] and injuring [[about 30|injured;a=Mohamed Hussein Rooble;alt=a security official]], according to Mohamed Hussein Rooble, a security official. "
    "The Aamin ambulance service said it had carried [[44 wounded|injured;a=The Aamin ambulance service]] to hospitals.",
)

# ---------------------------------------------------------------- Kenya

F(
    "KNCHR gives toll of protests since 18 June",
    "The Kenya National Commission on Human Rights gave the following figures for the protests against the Finance Bill. "
    "[[39|killed]] killed. "
    "[[361|injured]] injured. "
    "[[32 people|missing]] reported missing, victims of enforced disappearance. "
    "[[627 protesters|arrested]] arrested.",
)

F(
    "Mandera: four police officers killed as IED hits vehicle",
    "[[Four police officers|killed;a=North Eastern regional police commander George Seda;alt=George Seda]] were killed and [[three|injured;a=North Eastern regional police commander George Seda;alt=George Seda]] injured when their Land Cruiser hit an improvised explosive device near Elwak, North Eastern regional police commander George Seda said. "
    "The officers were escorting [[two buses|other]] travelling to Mandera town.",
)

F(
    "Dadaab: camps built for 90,000 now host 380,000 refugees",
    "[[The three camps|capacity;a=UNHCR]] of Dadaab, built for [[90,000 people|capacity;a=UNHCR]], now host [[more than 380,000 refugees|displaced;a=UNHCR]], most of them Somalis, UNHCR said. "
    "[[Some 16,000 new arrivals|displaced]] are waiting to be registered.",
)


# ---------------------------------------------------------------- Great Lakes: DRC

F(
    "Goma: UN says 2,900 bodies collected after M23 takeover",
    "[[Some 2,900 bodies|killed;a=the UN]] have been collected in the streets and morgues of Goma since the {{M23}} took the city, the UN said, and [[2,000|killed;a=the UN]] of them have already been buried. "
    "[[About 900|killed]] are still in the morgues of the city's hospitals. "
    "During the fall of the city, [[more than 4,000 detainees|other]] escaped from the Munzenze central prison.",
)

F(
    "Lubero: ADF attack in Bapere leaves 42 dead, civil society says",
    "The provisional toll of the attack of ADF rebels on villages of the Bapere sector is [[42 dead|killed;a=Samuel Kakule Kagheni;alt=the president of the civil society of Bapere]], according to the president of the civil society of Bapere, Samuel Kakule Kagheni. "
    "[[Dozens of people|kidnapped;a=Samuel Kakule Kagheni;alt=the president of the civil society of Bapere]] were taken hostage by the assailants, he indicated. "
    "[[Over 3,000 households|displaced]] moved toward Manguredjipa.",
)

F(
    "Djugu: CODECO militiamen attack displaced site of Plaine Savo",
    "CODECO militiamen attacked the displacement site of Plaine Savo in the night of {{Sunday}} to {{Monday}}, killing [[at least 18 displaced persons|killed;a=the administrator of Djugu territory]], among them [[seven children|killed;a=the administrator of Djugu territory]], indicated the administrator of Djugu territory. "
    "The assailants set fire to [[about 40 huts|housing]] in the neighbouring village. "
    "The site shelters [[some 25,000 people|displaced]].",
)

F(
    "M23 orders displaced people out of camps around Goma",
    "The {{M23}} gave displaced people in the camps around Goma {{72 hours}} to leave and return to their villages. "
    "UNHCR said [[about 110,000 people|returned;a=UNHCR]] had already left the camps and that [[some 70 sites|capacity;a=UNHCR]] had been emptied. "
    "Many found their houses destroyed, the agency said. "
    "[[Hundreds of thousands of people|displaced]] had lived in these camps since {{2022}}.",
)

F(
    "South Kivu: 40,000 Congolese cross into Burundi in two weeks",
    "[[More than 40,000 Congolese|displaced;a=UNHCR]] have crossed into Burundi since the {{M23}} advanced on Bukavu, UNHCR said, [[9,000|displaced;a=UNHCR]] of them in a single day at Gatumba. "
    "The transit site at Rugombo, with space for [[some 1,000 people|capacity]], received [[over 20 000|displaced]].",
)

F(
    "Kwango: Mobondo militiamen kill 13 and burn 22 houses",
    "The governor of Kwango province, Willy Bitwisila, declared that Mobondo militiamen killed [[13 persons|killed;a=Willy Bitwisila;alt=The governor of Kwango province]] and burned [[22 houses|housing;a=Willy Bitwisila;alt=The governor of Kwango province]] in the village of Kinsele, in the Kenge territory. "
    "[[Two soldiers|injured]] were wounded in the exchange of fire that followed.",
)

F(
    "SADC mission: 14 soldiers killed in fighting around Goma",
    "The South African National Defence Force said [[nine of its soldiers|killed;a=The South African National Defence Force]] were killed in the fighting with {{M23}} around Goma, and Malawi said [[three|killed;a=Malawi]] of its soldiers died. "
    "[[Some 1,300 SADC troops|combatants]] remain in their bases in Goma and Sake.",
)

F(
    "Makala prison: 129 dead in attempted escape, minister says",
    "Interior Minister Jacquemin Shabani said [[129 detainees|killed;a=Interior Minister Jacquemin Shabani;alt=Jacquemin Shabani]] died during the attempted escape from the Makala central prison in Kinshasa, [[24|killed;a=Interior Minister Jacquemin Shabani;alt=Jacquemin Shabani]] of them by warning shots and the others crushed in the stampede. "
    "[[Fifty-nine|injured;a=Interior Minister Jacquemin Shabani;alt=Jacquemin Shabani]] were injured, he said. "
    "The prison, built for [[1,500 inmates|capacity]], held [[more than 12,000|arrested]].",
)

F(
    "Kalehe: over 400 bodies recovered after floods, thousands missing",
    "[[More than 400 bodies|killed;a=the provincial government of South Kivu]] have been recovered in Bushushu and Nyamukubi after the floods, the provincial government of South Kivu said, and [[some 2,500 persons|missing;a=the provincial government of South Kivu]] are still missing. "
    "[[Around 1,300 houses|housing]] were swept away.",
)

F(
    "Kitchanga: WFP distributes food to displaced families",
    "WFP and its partner distributed food to [[200,000 displaced persons|aid;a=WFP]] in the Kitchanga and Mweso areas, WFP said. "
    "Each family of {{five}} receives a monthly ration of {{50 kg}} of cereals. "
    "[[Thirty trucks|aid]] made the trip from Goma under escort.",
)

# ---------------------------------------------------------------- Burundi, Rwanda, Uganda

F(
    "Burundi: 1,200 refugees return from Nduta camp in Tanzania",
    "[[About 1,200 Burundian refugees|returned;a=UNHCR]] returned this week from the Nduta camp in Tanzania, UNHCR said. "
    "Since {{2017}}, [[more than 220,000|returned;a=the agency;alt=UNHCR]] have been repatriated, the agency said. "
    "Each returnee receives a cash grant of {{$150}}.",
)

F(
    "Kirundo: CNL says 30 members arrested in a week",
    "The opposition party CNL said [[at least 30 of its members|arrested;a=The opposition party CNL;alt=CNL]] were arrested in Kirundo province during the past week, accused of holding illegal meetings. "
    "[[Two|killed;a=the party;alt=The opposition party CNL]] were found dead after their arrest, the party said.",
)

F(
    "Shujaa operation: UPDF says 11 ADF killed, 24 captives rescued",
    "The UPDF said its troops, in joint operations with the FARDC, killed [[11 ADF rebels|killed;a=The UPDF]] and rescued [[24 captives|kidnapped;a=The UPDF]], among them [[15 children|kidnapped;a=The UPDF]], in Irumu territory. "
    "[[Five rebels|arrested]] were captured with their weapons.",
)

F(
    "Nyakabande transit centre receives 1,200 Congolese a day",
    "The Nyakabande transit centre in Kisoro district is receiving [[about 1,200 Congolese a day|displaced;a=the Office of the Prime Minister]], the Office of the Prime Minister said. "
    "The centre, meant for [[2,000|capacity]], hosts [[over 7,000|displaced]], and [[seven buses|other]] leave each morning for the Nakivale settlement.",
)

F(
    "Rubavu: 250 former FDLR fighters and their families repatriated",
    "[[Some 250 ex-combatants|returned;a=the Rwanda Demobilisation and Reintegration Commission]] of the FDLR and [[600 dependants|returned;a=the Rwanda Demobilisation and Reintegration Commission]] were repatriated from eastern DRC through the Rubavu border post, the Rwanda Demobilisation and Reintegration Commission said. "
    "They will spend {{three months}} at the Mutobo camp.",
)

# ---------------------------------------------------------------- Central African Republic

F(
    "Ouham-Pendé: 3R rebels kill 12 civilians near Paoua",
    "Elements of the {{3R}} armed group killed [[twelve civilians|killed;a=the prefect of Ouham-Pendé]] in the village of Bétoko, near Paoua, informed the prefect of Ouham-Pendé. "
    "[[About 2,500 persons|displaced]] took refuge in Paoua, where they sleep in [[two churches|capacity]] and the school.",
)

F(
    "Haute-Kotto: army and Russian instructors free 40 hostages from UPC",
    "The FACA and their Russian allies freed [[40 hostages|kidnapped;a=the army spokesperson]] held by UPC rebels near Bria, the army spokesperson said. "
    "[[Eight rebels|killed;a=the army spokesperson]] were killed in the operation, he said.",
)


# ---------------------------------------------------------------- Syria

F(
    "Syrian coast: Observatory documents killing of 1,383 civilians",
    "The Syrian Observatory for Human Rights documented the killing of [[1,383 civilians|killed;a=The Syrian Observatory for Human Rights]], most of them Alawites, in the coastal provinces of Latakia and Tartus since {{6 March}}. "
    "[[More than 230 members|killed;a=the Observatory;alt=The Syrian Observatory for Human Rights]] of the security forces and [[about 250 gunmen|killed;a=the Observatory;alt=The Syrian Observatory for Human Rights]] loyal to the former regime also died, the Observatory said. "
    "[[Some 9,000 Syrians|displaced;a=the UNHCR representative in Lebanon]] crossed into northern Lebanon, according to the UNHCR representative in Lebanon.",
)

F(
    "Sweida: fighting between Druze factions and Bedouin tribes displaces 128,000",
    "[[More than 128,000 people|displaced;a=the International Organization for Migration]] have been displaced by the clashes in Sweida province, the International Organization for Migration said. "
    "The Syrian Network for Human Rights put the toll at [[at least 814 dead|killed;a=The Syrian Network for Human Rights]], among them [[34 women|killed;a=The Syrian Network for Human Rights]] and [[20 children|killed;a=The Syrian Network for Human Rights]]. "
    "A convoy of [[32 trucks|aid]] of the Syrian Arab Red Crescent entered the city on {{Sunday}}.",
)

F(
    "UNHCR: over 500,000 Syrians have returned from abroad since the fall of Assad",
    "[[More than 500,000 Syrians|returned;a=UNHCR]] have returned from neighbouring countries since {{8 December}}, UNHCR said, and [[over 1.2 million|returned;a=UNHCR]] internally displaced persons went back to their areas of origin. "
    "The agency expects [[up to 1.5 million|returned;p;a=The agency;alt=UNHCR]] refugees to return by the end of the year.",
)

F(
    "Al-Hol camp: 40,000 people remain, SDF administration says",
    "[[About 40,000 people|displaced;a=the camp administration]], most of them women and children, remain in the Al-Hol camp, the camp administration said, in a camp built for [[some 10,000|capacity;a=the camp administration]]. "
    "Iraq repatriated [[another 150 families|returned]] from the camp this week.",
)

F(
    "Manbij: car bomb kills 20, among them 18 women farm workers",
    "A car bomb exploded next to a vehicle carrying agricultural workers on the outskirts of Manbij, killing [[20 people|killed;a=the Syrian civil defence;alt=the White Helmets]], [[18 of them|killed;n=-;a=the Syrian civil defence;alt=the White Helmets]] women, the Syrian civil defence, known as the White Helmets, said. "
    "[[Fifteen other women|injured;a=the group;alt=the Syrian civil defence;alt=the White Helmets]] were injured, the group said.",
)

F(
    "Syria: unexploded ordnance killed 144 since December, Halo Trust says",
    "[[At least 144 people|killed;a=the demining organisation Halo Trust;alt=Halo Trust]], including [[48 children|killed;a=the demining organisation Halo Trust;alt=Halo Trust]], have been killed by landmines and unexploded ordnance in Syria since {{December}}, according to the demining organisation Halo Trust. "
    "Its teams cleared [[more than 2,000 items|other]] in Idlib and Hama provinces.",
)

# ---------------------------------------------------------------- Iraq

F(
    "Sinjar: 1,250 families return from Duhok camps in one week",
    "The Ministry of Migration and Displaced said [[1,250 families|returned;a=The Ministry of Migration and Displaced]] returned from the camps of Duhok governorate to Sinjar district during the past week. "
    "[[Fourteen camps|capacity]] in Duhok still host [[some 110,000 IDPs|displaced]].",
)

F(
    "Kirkuk: four soldiers killed in ISIS attack, Security Media Cell says",
    "[[Four soldiers|killed;a=the Security Media Cell]], including [[two officers|killed;a=the Security Media Cell]], were killed when ISIS elements attacked an army post in the Wadi al-Shay area south of Kirkuk, the Security Media Cell said in a statement. "
    "[[Three others|injured;n=-;a=the statement;alt=the Security Media Cell]] were wounded, the statement added. "
    "Iraqi officials estimate that ISIS has [[no more than 400 fighters|combatants;a=Iraqi officials]] left in the area between Kirkuk, Salahuddin and Diyala.",
)

F(
    "Counter-Terrorism Service announces arrest of 13 terrorists in Anbar",
    "The Counter-Terrorism Service announced the arrest of [[13 terrorists|arrested;a=The Counter-Terrorism Service]] in an airdropped operation in the Anbar desert. "
    "The service also destroyed [[four hideouts|other;u=structure]] and seized [[seven explosive belts|other;u=other]].",
)

F(
    "Sulaymaniyah: Turkish drone kills four PKK members",
    "[[Four PKK members|killed;a=the Kurdistan Region's counter-terrorism service]] were killed when a Turkish drone struck their vehicle near Sulaymaniyah airport, the Kurdistan Region's counter-terrorism service said. "
    "The Turkish Defence Ministry said its forces neutralised [[25 terrorists|killed;a=The Turkish Defence Ministry]] in northern Iraq and Syria in the past week.",
)

F(
    "Iraq brings home 150 families from Syria's Al-Hol",
    "[[Some 150 Iraqi families|returned;a=the Ministry of Migration]] arrived at the {{Jeddah 5}} rehabilitation centre near Mosul from the Al-Hol camp, the Ministry of Migration said. "
    "[[More than 2,600 families|returned;a=the ministry;alt=the Ministry of Migration]] have been returned since {{2021}}, the ministry said.",
)

# ---------------------------------------------------------------- Yemen

F(
    "Houthis detain 13 UN staff in Sanaa, Guterres says",
    "The Houthis detained [[13 UN staff|arrested;a=UN Secretary-General António Guterres;alt=António Guterres]] in Sanaa on {{Friday}}, UN Secretary-General António Guterres said, bringing to [[59|arrested;a=UN Secretary-General António Guterres;alt=António Guterres]] the number of UN personnel arbitrarily held. "
    "He demanded their immediate release.",
)

F(
    "Marib: 1,230 families displaced from Sirwah front since January",
    "[[1,230 families|displaced;a=the Executive Unit for IDP Camps]] have been displaced to Marib city from the Sirwah front since {{January}}, the Executive Unit for IDP Camps said. "
    "Marib governorate hosts [[197 camps|capacity]] and [[some 2.2 million|displaced]] displaced persons. "
    "{{Sixty percent}} of the camps have no latrines.",
)

F(
    "Ras Isa port: US strikes kill 80, Houthi-run ministry says",
    "[[At least 80 people|killed;a=the Houthi-run health ministry]] were killed and [[150|injured;a=the Houthi-run health ministry]] injured in US strikes on the Ras Isa fuel port, the Houthi-run health ministry said. "
    "The US Central Command said the strikes aimed to cut the group's fuel supply.",
)

F(
    "Taiz: Houthi shelling kills three children in residential district",
    "Houthi shelling on the Al-Rawdah neighbourhood of Taiz killed [[three children|killed;a=the Taiz governorate health office]] and injured [[five|injured;a=the Taiz governorate health office]], among them a {{seven-year-old}} girl, the Taiz governorate health office said. "
    "The city has been under siege since {{2015}}.",
)

F(
    "Abyan: migrant boat capsizes, 68 dead and 74 missing",
    "[[Sixty-eight migrants|killed;a=IOM]] died and [[74|missing;a=IOM]] are missing after a boat carrying [[154 Ethiopians|other;a=IOM]] capsized off the coast of Abyan, IOM said. "
    "[[Twelve|other]] survived and were taken to Khanfar.",
)

# ---------------------------------------------------------------- Lebanon, Gaza, West Bank

F(
    "Lebanon: pager explosions kill 12, wound about 2,800",
    "Health Minister Firass Abiad said [[12 people|killed;a=Health Minister Firass Abiad;alt=Firass Abiad]] were killed, [[two children|killed;a=Health Minister Firass Abiad;alt=Firass Abiad]] among them, and [[about 2,800|injured;a=Health Minister Firass Abiad;alt=Firass Abiad]] were wounded when pagers exploded across Lebanon. "
    "[[Some 300|injured;a=Health Minister Firass Abiad;alt=Firass Abiad]] are in critical condition, he said.",
)

F(
    "Lebanon General Security: 595,000 crossed to Syria during the war",
    "Since {{23 September}}, [[about 425,000 Syrians|returned;a=the Lebanese General Security]] returned to Syria and [[170,000 Lebanese|displaced;a=the Lebanese General Security]] crossed the border fleeing the Israeli strikes, according to the Lebanese General Security. "
    "Inside Lebanon, [[more than 900,000 persons|displaced]] are displaced, [[about 190,000|displaced]] of them in [[1,000 shelters|capacity]].",
)

F(
    "Khan Younis: strikes on tents kill 45, civil defence says",
    "[[At least 45 Palestinians|killed;a=civil defence spokesman Mahmoud Basal;alt=Mahmoud Basal]] were killed and [[more than 60|injured;a=civil defence spokesman Mahmoud Basal;alt=Mahmoud Basal]] injured in Israeli strikes on tents in the Mawasi area of Khan Younis, civil defence spokesman Mahmoud Basal said. "
    "[[About 20 tents|housing]] burned.",
)

F(
    "Gaza: COGAT says 183 aid trucks entered, UN counts 91",
    "COGAT said [[183 trucks|aid;a=COGAT]] of humanitarian aid entered Gaza on {{Sunday}}, while the UN counted [[only 91|aid;u=other;a=the UN]]. "
    "The UN says [[500 to 600 trucks a day|aid;p;a=The UN]] are needed to cover basic needs.",
)

F(
    "Jenin: Israeli operation displaces 20,000 from camp",
    "[[About 20,000 residents|displaced;a=UNRWA]] of the Jenin refugee camp have been displaced since the start of the Israeli operation, UNRWA said. "
    "The Palestinian Health Ministry said [[at least 12 Palestinians|killed;a=The Palestinian Health Ministry]] were killed. "
    "The Israeli army said it arrested [[more than 30 wanted persons|arrested;a=The Israeli army]] and dismantled [[dozens of explosive devices|other;a=The Israeli army]].",
)

F(
    "Turmusaya: settlers burn houses and cars",
    "Settlers set fire to [[six houses|housing;a=the Colonization and Wall Resistance Commission]] and [[11 cars|other;a=the Colonization and Wall Resistance Commission]] in Turmusaya, north of Ramallah, the Colonization and Wall Resistance Commission said. "
    "[[Two Palestinians|injured]] were hurt by stones and taken to hospital in Ramallah.",
)

# ---------------------------------------------------------------- Iran, Turkey

F(
    "Hengaw: Iran executed at least 975 people in 2024",
    "The Kurdish rights group Hengaw said Iran executed [[at least 975 people|killed;a=The Kurdish rights group Hengaw;alt=Hengaw]] in {{2024}}, among them [[31 women|killed;a=The Kurdish rights group Hengaw;alt=Hengaw]], the highest number in nearly {{three decades}}.",
)

F(
    "Kerman bombings: toll revised to 95 dead, 284 injured",
    "Interior Minister Ahmad Vahidi said [[95 people|killed;a=Interior Minister Ahmad Vahidi;alt=Ahmad Vahidi]] were killed and [[284|injured;a=Interior Minister Ahmad Vahidi;alt=Ahmad Vahidi]] injured in the twin blasts near the tomb of Qasem Soleimani on the {{fourth}} anniversary of his death. "
    "The toll had earlier been given as [[103|killed]].",
)

F(
    "Ankara: attack on aerospace company TUSAS kills five",
    "Interior Minister Ali Yerlikaya said [[five people|killed;a=Interior Minister Ali Yerlikaya;alt=Ali Yerlikaya]] were killed and [[22|injured;a=Interior Minister Ali Yerlikaya;alt=Ali Yerlikaya]] wounded in the attack on the TUSAS headquarters near Ankara, and [[two attackers|killed;a=Interior Minister Ali Yerlikaya;alt=Ali Yerlikaya]] were neutralised. "
    "The Defence Ministry said warplanes hit [[32 targets|other;u=other;a=The Defence Ministry]] in Iraq and Syria in response.",
)


# ---------------------------------------------------------------- Pakistan, Afghanistan

F(
    "Bannu cantonment attack: ISPR says 16 khwarij sent to hell, five soldiers martyred",
    "The ISPR said [[16 khwarij|killed;a=The ISPR]] were sent to hell in the ensuing clearance operation, while [[five soldiers|killed;a=The ISPR]] embraced shahadat. "
    "[[Thirteen innocent civilians|killed;a=the military's media wing;alt=The ISPR]] were martyred and [[32|injured;a=the military's media wing;alt=The ISPR]] injured when suicide bombers rammed explosive-laden vehicles into the cantonment wall at iftar time, the military's media wing said.",
)

F(
    "Jaffar Express: all 33 terrorists killed, 354 hostages rescued, DG ISPR says",
    "Director General ISPR Lieutenant General Ahmed Sharif Chaudhry said [[all 33 terrorists|killed;a=Director General ISPR Lieutenant General Ahmed Sharif Chaudhry;alt=Ahmed Sharif Chaudhry]] were killed and [[354 hostages|kidnapped;a=Director General ISPR Lieutenant General Ahmed Sharif Chaudhry;alt=Ahmed Sharif Chaudhry]] rescued, [[37|injured;a=Director General ISPR Lieutenant General Ahmed Sharif Chaudhry;alt=Ahmed Sharif Chaudhry]] of them injured. "
    "[[Twenty-one passengers|killed;a=Director General ISPR Lieutenant General Ahmed Sharif Chaudhry;alt=Ahmed Sharif Chaudhry]] and [[four FC personnel|killed;a=Director General ISPR Lieutenant General Ahmed Sharif Chaudhry;alt=Ahmed Sharif Chaudhry]] lost their lives, he said. "
    "The attackers seized the train, which was carrying [[about 440 passengers|kidnapped]] from Quetta to Peshawar.",
)

F(
    "Kurram: gunmen fire on convoy near Parachinar, 42 killed",
    "[[At least 42 people|killed;a=Deputy Commissioner Javedullah Mehsud;alt=Javedullah Mehsud]] were killed when gunmen opened fire on a convoy of [[about 200 vehicles|other;a=Deputy Commissioner Javedullah Mehsud;alt=Javedullah Mehsud]] near Parachinar, Deputy Commissioner Javedullah Mehsud said. "
    "In the sectarian clashes that followed, [[several hundred families|displaced]] migrated to Hangu and Peshawar.",
)

F(
    "Musakhel: gunmen offload and kill 23 passengers on highway",
    "Armed men blocked the inter-provincial highway in Musakhel district, offloaded passengers from trucks and buses and shot dead [[23 of them|killed;n=-;a=Assistant Commissioner Najeeb Kakar;alt=Najeeb Kakar]] after checking their identity cards, Assistant Commissioner Najeeb Kakar said. "
    "The attackers set on fire [[35 vehicles|other;a=Assistant Commissioner Najeeb Kakar;alt=Najeeb Kakar]], he said.",
)

F(
    "Islamabad march: nearly 1,000 PTI workers arrested, minister says",
    "Interior Minister Mohsin Naqvi said [[nearly 1,000 protesters|arrested;a=Interior Minister Mohsin Naqvi;alt=Mohsin Naqvi]] were arrested and [[four Rangers personnel|killed;a=Interior Minister Mohsin Naqvi;alt=Mohsin Naqvi]] were killed when a vehicle ran into them on Srinagar Highway. "
    "The PTI claimed [[at least 12 of its workers|killed;a=The PTI]] died in firing by security forces.",
)

F(
    "Afghan returns from Iran and Pakistan reach new record",
    "[[More than 19,500 Afghans|returned;a=the Taliban's refugee ministry]] returned from Iran and Pakistan on {{Tuesday}} alone, the Taliban's refugee ministry said. "
    "In {{2025}} [[over 1.8 million|returned;a=the UN]] have come back from Iran, most of them deported, the UN says. "
    "At the Islam Qala crossing, [[about 2,000 families a day|aid]] receive hot meals and cash.",
)

F(
    "Paktika: Pakistani airstrikes kill 46, Taliban spokesman says",
    "Taliban spokesman Zabihullah Mujahid said [[46 people|killed;a=Taliban spokesman Zabihullah Mujahid;alt=Zabihullah Mujahid]], most of them women and children, were killed and [[six|injured;a=Taliban spokesman Zabihullah Mujahid;alt=Zabihullah Mujahid]] wounded in Pakistani airstrikes on [[four villages|other;a=Taliban spokesman Zabihullah Mujahid;alt=Zabihullah Mujahid]] of Barmal district. "
    "Pakistan did not confirm the strikes.",
)

F(
    "Herat earthquakes: death toll passes 1,480",
    "[[More than 1,480 people|killed;a=the Afghan National Disaster Management Authority]] were killed and [[about 2,100|injured;a=the Afghan National Disaster Management Authority]] injured in the earthquakes of magnitude {{6.3}} in Herat province, according to the Afghan National Disaster Management Authority. "
    "[[Some 10,000 houses|housing]] in Zinda Jan district were destroyed.",
)

# ---------------------------------------------------------------- India

F(
    "Manipur: over 250 killed, 60,000 displaced since May 2023",
    "[[Over 250 people|killed;a=Chief Minister N Biren Singh;alt=N Biren Singh]] have been killed and [[about 60,000|displaced;a=Chief Minister N Biren Singh;alt=N Biren Singh]] displaced since ethnic violence broke out in {{May 2023}}, Chief Minister N Biren Singh told the Assembly. "
    "The displaced live in [[around 350 relief camps|capacity]]. "
    "[[More than 5,600 weapons|other]] were looted from police armouries, and [[about 1,500|other;u=other]] have been recovered.",
)

F(
    "Bijapur: 31 Maoists killed in encounter, two jawans martyred",
    "[[Thirty-one Maoists|killed;a=Inspector General of Police (Bastar) P Sundarraj;alt=P Sundarraj]] were killed in an encounter in the forests of the Indravati National Park area, Inspector General of Police (Bastar) P Sundarraj said. "
    "[[Two jawans|killed;a=Sundarraj;alt=P Sundarraj]] of the District Reserve Guard were martyred and [[two|injured;a=Sundarraj;alt=P Sundarraj]] injured, Sundarraj said. "
    "The killed Maoists carried rewards totalling {{Rs 1.1 crore}}.",
)

F(
    "Pahalgam attack: 26 killed, 1,500 detained for questioning",
    "Terrorists opened fire on tourists in the Baisaran meadow near Pahalgam, killing [[26 people|killed;a=police]], [[25 of them|killed;n=-;a=police]] tourists, police said. "
    "[[Around 1,500 persons|arrested;a=officials]] have been detained for questioning in the Valley, officials said, and authorities demolished [[10 houses|housing;a=officials]] of suspected militants.",
)

F(
    "Jiribam: bodies of six abducted women and children found",
    "The bodies of [[six abducted women and children|killed;n=women and children]] were found in the Jiri river, days after militants took them from a relief camp in Jiribam. "
    "Two days earlier, the CRPF killed [[10 suspected militants|killed;a=police]] in an encounter in the same district, police said.",
    ["Two days"],
)

# ---------------------------------------------------------------- Bangladesh, Nepal

F(
    "Cox's Bazar: 150,000 new Rohingya arrivals since early 2024",
    "Refugee Relief and Repatriation Commissioner Mohammed Mizanur Rahman said [[about 150,000 Rohingya|displaced;a=Refugee Relief and Repatriation Commissioner Mohammed Mizanur Rahman;alt=Mohammed Mizanur Rahman]] have arrived from Rakhine since the start of {{2024}}. "
    "[[The 33 camps|capacity]] of Ukhiya and Teknaf now host [[over one million|displaced]] refugees.",
)

F(
    "OHCHR: as many as 1,400 killed in Bangladesh crackdown on protests",
    "[[As many as 1,400 people|killed;a=the UN human rights office]] may have been killed during the protests of {{July and August}} {{2024}}, the UN human rights office said in a fact-finding report, {{12 to 13 percent}} of them children. "
    "Police and the RAB arrested [[more than 11,700 people|arrested;a=the report;alt=the UN human rights office]], according to the report.",
)

F(
    "Kathmandu: police fire on Gen Z protesters, 19 killed",
    "[[At least 19 people|killed;a=police]] were killed and [[more than 300|injured;a=police]] injured when police opened fire on young protesters outside the parliament in Kathmandu, police said. "
    "[[A few thousand young people|other]] had gathered in front of the building since the morning. "
    "The Civil Service Hospital alone received [[around 100|injured;a=the Civil Service Hospital]], according to the Civil Service Hospital.",
)

# ---------------------------------------------------------------- Myanmar

F(
    "Sagaing: junta airstrike on monastery kills 23",
    "[[Twenty-three people|killed;a=residents and a local resistance group]], among them [[four children|killed;a=residents and a local resistance group]], were killed when a junta jet bombed a monastery where displaced villagers were sheltering in Sagaing Region, residents and a local resistance group said. "
    "[[About 150 people|displaced]] had taken refuge in the monastery.",
)

F(
    "Maungdaw: drone attacks on fleeing Rohingya kill dozens, witnesses say",
    "Drone attacks on Rohingya families waiting to cross the Naf river near Maungdaw killed [[dozens of people|killed;a=witnesses]], witnesses told our correspondent. "
    "Médecins Sans Frontières said its teams in Bangladesh treated [[39 people|injured;a=Médecins Sans Frontières]] with violence-related injuries in {{two days}}.",
)

F(
    "Myanmar junta to call up 5,000 conscripts a month",
    "Junta spokesman Zaw Min Tun said [[5,000 conscripts a month|combatants;p;a=Junta spokesman Zaw Min Tun;alt=Zaw Min Tun]] will be called up from {{April}}, under a law that applies to men aged {{18 to 35}}. "
    "[[Thousands of young men|displaced]] have since crossed into Thailand.",
)

F(
    "Mae Sot: 3,000 Myanmar nationals cross border after Myawaddy fighting",
    "[[About 3,000 Myanmar nationals|displaced;a=the Tak provincial governor]] crossed into Mae Sot as fighting reached Myawaddy, the Tak provincial governor said. "
    "[[Some 1,200|returned]] went back the next day, once the shooting stopped.",
)

F(
    "Mandalay earthquake: junta gives toll of 3,600 dead",
    "The State Administration Council said [[3,600 people|killed;a=The State Administration Council]] were killed, [[more than 5,000|injured;a=The State Administration Council]] injured and [[about 160|missing;a=The State Administration Council]] are missing after the {{7.7}}-magnitude earthquake. "
    "[[Over 1,000 buildings|housing]] collapsed in Mandalay, and [[several thousand residents|displaced]] slept in the streets for fear of aftershocks.",
)

# ---------------------------------------------------------------- Philippines, Thailand, Indonesia, Cambodia

F(
    "Marawi: bomb during Mass kills four, police say",
    "[[Four people|killed;a=regional police director Brigadier General Allan Nobleza;alt=Allan Nobleza]] were killed and [[over 40|injured;a=regional police director Brigadier General Allan Nobleza;alt=Allan Nobleza]] injured when a bomb went off during a Catholic Mass in the gymnasium of Mindanao State University, regional police director Brigadier General Allan Nobleza said. "
    "[[Six suspects|arrested]] were later arrested.",
)

F(
    "Negros: eight NPA rebels killed in encounter with army",
    "[[Eight NPA rebels|killed;a=the spokesman of the 3rd Infantry Division]] were killed in an encounter with troops in the mountains of Himamaylan City, the spokesman of the {{3rd Infantry Division}} said. "
    "Soldiers recovered [[12 high-powered firearms|other]].",
)

F(
    "Sulu: 32 Abu Sayyaf members surrender with firearms",
    "[[Thirty-two Abu Sayyaf members|combatants;a=the Joint Task Force Orion]] surrendered with [[20 firearms|other;a=the Joint Task Force Orion]] in Patikul, the Joint Task Force Orion said. "
    "Each will receive {{50,000 pesos}} under the government's reintegration programme.",
)

F(
    "Narathiwat: roadside bomb kills two rangers",
    "[[Two paramilitary rangers|killed;a=Pol Col Somkiat Thongsuk;alt=Somkiat Thongsuk]] were killed and [[three villagers|injured;a=Pol Col Somkiat Thongsuk;alt=Somkiat Thongsuk]] injured by a roadside bomb in Rueso district, Pol Col Somkiat Thongsuk said. "
    "The insurgency in the {{three southern provinces}} has killed [[more than 7,000 people|killed;a=Deep South Watch]] since {{2004}}, according to Deep South Watch.",
)

F(
    "Yahukimo: Papuan rebels kill five gold miners",
    "The TPNPB spokesman, Sebby Sambom, said his fighters killed [[five gold miners|killed;a=Sebby Sambom;alt=The TPNPB spokesman]] whom they accused of being spies. "
    "Police evacuated [[over 100 miners|displaced;a=police]] to Dekai, police said.",
)

F(
    "Thai-Cambodian border clashes: 130,000 evacuated on Thai side",
    "[[More than 130,000 people|displaced;a=the Thai Health Ministry]] have been evacuated from border districts to [[nearly 300 shelters|capacity;a=the Thai Health Ministry]], and [[13 civilians|killed;a=the Thai Health Ministry]] and [[one soldier|killed;a=the Thai Health Ministry]] have been killed, the Thai Health Ministry said. "
    "Cambodia said [[over 35,000|displaced;a=Cambodia]] people fled on its side.",
)


# ---------------------------------------------------------------- Caucasus

F(
    "Armenia: 100,417 forcibly displaced persons arrived from Nagorno-Karabakh",
    "Government spokeswoman Nazeli Baghdasaryan said [[100,417 forcibly displaced persons|displaced;a=Government spokeswoman Nazeli Baghdasaryan;alt=Nazeli Baghdasaryan]] have entered Armenia from Nagorno-Karabakh, [[over 30,000|displaced;a=Government spokeswoman Nazeli Baghdasaryan;alt=Nazeli Baghdasaryan]] of them children. "
    "Azerbaijan's Defence Ministry said [[192 servicemen|killed;a=Azerbaijan's Defence Ministry]] were killed in its {{24-hour}} operation.",
)

F(
    "Stepanakert fuel depot blast: 170 dead, dozens missing",
    "The toll of the explosion at a fuel depot near Stepanakert rose to [[170 dead|killed;a=the local health authorities]], the local health authorities said, with [[290|injured;a=the local health authorities]] treated for burns and [[more than 100|missing;a=the local health authorities]] still missing. "
    "People had queued for fuel to drive to Armenia.",
)

F(
    "Armenia and Azerbaijan exchange prisoners at border",
    "Armenia released [[two Azerbaijani soldiers|other;a=a joint statement]] and Azerbaijan freed [[32 Armenian servicemen|other;a=a joint statement]] under the deal announced by both governments, according to a joint statement. "
    "The exchange took place at the border near Ijevan.",
)

F(
    "Tbilisi protests: over 400 detained, ministry says",
    "The Interior Ministry said [[more than 400 people|arrested;a=The Interior Ministry]] have been detained since the protests against the suspension of EU accession talks began, and that [[over 150 police officers|injured;a=The Interior Ministry]] were injured. "
    "Public Defender Levan Ioseliani said [[some 300 detainees|arrested;a=Public Defender Levan Ioseliani;alt=Levan Ioseliani]] showed signs of ill-treatment, and [[several dozen journalists|injured;a=Public Defender Levan Ioseliani;alt=Levan Ioseliani]] were hurt. "
    "Doctors said [[another 300 protesters|injured;a=Doctors]] were treated for the effects of tear gas and pepper spray.",
)

F(
    "Dagestan: gunmen attack churches and synagogues, 22 killed",
    "Dagestan head Sergei Melikov said [[22 people|killed;a=Dagestan head Sergei Melikov;alt=Sergei Melikov]] were killed in the attacks in Derbent and Makhachkala, including [[15 police officers|killed;a=Dagestan head Sergei Melikov;alt=Sergei Melikov]]. "
    "[[Five gunmen|killed;a=the National Anti-Terrorism Committee]] were eliminated, the National Anti-Terrorism Committee said.",
)

# ---------------------------------------------------------------- Balkans

F(
    "Banjska: Kosovo police officer killed, three attackers dead",
    "Prime Minister Albin Kurti said [[about 30 heavily armed men|combatants;a=Prime Minister Albin Kurti;alt=Albin Kurti]] attacked the police near the village of Banjska, killing [[one police officer|killed;a=Prime Minister Albin Kurti;alt=Albin Kurti]]. "
    "[[Three attackers|killed]] were killed and [[three|arrested]] arrested in the shootout that followed at the monastery.",
)

F(
    "Novi Sad protests: 48 police injured, dozens detained",
    "Interior Minister Ivica Dačić said [[48 police officers|injured;a=Interior Minister Ivica Dačić;alt=Ivica Dačić]] were injured and [[more than 70 people|arrested;a=Interior Minister Ivica Dačić;alt=Ivica Dačić]] detained after the protest in Novi Sad turned violent. "
    "The protesters accuse authorities over the canopy collapse that killed [[16 people|killed]] at the railway station.",
)

F(
    "DRC report: 1,024 pushbacks from Croatia to Bosnia in April",
    "The Danish Refugee Council recorded [[1,024 people|returned;a=The Danish Refugee Council]] pushed back from Croatia into Bosnia and Herzegovina in {{April}}, [[41 of them|returned;n=-;a=The Danish Refugee Council]] unaccompanied children. "
    "The Lipa camp near Bihać, built for [[1,500 people|capacity]], now houses [[about 400|displaced]].",
)

F(
    "Gevgelija: police find 43 migrants in truck, arrest two smugglers",
    "Police intercepted a truck near Gevgelija carrying [[43 migrants|other;a=the Interior Ministry]] from Afghanistan and Pakistan, the Interior Ministry said. "
    "[[Two smugglers|arrested;a=the ministry;alt=the Interior Ministry]] were arrested, the ministry said.",
)

# ---------------------------------------------------------------- Ukraine

F(
    "Kharkiv: glide bombs hit hypermarket, 19 killed",
    "[[Nineteen people|killed;a=regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] were killed and [[more than 50|injured;a=regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] injured when [[two Russian guided bombs|other;u=other;a=regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] hit the Epicentr hypermarket in Kharkiv, regional governor Oleh Syniehubov said. "
    "[[Sixteen people|missing;a=regional governor Oleh Syniehubov;alt=Oleh Syniehubov]] are still missing, he said.",
)

F(
    "Sumy: Palm Sunday missile strike kills 35",
    "[[Thirty-five people|killed;a=the State Emergency Service]], including [[two children|killed;a=the State Emergency Service]], were killed and [[117|injured;a=the State Emergency Service]] injured when [[two ballistic missiles|other;a=the State Emergency Service]] struck the centre of Sumy on Palm Sunday, the State Emergency Service said.",
)

F(
    "Kursk region: 121,000 evacuated from border districts",
    "Acting governor Alexei Smirnov said [[over 121,000 people|displaced;a=Acting governor Alexei Smirnov;alt=Alexei Smirnov]] have been evacuated from border districts since the Ukrainian incursion began. "
    "Contact has been lost with [[about 2,000 residents|missing;a=Acting governor Alexei Smirnov;alt=Alexei Smirnov]] of the Sudzha district, he said.",
)

F(
    "Belgorod: drone attack on bus kills five, governor says",
    "Governor Vyacheslav Gladkov said [[five civilians|killed;a=Governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]] were killed and [[eight|injured;a=Governor Vyacheslav Gladkov;alt=Vyacheslav Gladkov]] injured when a drone hit a bus near Belgorod. "
    "The Defence Ministry said air defences destroyed [[over 20 drones|other;a=The Defence Ministry]] over the region overnight.",
)

F(
    "Pokrovsk: authorities order evacuation of families with children",
    "The head of the Donetsk regional administration, Vadym Filashkin, said [[over 1,000 children|displaced;p;a=Vadym Filashkin;alt=The head of the Donetsk regional administration]] must be evacuated from Pokrovsk and nearby villages in the coming {{two weeks}}. "
    "[[Some 26,000 residents|civilians;a=Vadym Filashkin;alt=The head of the Donetsk regional administration]] still remain in the town, he said.",
)

F(
    "Prisoner swap: 95 Ukrainians return home",
    "[[Ninety-five Ukrainian prisoners of war|other;n=prisoners;a=President Volodymyr Zelenskyy;alt=Volodymyr Zelenskyy]] returned home in an exchange mediated by the United Arab Emirates, President Volodymyr Zelenskyy said. "
    "Russia's Defence Ministry said [[95 Russian servicemen|other;a=Russia's Defence Ministry]] were handed over in return.",
)

F(
    "Bring Kids Back UA: 11 more children returned from occupied territories",
    "[[Eleven children|returned;a=the presidential office]] have been brought back to Ukraine from Russia and occupied territories with Qatar's mediation, the presidential office said. "
    "Ukraine says [[19,546 children|kidnapped;a=Ukraine]] have been deported or forcibly transferred since {{February 2022}}.",
)

F(
    "Odesa: Russian missiles hit port, eight civilians killed",
    "[[Eight civilians|killed;a=regional governor Oleh Kiper;alt=Oleh Kiper]] were killed and [[four|injured;a=regional governor Oleh Kiper;alt=Oleh Kiper]] injured in a Russian missile strike on port infrastructure in Odesa, regional governor Oleh Kiper said. "
    "[[Two civilian ships|other]] were damaged.",
)

F(
    "Ukraine air force: 81 of 93 missiles shot down overnight",
    "Russia launched [[93 missiles|other;a=the air force]] and [[about 200 drones|other;a=the air force]] at Ukraine's energy system overnight, the air force said, and air defences shot down [[81 missiles|other;a=the air force]]. "
    "Power cuts of up to {{eight hours}} were announced in Kyiv region.",
)

F(
    "Kyiv: strike on Okhmatdyt children's hospital among 33 killed in capital",
    "[[Thirty-three people|killed;a=Mayor Vitali Klitschko;alt=Vitali Klitschko]] were killed in Kyiv in the Russian missile attack, [[two|killed;a=Mayor Vitali Klitschko;alt=Vitali Klitschko]] of them at the Okhmatdyt children's hospital, Mayor Vitali Klitschko said. "
    "[[More than 100|injured;a=Mayor Vitali Klitschko;alt=Vitali Klitschko]] were injured, he said, and [[some 600 young patients|displaced;a=Mayor Vitali Klitschko;alt=Vitali Klitschko]] were moved to other hospitals.",
)

F(
    "Dnipro: toll in apartment block strike rises to 46",
    "The toll of the missile strike on the apartment block in Dnipro rose to [[46 dead|killed;a=the regional administration]], among them [[11 children|killed;a=the regional administration]], the regional administration said. "
    "[[Eighty|injured]] were injured and [[11|missing]] remain missing. "
    "[[Seventy-two apartments|housing]] were destroyed.",
)

F(
    "Kherson region: dam breach floods 40 settlements",
    "[[About 2,700 people|displaced;a=Interior Minister Ihor Klymenko;alt=Ihor Klymenko]] have been evacuated from flooded areas on the right bank, Interior Minister Ihor Klymenko said, and [[over 40 settlements|other;u=other;a=Interior Minister Ihor Klymenko;alt=Ihor Klymenko]] are under water. "
    "Russian shelling of the evacuation points killed [[three people|killed]].",
)

# ---------------------------------------------------------------- Russia

F(
    "Crocus City Hall: toll rises to 145, Investigative Committee says",
    "The Investigative Committee said [[145 people|killed;a=The Investigative Committee]] were killed in the attack on the Crocus City Hall concert venue and [[more than 550|injured;a=The Investigative Committee]] sought medical help. "
    "[[Eleven people|arrested;a=the committee;alt=The Investigative Committee]], including [[the four gunmen|arrested;a=the committee;alt=The Investigative Committee]], have been detained, the committee said.",
)


# ---------------------------------------------------------------- bulletins and round-ups

F(
    "Cabo Delgado: humanitarian snapshot for May",
    "IOM's Displacement Tracking Matrix counts [[over 580,000 IDPs|displaced;a=IOM's Displacement Tracking Matrix]] in Cabo Delgado, Niassa and Nampula provinces. "
    "[[About 1.3 million people|civilians]] need humanitarian assistance. "
    "[[Some 90,000|returned]] have returned to Mocímboa da Praia district since {{January}}. "
    "Insurgents burned [[more than 300 houses|housing]] in Macomia district in {{April}}.",
)

F(
    "BINUH: over 5,600 killed by gang violence in Haiti in 2024",
    "[[More than 5,600 people|killed;a=the UN Integrated Office in Haiti]] were killed in gang-related violence in {{2024}}, the UN Integrated Office in Haiti said, up from [[4,789|killed;a=the UN Integrated Office in Haiti]] the year before. "
    "[[2,212|injured;a=the office;alt=the UN Integrated Office in Haiti]] were injured and [[1,494|kidnapped;a=the office;alt=the UN Integrated Office in Haiti]] kidnapped, the office said.",
)

F(
    "Yemen: 19.5 million people in need of aid in 2025, OCHA says",
    "[[About 19.5 million people|civilians;a=OCHA]] in Yemen will need humanitarian assistance in {{2025}}, OCHA said, up from [[18.2 million|civilians;a=OCHA]] last year. "
    "[[Some 4.5 million|displaced]] remain internally displaced, many for {{nearly a decade}}.",
)

F(
    "ICRC: 2,300 missing persons registered in central Sahel",
    "The International Committee of the Red Cross said families have registered [[about 2,300 missing persons|missing;a=The International Committee of the Red Cross]] in Mali, Burkina Faso and Niger with its offices and the Red Cross societies. "
    "[[Only 312|missing;a=the ICRC]] have been located so far, according to the ICRC.",
)

F(
    "Colombia: search unit estimates 104,000 disappeared in armed conflict",
    "The Unit for the Search of Persons Deemed Missing estimates that [[about 104,000 people|missing;a=The Unit for the Search of Persons Deemed Missing]] disappeared during the armed conflict. "
    "In the La Escombrera dump in Medellín, investigators have recovered the remains of [[seven persons|killed]] since the excavations began in {{July}}.",
)

F(
    "Kharkiv region: 250 houses damaged in one week of shelling",
    "Russian shelling damaged [[over 250 private houses|housing;a=the regional military administration]], [[31 high-rise buildings|housing;a=the regional military administration]] and [[12 schools|housing;a=the regional military administration]] in the Kharkiv region in the past week, the regional military administration said. "
    "[[Nine civilians|killed]] were killed and [[47|injured]] injured in the same period.",
)

F(
    "World Bank: 99,000 housing units damaged in Lebanon",
    "The war damaged [[about 99,000 housing units|housing;a=the World Bank]] in Lebanon, [[18,000|housing;u=structure;a=the World Bank]] of which were completely destroyed, the World Bank said in its damage assessment, which puts the damage at {{$3.4 billion}}.",
)

F(
    "Somalia: AU approves new mission of up to 11,911 personnel",
    "The new African Union Support and Stabilisation Mission in Somalia will have [[up to 11,911 personnel|combatants;p;a=the AU Peace and Security Council]], including [[680 police officers|combatants;p;a=the AU Peace and Security Council]], according to the AU Peace and Security Council. "
    "Egypt said it will send [[1,091 soldiers|combatants;p;a=Egypt]].",
)

F(
    "Peru: 17 dead in Juliaca protests, Ombudsman says",
    "[[Seventeen people|killed;a=the Ombudsman's Office]] died and [[more than 100|injured;a=the Ombudsman's Office]] were injured in clashes between protesters and police near the Juliaca airport, in Puno, the Ombudsman's Office said. "
    "The National Police said [[75 agents|injured;a=The National Police]] were hurt, [[three|injured;a=The National Police]] of them by gunshot.",
)

F(
    "Bajaur: operation against militants displaces 55,000",
    "[[About 55,000 people|displaced;a=the Bajaur deputy commissioner]] have left their homes in Mamund tehsil after authorities announced an operation against militants, the Bajaur deputy commissioner said. "
    "[[107 government schools|capacity]] in Khar have been converted into shelters. "
    "A curfew was imposed in [[27 localities|other]] for {{three days}}.",
)

F(
    "Borno: ICRC distributes seeds to 45,000 farming households",
    "The ICRC said it distributed seeds and tools to [[45,000 households|aid;a=The ICRC]] in Borno and Adamawa states before the rainy season, with [[some 3,000 tonnes|aid;a=The ICRC]] of maize, sorghum and cowpea seeds. "
    "Many of the farmers had been displaced for {{several years}}.",
)

F(
    "Tamaulipas: gunmen kidnap 31 migrants from bus",
    "Armed men kidnapped [[31 migrants|kidnapped;a=the National Migration Institute]], most of them Venezuelans, from a bus on the highway between Reynosa and Matamoros, the National Migration Institute said. "
    "The Tamaulipas government said [[21 of them|kidnapped;n=-;a=The Tamaulipas government]] were freed {{two days}} later.",
)

F(
    "Lomé: seven bodies found after protests, civil society says",
    "The civil society coalition Touche Pas à Ma Constitution said the bodies of [[seven persons|killed;a=The civil society coalition Touche Pas à Ma Constitution;alt=Touche Pas à Ma Constitution]] were found in lagoons and waterways of Lomé after {{three days}} of protests. "
    "[[More than 60 people|arrested;a=the coalition;alt=The civil society coalition Touche Pas à Ma Constitution]] were arrested, the coalition said.",
)

F(
    "Chad: new camp at Arkoum to take 50,000 refugees from Adré",
    "UNHCR plans to relocate [[about 50,000 refugees|displaced;p;a=UNHCR]] from the border town of Adré to the new camp of Arkoum, UNHCR said. "
    "[[14,000|displaced;a=the agency;alt=UNHCR]] have been moved so far, the agency said, each family receiving a shelter kit.",
)

F(
    "Kupiansk: 3,000 civilians remain under daily shelling",
    "[[About 3,000 civilians|civilians;a=Andrii Besedin;alt=the head of the city military administration]] remain in Kupiansk, [[around 100|civilians;a=Andrii Besedin;alt=the head of the city military administration]] of them children, according to the head of the city military administration, Andrii Besedin. "
    "Volunteers evacuate [[10 to 15 people a day|displaced]].",
)


# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Caracas: government and ELN open new cycle of talks",
    "The delegations of the Colombian government and the ELN opened on {{Monday 22 January}} the {{sixth}} cycle of talks in Caracas, which should last until {{6 February}}. "
    "The bilateral ceasefire, in force since {{3 August}}, expires after {{180 days}}, and the ELN chief negotiator, Pablo Beltrán, {{71}}, said it must be extended.",
)

F(
    "Nigeria: N3.25 trillion for defence in 2025 budget",
    "The {{2025}} Appropriation Bill presented by President Bola Tinubu allocates {{N3.25 trillion}} to defence and security, the largest share of the {{N49.7 trillion}} budget. "
    "Lawmakers said capital spending for the army rose by {{24 percent}} compared with {{2024}}.",
)

F(
    "Burkina Faso: national charter extends transition by 60 months",
    "The amended transition charter adopted on {{25 May}} extends the transition by {{60 months}} from {{2 July 2024}} and allows Captain Ibrahim Traoré, {{36}}, to stand in the next presidential election. "
    "The charter removes the {{2021}} quota for political parties in the legislative assembly.",
)

F(
    "Sudanese pound falls to 2,700 per dollar on parallel market",
    "The Sudanese pound fell to {{2,700 pounds}} per dollar on the parallel market in Port Sudan on {{Sunday}}, against {{600 pounds}} before the war began in {{April 2023}}. "
    "Traders said the price of a {{50 kg}} sack of sorghum doubled in {{three months}}.",
)

F(
    "Kenya: KDF allocation rises to Sh176 billion",
    "The National Treasury raised the allocation of the Kenya Defence Forces to {{Sh176 billion}} for the {{2025/26}} financial year, up {{8.5 percent}}, Cabinet Secretary John Mbadi told Parliament at {{3 p.m.}} on {{Thursday}}.",
)

F(
    "Haiti: transitional council's mandate to end on 7 February 2026",
    "The mandate of the Transitional Presidential Council ends on {{7 February 2026}}, according to the political accord of {{3 April 2024}}. "
    "Elections are planned for {{November}}, and a constitutional referendum was postponed for the {{third}} time.",
)

F(
    "DRC and Rwanda sign agreement in Washington",
    "The foreign ministers of the DRC and Rwanda signed a peace agreement in Washington on {{27 June}}, which gives {{90 days}} for the withdrawal of Rwandan defensive measures. "
    "A joint security coordination mechanism must meet within {{30 days}} of the signature, the text says.",
)

F(
    "Ukrenergo announces hourly power cuts in six regions",
    "Ukrenergo announced power cuts of {{four to eight hours}} a day from {{6 a.m.}} in Kyiv, Kharkiv, Sumy, Poltava, Chernihiv and Dnipropetrovsk regions as temperatures dropped to {{minus 15 degrees}}. "
    "The {{330 kV}} line near Kharkiv was repaired on {{Wednesday}}.",
)

F(
    "Armenia and Azerbaijan initial peace text at the White House",
    "The foreign ministers of Armenia and Azerbaijan initialled the peace text on {{8 August}} at the White House, after {{more than 35 years}} of conflict. "
    "The agreement also opens a transit route through Armenia's Syunik province for {{99 years}}, the leaders said.",
)

F(
    "Syria: constitutional declaration sets five-year transition",
    "The constitutional declaration signed by President Ahmed al-Sharaa sets a transitional period of {{five years}}. "
    "Under {{Article 3}}, Islamic jurisprudence is the main source of legislation, and {{Article 24}} creates a People's Assembly whose members serve {{30-month}} terms.",
)

F(
    "Kashmir: sixth anniversary of the end of special status",
    "Political parties in Jammu and Kashmir marked on {{5 August}} the {{sixth}} anniversary of the revocation of {{Article 370}} in {{2019}}. "
    "Omar Abdullah, {{55}}, said the restoration of statehood was promised {{five years}} ago.",
)

F(
    "Pakistan: IMF releases $1 billion tranche",
    "The IMF board approved the release of {{$1 billion}} under Pakistan's {{37-month}} {{$7 billion}} Extended Fund Facility. "
    "The State Bank expects growth of {{3.2 percent}} in the fiscal year ending {{30 June}}, and inflation fell to {{0.3 percent}} in {{April}}.",
)

F(
    "Myanmar junta sets election date for 28 December",
    "The Union Election Commission said the {{first}} phase of the general election will be held on {{28 December}}, with a {{second}} phase in {{January}}. "
    "Voting hours will be from {{6 a.m.}} to {{4 p.m.}}",
)

F(
    "BARMM: parliamentary election moved to October",
    "Congress moved the {{first}} parliamentary election of the Bangsamoro Autonomous Region from {{May}} to {{13 October 2025}}, amending {{Republic Act 11054}}. "
    "Interim Chief Minister Abdulraof Macacua, {{68}}, said the region needed time after the Supreme Court excluded Sulu in {{2024}}.",
)

F(
    "Mali: Barrick suspends operations at Loulo-Gounkoto",
    "Barrick Gold suspended operations at the Loulo-Gounkoto complex on {{14 January}} after the government blocked gold exports, the company said. "
    "Mali claims {{$512 million}} in unpaid taxes under the {{2023}} mining code, which raised the state's stake to {{35 percent}}.",
)

F(
    "Atlético Nacional beat Millonarios in Medellín",
    "Atlético Nacional beat Millonarios {{3-1}} at the Atanasio Girardot stadium on {{Sunday}}, with Alfredo Morelos scoring in the {{45th minute}} and again in the {{81st}}. "
    "Nacional lead the Liga BetPlay with {{38 points}} after {{17 rounds}}.",
)

F(
    "Lebanon: lira steady at 89,500 per dollar",
    "The Lebanese lira held at {{89,500}} per dollar for the {{20th}} consecutive month, the central bank said, after losing {{98 percent}} of its value since {{October 2019}}. "
    "Minimum wage is now {{28 million lira}}.",
)

F(
    "Ethiopia inaugurates Grand Renaissance Dam",
    "Prime Minister Abiy Ahmed inaugurated the Grand Ethiopian Renaissance Dam on {{9 September}}, {{14 years}} after construction began. "
    "The reservoir holds {{74 billion cubic metres}} of water and the plant will produce {{5,000 megawatts}} at full capacity, officials said.",
)

F(
    "Abuja court adjourns Nnamdi Kanu trial to 23 January",
    "Justice James Omotosho of the Federal High Court adjourned the trial of IPOB leader Nnamdi Kanu to {{23 January}} after the defence asked for {{21 days}} to study the charges under {{Section 45}} of the Terrorism Act. "
    "Kanu, {{57}}, has been in detention since {{June 2021}}.",
)

F(
    "Tbilisi court sentences opposition activist to two years",
    "A Tbilisi city court sentenced opposition activist Mzia Amaglobeli, {{49}}, to {{two years}} in prison on {{6 August}}, under {{Article 353}} of the Criminal Code. "
    "Her lawyers said they would appeal within {{one month}}.",
)


# ---- end of texts


if __name__ == "__main__":
    sys.exit(main())
