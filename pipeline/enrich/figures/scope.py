"""Clause scope for figure categories: which cues belong to a figure's clause.

An aside after a figure (", or about 90% of the population,") is stepped over;
the verb of a relative clause ("residents who had fled ... began to return")
describes the figure rather than saying what happens to it; a figure
coordinated with another ("killing 49 civilians and 15 soldiers") shares its
event; "remain" and "live" give way to the state after them ("remain
displaced"); "freed" and "escaped" mean hostages in a text about an abduction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .numbers import NUMBER_WORDS
from .rules import RULES
from .tokens import CLAUSE_BREAKS, Tokens

if TYPE_CHECKING:
    from .events import Cue

_CLAUSE_WORDS = frozenset({"but", "while", "whereas", "although", "though", "after", "before"})
CONJUNCTIONS = frozenset({"and", "but", "while", "whereas", "or"})
_RELATIVES = frozenset({"who", "which", "that", "whose"})
_PARTICIPLE = ("ed", "en", "wn", "ing")
_REDUCED = frozenset(
    {"by", "since", "during"}
)  # "500 families displaced since the war have returned"
_WHERE = frozenset({"in", "at", "inside", "near"})
_BEFALL = frozenset({"killed", "injured", "kidnapped", "arrested", "missing"})


def _befalls(cues: list[Cue], k: int) -> bool:
    return any(c.i >= k and not c.weak and c.category in _BEFALL for c in cues)


# Verbs with no passive, whose past form after a figure is always its main verb:
# "two soldiers died during the exchange of fire" is no reduced relative.
_INTRANSITIVE = frozenset(
    {"died", "perished", "fled", "arrived", "disappeared", "vanished", "surrendered",
     "escaped", "defected", "deserted", "drowned", "fell", "succumbed"}
)  # fmt: skip
# ", or about 90% of the population," after a figure: an aside to step over
_AUX_AFTER_ASIDE = frozenset(
    {"have", "has", "had", "were", "was", "are", "is", "will", "would", "could", "remain",
     "remained", "remains"}
)  # fmt: skip
_ASIDES = frozenset(
    {"or", "including", "mostly", "mainly", "many", "most", "some", "nearly", "about",
     "roughly", "almost", "half", "among", "both", "all", "a", "the", "one"}
)  # fmt: skip
# what may stand between two figures that share one event ("killing 49 civilians
# and 15 soldiers", "detained 11 people, including the four gunmen")
_SHARE_BACK = frozenset(
    {"and", ",", "including", "among", "them", "whom", "of", "the", "as", "well"}
)
_SHARE_FORWARD = frozenset({"and", "or"})
# After a count, a finite verb makes it the subject of a clause of its own.
FINITE = frozenset({"have", "has", "had", "were", "was", "are", "is", "will", "would"})
_STOPS = frozenset({";", ":", "?", "!"})


# field text -> offset of its first word of a kind, or -1; per kind, one field at a time
_FIRST: dict[tuple[str, tuple[str, ...]], int] = {}


def _said_before(tk: Tokens, words: tuple[str, ...]) -> bool:
    """The field holds one of `words` (lowercase beginnings) before this sentence ends."""
    key = (tk.field_text, words)
    first = _FIRST.get(key)
    if first is None:
        if len(_FIRST) > 128:
            _FIRST.clear()
        low = tk.field_text.lower()
        hits = [x for x in (low.find(w) for w in words) if x >= 0]
        first = _FIRST[key] = min(hits) if hits else -1
    return 0 <= first < tk.ends[-1]


def abduction_before(tk: Tokens) -> bool:
    """The field mentions an abduction before the end of this sentence."""
    return _said_before(tk, RULES.release_words)


RETURN_REACH = 300  # characters before the sentence where a return is still the story


def return_before(tk: Tokens, at: int) -> bool:
    """The text just before token `at` speaks of returns or deportations in lowercase
    words (not in a name like "the Refugees and Returnees Service"): people who cross
    or arrive there are going back."""
    end = tk.starts[at]
    begin = max(0, tk.starts[0] - RETURN_REACH)
    text = tk.field_text
    for w in RULES.return_words:
        k = text.find(w, begin, end)
        while k >= 0:
            if k == 0 or not text[k - 1].isalpha():
                return True
            k = text.find(w, k + 1, end)
    return False


def exchange_before(tk: Tokens) -> bool:
    """The field speaks of a prisoner exchange before the end of this sentence:
    prisoners freed in it count as "other"."""
    return _said_before(tk, RULES.exchange_words) or _pows_freed(tk)


def _pows_freed(tk: Tokens) -> bool:
    """The sentence frees prisoners of war ("Resistance forces released 63 prisoners of
    war"): one side's half of an exchange, as a rule."""
    sentence = " ".join(tk.low)
    return any(p in sentence for p in RULES.pows) and any(
        f" {w} " in f" {sentence} " for w in RULES.pow_releases
    )


def prisoner_exchange(tk: Tokens) -> bool:
    """The sentence speaks of an exchange or a swap of people ("returned home in a
    prisoner exchange", "brought home in swaps"), not of fire or of currencies."""
    low = tk.low
    for x, w in enumerate(low):
        if not w.startswith(("exchang", "swap")):
            continue
        after = low[x + 1 : x + 3]
        if after[:1] == ["of"]:
            if after[1:] and after[1] in _EXCHANGED:
                return True
            continue  # "an exchange of fire"
        if not _NOT_PEOPLE.intersection(after):
            return True
    return False


_EXCHANGED = frozenset({"prisoners", "captives", "detainees", "hostages", "bodies", "pows"})
_NOT_PEOPLE = frozenset({"fire", "rate", "rates", "heavy", "gunfire", "shots", "blows", "views"})


def copula(tk: Tokens, cue: Cue, nxt: list[Cue]) -> bool:
    """'remain displaced', 'live in camps': the state after the verb says more, as does a
    camp however long its name ('still live in the Nduta and Nyarugusu camps')."""
    if not nxt or " ".join(tk.low[cue.i : cue.j]) not in RULES.copulas:
        return False
    gap = nxt[0].i - cue.j
    named_place = (
        gap <= 8
        and nxt[0].category == "displaced"
        and tk.low[cue.j] in _PLACE_PREPOSITIONS
        and tk.low[nxt[0].j - 1] in RULES.camps
        # a camp's own name, not what kind it is: "the Sonapur and Al Quoz labour camps"
        and all(tk.cap(x) or tk.low[x] in ("the", "and") for x in range(cue.j + 1, nxt[0].i))
    )
    if gap > 3 and not named_place:
        return False
    return _COPULA_STOPS.isdisjoint(tk.low[cue.j : nxt[0].i])


_PLACE_PREPOSITIONS = frozenset({"in", "inside", "across"})
_COPULA_STOPS = frozenset({",", ";", ":", "(", "which", "who", "where"})


def aside(tk: Tokens, end: int, hi: int) -> int:
    """One past an aside right after the figure (", or about 90% of them,", or any one
    closed right before an auxiliary: ", fighters and civilians, have been"), else end."""
    low = tk.low
    at = end
    if end + 2 < hi and low[end] == "of" and low[end + 1] in ("the", "a"):
        # the body they belong to: "two jawans of the District Reserve Guard also lost their
        # lives" (its name is no distance between the count and its verb)
        m = end + 2
        while m < hi and (
            tk.proper(m) or (low[m] in ("of", "and") and m + 1 < hi and tk.proper(m + 1))
        ):
            m += 1
        if m > end + 2:
            return m
    if end + 1 < hi and low[end] in _PLACE_PREPOSITIONS and tk.proper(end + 1):
        # "1.9 million people in Gaza, or 90% of the population, had been displaced"
        for k in range(end + 1, min(hi, end + 5)):
            if low[k] == ",":
                at = k
                break
            if low[k] in CLAUSE_BREAKS:
                break
    if at + 1 < hi and low[at] == ",":
        opened = low[at + 1] in _ASIDES
        # an aside its word opens may run longer: ", including a central committee member
        # who carried a reward of Rs 1 crore,"
        for k in range(at + 2, min(hi, at + (20 if opened else 14))):
            if low[k] == ",":
                if opened and _list_goes_on(tk, k, hi):
                    continue  # ", most of them from Venezuela, Honduras and Cuba,"
                # any aside closed before the count's own verb: "1.9 million people, a
                # fifth of the population, have been displaced"
                if opened or (k + 1 < hi and low[k + 1] in _AUX_AFTER_ASIDE):
                    return k + 1
                break
            if low[k] in CLAUSE_BREAKS:
                break
    return end


def _list_goes_on(tk: Tokens, k: int, hi: int) -> bool:
    """The comma at k joins names of a list that an "and" or "or" closes ("Venezuela,
    Honduras, Nicaragua and Cuba"); a name followed by a verb ("Bor, Jonglei state
    officials said,") is no list."""
    for m in range(k + 1, min(hi, k + 12)):
        w = tk.low[m]
        if w in ("and", "or"):
            return m > k + 1
        if w == "," or tk.proper(m):
            continue
        return False
    return False


def clause_end(tk: Tokens, k: int, hi: int) -> int:
    """The first clause break or clause word ("though", "while") from k on, or hi."""
    low = tk.low
    while k < hi:
        if low[k] in _STOPS or low[k] in _CLAUSE_WORDS:
            return k
        k += 1
    return hi


# an auxiliary after a relative clause's first words opens the main clause
_MAIN_AUX = frozenset(
    {"have", "has", "had", "were", "was", "are", "is", "will", "would", "could", "may", "might"}
)
_PARTICLES = frozenset(
    {"from", "by", "in", "out", "off", "to", "into", "at", "on", "over", "up", "away", "back",
     "down", "across", "through", "for", "as"}
)  # fmt: skip


def relative(tk: Tokens, end: int, cues: list[Cue], noun: bool) -> int | None:
    """Index of the verb cue of a relative clause right after the figure, if any.

    "residents who had fled the area began to return": "fled" describes them;
    "people displaced by the war have returned": so does "displaced".
    """
    low = tk.low
    k = end + 1 if end < tk.n and low[end] == "," else end
    if k < tk.n and low[k] in _RELATIVES:
        for cue in cues:
            if cue.i > k:
                if any(low[m] in _MAIN_AUX for m in range(k + 2, cue.i)):
                    return None  # "people who survived the quake have since died": ended
                return cue.i
        return None
    if not noun:
        return None  # "20 killed in air strikes": the predicate of a bare number
    for cue in cues:
        # a participle ("displaced since the war"), not a phrase that completes the
        # verb before the figure ("driven 150,000 people from their homes since 2022")
        participle = low[cue.i].endswith(_PARTICIPLE) and low[cue.i] not in _INTRANSITIVE
        # a verb with its object is no passive participle: "Two soldiers embraced
        # shahadat during the exchange of fire" (but "forced from their homes" is)
        participle = participle and (cue.j - cue.i == 1 or low[cue.i + 1] in _PARTICLES)
        if cue.i == end and cue.j < tk.n and low[cue.j] in _REDUCED and not cue.weak and participle:
            return cue.i
        # where they are, when something befell them after it: "745 people sheltering in
        # UNRWA premises have been killed" (not "400 families sheltering at a school need food")
        where = cue.j < tk.n and (low[cue.j] in _WHERE or low[cue.j - 1] in _WHERE)
        if cue.i == end and low[cue.i].endswith("ing") and where and _befalls(cues, cue.j):
            return cue.i
    return None


def shared(
    tk: Tokens, cues: list[Cue], span: tuple[int, int, int, int], unit: str, noun: bool
) -> str | None:
    """The event of the figure this one is coordinated with, when it has none of its own."""
    lo, start, end, hi = span
    low = tk.low
    # a clause of its own: "and 25,000 soldiers have been deployed", "and about 400
    # residents of the block were moved"
    own_clause = (end < tk.n and low[end] in FINITE) or any(
        end <= c.i < hi and not c.weak and unit in RULES.cue_units.get(c.category, ()) for c in cues
    )
    if 0 < lo < start <= lo + 4 and all(w in _SHARE_BACK for w in low[lo:start]) and not own_clause:
        ends = {c.j: c for c in cues if not c.weak and unit in RULES.cue_units.get(c.category, ())}
        for k in range(lo - 1, max(-1, lo - 16), -1):
            if k + 1 in ends:
                return ends[k + 1].category
            if low[k] in CLAUSE_BREAKS or low[k] in CONJUNCTIONS:
                break
            # back over the earlier items of a list: "killing twelve soldiers, four police
            # officers and two civilians"
            if low[k] == "," and not (k + 1 < tk.n and count_word(low[k + 1])):
                break
    if noun and hi == end + 1 and (low[end] in _SHARE_FORWARD or low[end] == ","):
        return _shared_forward(tk, cues, hi, unit)
    return None


def count_word(w: str) -> bool:
    """A number in digits or words ("12", "twelve", "twenty-five")."""
    return w[0].isdigit() or w in NUMBER_WORDS or w.split("-", 1)[0] in NUMBER_WORDS


def _shared_forward(tk: Tokens, cues: list[Cue], hi: int, unit: str) -> str | None:
    """The event after the next figure(s): "12 killed and 30 wounded" no, but "920
    militants, 165 soldiers and 47 civilians had died" yes; a list joined by commas
    counts only once an "and" or "or" closes it."""
    low = tk.low
    starts = {c.i: c for c in cues if not c.weak and unit in RULES.cue_units.get(c.category, ())}
    closed = low[hi - 1] in _SHARE_FORWARD
    past_head = False
    for k in range(hi, min(tk.n, hi + 16)):
        if past_head and closed and k in starts:
            return starts[k].category
        w = low[k]
        if (w == "," or w in _SHARE_FORWARD) and past_head and _item_next(tk, k + 1):
            closed = closed or w in _SHARE_FORWARD
            past_head = False
            continue
        if w in CLAUSE_BREAKS or w == "," or w in CONJUNCTIONS:
            break
        past_head = past_head or w in _VERBISH or RULES.nouns.match_at(low, k) is not None
    return None


def _item_next(tk: Tokens, k: int) -> bool:
    """Token k starts another item of a list of counts: a number or a counted noun."""
    return k < tk.n and (tk.low[k][0].isdigit() or RULES.nouns.match_at(tk.low, k) is not None)


_VERBISH = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "be"})
