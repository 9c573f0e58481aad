"""Build eval/dev28/conflict.jsonl (and the empty eval/dev28/figures.jsonl) from the articles.

The set is "whole articles": every text is a full news article of 1,500 to 4,000 characters (8
to 25 sentences), in the manner of wire stories, national and regional papers, features, reviews
and analysis, with a dateline, quotes, background and a closing paragraph of context. Positives
report a current event of armed conflict or political violence (or its direct human
consequences), often in the middle or at the end of an article whose lead is about something
else: an election, an appeal, a market, a sports team. Negatives are mostly hard negatives: long
articles that mention war or violence only as background, history, fiction or metaphor, or that
report disasters, accidents, crime, the military, peace and peaceful protest with no current
event of armed conflict.

The articles, each with its label, are in twelve modules (written by hand for this set; split
from five on 2026-11-27, same order, same bytes):

    pos_a1.py, pos_a2.py   positives, Africa
    pos_b1.py, pos_b2.py   positives, the Middle East and Asia
    pos_c1.py, pos_c2.py   positives, Europe and the Americas
    neg_economy_sport.py, neg_culture_history.py, neg_peace_politics.py,
    neg_disaster_crime.py, neg_military_protest_accident.py, neg_health_other.py
                           negatives, by kind

labels.py holds the vocabulary of eval/README.md (section 1) and the record makers P and N.
The script validates every record and writes the records shuffled with a fixed seed (28), with
ids cc0001... (the prefix the brief assigned). Two runs write byte-identical files.

    python eval/dev28/build.py            # validate, print the counts, write the files
    python eval/dev28/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import ast
import io
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

import neg_culture_history  # noqa: E402
import neg_disaster_crime  # noqa: E402
import neg_economy_sport  # noqa: E402
import neg_health_other  # noqa: E402
import neg_military_protest_accident  # noqa: E402
import neg_peace_politics  # noqa: E402
import pos_a1  # noqa: E402
import pos_a2  # noqa: E402
import pos_b1  # noqa: E402
import pos_b2  # noqa: E402
import pos_c1  # noqa: E402
import pos_c2  # noqa: E402
from labels import KEYS, KIND_CODES, NEG_KINDS, TAG_CODES, TAGS  # noqa: E402

SEED = 28
PREFIX = "cc"
ID_RE = re.compile(r"cc\d{4}")
MIN_SENTENCES, MAX_SENTENCES = 8, 25  # whole articles
MIN_TEXT_CHARS, MAX_TEXT_CHARS = 1500, 4000
MAX_TITLE_CHARS = 120
MODULES = [
    pos_a1,
    pos_a2,
    pos_b1,
    pos_b2,
    pos_c1,
    pos_c2,
    neg_economy_sport,
    neg_culture_history,
    neg_peace_politics,
    neg_disaster_crime,
    neg_military_protest_accident,
    neg_health_other,
]

# a sentence ends with . ! or ? (and closing quotes/brackets) before a space or the end
SENT_RE = re.compile(r"[.!?](?:['\"\u2019\u201d)]*)(?:\s|$)")
# a joint of two string pieces without a space shows up as punctuation glued to a letter
GLUED_RE = re.compile(r"[a-z][.,;:!?][A-Za-z]")

RECORDS: list[dict] = [rec for mod in MODULES for rec in mod.ARTICLES]


def other_sets() -> list[Path]:
    """eval/*.jsonl and every eval/dev*/conflict.jsonl except this set's (never eval/holdout)."""
    paths = sorted(EVAL.glob("*.jsonl"))
    paths += sorted(p for p in EVAL.glob("dev*/conflict.jsonl") if p.parent != HERE)
    return [p for p in paths if p.is_file() and "holdout" not in p.parts]


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def fold(text: str) -> str:
    """Case- and punctuation-folded text: lower case, letters and digits, single spaces."""
    return " ".join(re.sub(r"[\W_]+", " ", text.lower()).split())


def n_sentences(text: str) -> int:
    return len(SENT_RE.findall(text))


def check_joints() -> list[str]:
    """Every piece of an implicitly concatenated string in the text modules ends with a space."""
    errs = []
    for mod in MODULES:
        path = Path(mod.__file__)
        toks = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        prev = None
        for tok in toks:
            if tok.type in (tokenize.NL, tokenize.COMMENT):
                continue
            if tok.type == tokenize.STRING and prev is not None and prev.type == tokenize.STRING:
                piece = ast.literal_eval(prev.string)
                if not piece.endswith(" "):
                    errs.append(f"{path.name}:{prev.start[0]}: piece without a trailing space")
            prev = tok
    return errs


def validate(records: list[dict]) -> list[str]:
    errs = []
    for rec in records:
        w = rec["title"]
        if list(rec) != KEYS:
            errs.append(f"{w}: keys {list(rec)}")
        if rec["id"] is not None and not (
            isinstance(rec["id"], str) and ID_RE.fullmatch(rec["id"])
        ):
            errs.append(f"{w}: bad id {rec['id']!r}")
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
        if not MIN_SENTENCES <= n <= MAX_SENTENCES:
            errs.append(f"{w}: {n} sentences ({MIN_SENTENCES} to {MAX_SENTENCES} wanted)")
        if not MIN_TEXT_CHARS <= len(text) <= MAX_TEXT_CHARS:
            errs.append(
                f"{w}: text of {len(text)} characters ({MIN_TEXT_CHARS} to {MAX_TEXT_CHARS} wanted)"
            )
        glued = GLUED_RE.findall(text)
        if glued:
            errs.append(f"{w}: punctuation glued to a letter {glued}")
        if isinstance(rec["title"], str) and len(rec["title"]) > MAX_TITLE_CHARS:
            errs.append(f"{w}: title of {len(rec['title'])} characters (at most {MAX_TITLE_CHARS})")
        if isinstance(rec["title"], str) and rec["title"].endswith("."):
            errs.append(f"{w}: title ends with a full stop")
    ids = [r["id"] for r in records if r["id"] is not None]
    errs += [f"duplicate id {k}" for k, n in Counter(ids).items() if n > 1]
    titles = Counter(r["title"] for r in records)
    errs += [f"duplicate title: {k!r}" for k, n in titles.items() if n > 1]
    mine = Counter(fold(r["text"]) for r in records)
    errs += [f"duplicate text: {k[:60]!r}" for k, n in mine.items() if n > 1]
    for other in other_sets():
        # texts only; the labels of other sets are not read
        theirs = {fold(r["text"]) for r in _load(other) if isinstance(r.get("text"), str)}
        shared = set(mine) & theirs
        errs += [f"text shared with {other.relative_to(EVAL)}: {k[:60]!r}" for k in sorted(shared)]
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
        if not group:
            continue
        chars = [len(r["text"]) for r in group]
        sents = [n_sentences(r["text"]) for r in group]
        words = [len(r["text"].split()) for r in group]
        print(
            f"  {name}: characters mean {sum(chars) / len(chars):.0f} "
            f"(min {min(chars)}, max {max(chars)}), words mean {sum(words) / len(words):.0f}, "
            f"sentences mean {sum(sents) / len(sents):.1f} (min {min(sents)}, max {max(sents)})"
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
    errs = check_joints() + validate(RECORDS)
    for e in errs:
        print("ERROR", e)
    summary(RECORDS, "--table" in sys.argv)
    if errs:
        return 1
    recs = assign_ids(RECORDS)
    out = HERE / "conflict.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(out)
    assert back == recs and not validate(back)
    assert len({r["id"] for r in back}) == len(back)
    assert all(ID_RE.fullmatch(r["id"]) for r in back)
    (HERE / "figures.jsonl").write_bytes(b"")  # the bench opens it; this set has no figures
    print("written:", out, HERE / "figures.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
