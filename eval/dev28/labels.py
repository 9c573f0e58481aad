"""Label vocabulary of eval/README.md (section 1) and the two record makers of eval/dev28.

    P(title, text, tags, kind)   a conflict article; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict article; kind is a code from KIND_CODES

The articles themselves are in the modules pos_*.py and neg_*.py, which build.py imports. A text
is one string, written as implicitly concatenated pieces (one line each) so that every source line
stays within the project's line length; every piece but the last ends with a space.
"""

from __future__ import annotations

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


def P(title: str, text: str, tags: str, kind: str) -> dict:
    codes = tags.split()
    bad = [c for c in codes if c not in TAG_CODES]
    if bad:
        raise SystemExit(f"unknown tag codes {bad} in {title!r}")
    return {
        "id": None,
        "title": title,
        "text": text,
        "is_conflict": True,
        "tags": [TAG_CODES[c] for c in codes],
        "kind": kind,
    }


def N(title: str, text: str, kind: str) -> dict:
    if kind not in KIND_CODES:
        raise SystemExit(f"unknown kind {kind!r} in {title!r}")
    return {
        "id": None,
        "title": title,
        "text": text,
        "is_conflict": False,
        "tags": [],
        "kind": KIND_CODES[kind],
    }
