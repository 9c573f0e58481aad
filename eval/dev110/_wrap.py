"""The items' helper: an article as a feed or a scraper delivers it, its paragraphs joined."""

import re

from figset import F

# How the HTML was stripped: block elements became a line break, a blank line, or a space.
LINE, BLANK, FLAT = "\n", "\n\n", " "


def item(title: str, marked: str, sep: str = LINE) -> None:
    """Register one article: `marked` holds its inline marks, wrapped freely, with a blank line
    between the page's blocks (paragraphs, captions, datelines, furniture); each block's
    whitespace is collapsed to single spaces and the blocks are joined with `sep`."""
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", marked) if b.strip()]
    F(title, sep.join(blocks))
