"""dev3's item registry: F(...) adds a figures item, C(...) a conflict item, in order."""

from __future__ import annotations

FIGURES: list[tuple[str, str, list[str]]] = []
CONFLICT: list[tuple[str, str, list[str], str]] = []


def F(title: str, text: str, extra_negatives: list[str] | None = None) -> None:
    FIGURES.append((title, text, extra_negatives or []))


def C(title: str, text: str, tags: str, kind: str) -> None:
    CONFLICT.append((title, text, tags.split() if tags else [], kind))
