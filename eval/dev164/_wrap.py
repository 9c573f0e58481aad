"""The items' helper: a wrapped triple-quoted text, its whitespace collapsed to single spaces."""

from figset import F


def item(title: str, marked: str, negatives: list[str] | None = None) -> None:
    """Register one item: `marked` is the text with its inline marks, wrapped freely;
    `negatives` adds negatives that are not marked inline."""
    F(title, " ".join(marked.split()), negatives)
