"""The items' helper: a wrapped triple-quoted text, its whitespace collapsed to single spaces;
a blank line in the source becomes one line break (fact boxes and Q&As written line by line)."""

import re

from figset import F


def item(title: str, marked: str) -> None:
    """Register one item: `marked` is the text with its inline marks, wrapped freely."""
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", marked)]
    F(title, "\n".join(p for p in paras if p))
