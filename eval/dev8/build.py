"""Build eval/dev8/figures.jsonl from the hand-written texts below.

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
    ("maybe", "approx"),
    ("approx", "approx"),  # dev8: hedges in speech
    ("perhaps", "approx"),
    ("just over", "at_least"),
    ("at least", "at_least"),
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
    ("less than", "at_most"),  # dev8
    ("at most", "at_most"),
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
NUM_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(million|billion|m)\b)?")
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
    # added for dev8
    "blocks",
    "homesteads",
    "hotels",
    "mosque",
    "kiosks",
    "stalls",
    "classroom",
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
    "cards",
    # added for dev8
    "generators",
    "loaves",
    "truckloads",
    "incidents",
    "strikes",
    "attacks",
    "posts",
    "boxes",
    "bottles",
    "tons",
    "pieces",
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
        v = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
        mult = {"million": 1e6, "m": 1e6, "billion": 1e9, None: 1}[m.group(3)]
        out.append((v * mult, m.start(), m.end(), bool(m.group(3))))
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
                a *= (
                    1e6
                    if "million" in span[bs:].lower() or span[bs:].lower().split()[0].endswith("m")
                    else 1
                )
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
)  # dev8: eval/, dev2-dev6, loaded only for this check (eval/holdout/ and eval/dev7/ not opened)


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


FIGURES: list[tuple[str, str, list[str]]] = []


def F(title: str, text: str, extra_negatives: list[str] | None = None) -> None:
    FIGURES.append((title, text, extra_negatives or []))


# ====================================================================== texts


# ---------------------------------------------------------------- radio and TV bulletin scripts

F(
    "Radio bulletin: Sudan, attack on village near El Obeid",
    "In Sudan, [[at least 40 people|killed;a=medics]] have been killed in an attack on a village in North Kordofan, medics say. "
    "The Sudan Doctors Network says [[more than 60|injured;a=The Sudan Doctors Network]] were wounded and that [[hundreds of families|displaced;a=The Sudan Doctors Network]] have fled towards El Obeid. "
    "The paramilitary Rapid Support Forces have not commented.",
)

F(
    "TV bulletin script: floods of displaced reach Goma",
    "ANCHOR: Turning now to eastern Congo, where the UN says [[some 135,000 people|displaced;a=the UN]] have fled into Goma in the past {{week}} alone. "
    "Aid groups there say [[fewer than 20 water points|aid;a=Aid groups;u=other]] are working for the camps around the city, and cholera cases are rising.",
)

F(
    "Bulletin: Nigeria school abduction, Kaduna",
    "Gunmen in north-west Nigeria have abducted [[more than 280 pupils|kidnapped;a=local officials]] from a school in Kaduna state, local officials say. "
    "Police say [[23 suspects|arrested;a=Police]] have been arrested in the nearby forests. "
    "The state governor says [[roughly 100|kidnapped;a=The state governor]] of the children are {{younger than 12}}.",
)

F(
    "World service headlines at the top of the hour",
    "The headlines at {{1400 GMT}}. "
    "Ukraine's emergency service says [[nine people|killed;a=Ukraine's emergency service]] have died and [[34|injured;a=Ukraine's emergency service]] were hurt in a missile strike on Dnipro. "
    "In Haiti, the UN migration agency says [[nearly 5,000 people|displaced;a=the UN migration agency]] fled Mirebalais after gangs overran the town. "
    "And in Myanmar, the junta says it has freed [[more than 3,000 prisoners|other;a=the junta]] in an amnesty.",
)

F(
    "Morning bulletin: Gaza strike on school shelter",
    "Good morning. Health officials in Gaza say [[at least 31 people|killed;a=Health officials in Gaza]], most of them women and children, were killed when a school used as a shelter was hit overnight.",
)

F(
    "Evening news script: Lebanon evacuations",
    "PRESENTER: Israel's military has ordered residents of [[more than 20 villages|other]] in south Lebanon to leave their homes. "
    "Lebanon's health ministry says [[at least 558 people|killed;a=Lebanon's health ministry]] were killed yesterday, the deadliest day since {{2006}}. "
    "Officials say [[about 16,500|displaced;a=Officials]] are now staying in [[more than 150 schools|capacity;a=Officials]] turned into shelters.",
)

F(
    "Radio bulletin: Burkina Faso attack on army post",
    "In Burkina Faso, a security source says [[dozens of soldiers|killed;a=a security source]] were killed when jihadists attacked an army post near Djibo. "
    "The same source says [[as many as 200 fighters|combatants;a=The same source]] took part in the assault.",
)

F(
    "Bulletin: Colombia clashes in Catatumbo",
    "Colombia's ombudsman says [[around 32,000 people|displaced;a=Colombia's ombudsman]] have been forced from their homes by fighting between the ELN and FARC dissidents in Catatumbo. "
    "[[At least 80|killed;a=the army]] have been killed, according to the army, and [[some 5,000 troops|combatants;a=the government;p]] are being sent to the region, the government says.",
)

F(
    "Hourly news: Mali convoy",
    "In Mali, [[at least 21 civilians|killed;a=local leaders]] including drivers and traders were killed when their convoy was attacked near Léré, local leaders told this programme. "
    "They say [[five trucks|other;a=local leaders]] were set on fire.",
)

F(
    "Bulletin script: South Sudan cattle raid",
    "South Sudan now, where officials in Jonglei say [[at least 74 people|killed;a=officials in Jonglei]] have been killed in a cattle raid. "
    "[[Thirty-two children|kidnapped;a=officials in Jonglei]] were taken, they say, along with [[about 12,000 head|other;u=other;n=head]] of cattle.",
)

F(
    "Late bulletin: Pakistan train siege ends",
    "Pakistan's army says the siege of a hijacked train in Balochistan is over. "
    "It says [[all 33 attackers|killed;a=Pakistan's army]] were killed and [[more than 300 passengers|kidnapped;a=Pakistan's army]] were rescued. "
    "[[Twenty-one hostages|killed;a=Pakistan's army]] died, it says.",
)

F(
    "Bulletin: Rohingya boat arrivals, Aceh",
    "Indonesia now. [[About 150 Rohingya refugees|displaced;a=local fishermen]], mostly women and children, have come ashore in Aceh, local fishermen say. "
    "It's the latest of [[at least five boats|other]] to land this month.",
)

# ---------------------------------------------------------------- posts on X and Telegram

F(
    "Post by Kharkiv governor after strike",
    "BREAKING: [[12|killed;a=governor]] killed, [[30|injured;a=governor]] injured in strike on #Kharkiv - governor\n"
    "Rescue work continues at the site. [[Two|missing;a=the regional administration]] still unaccounted for, the regional administration adds.",
)

F(
    "Telegram post: Odesa regional military administration",
    "Odesa RMA (Telegram): As a result of the night attack, [[4 people|injured;a=Odesa RMA]] were injured, incl. a child. "
    "Damaged: [[8 private houses|housing]], [[1 high-rise building|housing]], [[3 cars|other]]. "
    "Emergency services are on site.",
)

F(
    "Post by Gaza civil defence",
    "Gaza civil defence on X: our crews recovered [[17 bodies|killed;a=Gaza civil defence]] from under the rubble in #Jabalia today. "
    "We believe [[at least 60 people|missing;a=Gaza civil defence]] are still missing in the area.",
)

F(
    "UNHCR post on arrivals in Chad",
    "UNHCR Chad on X: [[20,000+|displaced;q=at_least;n=-;a=UNHCR Chad]] new arrivals from Sudan in #Adre in just {{5 days}}. "
    "Our teams are working around the clock to register families and relocate them to [[3 new sites|capacity;u=other]]. #Sudan #RefugeesWelcome",
)

F(
    "Post by Pakistani police spokesman",
    "KP Police: [[5 terrorists|killed;a=KP Police]] killed, [[2|arrested;a=KP Police]] arrested in intelligence-based operation in Lakki Marwat. "
    "[[One constable|injured]] injured. #Pakistan",
)

F(
    "Post by Israeli military spokesperson",
    "IDF: [[About 60 rockets|other;a=IDF]] were fired from Lebanon this morning; most were intercepted. "
    "No injuries reported.",
)

F(
    "Post by Ukrainian ombudsman on returned children",
    "Ukraine's ombudsman on Telegram: we have brought home [[another 11 children|returned;a=Ukraine's ombudsman]] from the occupied territories. "
    "In total, [[388|returned]] have been returned under the Bring Kids Back UA initiative.",
)

F(
    "Telegram post: Belgorod governor on evacuees",
    "Belgorod governor: [[over 1,800 residents|displaced;a=Belgorod governor]] of border villages are now in temporary accommodation centres. "
    "We have opened [[12 such centres|capacity;a=Belgorod governor]] across the region.",
)

F(
    "Post by Sudanese resistance committee",
    "Emergency Room of Al-Fashir: [[eight|killed;a=Emergency Room of Al-Fashir]] killed and [[dozens|injured;a=Emergency Room of Al-Fashir]] wounded in shelling of the Saudi hospital this afternoon. "
    "The hospital is out of service.",
)

F(
    "Post by Yemen's Houthi-run health ministry",
    "Health Ministry in Sanaa: toll of US strikes on Ras Isa port rises to [[80|killed;a=Health Ministry in Sanaa]] killed and [[150|injured;a=Health Ministry in Sanaa]] wounded.",
)

F(
    "Post by WFP on convoy to Darfur",
    "WFP: [[16 trucks|aid;a=WFP]] carrying [[2,700 tonnes|aid;a=WFP]] of food crossed into Darfur from Chad today. "
    "Enough to feed [[around 250,000 people|aid;p]] for a month.",
)

F(
    "Post by Mexican state security body",
    "Sinaloa security council: [[9 people|killed;a=Sinaloa security council]] killed and [[4|missing;a=Sinaloa security council]] reported missing in Culiacán in the last {{24 hours}}. "
    "Troops have seized [[15 rifles|other]] and [[3 vehicles|other]].",
)

# ---------------------------------------------------------------- feed summaries

F(
    "Summary: Tigray returns",
    "[[About 70,000 displaced Tigrayans|returned;a=the regional administration]] have gone home to parts of western Tigray since {{April}}, the regional administration says, though [[more than 800,000|displaced;a=the regional administration]] remain in camps.",
)

F(
    "Summary: Mozambique election unrest",
    "[[At least 21 people|killed;a=Mozambique's interior minister]] were killed in two days of post-election riots, Mozambique's interior minister said on Tuesday, adding that [[over 200|arrested;a=Mozambique's interior minister]] were detained.",
)

F(
    "Summary: Ecuador prison riot",
    "[[Seventeen inmates|killed;a=Ecuador's prison authority]] died and [[about 80|other;a=Ecuador's prison authority]] escaped during a riot at a jail in Machala, Ecuador's prison authority said.",
)

F(
    "Summary: DRC Ituri church attack",
    "ADF militants killed [[at least 38 worshippers|killed;a=local civil society leaders]] at a church in Komanda, Ituri, local civil society leaders said, and set fire to several houses and shops.",
)

F(
    "Summary: Iraq camp closure",
    "Iraq's migration ministry said it would close [[the last 16 camps|capacity;a=Iraq's migration ministry;p]] in the Kurdistan region by year-end, leaving [[some 110,000 displaced Yazidis|displaced;a=Iraq's migration ministry]] to find homes elsewhere.",
)

F(
    "Summary: Haiti police operation",
    "Haitian police said they killed [[at least 12 gang members|killed;a=Haitian police]] in an operation in Delmas on Saturday and freed [[four hostages|kidnapped;a=Haitian police]].",
)

F(
    "Summary: Afghanistan deportations from Iran",
    "Iran has sent back [[more than 1.2 million Afghans|returned;a=the UN]] so far this year, the UN said, with [[up to 30,000 a day|returned;a=the UN]] crossing at Islam Qala at the peak.",
)


# ---------------------------------------------------------------- tickers and numbered updates

F(
    "Ticker: Myanmar junta strikes and captures",
    "MYANMAR - Junta air strike on Naungcho kills [[7|killed;a=resistance group]], says resistance group\n"
    "MYANMAR - [[About 1,200|displaced;a=local aid workers]] flee to forest after shelling, local aid workers report\n"
    "MYANMAR - Arakan Army says it captured [[more than 140 junta soldiers|arrested;a=Arakan Army]] in Ann township",
)

F(
    "Live ticker: Goma",
    "{{11:05}} - M23 fighters enter Goma airport area.\n"
    "{{11:40}} - MONUSCO says [[two peacekeepers|killed;a=MONUSCO]] killed, [[11|injured;a=MONUSCO]] wounded.\n"
    "{{12:15}} - Hospital director: [[more than 700 wounded|injured;a=Hospital director]] admitted since Sunday, morgue full.\n"
    "{{12:30}} - UNHCR: [[tens of thousands|displaced;a=UNHCR]] on the move toward Rwanda border.",
    ["M23"],
)

F(
    "Numbered updates: Port Sudan drone strikes",
    "What we know so far:\n"
    "{{1.}} Drones hit the port's fuel depot and a hotel for a {{third}} day.\n"
    "{{2.}} The army says [[no more than 15 drones|other;a=The army]] were launched, most of them shot down.\n"
    "{{3.}} IOM says [[roughly 2,000 people|displaced;a=IOM]] left neighbourhoods near the port overnight.\n"
    "{{4.}} Flights are suspended until further notice.",
)

F(
    "Key points: Syria coastal violence",
    "KEY POINTS\n"
    "- Monitor: [[more than 1,000 civilians|killed;a=Monitor]] killed in coastal Syria in {{three days}}\n"
    "- Interim government says [[over 200 security personnel|killed;a=Interim government]] also died\n"
    "- [[Thousands of Alawite families|displaced;a=residents]] sheltering at Russian base at Hmeimim, residents say\n"
    "- [[Between 7,000 and 9,000 people|displaced;a=UNHCR]] crossed into Lebanon, per UNHCR",
)

F(
    "Latest: West Bank raid",
    "LATEST: Palestinian health ministry says [[10|killed;a=Palestinian health ministry]] killed in Israeli raid on Jenin camp.\n"
    "LATEST: UNRWA says [[3,000 families|displaced;a=UNRWA]] have left the camp since the operation began.\n"
    "LATEST: Israeli army says [[more than 20 suspects|arrested;a=Israeli army]] detained.",
)

F(
    "Ticker item: Somalia beach hotel",
    "SOMALIA: al-Shabaab attack on beach hotel in Mogadishu kills [[32|killed;a=police]] and injures [[63|injured;a=police]], police say",
)

F(
    "Minute by minute: Kenya Finance Bill protests",
    "{{17:02}} Kenya National Commission on Human Rights: [[at least 22 people|killed;a=Kenya National Commission on Human Rights]] killed in protests nationwide.\n"
    "{{17:10}} KNCHR also reports [[300|injured;a=KNCHR]] injured and [[50|kidnapped;a=KNCHR]] abducted or missing.\n"
    "{{17:25}} Parliament partly burned. Police say [[335 people|arrested;a=Police]] detained.",
)

F(
    "Updates list: Manipur violence",
    "Manipur updates:\n"
    "• [[Over 50,000 people|displaced;a=state officials]] in relief camps, say state officials\n"
    "• [[349 relief camps|capacity;a=Chief secretary]] running across the state - Chief secretary\n"
    "• [[Up to 4,000 weapons|other]] looted from police armouries still not returned\n"
    "• Army, Assam Rifles deploy [[some 10,000 troops|combatants]]",
)

F(
    "Updates: Chad refugee arrivals",
    "UPDATES (Adré, eastern Chad)\n"
    "- [[1,500 to 2,000 refugees a day|displaced;a=MSF]] arriving, says MSF\n"
    "- [[Around 600,000|displaced;a=UNHCR]] have crossed since the war began, UNHCR says\n"
    "- Only [[9 latrines|aid;a=aid workers]] per site in the newest camps, aid workers say",
)

# ---------------------------------------------------------------- podcast and interview transcripts

F(
    "Podcast transcript: a nurse in Khan Younis",
    "HOST: How many patients are you seeing?\n"
    "MARIAM: On a bad day, [[between 150 and 200 wounded|injured;a=MARIAM]]. "
    "We have [[12 beds|other;u=other]] in the emergency room. "
    "Last week we lost [[four colleagues|killed]].",
)

F(
    "Interview transcript: UNICEF spokesperson on Haiti",
    "PRESENTER: James Elder of UNICEF, what are you seeing in Port-au-Prince?\n"
    "JAMES ELDER: Well, [[more than 360,000 children|displaced;a=JAMES ELDER]] are now displaced, that's a record. "
    "And we estimate that [[hundreds of children|combatants;a=UNICEF;alt=JAMES ELDER]] are being used by the gangs, as lookouts, as fighters.",
)

F(
    "Radio interview: MSF coordinator in Chad",
    "INTERVIEWER: And how many people are arriving?\n"
    "COORDINATOR: At the moment, [[about 800 people a day|displaced;a=COORDINATOR]]. "
    "And we expect that to go up to [[3,000 a day|displaced;p;a=COORDINATOR]] if El Fasher falls.",
)

F(
    "Podcast: the reporter's notebook from Kherson",
    "REPORTER: When I got to the village there were [[maybe 30 people|civilians]] left. Before the war, the head of the village told me, [[some 1,400|civilians;a=the head of the village]] lived here. "
    "The rest are in Mykolaiv, in Odesa, in Poland.",
)

F(
    "Transcript: press briefing excerpt, Israeli military spokesperson",
    "SPOKESPERSON: Overnight we struck [[more than 40 targets|other;u=other;a=SPOKESPERSON]] in Khan Younis. "
    "We have detained [[around 100 suspects|arrested]], and they are being questioned.",
)

F(
    "Interview: a Yazidi survivor",
    "In the interview, Nadia, now {{29}}, recalls the day IS took Kocho. "
    '"They separated us. [[About 600 men|killed;a=Nadia]] were killed that day," she said. '
    '"My brothers too. [[Six|killed]] of them."',
)

F(
    "Panel discussion transcript: Sahel analyst",
    "ANALYST: If you look at the data, [[more than 2 million people|displaced;a=ANALYST]] are displaced in Burkina Faso alone. "
    "And [[at least 5,000 schools|other]] are closed.",
)

# ---------------------------------------------------------------- captions

F(
    "Photo caption: Rafah tents",
    "Tents housing displaced Palestinians stretch along the coast at Al-Mawasi, where [[more than 1 million people|displaced;a=the UN]] have sought shelter, according to the UN. (Photo: AFP)",
)

F(
    "Video caption: rescue in Kramatorsk",
    "VIDEO: Rescuers pull a woman from the rubble of a five-storey block in Kramatorsk, where [[three people|killed]] died and [[19|injured]] were injured. Footage: State Emergency Service",
    ["five-storey"],
)

F(
    "Photo caption: Sudanese refugees in Renk",
    "Sudanese and returning South Sudanese wait to be registered at the transit centre in Renk, built for [[3,000 people|capacity;a=aid workers]] but now holding [[about 14,000|displaced;a=aid workers]], aid workers say.",
)

F(
    "Caption: detainees freed in Damascus",
    "Relatives search for loved ones at Sednaya prison outside Damascus, where rebels say they freed [[thousands of detainees|arrested;a=rebels]]. "
    "Rights groups estimate [[more than 100,000 people|missing;a=Rights groups]] vanished in Syrian jails.",
)

F(
    "Caption: food distribution in Tigray",
    "Women carry sacks of wheat at a distribution point in Mekelle. WFP says it reached [[1.4 million people|aid;a=WFP]] in Tigray last month.",
)

F(
    "Caption: burned homes in Darfur",
    "Satellite image shows [[more than 2,000 structures|housing;a=Yale researchers]] burned in Misterei, West Darfur, Yale researchers say.",
)

# ---------------------------------------------------------------- corrections and updates

F(
    "UPDATE: Balochistan bus attack toll",
    "UPDATE: the toll has risen to [[54|killed;a=a provincial government spokesman]], a provincial government spokesman said. "
    "An earlier version of this story said [[45|killed]] were killed.",
)

F(
    "Correction note: Cabo Delgado displacement",
    "CORRECTION: An earlier version of this item misstated the number of displaced. IOM says [[about 14,000 people|displaced;a=IOM]], not [[140,000|displaced]], fled the attacks on Macomia.",
)

F(
    "Updated: Kathmandu protest deaths",
    "(Updates toll in first paragraph, adds arrests) "
    "[[At least 19 people|killed;a=police]] were killed when police opened fire on protesters in Kathmandu, police said. "
    "[[More than 300|injured;a=the Home Ministry]] were treated in hospitals and [[62|arrested;a=the Home Ministry]] were arrested, the Home Ministry said.",
)

F(
    "UPDATE 2: Nigerian plateau attack",
    "UPDATE 2-Gunmen kill [[at least 52|killed;a=Red Cross]] in Plateau village raid, Red Cross says\n"
    "(Adds figures for displaced, houses burned)\n"
    "Plateau state emergency agency says [[about 3,000 residents|displaced;a=Plateau state emergency agency]] fled and [[96 houses|housing;a=Plateau state emergency agency]] were burned.",
    ["UPDATE 2"],
)

F(
    "Editor's note: clarification on Rakhine figures",
    "Clarification: The figure of [[600,000 Rohingya|civilians]] refers to those still living in Rakhine state, not to those who have fled. "
    "[[More than 1 million|displaced;a=UNHCR]] live in camps in Bangladesh, according to UNHCR.",
)


# ---------------------------------------------------------------- fact-check items

F(
    "Fact check: displacement figure in viral post about Cabo Delgado",
    "Claim: [[10,000|displaced;a=a widely shared Facebook post]] were displaced in a single night, says a widely shared Facebook post. "
    "Fact: IOM data show [[about 4,000 people|displaced;a=IOM data]] fled over {{three days}}. "
    "Verdict: Misleading.",
)

F(
    "Fact check: Gaza aid truck numbers",
    'CLAIM: "[[500 trucks a day|aid;a=a post on X]] are entering Gaza," according to a post on X shared {{40,000 times}}. '
    "FACT: UN data for the period show an average of [[about 90 trucks a day|aid;a=UN data]]. "
    "The [[500|aid;u=other]] figure is the pre-war daily average.",
)

F(
    "Fact check: Sudan death toll video",
    "A video claims the army killed [[more than 3,000 RSF fighters|killed;a=A video]] in one battle near Omdurman. "
    "There is no evidence for this. ACLED recorded [[fewer than 400 fatalities|killed;a=ACLED]] in fighting in the city that month.",
)

F(
    "Fact check: Ukraine refugee numbers in Poland",
    "Claim: Poland hosts [[5 million Ukrainian refugees|displaced]]. "
    "Fact check: UNHCR figures show [[about 1 million|displaced;a=UNHCR figures]] with temporary protection in Poland; the higher figure counts border crossings since {{2022}}, many of them repeat trips.",
)

F(
    "Fact check: photo of arrests misdated",
    "A photo of [[dozens of men|arrested]] kneeling in a stadium is being shared as if it was taken in Bukavu this week. "
    "It was taken in {{2019}} in another country. Rights groups have documented [[about 200 arrests|arrested;a=Rights groups;u=person]] in Bukavu since the rebels took the city.",
)

F(
    "Fact check: rumour of mass kidnapping in Zamfara",
    "Rumour: [[300 girls|kidnapped]] abducted from a school in Zamfara. "
    "Police say the figure is false: [[no more than 20 students|kidnapped;a=Police]] were taken, and all have been freed. "
    "Status: partly false.",
)

# ---------------------------------------------------------------- human-interest pieces, numbers in speech

F(
    "Feature: a school turned shelter in Beira",
    '"There were maybe [[300|displaced;a=Amina]] of us in the school," says Amina, {{34}}, who fled with her {{four}} children. '
    '"We shared [[two toilets|aid;u=other]]."',
)

F(
    "Feature: the last family on the street in Avdiivka",
    '"[[Forty-five|housing;u=structure]] of the houses on our street are gone," said Mykola, a retired miner. '
    '"[[Eleven neighbours|killed]] are dead."',
)

F(
    "Human interest: a teacher in Juba camp",
    "Grace teaches [[around 90 children|displaced]] in a tent in the Mahad camp in Juba. "
    '"When I came here in {{2016}} there were [[maybe 2,000 families|displaced;a=Grace]]," she says. "Now? [[Thousands|displaced]]."',
)

F(
    "Feature: the ferryman at the Darfur border",
    "Adam, a boatman on the river near the border, says he carried [[about 40 people|displaced;a=Adam]] a trip at the height of the fighting. "
    '"Some days I made [[ten trips|other;u=other]]," he said.',
)

F(
    "Human interest: mother searching for son in Libya",
    'Fatma has not heard from her son since he was taken in Tripoli. "They took [[17 young men|kidnapped;a=Fatma]] from our neighbourhood that night," she says. '
    '"[[Five|kidnapped]] came back. We know nothing about the others."',
)

F(
    "Feature: Ukraine returnees in Irpin",
    "Of the [[roughly 60,000 people|civilians]] who lived in Irpin before the war, [[about 45,000|returned;a=the mayor]] have returned, the mayor says. "
    '"We have rebuilt [[1,100 homes|housing]], and [[300|housing;u=structure;p]] more are underway."',
)

# ---------------------------------------------------------------- headline-style items, body starting mid-thought

F(
    "Cameroon: dozens held after Anglophone clashes",
    "...and security forces arrested [[at least 67 people|arrested;a=lawyers]] in Bamenda, lawyers representing them said. "
    "[[Four|killed]] died in the clashes.",
)

F(
    "Yemen: migrant boat capsizes off Taiz",
    "- with [[186 people|missing;a=IOM]] still missing and [[49 bodies|killed;a=IOM]] recovered so far, IOM said. [[Only 71|other]] survived.",
)

F(
    "Burundi: refugees from DRC",
    "— bringing the number of Congolese who have crossed into Burundi since {{January}} to [[more than 60,000|displaced;a=Burundi's interior ministry]], Burundi's interior ministry said.",
)

F(
    "Libya: Abu Salim clashes leave dead",
    "... clashes that left [[at least six|killed;a=the emergency medicine centre]] dead, the emergency medicine centre said. [[Dozens of families|displaced]] fled Abu Salim.",
)

F(
    "Haiti: gang attack on Pont-Sondé",
    "…where gunmen from the Gran Grif gang killed [[115 people|killed;a=the UN]], the UN said, and forced [[more than 6,000|displaced;a=the UN]] to flee. "
    "The police say [[fewer than 50 officers|combatants;a=The police]] are stationed in the area.",
)

# ---------------------------------------------------------------- more posts

F(
    "Post: Sudanese Doctors Network on El Fasher",
    "Sudan Doctors Network: RSF killed [[at least 15 civilians|killed;a=Sudan Doctors Network]] in Abu Shouk camp today and abducted [[dozens of women|kidnapped;a=Sudan Doctors Network]]. We call on the world to act.",
)

F(
    "Post: Ukraine coordination HQ on POW swap",
    "Coordination HQ for POWs: [[95 Ukrainian defenders|other;a=Coordination HQ for POWs]] are home today in the latest exchange. "
    "[[More than 4,500|other]] have been freed since {{2022}}.",
)

F(
    "Post: Tigray interim administration on returns",
    "Tigray Interim Administration: The return of IDPs to Tselemti began today. [[About 8,000|returned;p]] are expected this week, and [[up to 80,000|returned;p]] in the coming months.",
)

F(
    "Post: Lebanese health ministry",
    "Ministry of Public Health: Israeli strikes on the south and the Bekaa today: [[31 martyrs|killed;a=Ministry of Public Health]], [[109|injured;a=Ministry of Public Health]] wounded. #Lebanon",
)

F(
    "Post: Indian army on Manipur operation",
    "Spear Corps, Indian Army: [[203 weapons|other;a=Spear Corps, Indian Army]] and large quantities of ammunition recovered in joint operations in Imphal East and Kangpokpi in the last {{48 hours}}. [[11 cadres|arrested]] apprehended.",
)

F(
    "Post: Sri Lanka opposition MP",
    "Opposition MP on X: the government has arrested [[at least 14 protest leaders|arrested;a=Opposition MP]] since Friday. Where is the democracy?",
)

F(
    "Post: Polish border guard",
    "Straż Graniczna: [[248 attempts|other;u=other;a=Straż Graniczna]] to illegally cross the border from Belarus yesterday. [[32 foreigners|arrested]] detained.",
)

F(
    "Post: Afghan refugees at Torkham",
    "Torkham (video): A line of trucks packed with families returning from Pakistan. Taliban officials say [[more than 9,000 Afghans|returned;a=Taliban officials]] crossed back today alone. #Afghanistan",
)

# ---------------------------------------------------------------- feed summaries

F(
    "Summary: Ethiopia Amhara drone strike",
    "A drone strike on a market in Amhara killed [[about 30 people|killed;a=witnesses]] and wounded [[dozens|injured;a=witnesses]], witnesses said.",
)

F(
    "Summary: Bangladesh quota protests",
    "Police in Bangladesh have detained [[more than 10,000 people|arrested;a=police officials]] after protests in which [[at least 150|killed;a=police officials]] died, police officials said.",
)

F(
    "Summary: Nagorno-Karabakh exodus",
    "Armenia says [[100,417 people|displaced;a=Armenia]] have arrived from Nagorno-Karabakh, almost the entire population of the enclave.",
)

F(
    "Summary: Pakistan Kurram clashes",
    "Tribal clashes in Kurram have killed [[at least 130 people|killed;a=officials]] in {{three weeks}}, officials said, and [[thousands|displaced]] have fled the district.",
)

F(
    "Summary: Niger army deaths",
    "Niger's army said [[29 soldiers|killed;a=Niger's army]] were killed in an ambush near the border with Mali, and that [[some 100 assailants|killed;a=Niger's army]] were \"neutralised\".",
)

F(
    "Summary: Congo evacuations ahead of offensive",
    "Authorities in South Kivu ordered the evacuation of [[about 20,000 residents|displaced;a=Authorities in South Kivu;p]] from Kamanyola as rebels advanced.",
)

F(
    "Summary: Rwanda transit centre",
    "Rwanda said it had prepared [[six transit centres|capacity;a=Rwanda]] able to take [[up to 8,000 people|capacity;a=Rwanda]] fleeing Goma.",
)

F(
    "Summary: Sahel kidnapping of aid workers",
    "Gunmen seized [[two aid workers|kidnapped;a=the NGO]] in northern Niger on Sunday, the NGO said. [[Three others|other]] escaped.",
)

F(
    "Summary: Myanmar conscription",
    "Myanmar's junta said it plans to call up [[5,000 people a month|combatants;a=Myanmar's junta;p]] under the conscription law, starting in {{April}}.",
)

F(
    "Summary: Syria returns from Türkiye",
    "[[More than 100,000 Syrians|returned;a=Türkiye's interior minister]] have gone home from Türkiye since the fall of Assad, Türkiye's interior minister said.",
)

F(
    "Summary: Tripoli migrants detained",
    "Libyan authorities detained [[about 1,200 migrants|arrested;a=the UN]] in raids in Tripoli, the UN said, adding that [[around 400|returned;a=the UN]] were deported to Niger.",
)


# ---------------------------------------------------------------- bulletins, batch 2

F(
    "Radio bulletin: DRC Masisi displacement",
    "In eastern Congo, the UN says fighting around Masisi has displaced [[between 80,000 and 100,000 people|displaced;a=the UN]] in {{two weeks}}. "
    "Aid agencies say [[some 40 displacement sites|capacity;a=Aid agencies;u=other]] around Goma are overflowing and [[at least 12 aid workers|missing;a=Aid agencies]] are unaccounted for.",
)

F(
    "TV news script: Kyiv overnight attack",
    "ANCHOR: Kyiv again tonight. City officials say [[at least 23 people|killed;a=City officials]] died, among them [[four children|killed;a=City officials]], and [[more than 100|injured;a=City officials]] were hurt. "
    "[[Nine|civilians]] are believed trapped under the rubble of a nine-storey block in the Sviatoshynskyi district.",
    ["nine-storey"],
)

F(
    "Bulletin: Ethiopia Oromia kidnapping",
    "Ethiopia. Passengers on [[three buses|other;a=a survivor]] were abducted on the road between Addis Ababa and Bahir Dar, a survivor told our correspondent. "
    "Regional police say [[up to 100 passengers|kidnapped;a=Regional police]] were taken and that [[23|kidnapped;a=Regional police]] have been released.",
)

F(
    "Bulletin: Mozambique insurgents, Niassa reserve",
    "Mozambique. Insurgents have moved into the Niassa reserve, forcing [[about 5,000 villagers|displaced;a=the district administrator]] to flee, the district administrator said. "
    "[[Two rangers|killed]] were beheaded.",
)

F(
    "Bulletin: Afghanistan returns from Pakistan",
    "Pakistan's deadline for undocumented Afghans runs out today. The UN refugee agency says [[more than 450,000|returned;a=The UN refugee agency]] have already gone back, and it warns that [[as many as 1.3 million|returned;a=The UN refugee agency;p]] could follow.",
)

F(
    "Bulletin: Ecuador prison massacre",
    "Ecuador. Authorities say [[at least 68 inmates|killed;a=Authorities]] were killed in fighting between gangs in the Litoral penitentiary in Guayaquil. "
    "[[Some 900 police and soldiers|combatants;a=Authorities;n=police and soldiers]] have been sent in to retake control, they say.",
)

F(
    "Bulletin: Lebanon returns after ceasefire",
    "Lebanon. Since the ceasefire took hold at {{4 a.m.}}, long queues of cars have formed on the highway south. "
    "Lebanon's disaster management unit estimates that [[tens of thousands|returned;a=Lebanon's disaster management unit]] set out for their villages in the first hours, though [[around 900,000|displaced;a=the unit;alt=Lebanon's disaster management unit]] remain displaced, the unit says.",
)

F(
    "Bulletin: Rakhine fighting",
    "Myanmar. Residents say the Arakan Army took Buthidaung after {{weeks}} of fighting; [[thousands of Rohingya|displaced;a=Residents]] fled the town as it burned, and [[more than 200 houses|housing;a=Residents]] were set ablaze.",
)

F(
    "Bulletin: Gaza aid drops",
    "Gaza. Jordan and the US have carried out [[four more airdrops|aid;a=Jordan's army]] over the north, Jordan's army says, dropping [[more than 38,000 meals|aid;a=Jordan's army]]. "
    "Gaza officials say [[five people|killed;a=Gaza officials]] were killed when a parachute failed to open.",
)

F(
    "Bulletin: Nigeria Borno suicide bombings",
    "In north-east Nigeria, [[at least 32 people|killed;a=Borno state emergency management agency]] have died in a series of suicide bombings in Gwoza, according to the Borno state emergency management agency. "
    "It says [[42|injured;a=Borno state emergency management agency]] were seriously hurt.",
)

F(
    "Bulletin script: Haiti displacement record",
    "Haiti now. The International Organization for Migration says [[over 1 million Haitians|displaced;a=The International Organization for Migration]] are displaced for the first time on record, and {{nearly half}} of them are children.",
)

# ---------------------------------------------------------------- posts, batch 2

F(
    "Post: Chernihiv military administration on evacuation",
    "Chernihiv RMA: Mandatory evacuation announced for [[11 settlements|other;u=other]] in the border zone. [[About 330 residents|displaced;p]], including [[52 children|displaced;p]], are to be moved.",
)

F(
    "Post: UNHCR Representative in Lebanon",
    "UNHCR Lebanon Rep on X: With partners we're supporting [[more than 190,000 people|aid;a=UNHCR Lebanon Rep]] in [[over 1,000 collective shelters|capacity;a=UNHCR Lebanon Rep]]. Needs are huge.",
)

F(
    "Post: Sudan army on Wad Madani",
    "SAF spokesman: Our forces have liberated Wad Madani. The enemy lost [[hundreds of fighters|killed]] and [[more than 80 combat vehicles|other]].",
)

F(
    "Post: Red Cross in Armenia",
    "Armenian Red Cross: our volunteers at the Kornidzor reception point served [[4,200 hot meals|aid;a=Armenian Red Cross]] yesterday and registered [[2,850 arrivals|displaced;a=Armenian Red Cross]].",
)

F(
    "Post: Palestinian Prisoners Society",
    "Palestinian Prisoners' Society: Israeli forces arrested [[at least 25 Palestinians|arrested;a=Palestinian Prisoners' Society]] across the West Bank overnight, bringing the number of detentions since {{October 7}} to [[over 10,300|arrested]].",
)

F(
    "Post: Colombian army bulletin",
    "Ejército de Colombia: [[12 members|combatants;a=Ejército de Colombia]] of the EMC dissidents surrendered to our troops in Guaviare with [[15 rifles|other;a=Ejército de Colombia]]. #ColombiaEnPaz",
)

F(
    "Post: Burkina journalist",
    "Journalist in Ouagadougou: Sources in Djibo tell me [[between 100 and 150 civilians|killed;a=Sources in Djibo]] were killed in the attack, not the [[40|killed;a=the government]] announced by the government.",
)

F(
    "Post: Mexico National Search Commission",
    "Comisión Nacional de Búsqueda: [[107 people|missing;a=Comisión Nacional de Búsqueda]] reported missing in Jalisco last week; [[18|other]] located alive.",
)

F(
    "Post: Israeli hostage families forum",
    "Hostages and Missing Families Forum: [[59 hostages|kidnapped;a=Hostages and Missing Families Forum]] remain in Gaza. [[At least 35|killed]] of them are believed dead. Bring them home now.",
)

F(
    "Post: Pakistani interior ministry on Afghans",
    "Interior Ministry: [[61,000 illegal foreigners|returned;a=Interior Ministry]] repatriated since {{1 April}}. Deadline for PoR card holders extended to {{30 June}}.",
)

F(
    "Post: MSF Sudan on cholera",
    "MSF Sudan: In Tawila, our teams treated [[more than 2,300 patients|other]] for cholera in {{two weeks}}. The [[4 treatment centres|other;u=structure]] are full.",
)

F(
    "Post: Israel Police on West Bank settler violence",
    "Israel Police: [[4 suspects|arrested;a=Israel Police]] detained following riot in Huwara; [[2 Palestinians|injured]] lightly hurt.",
)

# ---------------------------------------------------------------- human interest, batch 2

F(
    "Feature: the cook in Kassala camp",
    'Hawa cooks for [[about 500 people|aid]] twice a day at Wad Sharifey camp. "When we came, we were [[maybe 60|displaced;a=Hawa]]," she says. "Now there are [[over 18,000|displaced]] in this camp."',
)

F(
    "Human interest: a grandmother in Bucha",
    '"On our street alone they killed [[nine|killed;a=Halyna]]," Halyna, {{78}}, said. "[[Two|missing]] we have never found."',
)

F(
    "Feature: Rohingya volunteer teacher",
    'Mohammed, {{24}}, teaches English to [[35 children|displaced]] in Cox\'s Bazar. "In our block, [[some 80 families|displaced;a=Mohammed]] live in [[20 shelters|capacity;a=Mohammed]]," he said.',
)

F(
    "Feature: volunteers evacuating Pokrovsk",
    'Every morning the volunteers drive [[two vans|other]] into Pokrovsk. "Yesterday we brought out [[14 people|displaced;a=Oleksandr]], one of them bedridden," said Oleksandr, who leads the team. "We think [[about 2,000|civilians;a=Oleksandr;alt=the volunteers]] are still in the town."',
)

F(
    "Feature: the midwife of Al-Hol",
    "In her {{12}} years as a midwife, Khadija says she has delivered [[more than 1,500 babies|other;a=Khadija]]. "
    '"In the camp there are [[40,000 people|displaced;a=Khadija]] and just [[two clinics|other;u=structure]] open at night," she said.',
)

F(
    "Human interest: a Congolese pastor hosting families",
    'Pastor Jean-Baptiste\'s church in Bunia now sleeps [[some 300 people|displaced;a=Pastor Jean-Baptiste]] each night, he says. "We have [[six latrines|aid]] for all of them."',
)

# ---------------------------------------------------------------- summaries, batch 2

F(
    "Summary: Darfur Zamzam camp attack",
    "RSF attacks on Zamzam camp killed [[more than 400 people|killed;a=the UN]], the UN said, and sent [[some 400,000|displaced;a=the UN]] fleeing toward Tawila, where [[at least 120,000|displaced]] have already arrived.",
)

F(
    "Summary: Sri Lanka Aragalaya arrests",
    "Sri Lankan police arrested [[more than 3,300 people|arrested;a=the Bar Association]] in the weeks after the Aragalaya protests, the Bar Association said.",
)

F(
    "Summary: Benin army base attack",
    "Benin said [[28 soldiers|killed;a=Benin]] were killed in a jihadist attack on [[two army posts|other;u=structure]] near the border with Niger and Burkina Faso.",
)

F(
    "Summary: Gaza evacuation order Rafah",
    "Israel's military ordered [[about 100,000 people|displaced;a=Israel's military;p]] to leave eastern Rafah, saying it would use \"extreme force\" there.",
)

F(
    "Summary: Tajik-Kyrgyz border clashes",
    "Kyrgyz officials said [[more than 136,000 people|displaced;a=Kyrgyz officials]] were evacuated from border areas after clashes with Tajikistan, and [[at least 59|killed;a=Kyrgyz officials]] were killed.",
)

F(
    "Summary: South Sudan Upper Nile",
    "Clashes in Nasir county have forced [[around 63,000 people|displaced;a=OCHA]] from their homes, OCHA said, including [[10,000|displaced;a=OCHA]] who crossed into Ethiopia.",
)

F(
    "Summary: Haiti gang kidnappings",
    "Gangs in Haiti kidnapped [[395 people|kidnapped;a=the UN]] in the first quarter, the UN said, up from [[234|kidnapped;a=the UN]] in the previous three months.",
    ["three months"],
)

F(
    "Summary: Ukraine mobilisation",
    "Ukraine's defence minister said the army needed [[up to 160,000 more troops|combatants;a=Ukraine's defence minister;p]] and that [[over 40,000|combatants;a=Ukraine's defence minister]] had joined since {{May}}.",
)

F(
    "Summary: Yemen Marib shelters",
    "The number of displacement sites in Marib has grown to [[197|capacity;u=other;a=the UN migration agency]], hosting [[nearly 1 million people|displaced;a=the UN migration agency]], the UN migration agency said.",
)

F(
    "Summary: Lebanon schools as shelters",
    "Lebanon turned [[about 900 public schools|capacity;a=the education minister]] into shelters for displaced families, the education minister said, delaying the school year for [[387,000 pupils|other;a=the education minister]].",
)


# ---------------------------------------------------------------- longer bulletins with many figures

F(
    "Radio bulletin: Sudan, Gezira villages",
    "Sudan again. Activists in Gezira state say RSF fighters stormed [[about 30 villages|other;a=Activists in Gezira state]] east of the Nile this week. "
    "They say [[more than 120 people|killed;a=Activists in Gezira state]] were killed and [[some 150,000|displaced;a=Activists in Gezira state]] fled towards Gedaref and Kassala. "
    "The UN says [[at least 25,000|displaced;a=The UN]] have reached Gedaref town, many on foot, and that [[around 3,500 families|displaced;a=The UN]] are sleeping in the open there.",
)

F(
    "TV script: Gaza ceasefire day one",
    "ANCHOR: Day one of the ceasefire in Gaza. [[Three Israeli hostages|kidnapped;a=the Israeli military]] were handed over this afternoon, the Israeli military says, and in return [[90 Palestinian prisoners|other;a=Israel's prison service]] are due to be freed tonight, Israel's prison service says. "
    "The UN says [[more than 630 aid trucks|aid;a=The UN]] entered on the first day. "
    "And civil defence crews say they recovered [[at least 120 bodies|killed;a=civil defence crews]] from areas that had been off limits.",
)

F(
    "Bulletin: Ukraine Sumy evacuation",
    "Ukraine. Officials in the Sumy region have ordered the evacuation of [[another 11 villages|other;p]] near the Russian border. "
    "The regional governor says [[more than 56,000 people|displaced;a=The regional governor]] have left the border areas so far, and [[about 213 children|displaced;a=The regional governor]] were moved in the last {{24 hours}}. "
    "He says [[up to 20,000|displaced;p;a=The regional governor]] more could need to leave.",
)

F(
    "Bulletin: Myanmar Sagaing village massacre",
    "Resistance groups in Myanmar's Sagaing region say junta troops killed [[at least 17 villagers|killed;a=Resistance groups in Myanmar's Sagaing region]] in Let Yet Kone and burned [[some 350 houses|housing;a=Resistance groups in Myanmar's Sagaing region]]. "
    "[[Around 2,400 residents|displaced]] are now hiding in the forest, local volunteers say.",
)

F(
    "Bulletin: Cameroon Far North Boko Haram",
    "In Cameroon's Far North, [[between 10 and 15 people|killed;a=a local official]] were killed overnight when Boko Haram fighters raided Mozogo, a local official told us. "
    "[[Eight women|kidnapped;a=a local official]] were taken, he said, and [[around 60 huts|housing;a=a local official]] burned.",
)

F(
    "Bulletin: Somalia drought and conflict displacement",
    "Somalia now. The UN says [[nearly 300,000 people|displaced;a=The UN]] have been displaced by fighting and drought since {{January}}. "
    "In Baidoa alone, [[more than 500 displacement sites|capacity;u=other]] are hosting [[about 400,000 people|displaced]].",
)

F(
    "Bulletin: Israel-Iran war, Israeli home front",
    "Israel. Magen David Adom says [[at least 8 people|killed;a=Magen David Adom]] were killed and [[more than 200|injured;a=Magen David Adom]] injured in Iranian missile strikes overnight. "
    "Municipal officials in Bat Yam say [[some 1,200 residents|displaced;a=Municipal officials in Bat Yam]] have been moved to hotels after [[61 buildings|housing;a=Municipal officials in Bat Yam]] were damaged.",
)

F(
    "Bulletin: Iran strike aftermath in Tehran",
    "In Tehran, Iran's health ministry says [[224 people|killed;a=Iran's health ministry]] have been killed since Israel began its strikes, and [[over 1,200|injured;a=Iran's health ministry]] have been treated in hospitals.",
)

F(
    "Bulletin: Niger Tillabéri",
    "In Niger, [[at least 39 civilians|killed;a=the interior ministry]] were killed in [[two attacks|other;a=the interior ministry]] on villages in the Tillabéri region, the interior ministry said on state TV. "
    "It declared {{three days}} of mourning.",
)

F(
    "Bulletin: Bangladesh camp fire and Rohingya arrivals",
    "Bangladesh. Officials in Cox's Bazar say [[about 5,000 Rohingya|displaced;a=Officials in Cox's Bazar]] have crossed from Myanmar in the past {{two weeks}}, despite the border being officially closed. "
    "They say border guards have pushed back [[at least 300|returned;a=Officials in Cox's Bazar]].",
)

F(
    "Bulletin: Ethiopia Amhara Fano clashes",
    "Ethiopia. Residents of Bahir Dar say federal troops and Fano militia fought in the city for a {{second}} day. "
    "A hospital official says [[at least 26 people|killed;a=A hospital official]] were killed, most of them civilians.",
)

F(
    "Bulletin: Venezuela post-election crackdown",
    "Venezuela. The rights group Foro Penal says [[more than 1,600 people|arrested;a=The rights group Foro Penal]] have been detained since the election, among them [[114 teenagers|arrested;a=The rights group Foro Penal]]. "
    "[[At least 24|killed]] have been killed in the protests.",
)

# ---------------------------------------------------------------- tickers and lists, batch 2

F(
    "Ticker: Sudan humanitarian figures at a glance",
    "SUDAN AT A GLANCE\n"
    "Internally displaced: [[8.6 million|displaced]]\n"
    "Refugees in neighbouring countries: [[3.5 million|displaced]]\n"
    "People in need: [[30.4 million|civilians]]\n"
    "Returned to Khartoum and Gezira since {{January}}: [[over 1 million|returned]]\n"
    "Source: IOM, UNHCR, OCHA",
)

F(
    "Factbox: Gaza war in numbers",
    "FACTBOX\n"
    "- Killed: [[more than 50,000|killed;a=Gaza health ministry]] (Gaza health ministry)\n"
    "- Displaced: [[about 1.9 million|displaced;a=UN]], or about {{90%}} of the population (UN)\n"
    "- Hostages still held: [[59|kidnapped]]\n"
    "- Homes damaged or destroyed: [[around 245,000|housing]]",
)

F(
    "Numbered list: five things to know about the Haiti crisis",
    "{{1.}} Gangs control {{about 85%}} of Port-au-Prince.\n"
    "{{2.}} [[Over 5,600 people|killed;a=the UN]] were killed by gang violence in {{2024}}, the UN says.\n"
    "{{3.}} [[More than 1 million|displaced]] are displaced, many of them in schools and churches.\n"
    "{{4.}} A Kenyan-led force has [[fewer than 1,000 officers|combatants]] on the ground, far below the [[2,500|combatants;p]] planned.\n"
    "{{5.}} [[Nearly 200,000 Haitians|returned]] were deported from the Dominican Republic last year.",
)

F(
    "Ticker: West Africa coups and attacks",
    "BURKINA FASO - Army says [[over 100 terrorists|killed;a=Army]] neutralised near Diapaga\n"
    "MALI - [[At least 26|killed]] dead as bus hits mine near Bandiagara\n"
    "NIGER - [[Two Chinese workers|kidnapped]] kidnapped in Agadez freed after {{three months}}",
)

F(
    "Ticker: Middle East overnight",
    "SYRIA - Israeli strikes near Damascus kill [[4|killed;a=state media]], state media says\n"
    "IRAQ - Rocket attack on base housing US troops, no casualties\n"
    "YEMEN - Houthis say they shot down a US drone",
)

F(
    "Live updates list: Pakistan floods and Afghan deportations",
    "LIVE - Torkham crossing\n"
    "08:40 UNHCR: [[some 2,500 Afghans|returned;a=UNHCR]] deported through Torkham since midnight.\n"
    "09:15 Taliban-run refugee ministry says it has set up [[4 reception camps|capacity;a=Taliban-run refugee ministry]] near the border.\n"
    "10:02 IOM: [[about 700 families|aid;a=IOM]] received cash and transport support this morning.",
    ["08:40", "09:15", "10:02"],
)

F(
    "Tick-tock: what happened in Kidal",
    "Timeline:\n"
    "Mon - Malian army and Wagner begin advance, [[about 1,000 troops|combatants;a=diplomats]], diplomats say.\n"
    "Tue - CSP rebels withdraw; [[thousands of residents|displaced]] flee north towards Algeria.\n"
    "Wed - Army raises flag over Kidal. Rebels say [[at least 14 civilians|killed;a=Rebels]] died in drone strikes.",
)

# ---------------------------------------------------------------- transcripts, batch 2

F(
    "Podcast transcript: the camp manager in Tawila",
    "HOST: What does the camp look like now?\n"
    "CAMP MANAGER: We registered [[about 10,000 new families|displaced;a=CAMP MANAGER]] in April alone. "
    "We have [[three water points|aid;u=other;n=points]] for them, and we need [[at least 20|aid;p;u=other]].",
)

F(
    "Interview transcript: Red Cross on missing persons in Ukraine",
    "Q: How many families have come to you?\n"
    "A: The ICRC's Central Tracing Agency has opened [[more than 23,000 files|missing;u=person;n=files;a=The ICRC's Central Tracing Agency]] on people missing in connection with the conflict. "
    "Q: And how many have you resolved?\n"
    "A: We have been able to tell [[around 8,000 families|other]] what happened to their loved ones.",
)

F(
    "Radio interview: mayor of a Lebanese border town",
    "PRESENTER: Mayor, how many people are left in the town?\n"
    "MAYOR: Before the war we were [[12,000|civilians;a=MAYOR]]. Now, [[maybe 150 people|civilians]] stay, old people mostly. "
    "[[Nearly 300 houses|housing]] are destroyed.",
)

F(
    "TV interview: police chief after Port-au-Prince jailbreak",
    "INTERVIEWER: How many escaped?\n"
    "POLICE CHIEF: From the National Penitentiary, [[about 3,700 inmates|other;a=POLICE CHIEF]]. "
    "[[Fewer than 100|arrested]] are back in custody.",
)

F(
    "Podcast: the Rohingya boat survivor",
    "RAHIMA (through interpreter): We were [[about 180|displaced;a=RAHIMA]] on the boat. For {{16 days}}. "
    "[[Twelve|killed]] died on the way, [[two|killed]] of them children.",
)


# ---------------------------------------------------------------- batch 6: mixed short-form

F(
    "Radio bulletin: Nigeria Benue herder attacks",
    "In central Nigeria, gunmen have killed [[at least 100 people|killed;a=Amnesty International]] in Yelwata in Benue state, Amnesty International says. "
    "The state emergency agency says [[some 3,000 families|displaced;a=The state emergency agency]] have fled to Makurdi, where [[two primary schools|capacity]] are being used as camps. "
    "[[Dozens|missing]] are still missing.",
)

F(
    "TV bulletin: Syria Sweida clashes",
    "Syria. Clashes between Druze fighters and Bedouin tribes in Sweida have killed [[more than 500 people|killed;a=a war monitor]], according to a war monitor. "
    "The UN says [[around 87,000 people|displaced;a=The UN]] have been displaced and [[at least 80 homes|housing;a=The UN]] burned. "
    "Government forces say they have deployed [[about 2,500 troops|combatants;a=Government forces]] to separate the sides.",
)

F(
    "Bulletin: Mozambique Ancuabe",
    "Mozambique. Insurgent raids on [[six villages|other;a=local sources]] in Ancuabe district have sent [[more than 30,000 people|displaced;a=local sources]] fleeing, local sources say. "
    "A church mission in the district says it is sheltering [[about 700|displaced;a=A church mission in the district]] and has no food left for them.",
)

F(
    "Bulletin: DRC Ituri camp attack",
    "DRC. CODECO militiamen attacked the Plaine Savo displacement camp in Ituri overnight, killing [[at least 60 people|killed;a=the UN mission]], the UN mission says. "
    "It says [[fewer than 15 peacekeepers|combatants;a=the UN mission]] were on duty at the base next to the camp, which holds [[some 20,000 displaced people|displaced;a=the UN mission]].",
)

F(
    "Bulletin: Gaza flotilla",
    "Israel's navy intercepted [[more than 40 boats|other;a=organisers]] of an aid flotilla bound for Gaza overnight, the organisers say. "
    "Israel says [[about 450 activists|arrested;a=Israel]] were detained and will be deported.",
)

F(
    "Bulletin: Chad-Sudan border rains",
    "Chad now. Heavy rains have flooded refugee sites near Adré, and the UN says [[up to 140,000 refugees|civilians;a=the UN;p]] could be cut off from aid. "
    "[[Some 200 shelters|housing]] have collapsed.",
)

F(
    "Bulletin: Haiti Kenscoff attacks",
    "Haiti. Gangs pushing into Kenscoff, above Port-au-Prince, have forced [[more than 3,500 people|displaced;a=IOM]] from their homes, IOM says. "
    "Local officials say [[at least 150 houses|housing;a=Local officials]] have been burned and [[two police officers|killed;a=Local officials]] killed.",
)

F(
    "Bulletin: Sudan North Kordofan shelters",
    "The Sudanese Red Crescent says it has registered [[4,800 displaced households|displaced;a=The Sudanese Red Crescent]] in El Obeid, most of them from Bara. "
    "It plans to distribute [[3,000 shelter kits|aid;a=The Sudanese Red Crescent;p]] next week.",
)

F(
    "Bulletin: Pakistan Kurram relief",
    "Pakistan. A convoy of [[about 60 trucks|aid;a=officials]] with food and medicine reached Parachinar today, officials say, the first since the road was closed. "
    "They say [[at least 50 children|killed;a=officials]] have died in the district for lack of medicine.",
)

F(
    "Bulletin: Philippines Marawi returns",
    "The Philippines. The government says [[more than 20,000 families|returned;a=The government]] have now gone back to Marawi, but [[about 17,000 people|displaced;a=The government]] are still in transitory shelters, {{eight years}} after the siege.",
)

F(
    "Bulletin: Central African Republic",
    "Central African Republic. The UN mission says rebels of the {{3R}} group killed [[at least 22 civilians|killed;a=The UN mission]] in the north-west, and that [[nearly 4,000|displaced;a=The UN mission]] have taken refuge at its base in Bocaranga.",
)

F(
    "Bulletin: Iraq Sinjar returnees",
    "Iraq. The migration ministry says [[some 2,000 Yazidi families|returned;a=The migration ministry]] have gone back to Sinjar this year, helped by a grant for each household. "
    "It says [[around 200,000|displaced;a=The migration ministry]] are still living in camps in Dohuk.",
)

# ---------------------------------------------------------------- posts, batch 3

F(
    "Post: Ternopil search operation ends",
    "DSNS: Search operation in Ternopil completed - toll [[34|killed;a=DSNS]] dead, including [[6 children|killed;a=DSNS]], and [[94|injured;a=DSNS]] injured. [[18 people|missing]] remain missing.",
)

F(
    "Post: IOM Director General on Sudan",
    "IOM DG: Sudan is now the world's largest displacement crisis: [[over 12 million|displaced;a=IOM DG]] forced from their homes. We need access, and we need it now.",
)

F(
    "Post: MONUSCO on Bunia site",
    "MONUSCO: Our peacekeepers are protecting [[some 30,000 IDPs|displaced;a=MONUSCO]] at the Bunia site after renewed attacks. A rapid reaction force of [[400 troops|combatants]] has been deployed.",
)

F(
    "Post: Lebanese army",
    "Lebanese Army: Units deployed in [[10 border towns|other;a=Lebanese Army]] in the south after the Israeli withdrawal. #LebaneseArmy",
)

F(
    "Post: Sudanese Armed Forces spokesman on prisoners",
    "Armed forces spokesman: [[127 RSF fighters|arrested;a=Armed forces spokesman]] captured in the Bahri operation, [[41 vehicles|other;a=Armed forces spokesman]] seized.",
)

F(
    "Post: Kenyan rights group on abductions",
    "LSK (Law Society of Kenya): [[82 people|kidnapped;a=LSK]] abducted since June; [[29|missing]] still unaccounted for. #EndAbductions",
)

F(
    "Post: Rohingya activist on fire",
    "Rohingya activist: Fire in Camp 11 destroyed [[over 2,000 shelters|housing;a=Rohingya activist]], leaving [[12,000 refugees|displaced;a=Rohingya activist]] without a roof. Again.",
    ["Camp 11"],
)

F(
    "Post: WFP Afghanistan",
    "WFP Afghanistan: We're providing emergency food to [[more than 80,000 returnees|aid;a=WFP Afghanistan]] at Islam Qala and Torkham. Each family gets {{one month}} of rations.",
)

F(
    "Post: UN Human Rights in Myanmar",
    "UN Human Rights: Since the coup, [[at least 6,000 civilians|killed;a=UN Human Rights]] have been killed and [[over 28,000|arrested;a=UN Human Rights]] arrested in Myanmar; [[more than 21,000|arrested;a=UN Human Rights]] remain in detention.",
)

F(
    "Post: Kharkiv mayor",
    "Terekhov: Hit on a residential area in Kharkiv - currently [[3|killed;a=Terekhov]] dead, [[17|injured;a=Terekhov]] wounded. Info being updated.",
)

# ---------------------------------------------------------------- captions, batch 2

F(
    "Photo caption: Ukrainian evacuees at Zaporizhzhia centre",
    "Evacuees from Vasylivka queue for registration at the Zaporizhzhia humanitarian hub, which city officials say has received [[more than 1,100 people|displaced;a=city officials]] this week. (Photo by Reuters)",
)

F(
    "Video caption: Mahad camp Juba",
    "WATCH: Inside Juba's Mahad camp, home to [[an estimated 10,000 displaced South Sudanese|displaced;n=South Sudanese]], where [[just four classrooms|other;u=structure]] serve [[2,000 children|displaced]].",
)

F(
    "Caption: Sudanese refugees in Egypt",
    "Sudanese refugees wait at the Qustul crossing. Egypt says it has received [[more than 1.2 million Sudanese|displaced;a=Egypt]] since the war began.",
)

F(
    "Caption: Armenian refugees in Goris",
    "A family from Stepanakert rests at a hotel in Goris, one of [[dozens of hotels|capacity;a=local authorities]] local authorities say have taken in refugees.",
)

F(
    "Caption: Sri Lanka mass grave",
    "Forensic experts at the Chemmani site in Jaffna, where [[at least 40 skeletons|killed;a=court officials]] have been exhumed, court officials say.",
)

# ---------------------------------------------------------------- fact checks, batch 2

F(
    "Fact check: refugee camp figure in Kenya",
    "CLAIM: Kakuma camp now holds [[1 million refugees|displaced]]. "
    "VERDICT: False. UNHCR registered [[about 300,000|displaced;a=UNHCR]] in Kakuma and the Kalobeyei settlement at the end of last year.",
)

F(
    "Fact check: Gaza food parcels video",
    "A video said to show [[thousands of food parcels|aid;a=A video]] rotting at the Rafah crossing was filmed at a warehouse in Egypt in {{2023}}. "
    "WFP says it has [[more than 170,000 tonnes|aid;a=WFP]] of food waiting to enter Gaza, enough for [[1 million people|aid;p]] for {{four months}}.",
)

F(
    "Fact check: Myanmar refugee arrivals in Mizoram",
    "Posts claim [[100,000 Myanmar refugees|displaced;a=Posts]] entered Mizoram last month. "
    "Mizoram's home department says [[about 32,000|displaced;a=Mizoram's home department]] are sheltering in the state in total, most of them since {{2021}}.",
)

F(
    "Fact check: hostage numbers in Mali",
    "A viral message says jihadists are holding [[more than 50 foreigners|kidnapped;a=A viral message]] in Mali. "
    "The true number is lower: [[fewer than 10|kidnapped;a=security analysts]] foreign hostages are known to be held in the Sahel, security analysts say.",
)

# ---------------------------------------------------------------- human interest, batch 3

F(
    "Feature: a bus driver in Kherson",
    'Serhiy drives the evacuation bus out of Kherson twice a week. "Each trip, [[maybe 40 people|displaced;a=Serhiy]]," he says. "In spring there were [[300|displaced;p]] on the waiting list."',
)

F(
    "Feature: Ukrainian grandmother back in Kupiansk",
    'Valentyna came back to Kupiansk in {{March}}. "[[Four families|returned;a=Valentyna]] have come back to our building," she said. "Before there were [[36|civilians;u=household]]."',
)

F(
    "Human interest: the football pitch camp in Tawila",
    'The football pitch in Tawila is now a camp. "We were [[about 2,000 families|displaced;a=Abdelrahman]] the first night," said Abdelrahman, a teacher from El Fasher.',
)


# ---------------------------------------------------------------- batch 7: dense items

F(
    "Radio bulletin: Myanmar Karenni offensive",
    "Myanmar. Aid groups in Karenni state say [[between 150,000 and 200,000 people|displaced;a=Aid groups in Karenni state]] are now sheltering in the jungle and in [[more than 200 camps|capacity;a=Aid groups in Karenni state]]. "
    "They say [[at least 30 civilians|killed;a=Aid groups in Karenni state]] died in air strikes this month, [[dozens of houses|housing;a=Aid groups in Karenni state]] were destroyed and [[about 40 people|missing;a=Aid groups in Karenni state]] are missing after fleeing across the Salween.",
)

F(
    "TV bulletin: Tigray and Afar border tensions",
    "Ethiopia. Officials in Afar say clashes along the Tigray border have displaced [[roughly 25,000 people|displaced;a=Officials in Afar]] and left [[an estimated 70,000|civilians;a=Officials in Afar]] in need of food. "
    "[[Some 120 houses|housing]] have been burned, and [[13 people|missing]] are unaccounted for.",
)

F(
    "Bulletin: Ukraine Toretsk civilians",
    "Ukraine. Police in Donetsk region say [[about 700 civilians|civilians;a=Police in Donetsk region]] remain in Toretsk, including [[nine children|civilians;a=Police in Donetsk region]], despite the fighting. "
    "They say their White Angels units evacuated [[26 people|displaced;a=Police in Donetsk region]] this week, and [[four|injured;a=Police in Donetsk region]] were wounded by drones on the way out.",
)

F(
    "Bulletin: Gaza journalists",
    "Media freedom groups say [[at least 170 journalists|killed;a=Media freedom groups]] have been killed in Gaza, [[more than 50|injured;a=Media freedom groups]] injured and [[two|missing;a=Media freedom groups]] missing.",
)

F(
    "Bulletin: Mozambique Mocímboa returnees",
    "Mozambique. The provincial government says [[some 600,000 people|returned;a=The provincial government]] have returned to their districts in Cabo Delgado, while [[around 100,000|displaced;a=The provincial government]] remain in [[about 70 resettlement sites|capacity;u=other;a=The provincial government]].",
)

F(
    "Bulletin: Somalia al-Shabaab hostage release",
    "Somalia. Clan elders say al-Shabaab has freed [[17 hostages|kidnapped;a=Clan elders]] taken from a bus near Beledweyne, but [[as many as 30|kidnapped;a=Clan elders]] are still being held.",
)

F(
    "Bulletin: Libya Derna and migrants",
    "Libya. The Red Crescent says [[at least 11 migrants|killed;a=The Red Crescent]] drowned and [[22|missing;a=The Red Crescent]] are missing after their boat sank off Tobruk. [[Nineteen|other]] were rescued.",
)

F(
    "Bulletin: Honduras prison riot",
    "Honduras. [[Forty-six women|killed;a=prison officials]] were killed in a riot between rival gangs at the women's prison in Támara, prison officials say. "
    "[[Seven|injured]] were taken to hospital.",
)

F(
    "Bulletin: DRC Walikale",
    "Congo. Residents of Walikale say [[thousands|displaced;a=Residents of Walikale]] have fled the town as M23 rebels advanced, and [[some 600|displaced;a=Residents of Walikale]] are sheltering in the Catholic mission. "
    "A local hospital says it has treated [[more than 45 wounded|injured;a=A local hospital]] since Tuesday.",
    ["M23"],
)

F(
    "Bulletin: Iraq Anbar returnee camp",
    "Iraq. The last camp in Anbar, Amriyat al-Fallujah, has closed; the migration ministry says its [[2,300 residents|returned;a=the migration ministry]] went home or moved to relatives. "
    "[[Around 400 families|displaced]] with suspected IS links remain in the Jeddah camp in Nineveh.",
    ["Jeddah"],
)

# ---------------------------------------------------------------- posts, batch 4

F(
    "Post: NRC on Ukraine frontline",
    "NRC Ukraine: [[4.6 million people|civilians;a=NRC Ukraine]] in frontline areas need shelter repairs before winter. Our teams have fixed [[over 2,000 homes|housing]] in Kharkiv region since {{August}}.",
)

F(
    "Post: Sudan Tribune breaking",
    "BREAKING - RSF shells Omdurman market: [[40+|killed;q=at_least;n=-;a=medics]] killed, [[70+|injured;q=at_least;n=-;a=medics]] wounded - medics",
)

F(
    "Post: Tigray health bureau",
    "Tigray Health Bureau: [[1,329 people|killed;a=Tigray Health Bureau]] died of hunger-related causes in IDP camps in {{six months}}. [[Over 500 children|civilians]] in the camps are severely malnourished.",
)

F(
    "Post: Ukrainian Coordination Headquarters on missing",
    "Coordination Headquarters: [[over 63,000 Ukrainians|missing;a=Coordination Headquarters]] are listed as missing under special circumstances, [[more than 3,900|other;a=Coordination Headquarters]] of them have been located.",
)

F(
    "Post: Haiti civil protection",
    "Haiti Civil Protection: [[1,600 families|displaced;a=Haiti Civil Protection]] displaced from Carrefour-Feuilles staying at [[5 sites|capacity;u=other;a=Haiti Civil Protection]]; [[3,200 hygiene kits|aid]] distributed.",
)

F(
    "Post: Syrian Civil Defence",
    "White Helmets: Our teams pulled [[12 injured people|injured;a=White Helmets]] alive from the rubble in Idlib and recovered [[7 bodies|killed;a=White Helmets]]. [[Two|missing]] still missing. #Syria",
)

F(
    "Post: Nigeria army on rescued captives",
    "Nigerian Army: Troops of Operation Hadin Kai rescued [[76 kidnapped victims|kidnapped;a=Nigerian Army]], neutralised [[12 terrorists|killed;a=Nigerian Army]] and arrested [[5 logistics suppliers|arrested;a=Nigerian Army]] in Borno.",
)

# ---------------------------------------------------------------- summaries, batch 3

F(
    "Summary: Tigray IDP numbers",
    "[[About 1 million people|displaced;a=the interim administration]] remain displaced in Tigray, the interim administration said, [[more than 300,000|displaced;a=the interim administration]] of them in [[89 collective centres|capacity;a=the interim administration]] such as schools.",
)

F(
    "Summary: Gaza famine",
    "A UN-backed report said [[more than 500,000 people|civilians;a=A UN-backed report]] in Gaza face catastrophic hunger and that the number could rise to [[640,000|civilians;a=A UN-backed report;p]] by {{September}}.",
)

F(
    "Summary: Ukraine apartment strike toll",
    "The toll from a Russian missile strike on an apartment block in Dnipro rose to [[46|killed;a=officials]], officials said, with [[about 20 people|missing;a=officials]] still missing and [[72 apartments|housing;a=officials]] destroyed.",
)

F(
    "Summary: Bangladesh Rohingya camp fires",
    "A fire in a Rohingya camp in Cox's Bazar left [[about 7,000 refugees|displaced;a=officials]] homeless, officials said, after it destroyed [[more than 800 shelters|housing;a=officials]], [[six learning centres|housing;u=structure;a=officials]] and a mosque.",
)


# ---------------------------------------------------------------- batch 8

F(
    "Bulletin: Sudan Kordofan mobilisation and flight",
    "Sudan. The army says it has sent [[thousands of troops|combatants;a=The army]] to relieve Babanusa, while the RSF claims to have massed [[up to 10,000 fighters|combatants;a=the RSF]] around El Obeid. "
    "Residents say [[between 5,000 and 7,000 people|displaced;a=Residents]] left Babanusa in the past {{week}}.",
)

F(
    "TV bulletin: Colombia Cauca",
    "Colombia. The ombudsman's office says [[around 1,200 indigenous families|displaced;a=The ombudsman's office]] have fled fighting in Cauca, and [[about 40 children|combatants;a=The ombudsman's office]] were recruited by armed groups this year. "
    "The army says it has [[some 3,000 soldiers|combatants;a=The army]] in the area.",
)

F(
    "Radio bulletin: Lebanon-Syria border",
    "Lebanon. Since the strikes on Beirut's southern suburbs began, Lebanon's General Security says [[more than 310,000 people|displaced;a=Lebanon's General Security]] have crossed into Syria, {{about 70 per cent}} of them Syrians.",
)

F(
    "Bulletin: Ukraine Kursk civilians",
    "Russia. Officials in Kursk say [[more than 121,000 residents|displaced;a=Officials in Kursk]] have been evacuated from border districts, and that [[about 2,000|civilians;a=Officials in Kursk]] remain in areas held by Ukrainian troops.",
)

F(
    "Bulletin: Ethiopia Oromia",
    "Ethiopia. The rights commission says [[at least 40 civilians|killed;a=The rights commission]] were killed in Oromia last month, and [[3,000 to 4,000 households|displaced;a=The rights commission]] fled their villages.",
)

F(
    "Post: OCHA oPt",
    "OCHA oPt: Since {{18 March}}, [[about 680,000 people|displaced;a=OCHA oPt]] have been displaced again in Gaza. [[Fewer than 10 shelters|capacity]] in Gaza city still have space.",
)

F(
    "Post: Sahel refugees in Mauritania",
    "UNHCR Mauritania: [[55,000 new refugees|displaced;a=UNHCR Mauritania]] from Mali arrived in Mbera and border villages this year. Mbera camp, built for [[70,000|capacity;a=UNHCR Mauritania]], now shelters [[over 110,000|displaced;a=UNHCR Mauritania]], we estimate.",
)

F(
    "Summary: Pakistan Afghan camp demolitions",
    "Pakistani authorities demolished [[about 600 homes|housing;a=residents]] in an Afghan settlement in Islamabad, residents said, leaving [[some 4,000 people|displaced;a=residents]] without shelter.",
)

F(
    "Summary: Armenian missing after Karabakh",
    "Armenia said [[about 200 people|missing;a=Armenia]] were still missing after the Karabakh offensive, and that Azerbaijan held [[23|arrested;a=Armenia]] Armenian prisoners.",
)

F(
    "Interview transcript: a displaced farmer in Burkina Faso",
    "JOURNALIST: Where is your family now?\n"
    "FARMER: In Kaya. We are [[17 people|displaced;a=FARMER]] in [[two rooms|capacity;u=structure]]. In our village there were [[maybe 1,500|civilians]], now nobody.",
)

F(
    "Human interest: the dentist who stayed in Mariupol",
    '"I treated [[about 300 wounded|injured;a=Oleksii]] in the basement," said Oleksii, a dentist. "[[Twenty|killed]] I could not save."',
)

F(
    "Feature: Hazara families at the border",
    'At the Spin Boldak crossing, [[some 60 Hazara families|returned]] deported from Pakistan wait in the heat. "We lived in Quetta for {{30 years}}," said Ghulam, {{61}}. "They gave us {{three days}}."',
)


# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Bulletin: peace talks resume in Jeddah",
    "Sudan's warring parties are to resume talks in Jeddah on {{Monday 12 August}}, {{16 months}} after the war began. "
    "The last round collapsed in {{December 2023}}.",
)

F(
    "Post: anniversary of the Beirut port blast",
    "Today marks {{five years}} since the {{4 August 2020}} explosion at Beirut port. Families will march at {{6 p.m.}} #Beirut",
)

F(
    "Sports ticker: Ukraine's national team in Kyiv",
    "FOOTBALL - Ukraine beat Iceland {{2-1}} in Wroclaw; Mudryk scores in the {{84th minute}}. "
    "Ukraine now plays its home games abroad, for a {{third}} season.",
)

F(
    "Radio bulletin: weather and the Gaza coast",
    "Weather now. Temperatures in Gaza will reach {{38C}} on {{Thursday}}, with winds of up to {{40 km/h}} along the coast, forecasters say.",
)

F(
    "Caption: a veteran at the memorial",
    "{{94-year-old}} veteran Ivan Zalutsky lays flowers at the memorial in Kyiv on {{9 May}}. He served in the {{1st}} Ukrainian Front in {{1944}}.",
)

F(
    "Fact check: cost of the Sudan response",
    "Claim: the UN appeal for Sudan is fully funded. Fact: the {{2025}} appeal asks for {{$4.2 billion}} and was only {{13%}} funded by {{June}}.",
)

F(
    "Post: hotline for families of the missing",
    "Families looking for relatives detained in Syria can call the ICRC hotline on {{+963 11 331 0476}} or {{+961 1 739 297}}, open {{24 hours a day}}.",
)

F(
    "Bulletin: M23 and the Doha process",
    "Congo and the {{M23}} rebels signed a declaration of principles in Doha on {{19 July}}, under a process backed by Qatar and the US since {{early 2025}}. "
    "Resolution {{2773}} of the Security Council demands that M23 withdraw.",
)

F(
    "Ticker: markets react to Red Sea attacks",
    "MARKETS - Brent crude up {{2.3%}} at {{$81.40}} a barrel after Houthi attack on tanker in Red Sea; shipping rates on Asia-Europe route up {{300 per cent}} since {{November}}",
)

F(
    "Summary: Myanmar junta election",
    "Myanmar's junta said a general election would be held in {{December 2025}}, almost {{five years}} after the {{2021}} coup; voting will take place in {{102 of 330}} townships.",
)

F(
    "Podcast intro: episode on the Syrian war",
    "In episode {{47}} of the podcast, our host speaks to a {{32-year-old}} doctor who left Aleppo in {{2016}} and now works in Berlin. Running time: {{52 minutes}}.",
)

F(
    "Correction: date of the Kherson dam collapse",
    "CORRECTION: The Kakhovka dam was destroyed on {{6 June 2023}}, not {{7 June}} as stated in an earlier version of this story, published {{two days}} ago. The {{18-metre}} dam held {{18 cubic kilometres}} of water.",
)

F(
    "Post: Ukrainian air force alert",
    "Air Force of Ukraine: Ballistic threat from the north, {{03:12}}. Group of Shahed drones over Sumy region moving on a course of {{240 degrees}}. All clear at {{04:05}}.",
)

F(
    "Bulletin: sentencing in Hong Kong",
    "Hong Kong. A court has sentenced the pro-democracy activist Benny Tai to {{10 years}} in prison under the national security law passed in {{2020}}. He is {{60}}.",
)

F(
    "Caption: refugee athlete",
    "Refugee Olympic Team boxer Cindy Ngamba, {{25}}, celebrates after winning her {{75kg}} quarter-final {{5-0}} in Paris on {{4 August}}.",
)

F(
    "Summary: Israeli defence budget",
    "Israel's cabinet approved a defence budget of {{117 billion shekels}} for {{2025}}, up from {{about 60 billion}} before the war, the finance ministry said.",
)

F(
    "Ticker: earthquake in Afghanistan",
    "AFGHANISTAN - Magnitude {{6.0}} earthquake strikes Kunar province at {{23:47}} local time, depth {{8 km}}, USGS says",
)

F(
    "Fact check: old photo of a Kharkiv tower",
    "This photo is not from this week. It shows a {{16-storey}} building in Kharkiv hit on {{2 March 2022}}, and was first posted {{three years}} ago.",
)

F(
    "Post: Nigerian army recruitment",
    "Nigerian Army: Applications for the {{87RRI}} recruitment exercise are open until {{30 September}}. Candidates must be {{18 to 22 years}} old.",
)

F(
    "Interview excerpt: a former child soldier now a lawyer",
    "PRESENTER: You were {{12}} when you were taken?\n"
    "GUEST: I was {{12}}, yes. I spent {{two years}} with them. I came home in {{2005}} and finished law school in {{2016}}.",
)

F(
    "Summary: UN resolution on Haiti force",
    "The Security Council voted {{12 in favour}} with {{three abstentions}} to turn the Haiti mission into a Gang Suppression Force, under Resolution {{2793}}, for an initial {{12 months}}.",
)

F(
    "Bulletin: Ukraine grain corridor",
    "Ukraine says ships have carried {{more than 60 million tonnes}} of cargo through its Black Sea corridor since {{August 2023}}, {{about 70%}} of pre-war levels.",
)

F(
    "Caption: archive photo of the Sabra and Shatila memorial",
    "Mourners at the Sabra and Shatila memorial in Beirut on the {{42nd}} anniversary of the {{1982}} massacre. The vigil lasted {{two hours}}.",
)

F(
    "Podcast note: sources and corrections",
    "Sources for this episode: UNHCR Global Trends {{2024}}; IOM GRID {{2025}}; ACLED data to {{31 May}}. Correction to episode {{112}}: the interview was recorded in {{Sept. 2024}}.",
)

F(
    "Ticker: Lebanon election date",
    "LEBANON - Parliament sets municipal elections for {{4 May}}, first since {{2016}}; polling stations open {{7 a.m.}} to {{7 p.m.}}",
)


# ==== end of texts

if __name__ == "__main__":
    sys.exit(main())
