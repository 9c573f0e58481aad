"""Parse the plain-text blocks of the texts_*.py modules of eval/dev273 into tuples.

Each block is a line "= title", a line "@ codes | kind" (positives: tag codes and a kind;
negatives: "@ kind code"), then the text over one or more lines, which are joined with spaces.
"""

from __future__ import annotations


def _blocks(raw: str) -> list[tuple[str, str, str]]:
    out = []
    title = meta = None
    lines: list[str] = []

    def flush() -> None:
        if title is not None:
            out.append((title, meta, " ".join(x.strip() for x in lines if x.strip())))

    for line in raw.splitlines():
        if line.startswith("= "):
            flush()
            title, meta, lines = line[2:].strip(), None, []
        elif line.startswith("@ ") and meta is None:
            meta = line[2:].strip()
        elif title is not None:
            lines.append(line)
    flush()
    return out


def positives(raw: str) -> list[tuple[str, str, str, str]]:
    """(title, text, tag codes, kind) for every block."""
    items = []
    for title, meta, text in _blocks(raw):
        tags, kind = (x.strip() for x in meta.split("|"))
        items.append((title, text, tags, kind))
    return items


def negatives(raw: str) -> list[tuple[str, str, str]]:
    """(title, text, kind code) for every block."""
    return [(title, text, meta) for title, meta, text in _blocks(raw)]
