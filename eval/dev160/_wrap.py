"""The items' helper: a wrapped triple-quoted text, its whitespace collapsed to single spaces
(copied from dev94, with the extra negatives figset's `F` takes passed through)."""

from figset import F


def item(title: str, marked: str, extra_negatives: list[str] | None = None) -> None:
    """Register one item: `marked` is the article with its inline marks, wrapped freely;
    `extra_negatives` are number words that are not figures, listed without a mark."""
    F(title, " ".join(marked.split()), extra_negatives)
