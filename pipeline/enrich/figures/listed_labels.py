"""Numbers listed after one plural label word: "Sections 16, 18 and 20 of the Act",
"Articles 12, 14 or 20". The label makes each of them a name's number, not only the first;
filters.py asks this for the numbers after a comma or a conjunction."""

from __future__ import annotations

from .rules import RULES
from .tokens import Tokens

_LIST_JOINS = frozenset({",", "and", "or", "&"})
_LIST_ENDS = frozenset({"of", "and", "or", "to"})  # "Sections 16, 18 and 20 of the Act"


def in_label_list(tk: Tokens, i: int) -> bool:
    """The number at token i is listed after a label word, past other numbers of the list."""
    low = tk.low
    k = i - 1
    if k < 0 or low[k] not in _LIST_JOINS or not _short_number(low[i]):
        return False
    if k > 0 and low[k] != "," and low[k - 1] == ",":
        return False  # "IPC Phase 5, and 6.7 million people": a clause of its own
    if i + 1 < tk.n and low[i + 1].isalpha() and low[i + 1] not in _LIST_ENDS:
        return False  # "Article 19, and three are missing": what follows is counted
    numbers = 0
    while k >= 0 and (low[k] in _LIST_JOINS or _short_number(low[k])):
        numbers += low[k].isdigit()
        k -= 1
    # a plural label lists ("Sections 16, 18 and 20"); after a singular one a comma or an
    # "and" opens a clause of its own ("In Phase 2, 40 of the hostages were released")
    return numbers > 0 and k >= 0 and low[k] in RULES.labels and low[k].endswith("s")


def _short_number(w: str) -> bool:
    """A label's number: digits only, at most four of them ("16", "2334")."""
    return w.isdigit() and len(w) <= 4
