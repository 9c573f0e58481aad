"""Build eval/dev25/conflict.jsonl (and the empty eval/dev25/figures.jsonl) from texts_*.py.

Every text is written with its label, grouped by label and region or kind, in the helper modules
texts_*.py of this folder (POSITIVES and NEGATIVES lists); this script registers them, in the
order they were written, with:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The set is "the boundary of organised violence": ordinary news copy (wires, national and local
outlets) about events near the line between armed conflict or political violence and everything
else that is violent or military. Positives are armed-group attacks, gang and cartel wars of the
kind the guideline counts, terror attacks, communal clashes, riots and crackdowns, political
killings, border skirmishes, strikes, kidnappings by armed groups. Negatives are mostly the hard
negatives next to them: ordinary crime, trials for past attacks, arrests and foiled plots,
the military without fighting, commemorations, peaceful protest, sport, accidents with weapons or
explosives, animal attacks, war fiction, metaphors and disasters. Decisions where the guideline
is silent are written in README.md.

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (25), with ids i0001... (a prefix no other set uses).

    python eval/dev25/build.py            # validate, print the counts, write the files
    python eval/dev25/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_metaphor_disaster_misc import NEGATIVES as NEG_METAPHOR_DISASTER_MISC  # noqa: E402
from texts_neg_military_history_protest import NEGATIVES as NEG_MILITARY_HISTORY_PROTEST  # noqa: E402
from texts_neg_sport_accidents_fiction import NEGATIVES as NEG_SPORT_ACCIDENTS_FICTION  # noqa: E402
from texts_pos_africa_asia import POSITIVES as POS_AFRICA_ASIA  # noqa: E402
from texts_pos_europe_strikes_abductions import POSITIVES as POS_EUROPE_STRIKES_ABDUCTIONS  # noqa: E402
from texts_pos_mideast_latam import POSITIVES as POS_MIDEAST_LATAM  # noqa: E402
from texts_pos_unrest import POSITIVES as POS_UNREST  # noqa: E402

SEED = 25
PREFIX = "i"
MIN_SENTENCES, MAX_SENTENCES = 1, 5  # a title and 1 to 5 sentences of news copy
MAX_TEXT_CHARS = 700
MAX_TITLE_CHARS = 120

# tag vocabulary of eval/README.md, section 1 ("Tags")
TAG_CODES = {
    "B": "battle",
    "E": "explosions_remote_violence",
    "V": "violence_against_civilians",
    "T": "terrorism",
    "M": "military_operation",
    "D": "displacement",
    "H": "humanitarian",
    "U": "unrest",
}
# negative kinds of eval/README.md, section 1 (table of hard negatives)
KIND_CODES = {
    "disaster": "hard_negative_disaster",
    "crime": "hard_negative_crime",
    "sport": "hard_negative_sport",
    "politics": "hard_negative_politics",
    "economy": "hard_negative_economy",
    "protest": "hard_negative_protest_peaceful",
    "peace": "hard_negative_peace",
    "history": "hard_negative_history",
    "entertainment": "hard_negative_entertainment",
    "military": "hard_negative_military",
    "accident": "hard_negative_accident",
    "health": "hard_negative_health",
    "other": "negative_other",
}
TAGS = set(TAG_CODES.values())
NEG_KINDS = set(KIND_CODES.values())
KEYS = ["id", "title", "text", "is_conflict", "tags", "kind"]


def other_sets() -> list[Path]:
    """eval/conflict.jsonl and every eval/dev*/conflict.jsonl that exists, except this set's."""
    paths = [EVAL / "conflict.jsonl"]
    paths += sorted(p for p in EVAL.glob("dev*/conflict.jsonl") if p.parent != HERE)
    return [p for p in paths if p.is_file()]


# a sentence ends with . ! or ? (and closing quotes/brackets) before a space or the end
SENT_RE = re.compile(r"[.!?](?:['\"\u2019\u201d)]*)(?:\s|$)")

RECORDS: list[dict] = []


def P(title: str, text: str, tags: str, kind: str) -> None:
    codes = tags.split()
    bad = [c for c in codes if c not in TAG_CODES]
    if bad:
        raise SystemExit(f"unknown tag codes {bad} in {title!r}")
    RECORDS.append(
        {
            "id": None,
            "title": title,
            "text": text,
            "is_conflict": True,
            "tags": [TAG_CODES[c] for c in codes],
            "kind": kind,
        }
    )


def N(title: str, text: str, kind: str) -> None:
    if kind not in KIND_CODES:
        raise SystemExit(f"unknown kind {kind!r} in {title!r}")
    RECORDS.append(
        {
            "id": None,
            "title": title,
            "text": text,
            "is_conflict": False,
            "tags": [],
            "kind": KIND_CODES[kind],
        }
    )


# the texts (imported from the texts_*.py modules) in the order they were written; it fixes
# the shuffled order
POSITIVES = POS_AFRICA_ASIA + POS_MIDEAST_LATAM + POS_UNREST + POS_EUROPE_STRIKES_ABDUCTIONS
NEGATIVES = (
    NEG_CRIME
    + NEG_MILITARY_HISTORY_PROTEST
    + NEG_SPORT_ACCIDENTS_FICTION
    + NEG_METAPHOR_DISASTER_MISC
)
for _item in POSITIVES:
    P(*_item)
for _item in NEGATIVES:
    N(*_item)


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def n_sentences(text: str) -> int:
    return len(SENT_RE.findall(text))


def validate(records: list[dict]) -> list[str]:
    errs = []
    for rec in records:
        w = rec["title"]
        if list(rec) != KEYS:
            errs.append(f"{w}: keys {list(rec)}")
        for key in ("title", "text"):
            v = rec[key]
            if not isinstance(v, str) or not v or v != v.strip() or "  " in v or "\n" in v:
                errs.append(f"{w}: bad {key} {v!r}")
        if not isinstance(rec["is_conflict"], bool) or not isinstance(rec["tags"], list):
            errs.append(f"{w}: types")
        if rec["is_conflict"]:
            tags = rec["tags"]
            if not tags:
                errs.append(f"{w}: positive without tags")
            if not set(tags) <= TAGS:
                errs.append(f"{w}: tags outside the vocabulary {sorted(set(tags) - TAGS)}")
            if len(set(tags)) != len(tags):
                errs.append(f"{w}: repeated tag")
            if (
                not isinstance(rec["kind"], str)
                or not rec["kind"]
                or rec["kind"] in NEG_KINDS
                or rec["kind"].startswith(("hard_negative", "negative"))
            ):
                errs.append(f"{w}: positive with kind {rec['kind']!r}")
        else:
            if rec["tags"] != []:
                errs.append(f"{w}: negative with tags")
            if rec["kind"] not in NEG_KINDS:
                errs.append(f"{w}: kind {rec['kind']!r}")
        n = n_sentences(rec["text"])
        if not MIN_SENTENCES <= n <= MAX_SENTENCES:
            errs.append(f"{w}: {n} sentences ({MIN_SENTENCES} to {MAX_SENTENCES} wanted)")
        if isinstance(rec["text"], str) and len(rec["text"]) > MAX_TEXT_CHARS:
            errs.append(f"{w}: text of {len(rec['text'])} characters (at most {MAX_TEXT_CHARS})")
        if isinstance(rec["title"], str) and len(rec["title"]) > MAX_TITLE_CHARS:
            errs.append(f"{w}: title of {len(rec['title'])} characters (at most {MAX_TITLE_CHARS})")
        if isinstance(rec["title"], str) and rec["title"].endswith("."):
            errs.append(f"{w}: title ends with a full stop")
    for key in ("title", "text"):
        mine = Counter(r[key] for r in records)
        errs += [f"duplicate {key}: {k!r}" for k, n in mine.items() if n > 1]
        for other in other_sets():
            shared = set(mine) & {r[key] for r in _load(other)}
            errs += [f"{key} shared with {other.relative_to(EVAL)}: {k!r}" for k in sorted(shared)]
    return errs


def assign_ids(records: list[dict]) -> list[dict]:
    records = [dict(r) for r in records]
    random.Random(SEED).shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = f"{PREFIX}{i:04d}"
    return records


def summary(records: list[dict], table: bool) -> None:
    pos = [r for r in records if r["is_conflict"]]
    neg = [r for r in records if not r["is_conflict"]]
    tags = Counter(t for r in pos for t in r["tags"])
    kinds = Counter(r["kind"] for r in neg)
    pkinds = Counter(r["kind"] for r in pos)
    ntags = Counter(len(r["tags"]) for r in pos)
    sents = Counter(n_sentences(r["text"]) for r in records)
    sents_pos = Counter(n_sentences(r["text"]) for r in pos)
    hard = sum(1 for r in neg if r["kind"].startswith("hard_negative"))
    share = 100 * len(pos) / len(records) if records else 0.0
    hard_share = 100 * hard / len(neg) if neg else 0.0
    print(
        f"conflict.jsonl: {len(records)} texts, {len(pos)} conflict ({share:.1f}%), "
        f"{len(neg)} not ({hard} hard negatives, {hard_share:.1f}% of the negatives)"
    )
    print("  checked against:", ", ".join(str(p.relative_to(EVAL)) for p in other_sets()))
    print("  tags:", dict(tags.most_common()))
    print("  tags per positive:", dict(sorted(ntags.items())))
    print("  negative kinds:", dict(kinds.most_common()))
    print("  positive kinds:", dict(pkinds.most_common()))
    print(
        "  sentences per text:",
        dict(sorted(sents.items())),
        "(positives:",
        dict(sorted(sents_pos.items())),
        end=")\n",
    )
    if table:
        print("\n| tag | positives |\n| --- | --- |")
        for t in TAG_CODES.values():
            print(f"| `{t}` | {tags[t]} |")
        print("\n| kind | negatives |\n| --- | --- |")
        for k in KIND_CODES.values():
            print(f"| `{k}` | {kinds[k]} |")
        print("\n| positive kind | texts |\n| --- | --- |")
        for k, n in pkinds.most_common():
            print(f"| `{k}` | {n} |")


def main() -> int:
    errs = validate(RECORDS)
    for e in errs:
        print("ERROR", e)
    summary(RECORDS, "--table" in sys.argv)
    if errs:
        return 1
    recs = assign_ids(RECORDS)
    out = HERE / "conflict.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(out)
    assert back == recs and not validate(back)
    assert len({r["id"] for r in back}) == len(back)
    (HERE / "figures.jsonl").write_bytes(b"")  # the bench opens it; this set has no figures
    print("written:", out, HERE / "figures.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
