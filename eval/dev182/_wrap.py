"""The items' helper: a wrapped triple-quoted text, its whitespace collapsed to single spaces."""

from figset import F


def item(title: str, marked: str, extra_negatives: list[str] | None = None) -> None:
    """Register one item: `marked` is the article with its inline marks, wrapped freely;
    `extra_negatives` are negatives written without a mark (numbers inside names)."""
    F(title, " ".join(marked.split()), extra_negatives)
