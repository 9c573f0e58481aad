"""What may stand between a number and its counted noun without being either: a model's
code ("23 AK-47 rifles", "105 Leopard 2A8 tanks"), letters with points ("3,000 U.S. troops"),
two names joined by a slash ("13 PKK/YPG terrorists"), a name's acronym in brackets ("Nine
New People's Army (NPA) rebels") and an adverb before a modifier ("200 critically wounded
people"). nouns.find_noun reads past them."""

from __future__ import annotations

from collections.abc import Callable

from .filters import year_token
from .rules import RULES
from .tokens import Tokens


def designation(tk: Tokens, k: int) -> int:
    """The tokens from k of a code, a dotted name, joined names or a bracketed acronym, or 0."""
    if dotted := _dotted(tk, k):
        return dotted
    if _model(tk, k):
        return 3
    if code := _code(tk, k):
        return code
    if _joined_names(tk, k):
        return 2
    return 3 if _acronym(tk, k) else 0


def adverb_before(tk: Tokens, k: int, modifies: Callable[[Tokens, int], bool]) -> bool:
    """An adverb in -ly before a word that modifies the noun: "critically wounded"."""
    w = tk.low[k]
    return w.endswith("ly") and len(w) > 4 and k + 1 < tk.n and modifies(tk, k + 1)


def _acronym(tk: Tokens, k: int) -> bool:
    """'(NPA)' after the name it shortens, before the noun."""
    low = tk.low
    return (
        k > 0
        and low[k] == "("
        and k + 3 < tk.n
        and low[k + 2] == ")"
        and tk.text(k + 1, k + 2).isupper()
        and tk.cap(k - 1)
    )


def _joined_names(tk: Tokens, k: int) -> bool:
    """'/' between two capitalised names before the noun ("PKK/YPG", "FARDC/MONUSCO")."""
    return (
        tk.low[k] == "/"
        and 0 < k < tk.n - 1
        and tk.cap(k - 1)
        and tk.cap(k + 1)
        and tk.glued(k)
        and tk.glued(k + 1)
    )


def _model(tk: Tokens, k: int) -> bool:
    """A model designation of letters, a hyphen and digits, written as one: "AK-47"."""
    low = tk.low
    return (
        k + 3 < tk.n
        and low[k].isalpha()
        and len(low[k]) <= 4
        and low[k + 1] == "-"
        and low[k + 2].isdigit()
        and tk.glued(k + 1)
        and tk.glued(k + 2)
    )


def _code(tk: Tokens, k: int) -> int:
    """The tokens of a model's code after its capitalised name, before a counted noun
    ("Leopard 2A8 tanks", "Mirage 2000D jets", "Type 055 destroyers"), or 0; a year is no
    code ("Leopard 2023 tanks")."""
    low = tk.low
    w = low[k]
    name = low[k - 1] if k > 0 else ""
    if not (w[0].isdigit() and tk.cap(k - 1) and name[:1].isalpha() and name[-2:] != "'s"):
        return 0  # (a possessive owns the count after it: "14 of Rakhine's 17 townships")
    j = k + 1
    while j < tk.n and tk.glued(j) and low[j].isalnum():
        j += 1  # "2" "a8", "2000" "d": the code written as one
    if j == k + 1 and year_token(w):
        return 0
    return j - k if j < tk.n and RULES.nouns.match_at(low, j) is not None else 0


def _dotted(tk: Tokens, k: int) -> int:
    """The tokens of letters written with points from k ("U.S.", "U.N."), or 0."""
    low = tk.low
    j = k
    while (
        j + 1 < tk.n
        and len(low[j]) == 1
        and low[j].isalpha()
        and low[j + 1] == "."
        and tk.glued(j + 1)
        and (j == k or tk.glued(j))
    ):
        j += 2
    return j - k if j - k >= 4 else 0
