"""The items' helper: each item belongs to a contrast pair, registered with `pair`; a wrapped
triple-quoted text has its whitespace collapsed to single spaces and goes to figset's `F`."""

from figset import F

PAIRS: dict[str, tuple[str, list[str]]] = {}  # pair id -> (contrast, titles of its two twins)
_current: list[str] = []


def pair(pid: str, contrast: str) -> None:
    """Open contrast pair `pid` (the next two items are its twins); `contrast`: what changes."""
    if pid in PAIRS:
        raise ValueError(f"pair {pid} opened twice")
    PAIRS[pid] = (contrast, [])
    _current[:] = [pid]


def item(title: str, marked: str) -> None:
    """Register one item of the open pair: `marked` is the text with its inline marks."""
    PAIRS[_current[0]][1].append(title)
    F(title, " ".join(marked.split()))
