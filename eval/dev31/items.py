"""dev31's item registry: P(...) adds a conflict item, N(...) a non-conflict item, in order."""

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
