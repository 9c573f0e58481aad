"""The conflict sets' shared machinery: tag and kind codes, the P and N records, the validator of
eval/README.md (section 1), shuffling, ids and the writer (grown from eval/dev25/build.py and
eval/dev26/build.py), used by dev15, dev23, dev26, dev33, dev35, dev38, dev39, dev41, dev43,
dev45 and dev47, each byte-identical with it and with the copy it was written with; the other
conflict sets keep their own copies (different limits, or titles that a later set repeats, which
this stricter check refuses). A set's build.py holds only its texts, or imports them from
modules of its folder and hands them over with add_items:

    POSITIVES = [(title, text, tag codes, kind), ...]   conflict; tag codes from TAG_CODES
    NEGATIVES = [(title, text, kind code), ...]         not conflict; kind code from KIND_CODES

    from conflictset import ConflictConfig, N, P, add_items, run
    P("Militants kill 12 soldiers", "Militants attacked a base, killing 12.", "B", "attack")
    N("Cup final tonight", "The final kicks off at 8 p.m.", "sport")
    add_items(POSITIVES, NEGATIVES)
    sys.exit(run(ConflictConfig("dev31", Path(__file__).resolve().parent, "ce", 31)))

run validates every record, refuses any title or text shared with another set (case and
punctuation folded; eval/holdout/ is never opened), shuffles the records with the set's seed,
gives them ids (prefix and number) and writes conflict.jsonl and an empty figures.jsonl;
`build.py --table` also prints the counts as markdown tables.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class ConflictConfig:
    name: str  # "dev31"
    folder: Path
    prefix: str  # id prefix, "ce"
    seed: int  # shuffling seed
    sentences: tuple[int, int] = (1, 3)  # sentences per text
    max_text_chars: int = 600
    max_title_chars: int = 120
    near_dup: float | None = 0.5  # Jaccard overlap of content words; None: not checked
    min_text_chars: int = 0
    # refuse a lower-case word glued to the next by punctuation ("killed.The"), a typing slip
    check_glued: bool = False
    # a set in natural proportions: the share of positives must stay in this range
    positive_share: tuple[float, float] | None = None


_cfg = ConflictConfig("", EVAL, "", 0)  # the set being built (run sets it)


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
    """eval/*.jsonl and every eval/dev*/conflict.jsonl except this set's; never eval/holdout."""
    paths = sorted(EVAL.glob("*.jsonl"))
    paths += sorted(p for p in EVAL.glob("dev*/conflict.jsonl") if p.parent != _cfg.folder)
    return [p for p in paths if p.is_file() and "holdout" not in p.parts]


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


def add_items(positives: list[tuple], negatives: list[tuple]) -> None:
    """P() for every (title, text, tag codes, kind), then N() for every (title, text, kind)."""
    for title, text, tags, kind in positives:
        P(title, text, tags, kind)
    for title, text, kind in negatives:
        N(title, text, kind)


_GLUED = re.compile(r"[a-z]{2}[.,;:!?][A-Za-z]")


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


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def n_sentences(text: str) -> int:
    return len(SENT_RE.findall(text))


def fold(s: str) -> str:
    """Case- and punctuation-folded form of a text: lower case, accents, punctuation removed."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


STOP = set(
    "a an the and or but of in on at to for from by with as is are was were be been has have had "
    "it its this that these those their his her he she they them who which said says after before "
    "into over than more most some two three four five six seven eight nine ten not no".split()
)


def content_words(text: str) -> set[str]:
    return {w for w in fold(text).split() if w not in STOP and len(w) > 2}


def near_duplicates(records: list[dict]) -> list[str]:
    words = [content_words(r["text"]) for r in records]
    errs = []
    for i in range(len(records)):
        for j in range(i + 1, len(records)):
            a, b = words[i], words[j]
            jac = len(a & b) / len(a | b) if a | b else 1.0
            if jac >= (_cfg.near_dup or 2.0):
                errs.append(
                    f"near-duplicate texts ({jac:.2f}): "
                    f"{records[i]['title']!r} / {records[j]['title']!r}"
                )
    return errs


def validate(records: list[dict], with_ids: bool = False) -> list[str]:
    errs = []
    for rec in records:
        w = rec["title"]
        if list(rec) != KEYS:
            errs.append(f"{w}: keys {list(rec)}")
        id_re = rf"{_cfg.prefix}\d{{4}}"
        if with_ids and not (isinstance(rec["id"], str) and re.fullmatch(id_re, rec["id"])):
            errs.append(f"{w}: id {rec['id']!r} does not match {id_re}")
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
        low, high = _cfg.sentences
        if not low <= n <= high:
            errs.append(f"{w}: {n} sentences ({low} to {high} wanted)")
        if isinstance(rec["text"], str) and not (
            _cfg.min_text_chars <= len(rec["text"]) <= _cfg.max_text_chars
        ):
            errs.append(f"{w}: text of {len(rec['text'])} characters")
        if _cfg.check_glued and isinstance(rec["text"], str):
            glued = _GLUED.search(rec["text"])
            if glued:
                errs.append(f"{w}: glued words {glued.group(0)!r}")
        if isinstance(rec["title"], str) and len(rec["title"]) > _cfg.max_title_chars:
            errs.append(f"{w}: title of {len(rec['title'])} characters")
        if isinstance(rec["title"], str) and rec["title"].endswith("."):
            errs.append(f"{w}: title ends with a full stop")
    if with_ids:
        ids = Counter(r["id"] for r in records)
        errs += [f"duplicate id {k!r}" for k, n in ids.items() if n > 1]
    for key in ("title", "text"):
        mine = Counter(fold(r[key]) for r in records)
        errs += [f"duplicate {key} (folded): {k!r}" for k, n in mine.items() if n > 1]
    errs += near_duplicates(records)
    # texts and titles shared with another set (folded); only the strings are loaded, no labels
    mine_texts = {fold(r[k]): r["title"] for r in records for k in ("title", "text")}
    for other in other_sets():
        theirs = {fold(r[k]) for r in _load(other) for k in ("title", "text") if k in r}
        for k in sorted(set(mine_texts) & theirs):
            errs.append(f"shared with {other.relative_to(EVAL)}: {mine_texts[k]!r}")
    return errs


def assign_ids(records: list[dict]) -> list[dict]:
    records = [dict(r) for r in records]
    random.Random(_cfg.seed).shuffle(records)
    for i, rec in enumerate(records, 1):
        rec["id"] = f"{_cfg.prefix}{i:04d}"
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
    avg_pos = sum(len(r["text"]) for r in pos) / len(pos) if pos else 0.0
    avg_neg = sum(len(r["text"]) for r in neg) / len(neg) if neg else 0.0
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
    print(f"  mean text length: positives {avg_pos:.0f}, negatives {avg_neg:.0f} characters")
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


def run(cfg: ConflictConfig) -> int:
    """Validate the texts given with P and N and write the set; 1 on any error."""
    global _cfg
    _cfg = cfg
    if cfg.positive_share is not None and RECORDS:
        share = sum(r["is_conflict"] for r in RECORDS) / len(RECORDS)
        low, high = cfg.positive_share
        if not low <= share <= high:
            print(f"ERROR positive share {share:.3f} outside {cfg.positive_share}")
            return 1
    errs = validate(RECORDS)
    for e in errs:
        print("ERROR", e)
    summary(RECORDS, "--table" in sys.argv)
    if errs:
        return 1
    recs = assign_ids(RECORDS)
    errs = validate(recs, with_ids=True)
    if errs:
        for e in errs:
            print("ERROR", e)
        return 1
    out = _cfg.folder / "conflict.jsonl"
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    back = _load(out)
    assert back == recs and not validate(back, with_ids=True)
    (_cfg.folder / "figures.jsonl").write_bytes(b"")  # the bench opens it; this set has no figures
    print("written:", out, _cfg.folder / "figures.jsonl")
    return 0
