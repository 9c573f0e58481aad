"""Counts of a noun no list holds. People, when a fate only people meet, right after the
noun or right before the count, says who they are ("12 trekkers died", "300 commuters were
injured", "killing 40 herders"); things otherwise ("1,200 heaters", "40 communal hangars",
"5,000 plots"), counted in their own unit. The unlisted noun must be a plural word ("-s",
"-men" for people); measures, money and time are never counts ([exclude])."""

from __future__ import annotations

from .nouns import VERBS, Noun
from .rules import RULES
from .tokens import Tokens

_AUX = frozenset(
    {"were", "was", "have", "had", "has", "been", "are", "is", "also", "reportedly", "later",
     "all", "still"}
)  # fmt: skip


def unlisted_people(tk: Tokens, start: int, k: int) -> Noun | None:
    """The noun at token k of a count starting at `start`, as people, when a person's
    fate follows it (through auxiliaries) or comes right before the count; else None."""
    low = tk.low
    w = low[k]
    if not (w.isalpha() and len(w) > 3 and w.endswith(("s", "men"))):
        return None
    m = k + 1
    while m < tk.n and m - k <= 3 and low[m] in _AUX:
        m += 1
    after = m < tk.n and low[m] in RULES.fates_after
    before = start > 0 and low[start - 1] in RULES.fates_before
    # "found the bodies of 11 ...": the dead
    before = before or (start > 1 and low[start - 1] == "of" and low[start - 2] == "bodies")
    if not (after or before):
        return None
    return Noun(k, k + 1, "person", "", tk.text(k, k + 1), (k, k))


# verbs that end like plurals, and the bodies, sides and bouts a count of which is no
# figure ("the two clubs will meet in 4 clashes", "the deal has three parts")
_NOT_THINGS = frozenset(
    {"applies", "allows", "remains", "means", "includes", "continues", "seems", "says",
     "shows", "takes", "makes", "goes", "comes", "gets", "holds", "stands", "needs", "wants",
     "works", "helps", "follows", "receives", "beats", "requires", "becomes",
     "suggests", "appears", "depends", "exists", "governments", "groups", "factions", "tribes",
     "parties", "armies", "juntas", "clubs", "teams", "nations", "countries", "states",
     "clashes", "others", "ones", "lives", "parts"}
)  # fmt: skip


# who does a thing is named by its doer's ending ("stallholders", "epidemiologists",
# "politicians", "trainees"), but for the tools and places that end alike
_AGENT_ENDINGS = ("ers", "ists", "ians", "ees")
_AGENT_LIKE_THINGS = frozenset(
    {"heaters", "transmitters", "containers", "trailers", "helicopters", "computers",
     "letters", "papers", "numbers", "orders", "chambers", "towers", "shelters", "centers",
     "boosters", "tankers", "quarters", "headquarters", "filters", "meters", "liters",
     "waters", "powers", "borders", "layers", "markers", "posters", "burners", "cookers",
     "lockers", "trackers", "carriers", "launchers", "bombers",
     "trees", "fees", "degrees", "guarantees", "committees", "jubilees", "coffees",
     "rivers", "corners", "covers", "banners", "cylinders", "liners",
     "freighters", "destroyers", "minesweepers", "coasters", "cruisers", "scooters",
     "chargers", "routers", "servers", "printers", "scanners", "speakers", "tenders",
     "trawlers", "bulldozers", "excavators", "loaders", "ventilators", "generators",
     "incubators", "detectors", "dispensers"}
)  # fmt: skip


def unlisted_things(tk: Tokens, k: int) -> Noun | None:
    """The plural noun at token k as a count of things (unit "other"), when no list names
    it: "would hand out 1,200 heaters", "had prepared 5,000 plots"; of people when its
    ending names a doer ("200 stallholders")."""
    w = tk.low[k]
    if not (w.isalpha() and len(w) > 3 and w.endswith("s") and not w.endswith("ss")):
        return None
    if tk.cap(k) or w in RULES.measures or w in RULES.money or w in RULES.time_units:
        return None  # a name ("14 Wazalendo"), "40 millimetres", "200 drams"
    if w in _NOT_THINGS:
        return None  # "the limit of 12 applies", "Fourteen governments pledged"
    unit = "person" if w.endswith(_AGENT_ENDINGS) and w not in _AGENT_LIKE_THINGS else "other"
    return Noun(k, k + 1, unit, "other", tk.text(k, k + 1), (k, k))


# verbs with no -ed or -ing that a count as subject takes before a plural object, beyond
# nouns.VERBS: "the figure of 228,000 beat forecasts", "some 300 lack papers" (the count is
# no modifier's)
_PLAIN_VERBS = VERBS | frozenset(
    """beat hit won win lose met meet sent send put cut set sold sell told tell built build
    brought bring bought buy caught catch fought fight found find gave give get paid pay
    spent spend saw see wore wear carry bore bear own run earn hold lack want receive share
    felt feel heard hear led lead read said say shot shoot struck strike threw throw wrote
    write drew draw grew grow knew know became become began begin rose rise fell fall did do
    use make leave keep chose choose ate eat drank drink sat sit stood stand swore swear""".split()
)


def unlisted_compound(tk: Tokens, start: int, k: int) -> Noun | None:
    """A plural noun no list holds after a modifier no list holds either: "150 propaganda
    billboards", "1,000 bullet casings", "20 tea pluckers". The modifier is a lowercase
    word that is no plural, adverb or participle (those say what the count did), and the
    noun reads as `unlisted_people` or `unlisted_things` would read it alone. A count that
    opens its clause may be the subject of a verb no list holds ("At least 20 join
    protests"): there a verb must follow the noun ("Twelve fire tenders were sent")."""
    low = tk.low
    w = low[k]
    if k + 1 >= tk.n or tk.cap(k) or not w.replace("-", "").isalpha() or len(w) < 3:
        return None
    if w.endswith(("s", "ly", "ed", "ing")) or w in _PLAIN_VERBS:
        return None
    if w in RULES.measures or w in RULES.money or w in RULES.time_units:
        return None  # "12 month sentences", "20 km roads"
    if _opens_clause(low, start) and not _verb_at(low, k + 2):
        return None
    noun = unlisted_people(tk, start, k + 1) or unlisted_things(tk, k + 1)
    if noun is None:
        return None
    return Noun(k, k + 2, noun.unit, noun.category, tk.text(k, k + 2), (k, k))


# what opens a clause before a count (not a comma: "blankets, 400 power tillers and ...")
_CLAUSE_OPENERS = frozenset({";", ":", "but", "while"})


def _opens_clause(low: list[str], start: int) -> bool:
    return start == 0 or low[start - 1] in _CLAUSE_OPENERS


def _verb_at(low: list[str], k: int) -> bool:
    """A verb or what stands before one ("were", "also", "still", "rushed")."""
    return k < len(low) and (
        low[k] in VERBS or low[k].endswith("ed") or RULES.cues.match_at(low, k) is not None
    )
