"""The items' helper: a card is a headline and its standfirst, joined as a site delivers them."""

import re

from figset import F

MARK = re.compile(r"\[\[(.+?)\|.+?\]\]|\{\{(.+?)\}\}")


def card(headline: str, standfirst: str, stop: bool = True) -> None:
    """Register one card. `headline` and `standfirst` carry inline marks and are wrapped freely.
    The text is the headline, then the standfirst: after a full stop (`stop`, the default; a
    headline ending in "?" or "!" keeps its own mark) or, without one, on the next line. The
    title is the headline as the card shows it, marks removed."""
    head = " ".join(headline.split())
    body = " ".join(standfirst.split())
    title = MARK.sub(lambda m: m.group(1) or m.group(2), head)
    if not stop:
        join = "\n"
    elif head.endswith(("?", "!")):
        join = " "
    else:
        join = ". "
    F(title, head + join + body)
