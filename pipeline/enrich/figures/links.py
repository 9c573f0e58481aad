"""Figures of one sentence that say something about each other.

- "Seven people, including four children, died": a figure with no event of
  its own ("other") takes that of the figure it is linked to (one with a cue right
  before it has one: "set fire to 23 vehicles, among them nine lorries").
- "6.7 million of them live in Latin America": "N of them" counts the people of
  the count before it, unless it has an event of its own.
- "300,000 children were among the 600,000 people who went back": a count "among the"
  next one is its part, and shares its event.
- "115 people were killed, the UN said, including ten children": a figure
  introduced by "including" or "among" is part of the one before it and shares
  its category, unless an event is written right after it.
- "60,000 people remain in 300 relief camps", "thousands live in 96
  displacement sites": people who live in camps or shelters are displaced.
- "4,610 people (922 households)", "174 households (1,044 individuals) who
  fled", "2,500 families, or 12,000 individuals": a figure restated in brackets
  or after ", or" is the same group; when one of the two has no event of its
  own, it takes the other's.
- "115 people were killed ... - 98 men, ten women and seven children -": counts
  right after a count that add up to it exactly are its breakdown, and share its
  category unless an event is written right after a part.
"""

from __future__ import annotations

from .candidates import Cand
from .context import Cue, linked, modifier_event
from .filters import gapped_count
from .follow import WIDE_PLACES
from .rules import RULES
from .tokens import Tokens

Kept = list[tuple[Cand, str, str]]  # (candidate, unit, category)

_PART_OF = frozenset({"including", "among", "incl"})
_PART_REACH = 8  # tokens between the whole and its part
_CLAUSE_REACH = 24  # the same after ", including"
_TAIL_REACH = 36  # the same after ", among them"
_OWN_EVENT = 2  # an event cue this close after the part is its own
_LIST_OWN_EVENT = 4  # the same for the next item of a list of parts
_STAY = frozenset(
    {"remain", "remained", "remaining", "remains", "live", "living", "lived", "still", "are",
     "were", "now", "sheltering", "staying", "stay", "crammed", "packed", "housed", "in", "at",
     "into", "across", "inside", "the"}
)  # fmt: skip
_PRONOUNS = frozenset({"them", "whom", "those"})
_RELATIVES = frozenset({"who", "whom", "which", "that"})
_AMONG_THEM = [[v, "among", "them"] for v in ("were", "was", "are", "is")]
_IN = frozenset({"in", "at", "into", "across", "inside"})
_AREAS = frozenset(
    {"district", "province", "state", "region", "county", "city", "town", "area", "waiting",
     "wait", "sleeping", "sleep", "sheltered", "kept", "its", "their", "about", "some"}
)  # fmt: skip
_RESIDENTS = frozenset({"other", "civilians"})
# wholes that say who was helped or counted, not what happened to them: their parts may
# name an event of their own ("26,000 patients, including 1,260 injured persons")
_GIVEN_OR_NAMED = frozenset({"aid", "other", "civilians"})


def _among_the(tk: Tokens, a: int, b: int) -> bool:
    """'1.3 million children were among the 3.4 million people displaced': the first count
    is a part of the second, and what befell the whole befell it."""
    words = tk.low[a:b]
    if words[-1:] == ["the"]:
        words = words[:-1]  # the determiner may open the next count's span
    return words in (["among"], ["were", "among"], ["are", "among"], ["was", "among"])


_WHO_THEY_ARE = frozenset({"combatants", "civilians"})
_FATES = frozenset({"killed", "injured", "kidnapped", "arrested", "missing"})


def _shares_the_verb(
    tk: Tokens, cues: list[Cue], this: tuple[Cand, str, str], nxt: tuple[Cand, str, str]
) -> bool:
    """Two counts of people joined by a bare "and", the first typed only by its noun
    (soldiers, villagers), the second by a fate told after it: one verb for both."""
    cand, unit, category = this
    return (
        cand.noun is not None
        and category == cand.noun.category
        and category in _WHO_THEY_ARE
        and nxt[1] == unit
        and nxt[2] in _FATES
        and tk.low[cand.end : nxt[0].start] == ["and"]
        and any(c.i >= nxt[0].end and c.category == nxt[2] for c in cues)
        and not any(c.j == cand.start for c in cues)
    )


def relink(tk: Tokens, cues: list[Cue], kept: Kept) -> None:
    """Adjust the categories of `kept` in place (see the module docstring)."""
    for x in range(len(kept) - 2, -1, -1):
        cand, unit, category = kept[x]
        nxt = kept[x + 1]
        same = category == "other" and nxt[1] == unit and nxt[2] != "other"
        # a noun that is "other" in its own right keeps it ("5,000 rescuers and 1,400
        # soldiers"), and so does a count whose own cue stands right before it ("rescued
        # over 900 people and 11 were still missing")
        own_event = (cand.noun is not None and cand.noun.category == "other") or any(
            c.j == cand.start and c.category != "none" for c in cues
        )
        # "412 cases and 9 deaths": the next count's event is its own noun, not shared
        # "38 children were among the 251 hostages", and a count named by its own noun
        # too: "three policemen were among the 40 injured"
        among = nxt[1] == unit and _among_the(tk, cand.end, nxt[0].start)
        named = cand.noun is not None and category == cand.noun.category != nxt[2]
        if (
            same
            and not own_event
            and (
                among
                or (not _own_noun(cues, nxt[0], nxt[2]) and linked(tk, cand.end, nxt[0].start))
            )
        ) or (among and named):
            kept[x] = (cand, unit, nxt[2])
        elif _shares_the_verb(tk, cues, kept[x], nxt):
            kept[x] = (cand, unit, nxt[2])  # "Seven soldiers and between 20 and 30 militants
            # were killed": a range pushes the verb out of the first count's reach
        elif category in _RESIDENTS and _lives_in(tk, unit, cand.end, nxt[0]):
            kept[x] = (cand, unit, "displaced")
    for x in range(1, len(kept)):
        _restated(tk, kept, x)
    for x in range(len(kept) - 2):
        _breakdown(tk, cues, kept, x)
    listing = False  # "among them 425 civilians, 5 children and 22 servicemen"
    for x in range(1, len(kept)):
        cand, unit, category = kept[x]
        whole = kept[x - 1]
        if unit != whole[1] and _part_of(tk, cand.start):
            # "21 people were killed when gunmen attacked an armoury, two prisons and a
            # police station ..., among them 14 soldiers": the part of the last count of it
            whole = next((k for k in reversed(kept[:x]) if k[1] == unit), whole)
        if unit != whole[1] or cand.start == 0:
            listing = False
            continue
        follows = listing and linked(tk, whole[0].end, cand.start)
        part = _part_of(tk, cand.start) and cand.start - whole[0].end <= _reach(tk, cand.start)
        of_them = _of_them(tk, cand.end) and cand.start - whole[0].end <= _CLAUSE_REACH
        # "and 580 police officers were among them": a part named after its count
        # (only when that count is the sentence's only one of its unit before it: "5,000
        # mourners ... of the 14 people killed ..., and 200 fighters were among them" is ambiguous)
        part = part or (
            tk.low[cand.end : cand.end + 3] in _AMONG_THEM
            and cand.start - whole[0].end <= _CLAUSE_REACH
            and not any(k[1] == unit for k in kept[: x - 1])
        )
        listing = part or follows
        if category == whole[2] or not (listing or of_them):
            continue
        # a part has its own event right after it; a list item after the part also
        # in its own words ("94 injured") or a little later ("400 have been arrested")
        lo, reach = (cand.start, _LIST_OWN_EVENT) if follows and not part else (cand.end, 0)
        hi = cand.end + (reach or _OWN_EVENT)
        if cand.end < tk.n and tk.low[cand.end] in _RELATIVES:
            hi = lo  # "including two police officers who exchanged fire": who they are
        if of_them and not (listing or _own_of_them(tk, cues, cand)):
            # "6.7 million of them live in Latin America": who they are, not what happened
            kept[x] = (cand, unit, whole[2])
            continue
        if of_them and not listing:
            continue
        if not any(lo <= c.i < hi and not c.weak for c in cues) and not (
            whole[2] in _GIVEN_OR_NAMED
            and (_own_modifier(cues, cand) or _own_noun(cues, cand, category))
        ):
            kept[x] = (cand, unit, whole[2])


_BREAKDOWN_REACH = 12  # tokens between a whole and the first of its parts
_BETWEEN_PARTS = frozenset({",", "and", "-", "\u2014", "\u2013", "("})


def _breakdown(tk: Tokens, cues: list[Cue], kept: Kept, x: int) -> None:
    """kept[x + 1 :] starts with two or more counts that add up to kept[x] exactly."""
    whole, unit, category = kept[x]
    total = whole.num.value
    if total is None or whole.num.vague or whole.num.is_range:
        return
    if kept[x + 1][0].start - whole.end > _BREAKDOWN_REACH:
        return
    low = tk.low
    parts, added = 0, 0.0
    for y in range(x + 1, len(kept)):
        cand, part_unit, _ = kept[y]
        num = cand.num
        if part_unit != unit or num.value is None or num.vague or num.is_range:
            return
        if y > x + 1 and not all(w in _BETWEEN_PARTS for w in low[kept[y - 1][0].end : cand.start]):
            return
        added += num.value
        parts += 1
        if added > total:
            return
        if added == total:
            break
    if added != total or parts < 2:
        return
    for y in range(x + 1, x + 1 + parts):
        cand, part_unit, part_category = kept[y]
        own = any(cand.end <= c.i < cand.end + _OWN_EVENT and not c.weak for c in cues)
        if part_category != category and not own:
            kept[y] = (cand, part_unit, category)


def _lives_in(tk: Tokens, unit: str, a: int, place: Cand) -> bool:
    """Only 'remain in', 'live in' between people and a count of camps."""
    if unit not in ("person", "household"):
        return False
    if place.noun is None or place.noun.category != "capacity" or place.start - a > 9:
        return False
    words = tk.low[a : place.start]
    # "About 25,000 families in Dadu district are still living in more than 120 relief
    # camps", "4,500 migrants are waiting in Tijuana's 34 shelters": places named between
    return (
        bool(words)
        and not _IN.isdisjoint(words)
        and all(w in _STAY or w in _AREAS or tk.cap(a + i) for i, w in enumerate(words))
    )


def _restated(tk: Tokens, kept: Kept, x: int) -> None:
    """kept[x] in brackets, or after ", or", right after kept[x - 1]: one group, one event."""
    first, inner = kept[x - 1], kept[x]
    a, b = first[0], inner[0]
    low = tk.low
    bracket = b.start == a.end + 1 and low[a.end] == "(" and b.end < tk.n and low[b.end] == ")"
    # "2,500 families, or 12,000 individuals": the same group counted another way
    restated = b.start == a.end + 2 and low[a.end : b.start] == [",", "or"]
    if not (bracket or restated):
        return
    if inner[2] == "other" and first[2] != "other":
        kept[x] = (b, inner[1], first[2])
    elif first[2] == "other" and inner[2] != "other":
        kept[x - 1] = (a, first[1], inner[2])


def _reach(tk: Tokens, k: int) -> int:
    """How far back the whole may be: ", including 12 children" closing a clause refers
    to the clause's count however long the clause ran."""
    if k >= 2 and tk.low[k - 1] == "including" and tk.low[k - 2] == ",":
        return _CLAUSE_REACH
    if k >= 3 and tk.low[k - 3 : k] == [",", "among", "them"]:
        # "... have returned, the agency said, among them 175,000": the sentence's tail,
        # past a list of places and its source
        return _TAIL_REACH
    return _PART_REACH


def _own_of_them(tk: Tokens, cues: list[Cue], cand: Cand) -> bool:
    """An event of "N of them" in its own words: before it ("recaptured 12 of them"), or
    after it ("300 of them were killed", "1,100 of them returnees"); who they are or where
    they live is none ("of them live in Lebanon", "10 of them soldiers trapped by the
    flames", "of them in areas at risk of famine"), nor is a weak verb ("of them were
    registered")."""
    if cand.end + 2 < tk.n and tk.low[cand.end + 2] in _IN:
        return False  # "of them in ...": a place, whatever is said of it
    lo, hi = cand.start - 2, cand.end + 2 + _LIST_OWN_EVENT
    for c in cues:
        if lo <= c.j <= cand.start and not c.weak:
            return True
        after = cand.end + 2 <= c.i < hi and c.category not in _RESIDENTS
        # a weak cue counts as a noun right after "of them" ("of them South Sudanese
        # returnees"), not as a verb ("of them were registered")
        named = all(tk.cap(x) for x in range(cand.end + 2, c.i))
        if after and (not c.weak or named):
            return True
    return False


def _own_noun(cues: list[Cue], cand: Cand, category: str) -> bool:
    """The count's event is its own noun ("9 deaths", "270,000 displaced")."""
    return category not in _RESIDENTS and any(
        cand.start < c.i < cand.end and c.category == category for c in cues
    )


def _own_modifier(cues: list[Cue], cand: Cand) -> bool:
    """An event between the number and its noun ("treated 26,000 patients, including
    1,260 injured persons") tells what the part is, where the whole only names who was
    helped or counted."""
    return cand.noun is not None and modifier_event(cues, cand.noun.modifiers)


def _of_them(tk: Tokens, k: int) -> bool:
    """'6.7 million of them': a count of the people counted before, right after it."""
    return k + 1 < tk.n and tk.low[k] == "of" and tk.low[k + 1] in _PRONOUNS


def _part_of(tk: Tokens, k: int) -> bool:
    """'including 12 children', 'among them 57 children', 'among whom 40 women'."""
    low = tk.low
    if low[k - 1] in _PART_OF:
        return True
    return k >= 2 and low[k - 1] in _PRONOUNS and low[k - 2] in _PART_OF


_AT = frozenset({"in", "at"})
_WIDE = WIDE_PLACES | {"overall"}
_PLACE_NOUNS = frozenset(
    {"capital", "city", "province", "district", "region", "state", "county", "town", "village",
     "north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west"}
)  # fmt: skip


def place_list(tk: Tokens, before: Cand, cand: Cand) -> bool:
    """'killed 30 people in Assam, 12 in Meghalaya and five in Manipur', '71 people died in
    Morelos, and in Puebla, 43', 'Guanajuato, with 3,383 killings, followed by Baja California
    with 2,360', 'Ukraine for six': a bare count told for another place, as the count before."""
    low = tk.low
    if cand.start - before.end > 8:
        return False
    word = low[cand.start - 1]
    if word.isalpha() and before.start > 0 and low[before.start - 1] == word and cand.start > 1:
        # the word before the count said again after another name: "Guanajuato, with 3,383
        # killings, followed by Baja California with 2,360"; "Palestine accounted for 18 of the
        # deaths, Ukraine for six and Sudan for five"; "Belarus held 31"
        ends = cand.end >= tk.n or low[cand.end] in (",", ".", ";", "and", ")")
        return tk.cap(cand.start - 2) and ends
    if cand.noun is None and gapped_count(tk, cand.start, cand.end):
        return True  # "France has pledged another 300 places ..., and Switzerland 80."
    if low[cand.start - 1] not in (",", "and"):
        return False

    def placed(x: int) -> bool:  # "in Assam", "in the eastern district of Sunsari", "nationwide"
        if x >= tk.n or low[x] in _WIDE:
            return x < tk.n
        if low[x] not in _AT:
            return False
        for y in range(x + 1, min(x + 6, tk.n)):
            if tk.cap(y) or low[y] in _PLACE_NOUNS:
                return True
            if not low[y][0].isalpha():
                return False
        return False

    if placed(cand.end) and any(placed(x) for x in range(before.end, before.end + 3)):
        return True
    # the place first: ", and in Puebla, 43"
    return low[cand.start - 1] == "," and any(
        placed(x) and low[x - 1] in ("and", ",", ";") for x in range(cand.start - 4, cand.start - 2)
    )


_FROM_TO = frozenset({"in", "on", "at", ",", "to", "last", "this", "year", "month", "week"})


def from_then_to(tk: Tokens, before: Cand, cand: Cand) -> bool:
    """'from 2,084 in 2014 to 27 in 2019': the same count, later."""
    low = tk.low
    between = low[before.end : cand.start]
    return (
        before.start > 0
        and low[before.start - 1] == "from"
        and between[-1:] == ["to"]
        and len(between) <= 4
        and all(w in _FROM_TO or w in RULES.months or w[:1].isdigit() for w in between)
    )
