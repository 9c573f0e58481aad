"""Build eval/dev30/conflict.jsonl (and the empty eval/dev30/figures.jsonl) from the texts.

The texts live in helper modules next to this file, each holding records with their labels:

    texts_pos_*.py   POSITIVES = [(title, text, tags, kind), ...]   tags: codes from TAG_CODES
    texts_neg_*.py   NEGATIVES = [(title, text, kind), ...]         kind: a code from KIND_CODES

(*_long.py hold the live blogs, explainers, analyses and features of 2,500 characters or more.)

The helper modules split every text into string pieces joined by implicit concatenation (the
project's ruff config allows long lines only in eval/*/build.py); this script checks that every
piece but the last ends with exactly one space, so no space is lost or doubled at a join.

The set is "whole articles as a news feed delivers them": wire stories, national and regional
papers, live-blog roundups, features, analysis and explainers of 1,200 to 4,000 characters, with
datelines, quotes and background paragraphs. Positives report a current armed conflict or
political violence or its direct human consequences; negatives are mostly hard negatives
(elections, economy, peace talks, sanctions, trials, anniversaries, disasters, accidents, crime,
sport, culture, the military without fighting, health) in countries at war or after one.
Decisions where the guideline is silent are written in README.md.

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (30), with ids cd0001... (a prefix no other set uses).

    python eval/dev30/build.py            # validate, print the counts, write the files
    python eval/dev30/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import ast
import io
import itertools
import json
import random
import re
import sys
import tokenize
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent
sys.path.insert(0, str(HERE))

import texts_neg_accidents_disasters_health  # noqa: E402
import texts_neg_crime  # noqa: E402
import texts_neg_culture_military  # noqa: E402
import texts_neg_economy_politics  # noqa: E402
import texts_neg_long  # noqa: E402
import texts_neg_peace  # noqa: E402
import texts_neg_protest_other  # noqa: E402
import texts_neg_sport_history  # noqa: E402
import texts_pos_2015_2020  # noqa: E402
import texts_pos_africa  # noqa: E402
import texts_pos_americas  # noqa: E402
import texts_pos_asia  # noqa: E402
import texts_pos_europe  # noqa: E402
import texts_pos_long  # noqa: E402
import texts_pos_mideast_levant  # noqa: E402
import texts_pos_mideast_yemen_iraq_iran  # noqa: E402

# module order (and record order within each) fixes the shuffle and so the ids: do not reorder
POS_MODULES = [
    texts_pos_africa,
    texts_pos_mideast_levant,
    texts_pos_mideast_yemen_iraq_iran,
    texts_pos_asia,
    texts_pos_europe,
    texts_pos_americas,
    texts_pos_2015_2020,
    texts_pos_long,
]
NEG_MODULES = [
    texts_neg_peace,
    texts_neg_economy_politics,
    texts_neg_crime,
    texts_neg_sport_history,
    texts_neg_culture_military,
    texts_neg_accidents_disasters_health,
    texts_neg_protest_other,
    texts_neg_long,
]

SEED = 30
PREFIX = "cd"
ID_RE = re.compile(r"cd\d{4}")
MIN_SENTENCES, MAX_SENTENCES = 8, 30
MIN_TEXT_CHARS, MAX_TEXT_CHARS = 1200, 4000
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

# a sentence ends with . ! or ? (and closing quotes/brackets) before a space or the end
SENT_RE = re.compile(r"[.!?](?:['\"\u2019\u201d)]*)(?:\s|$)")
# a lost space at a join typically glues a full stop or comma to the next word ("a.m." passes)
GLUED_RE = re.compile(r"[a-z]{2}[.,;:!?][A-Za-z]")


def fold(text: str) -> str:
    """Case- and punctuation-folded text, for the cross-set duplicate check."""
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def other_sets() -> list[Path]:
    """eval/*.jsonl and every eval/dev*/conflict.jsonl except this set's (never eval/holdout)."""
    paths = sorted(EVAL.glob("*.jsonl"))
    paths += sorted(p for p in EVAL.glob("dev*/conflict.jsonl") if p.parent != HERE)
    return [p for p in paths if p.is_file() and "holdout" not in p.parts]


def other_texts() -> set[str]:
    """The folded `text` field of every record of the other sets; nothing else is kept."""
    folded = set()
    for path in other_sets():
        for line in path.open(encoding="utf-8"):
            if line.strip():
                folded.add(fold(json.loads(line)["text"]))
    return folded


def join_errors(module) -> list[str]:
    """Every piece of an implicitly concatenated string but the last ends with one space."""
    errs = []
    path = Path(module.__file__)
    tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
    skip = {tokenize.NL, tokenize.NEWLINE, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT}
    run: list[tuple[int, str]] = []

    def close() -> None:
        for (line, a), (_, b) in itertools.pairwise(run):
            if not a.endswith(" ") or a.endswith("  ") or b.startswith(" "):
                errs.append(f"{path.name}:{line}: bad join {a[-20:]!r} + {b[:20]!r}")
        run.clear()

    for tok in tokens:
        if tok.type == tokenize.STRING:
            run.append((tok.start[0], ast.literal_eval(tok.string)))
        elif tok.type not in skip:
            close()
    close()
    return errs


def collect() -> list[dict]:
    records = []
    for module in POS_MODULES:
        for title, text, tags, kind in module.POSITIVES:
            codes = tags.split()
            bad = [c for c in codes if c not in TAG_CODES]
            if bad:
                raise SystemExit(f"unknown tag codes {bad} in {title!r}")
            tag_list = [TAG_CODES[c] for c in codes]
            rec = {"id": None, "title": title, "text": text, "is_conflict": True}
            records.append(rec | {"tags": tag_list, "kind": kind})
    for module in NEG_MODULES:
        for title, text, kind in module.NEGATIVES:
            if kind not in KIND_CODES:
                raise SystemExit(f"unknown kind {kind!r} in {title!r}")
            rec = {"id": None, "title": title, "text": text, "is_conflict": False}
            records.append(rec | {"tags": [], "kind": KIND_CODES[kind]})
    return records


def n_sentences(text: str) -> int:
    return len(SENT_RE.findall(text))


def validate(records: list[dict], with_ids: bool) -> list[str]:
    errs = []
    for rec in records:
        w = rec["title"]
        if list(rec) != KEYS:
            errs.append(f"{w}: keys {list(rec)}")
        if with_ids and not (isinstance(rec["id"], str) and ID_RE.fullmatch(rec["id"])):
            errs.append(f"{w}: id {rec['id']!r}")
        for key in ("title", "text"):
            v = rec[key]
            if not isinstance(v, str) or not v or v != v.strip() or "  " in v or "\n" in v:
                errs.append(f"{w}: bad {key} {v!r}")
            elif GLUED_RE.search(v):
                errs.append(f"{w}: glued words in {key}: {GLUED_RE.search(v).group()!r}")
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
        size = len(rec["text"])
        if not MIN_TEXT_CHARS <= size <= MAX_TEXT_CHARS:
            errs.append(f"{w}: text of {size} characters ({MIN_TEXT_CHARS} to {MAX_TEXT_CHARS})")
        if len(rec["title"]) > MAX_TITLE_CHARS:
            errs.append(f"{w}: title of {len(rec['title'])} characters (at most {MAX_TITLE_CHARS})")
        if rec["title"].endswith("."):
            errs.append(f"{w}: title ends with a full stop")
    if with_ids:
        ids = Counter(r["id"] for r in records)
        errs += [f"duplicate id: {k!r}" for k, n in ids.items() if n > 1]
    for key in ("title", "text"):
        mine = Counter(r[key] for r in records)
        errs += [f"duplicate {key}: {k!r}" for k, n in mine.items() if n > 1]
    folded = Counter(fold(r["text"]) for r in records)
    errs += [f"duplicate folded text: {k[:60]!r}" for k, n in folded.items() if n > 1]
    shared = set(folded) & other_texts()
    errs += [f"text also in another set: {k[:60]!r}" for k in sorted(shared)]
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
    for name, group in (("all", records), ("positives", pos), ("negatives", neg)):
        sizes = [len(r["text"]) for r in group]
        sents = [n_sentences(r["text"]) for r in group]
        print(
            f"  {name}: characters mean {sum(sizes) / len(sizes):.0f}, min {min(sizes)}, "
            f"max {max(sizes)}; sentences mean {sum(sents) / len(sents):.1f}, "
            f"min {min(sents)}, max {max(sents)}"
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
    records = collect()
    errs = [e for m in POS_MODULES + NEG_MODULES for e in join_errors(m)]
    errs += validate(records, with_ids=False)
    for e in errs:
        print("ERROR", e)
    summary(records, "--table" in sys.argv)
    if errs:
        return 1
    recs = assign_ids(records)
    out = HERE / "conflict.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = [json.loads(line) for line in out.open(encoding="utf-8") if line.strip()]
    assert back == recs and not validate(back, with_ids=True)
    (HERE / "figures.jsonl").write_bytes(b"")  # the bench opens it; this set has no figures
    print("written:", out, HERE / "figures.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
