"""The items' helper: a wrapped triple-quoted text, its whitespace collapsed to single spaces."""

from figset import F


def item(title: str, marked: str) -> None:
    """Register one item: `marked` is the text with its inline marks, wrapped freely."""
    F(title, " ".join(marked.split()))
