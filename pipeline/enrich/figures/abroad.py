"""People of one country counted in another: "870,000 Venezuelans were living in
Colombia", "Iran hosts 3.4 million Afghans". With no event of their own they are
displaced (the refugees, migrants and exiles a host country counts), where the host is
named and is not their own country: "40 million Ukrainians live in Ukraine" is a
population, and "in the country" names no host."""

from __future__ import annotations

from ..places import country_codes
from .candidates import Cand
from .tokens import Tokens

# between the people and "in": "who were still living in", "remain in"
_STAYING = frozenset(
    {"who", "still", "now", "currently", "already", "are", "were", "is", "was", "have", "had",
     "been", "live", "lives", "living", "lived", "remain", "remains", "remained", "remaining",
     "reside", "resides", "residing", "resided", "stay", "stays", "staying", "stayed",
     "settled", "sheltering", "registered", "legally", "illegally", "officially"}
)  # fmt: skip
_AFTER_PLACE = frozenset(
    {"and", "or", "but", "by", "without", "with", "since", "until", "as", "at", "for", "from",
     "after", "before", "under", "on", "in", "while", "who", "where", "when", "according",
     "last", "this", "alone", "legally", "illegally", "today", "now", "than"}
)  # fmt: skip
_HOSTING = frozenset({"hosts", "hosted", "hosting", "host", "houses", "housed", "shelters"})
_BETWEEN_HOST = frozenset({"now", "still", "currently", "already", "alone", "which", "that"})


def nationals_abroad(tk: Tokens, cand: Cand) -> bool:
    """The count's noun is a nationality ("Syrians") and the sentence names another country
    where they stay or that hosts them."""
    noun = cand.noun
    if noun is None or noun.j - noun.i != 1 or not tk.cap(noun.i):
        return False
    home = _nationality(tk.text(noun.i, noun.j))
    if not home:
        return False
    host = _host_after(tk, noun.j) or _host_before(tk, cand.start)
    return bool(host) and host.isdisjoint(home)


def _nationality(word: str) -> frozenset[str]:
    found = country_codes(word, demonym=True)
    if not found and word.endswith("s"):
        found = country_codes(word[:-1], demonym=True)  # "Venezuelans"
    return found


def _host_after(tk: Tokens, k: int) -> frozenset[str]:
    """The country named after "in" a few words on: "were still living in Colombia"."""
    low = tk.low
    start, end = k, min(tk.n, k + 5)
    while k < end and low[k] in _STAYING:
        k += 1
    if k == start or k >= tk.n or low[k] != "in":
        return frozenset()  # "interviews with 48 Afghans in Islamabad": no stay told
    return _place_at(tk, k + 1)


def _host_before(tk: Tokens, start: int) -> frozenset[str]:
    """The country that hosts them: "Jordan hosts 1.3 million Syrians"."""
    low = tk.low
    k = start - 1
    if k < 1 or low[k] not in _HOSTING:
        return frozenset()
    k -= 1
    while k > 0 and (low[k] in _BETWEEN_HOST or low[k] == ","):
        k -= 1
    first = k
    while first > 0 and tk.cap(first - 1) and first > k - 2:
        first -= 1
    for a in range(first, k + 1):
        found = _place(tk, a, k + 1)
        if found:
            return found
    return frozenset()


def _place_at(tk: Tokens, k: int) -> frozenset[str]:
    """The longest capitalised run of up to three tokens from k that names a place."""
    end = k
    while end < tk.n and end < k + 3 and tk.cap(end):
        end += 1
    for b in range(end, k, -1):
        found = _place(tk, k, b)
        if found:
            # the place itself, not a kind of place it names: "in West Bank settlements"
            after = tk.low[b] if b < tk.n else ""
            return found if not after.isalpha() or after in _AFTER_PLACE else frozenset()
    return frozenset()


def _place(tk: Tokens, a: int, b: int) -> frozenset[str]:
    if a < 0 or not all(tk.cap(m) for m in range(a, b)):
        return frozenset()
    return country_codes(tk.text(a, b), demonym=False)
