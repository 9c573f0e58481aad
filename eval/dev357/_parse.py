"""Reads the items of this folder's texts_*.py modules from their plain-text blocks.

A positive starts with a line `@ TAGS | kind | title`, a negative with `@ kind code | title`;
the lines after it, up to the next `@` line, are the text, joined with single spaces.
"""

from __future__ import annotations


def _blocks(data: str) -> list[tuple[str, str]]:
    out: list[tuple[str, list[str]]] = []
    for line in data.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("@ "):
            out.append((line[2:], []))
        else:
            out[-1][1].append(line)
    return [(head, " ".join(body)) for head, body in out]


def positives(data: str) -> list[tuple[str, str, str, str]]:
    items = []
    for head, text in _blocks(data):
        tags, kind, title = (p.strip() for p in head.split("|", 2))
        items.append((title, text, tags, kind))
    return items


def negatives(data: str) -> list[tuple[str, str, str]]:
    items = []
    for head, text in _blocks(data):
        kind, title = (p.strip() for p in head.split("|", 1))
        items.append((title, text, kind))
    return items
