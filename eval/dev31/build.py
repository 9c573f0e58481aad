"""Build eval/dev31/conflict.jsonl (and the empty eval/dev31/figures.jsonl) from the item modules.

Every text is written with its label in the texts_*.py modules beside this file (positives by
region, negatives by section of a news site), imported below in the order they were written;
items.py holds the registry and the two code tables:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The set is "a natural day of a world-news feed": about 220 items as a general world-news RSS
feed delivers them in one day, in natural proportions (about 40% conflict and political
violence, 60% everything else a world feed carries). Most items are a headline and a summary of
1 to 3 sentences; 40 are longer items of 6 to 15 sentences. Nothing was written to be tricky:
the overlaps (a war in an economy story, a disaster in a conflict country, a trial for an old
attack) occur as often as they do in an ordinary feed. Decisions where the guideline is silent
are written in README.md.

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (31), with ids ce0001...

    python eval/dev31/build.py            # validate, print the counts, write the files
    python eval/dev31/build.py --table    # also print the counts as markdown tables
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
SEED = 31
PREFIX = "ce"
ID_RE = re.compile(r"ce\d{4}")
SHORT_SENTENCES = (1, 3)  # a headline and a summary of 1 to 3 sentences
LONG_SENTENCES = (6, 15)  # a longer item
MAX_SHORT_CHARS = 700
MAX_LONG_CHARS = 2500
MAX_TITLE_CHARS = 120

sys.path.insert(0, str(HERE))  # the item modules
# The modules register their items as they are imported: their order is the set's.
# isort: off
import texts_pos_ukraine_middle_east  # noqa: E402,F401
import texts_pos_africa_asia  # noqa: E402,F401
import texts_pos_americas_europe  # noqa: E402,F401
import texts_neg_politics_economy_tech  # noqa: E402,F401
import texts_neg_health_disasters_accidents  # noqa: E402,F401
import texts_neg_crime_sport_culture  # noqa: E402,F401
import texts_neg_peace_military_history_other  # noqa: E402,F401

# isort: on
from items import KIND_CODES, RECORDS, TAG_CODES  # noqa: E402

TAGS = set(TAG_CODES.values())
NEG_KINDS = set(KIND_CODES.values())
KEYS = ["id", "title", "text", "is_conflict", "tags", "kind"]

# a sentence ends with . ! or ? (and closing quotes/brackets) before a space or the end
SENT_RE = re.compile(r"[.!?](?:['\"\u2019\u201d)]*)(?:\s|$)")


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def fold(text: str) -> str:
    """Case- and punctuation-folded text: lower case, runs of non-word characters as one space."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def other_texts() -> dict[str, str]:
    """Folded `text` of every record of eval/*.jsonl and eval/dev*/conflict.jsonl (not this set's,
    not eval/holdout), mapped to the file it came from. Only the `text` field is read."""
    paths = sorted(EVAL.glob("*.jsonl"))
    paths += sorted(p for p in EVAL.glob("dev*/conflict.jsonl") if p.parent != HERE)
    seen: dict[str, str] = {}
    for path in paths:
        if "holdout" in path.parts:
            continue
        for line in path.open(encoding="utf-8"):
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    seen.setdefault(fold(text), str(path.relative_to(EVAL)))
    return seen


def n_sentences(text: str) -> int:
    return len(SENT_RE.findall(text))


def is_long(text: str) -> bool:
    return n_sentences(text) >= LONG_SENTENCES[0]


def validate(records: list[dict], others: dict[str, str]) -> list[str]:
    errs = []
    for rec in records:
        w = rec["title"]
        if list(rec) != KEYS:
            errs.append(f"{w}: keys {list(rec)}")
        if rec["id"] is not None and not (
            isinstance(rec["id"], str) and ID_RE.fullmatch(rec["id"])
        ):
            errs.append(f"{w}: id {rec['id']!r}")
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
        text = rec["text"] if isinstance(rec["text"], str) else ""
        n = n_sentences(text)
        lo, hi = LONG_SENTENCES if is_long(text) else SHORT_SENTENCES
        if not lo <= n <= hi:
            errs.append(f"{w}: {n} sentences (1 to 3, or 6 to 15, wanted)")
        max_chars = MAX_LONG_CHARS if is_long(text) else MAX_SHORT_CHARS
        if len(text) > max_chars:
            errs.append(f"{w}: text of {len(text)} characters (at most {max_chars})")
        if isinstance(rec["title"], str) and len(rec["title"]) > MAX_TITLE_CHARS:
            errs.append(f"{w}: title of {len(rec['title'])} characters (at most {MAX_TITLE_CHARS})")
        if isinstance(rec["title"], str) and rec["title"].endswith("."):
            errs.append(f"{w}: title ends with a full stop")
        if fold(text) in others:
            errs.append(f"{w}: text also in {others[fold(text)]}")
    ids = [r["id"] for r in records if r["id"] is not None]
    errs += [f"duplicate id {k}" for k, n in Counter(ids).items() if n > 1]
    errs += [
        f"duplicate title: {k!r}" for k, n in Counter(r["title"] for r in records).items() if n > 1
    ]
    errs += [
        f"duplicate text: {k!r}"
        for k, n in Counter(fold(r["text"]) for r in records).items()
        if n > 1
    ]
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
    long_pos = sum(1 for r in pos if is_long(r["text"]))
    long_neg = sum(1 for r in neg if is_long(r["text"]))
    hard = sum(1 for r in neg if r["kind"].startswith("hard_negative"))
    share = 100 * len(pos) / len(records) if records else 0.0
    hard_share = 100 * hard / len(neg) if neg else 0.0

    def mean_chars(rs: list[dict]) -> float:
        return sum(len(r["text"]) for r in rs) / len(rs) if rs else 0.0

    short = [r for r in records if not is_long(r["text"])]
    longs = [r for r in records if is_long(r["text"])]
    print(
        f"conflict.jsonl: {len(records)} texts, {len(pos)} conflict ({share:.1f}%), "
        f"{len(neg)} not ({hard} hard negatives, {hard_share:.1f}% of the negatives)"
    )
    print(
        f"  long texts (6 to 15 sentences): {len(longs)} ({long_pos} positive, {long_neg} negative)"
    )
    print(
        f"  mean characters: short {mean_chars(short):.0f}, long {mean_chars(longs):.0f}, "
        f"positives {mean_chars(pos):.0f}, negatives {mean_chars(neg):.0f}"
    )
    print("  tags:", dict(tags.most_common()))
    print("  tags per positive:", dict(sorted(ntags.items())))
    print("  negative kinds:", dict(kinds.most_common()))
    print("  positive kinds:", dict(pkinds.most_common()))
    print("  sentences per text:", dict(sorted(sents.items())))
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
    others = other_texts()
    errs = validate(RECORDS, others)
    for e in errs:
        print("ERROR", e)
    summary(RECORDS, "--table" in sys.argv)
    files = sorted(set(others.values()))
    print(f"  no text shared with {len(others)} folded texts of", ", ".join(files))
    if errs:
        return 1
    recs = assign_ids(RECORDS)
    out = HERE / "conflict.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(out)
    assert back == recs and not validate(back, others)
    assert len({r["id"] for r in back}) == len(back)
    (HERE / "figures.jsonl").write_bytes(b"")  # the bench opens it; this set has no figures
    print("written:", out, HERE / "figures.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
