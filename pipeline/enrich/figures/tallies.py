"""Tallies: a number that a tally word names ("the death toll has risen to 63",
"the number of refugees reached 1.2 million", "the IDP caseload stands at 1.2 million"), or
names after it ("bringing to 59 the number of UN personnel they hold"), a bare number that
gives a count again ("Chad puts the figure at 35,000") or a new value of a count named
before it ("the number could reach 3 million"), and a crowd's size ("Police put the crowd
at about 40,000")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Cue
from .rules import RULES
from .tokens import Tokens

if TYPE_CHECKING:
    from .candidates import Cand

_TALLY_WORDS = frozenset(
    {"toll", "tally", "number", "total", "count", "figure", "numbers", "caseload", "population",
     "displacement", "arrivals", "returns", "deaths", "dead", "crossings", "presence",
     "strength"}
)  # fmt: skip
# tally words that name the count just given, whatever it was: "..., bringing the total
# held to 23", "deployed 300 instructors, bringing its declared presence to 535"
_RUNNING = frozenset({"total", "number", "presence", "strength"})
_TALLY_LINKS = frozenset(
    {"to", "at", "of", "reached", "hit", "topped", "passed", "exceeded", "surpassed", "is", "was",
     "stood", "stands", "now", "climbed", "rose", "risen", "jumped", "increased", "reach",
     "reaching", "reaches", "hits", "tops", "stand", "remains", "remained", "are", "were",
     "swelled", "swollen", "grown", "grew", "doubled", "tripled", "fell", "dropped", "declined",
     "totals", "totalled", "totaled", "numbered", "exceeds", "surpasses", "passes", "exceed",
     "surpass", "top", "pass", "near", "nears", "neared", "nearing", "approaches",
     "approached", "crosses", "crossed"}
)  # fmt: skip
# a headline's verbs that give a counted noun its value: "IDPs top 3.5m", "cases pass 15,000"
_HEADLINE_LINKS = frozenset(
    {"top", "tops", "topped", "pass", "passes", "passed", "exceed", "exceeds", "exceeded",
     "surpass", "surpasses", "surpassed", "near", "nears", "neared", "hit", "hits", "reach",
     "reaches", "crosses", "crossed"}
)  # fmt: skip


_VEHICLES = frozenset(
    {"ship", "ships", "vessel", "vessels", "transit", "transits", "truck", "trucks", "lorries",
     "vehicle", "vehicles", "cars", "flights", "trains", "freight", "cargo", "goods", "rail",
     "container", "containers", "shipments"}
)  # fmt: skip
_VISITORS = frozenset({"tourist", "visitor", "passenger", "cruise", "hotel", "air"})
_RECORD_HEADS = frozenset({"high", "peak", "record", "level"})
_RECORD_MODIFIERS = frozenset({"new", "all-time", "fresh", "record"})


def _before_record(low: list[str], k: int, lo: int) -> int:
    """The token before a record that names the count ending at k ("reached a record
    520,000", "rose to a new high of 1.2 million"), or k itself."""
    if k - 1 >= lo and low[k] == "of" and low[k - 1] in _RECORD_HEADS:
        j = k - 2
    elif k >= lo and low[k] == "record":
        j = k - 1
    else:
        return k
    while j >= lo and low[j] in _RECORD_MODIFIERS:
        j -= 1
    return j - 1 if j >= lo and low[j] in ("a", "an") else k


def tally(
    tk: Tokens,
    cues: list[Cue],
    span: tuple[int, int, int, int],
    previous: tuple[str, str] | None = None,
) -> tuple[str, str] | None:
    """'the death toll has risen to 63', 'the number of refugees reached 1.2 million'."""
    lo, start, _, _ = span
    low = tk.low
    k = _before_record(low, start - 1, lo)
    if k < lo or low[k] not in _TALLY_LINKS:
        return None
    link = k  # "reached" links the count to its value; it is no aid cue here
    if k > lo and low[k] in _HEADLINE_LINKS and low[k - 1] not in _TALLY_WORDS:
        hit = RULES.nouns.match_ending_at(low, k - 1)
        if hit is not None and hit[1][0] in ("person", "household"):
            return hit[1][0], hit[1][1] or "other"
    stop = max(lo, start - 25)  # "The death toll from a strike on ..., where ..., has risen to"
    while k >= stop and low[k] not in _TALLY_WORDS:
        if low[k] == ")" and "(" in low[stop:k]:
            # a name in brackets: "The death toll from Typhoon Odette (international name:
            # Rai) rose to 375"
            k = max(x for x in range(stop, k) if low[x] == "(")
        elif low[k] in {";", ":", "("}:
            return None
        k -= 1
    if k < stop:
        return None
    unit, named = "person", ""
    if k > 0 and low[k - 1] in _VISITORS:
        return unit, "other"  # "tourist arrivals passed 2 million": visitors, not refugees
    if k + 2 < start and low[k + 1] == "of":
        hit = RULES.nouns.match_at(low, k + 2)
        if hit is not None:
            unit, named = hit[1]
    categories = [
        c.category for c in cues if k - 1 <= c.i < start and c.category != "other" and c.i != link
    ]
    categories = [c for c in categories if unit in RULES.cue_units.get(c, ())]
    if categories:
        # who they are yields to what befell them: "the number of civilians killed ... has
        # risen to 49"
        return unit, next((c for c in categories if c != "civilians"), categories[0])
    if low[k] == "toll":
        return unit, "killed"
    if low[k] == "crossings" and _VEHICLES.isdisjoint(low):
        # "crossings of the Darien Gap reached a record 520,000"; not "cut daily crossings
        # to 24" of ships through a canal
        return unit, "displaced"
    if previous is not None and previous[0] == unit and low[k] in _RUNNING:
        return previous  # "..., bringing the total held to 23"
    if named and low[k] == "number":
        return unit, named  # "cutting the number of troops there to fewer than 1,000"
    return None


# prepositions that put a count inside a phrase ("crossed in 19 boats", "a strike on two
# apartment blocks"): it is not the count the sentence is about
IN_A_PHRASE = frozenset({"in", "aboard", "on", "from", "at", "into", "across"})


def tally_bare(
    tk: Tokens,
    cues: list[Cue],
    span: tuple[int, int, int, int],
    kept: list[tuple[Cand, str, str]],
    unit: str,
) -> tuple[str, str] | None:
    """The tally a bare number gives a value to. A count of the sentence inside a phrase
    after the tally word does not hide it: "The death toll from a strike on two apartment
    blocks in Ternopil rose to 32"."""
    if kept and kept[-1][0].start > 0 and tk.low[kept[-1][0].start - 1] in IN_A_PHRASE:
        span = (0, *span[1:])
    totalled = _count_totalled(tk, kept, unit)
    if brought_to(tk.low, span[1], span[2]):
        return _brought(tk, cues, span[2], totalled)
    return tally(tk, cues, span, totalled)


# a tally named after its new value: "bringing to 59 the number of UN personnel they hold"
_BRINGING = frozenset(
    {"bringing", "raising", "taking", "pushing", "brings", "raises", "takes", "pushes",
     "brought", "raised", "took", "pushed"}
)  # fmt: skip


def brought_to(low: list[str], start: int, after: int) -> bool:
    """The number from `start` to `after` is the new value of a tally named after it."""
    return (
        start > 1
        and low[start - 1] == "to"
        and low[start - 2] in _BRINGING
        and low[after : after + 1] == ["the"]
        and any(w in _COUNT_NAMES or w == "toll" for w in low[after + 1 : after + 3])
    )


def _brought(
    tk: Tokens, cues: list[Cue], after: int, totalled: tuple[str, str] | None
) -> tuple[str, str]:
    """What the tally after the number counts: the noun after "of" and the event after it
    ("the number of civilians killed"), or the count the sentence gave before it, when no
    event after the noun says otherwise."""
    low = tk.low
    k = after + 2 + (low[after + 1] == "death")
    unit, noun_category = totalled or ("person", "")
    if low[k : k + 1] == ["of"] and (hit := RULES.nouns.match_at(low, k + 1)) is not None:
        (unit, noun_category), k = hit[1], k + 1 + hit[0]
    said = [
        c.category
        for c in cues
        if k <= c.i < k + 6
        and c.category != "other"
        and unit in RULES.cue_units.get(c.category, ())
    ]
    if totalled is not None and totalled[0] == unit and (not said or totalled[1] in said):
        return totalled  # "detained nine more UN staff, bringing to 59 the number they hold"
    if said:
        return unit, said[0]  # "killed two and wounded five, bringing to 14 the number killed"
    return unit, "killed" if "toll" in low[after : after + 3] else noun_category or "other"


def _count_totalled(
    tk: Tokens, kept: list[tuple[Cand, str, str]], unit: str
) -> tuple[str, str] | None:
    """The count a total brings up: the one just before, or, when that one counts other
    things inside a prepositional phrase ("crossed the Channel in 19 boats, ..., bringing
    the total for the year to 31,208"), the last one of this unit."""
    if not kept:
        return None
    cand, last_unit, category = kept[-1]
    if last_unit == unit or cand.start == 0 or tk.low[cand.start - 1] not in IN_A_PHRASE:
        return last_unit, category
    return next(((u, c) for _, u, c in reversed(kept[:-1]) if u == unit), None)


# "Chad puts the figure at 35,000", "gave a lower figure, 136": a count given again, named
# by a determiner or a word of revision (not "the payrolls figure", "the count of 10")
_GIVEN_NAMES = frozenset({"figure", "number", "toll", "tally", "estimate"})
_GIVEN_LINKS = frozenset({"at", "of", ","})
_GIVEN_BEFORE = frozenset(
    {"the", "a", "its", "their", "this", "that", "lower", "higher", "earlier", "new", "revised",
     "own", "latest", "initial", "previous", "final", "different", "separate"}
)  # fmt: skip
# a crowd counted is no count of the toll or the arrests told before it
_CROWDS = frozenset(
    {"organisers", "organizers", "attendance", "crowd", "crowds", "turnout", "spectators",
     "fans", "marchers", "protesters", "demonstrators", "participants", "tickets", "visitors"}
)  # fmt: skip


# a crowd's size given by who counted it: "Police put the crowd at about 40,000", "put
# attendance at 275,000 to 325,000", "a crowd of 75,784 watched", "put the number of
# protesters who took part at up to 200,000"
_CROWD_SIZES = frozenset({"crowd", "crowds", "turnout", "attendance"})
_CROWD_PEOPLE = frozenset({"protesters", "demonstrators", "marchers", "participants"})


def crowd_size(tk: Tokens, start: int) -> tuple[str, str] | None:
    """People counted as a crowd, with no noun after the number: other people."""
    low = tk.low
    if start < 2 or low[start - 1] not in ("at", "of"):
        return None
    if low[start - 2] in _CROWD_SIZES:
        return "person", "other"
    if low[start - 1] == "at":
        for k in range(start - 2, max(0, start - 8), -1):
            if low[k] in _CROWD_PEOPLE and low[k - 2 : k] == ["number", "of"]:
                return "person", "other"
    return None


# what may follow such a count: the end of the clause, or who gave it ("given by the UN")
_GIVEN_BY = frozenset({"given", "reported", "cited", "by", "provided", "announced", "released"})


def gives_a_count(tk: Tokens, start: int, after: int) -> bool:
    """The bare number from `start` to `after` is a count given again ("put the figure at
    52.", "the figure of more than 200 given by the UN"), not "their estimate of 40 stores"."""
    low = tk.low
    followed = after >= tk.n or not low[after][0].isalnum() or low[after] in _GIVEN_BY
    return (
        followed
        and start > 2
        and low[start - 1] in _GIVEN_LINKS
        and low[start - 2] in _GIVEN_NAMES
        and low[start - 3] in _GIVEN_BEFORE
        and _CROWDS.isdisjoint(low)
    )


# A count's name and the verbs that give it a new value: "the number could reach 3 million",
# "the total has risen to 40,000" (not "toll", a cue of its own)
_COUNT_NAMES = frozenset({"number", "figure", "total", "tally"})
_NEW_VALUE = frozenset(
    {"could", "may", "might", "will", "would", "is", "was", "has", "had", "have", "be", "been",
     "expected", "likely", "to", "reach", "reached", "rise", "rose", "risen", "climb", "climbed",
     "exceed", "exceeded", "top", "topped", "hit", "stand", "stood", "stands", "at", "now",
     "soon", "eventually", "already", "grow", "grew", "grown"}
)  # fmt: skip


def new_value_of_count(tk: Tokens, start: int) -> bool:
    """The number at `start` is a new value of a count named just before it, with no noun
    of its own ("the number could reach 3 million"): that count's category holds."""
    k = start - 1
    while k > 0 and start - k <= 4 and tk.low[k] in _NEW_VALUE:
        k -= 1
    return (
        k < start - 1
        and tk.low[k] in _COUNT_NAMES
        and k > 0
        and tk.low[k - 1] in {"the", "this", "that", "its", "their"}
        and _CROWDS.isdisjoint(tk.low)
    )


_MODALS = frozenset({"could", "may", "might", "will", "would", "likely", "expected"})


def its_new_value(tk: Tokens, start: int) -> bool:
    """The bare number at `start` is what "it" (the count before) may become: "the toll rose
    to 257, the agency said, warning it could reach 500"."""
    k = start - 1
    while k > 0 and start - k <= 4 and tk.low[k] in _NEW_VALUE:
        k -= 1
    return tk.low[k] == "it" and not _MODALS.isdisjoint(tk.low[k + 1 : start])


def numbered_noun(tk: Tokens, start: int) -> tuple[str, str] | None:
    """The unit and category of the noun a bare number counts after "numbering": "armed
    bandits numbering about 20", "the bandits, numbering between 150 and 200"."""
    low = tk.low
    if start < 2 or low[start - 1] not in _NUMBERING:
        return None
    k = start - 2 - (low[start - 2] == ",")
    if low[start - 1] in _NUMBERING_VERBS and low[k] in _FORCES:
        return "person", "combatants"  # "the regular army numbers about 70,000"
    hit = RULES.nouns.match_ending_at(low, k) if k >= 0 else None
    if hit is None or not hit[1][1]:
        return None
    return hit[1][0], hit[1][1]


# a force's size told with the verb: "Ukraine's armed forces number about 880,000"
_NUMBERING_VERBS = frozenset({"number", "numbers"})
_NUMBERING = _NUMBERING_VERBS | {"numbering", "numbered"}
_FORCES = frozenset({"army", "forces", "military", "navy", "militia", "force", "troops"})


# the verbs by which a place takes its share of a count told before
_SHARE_VERBS = frozenset(
    {"hosts", "hosted", "received", "receives", "registered", "recorded", "took", "takes"}
)
_CLAUSE_ENDS = frozenset({",", ".", ";", "and", "followed"})


def told_after_a_name(tk: Tokens, start: int, end: int) -> bool:
    """A bare count told for a name, of what the sentence or the one before counts:
    'Germany (1.2 million) and Poland (about 980,000)', 'Afghans (87,000)'; 'Germany hosts
    1.2 million', 'Germany received 329,000', 'Pakistan's floods accounted for 8.2 million';
    '..., with 3.88 million', 'Syrians were the largest group, with 181,000'."""
    low = tk.low
    if start < 2:
        return False
    if low[start - 1] == "(":
        return (
            end < tk.n
            and low[end] == ")"
            and (tk.proper(start - 2) or (start == 2 and tk.cap(0)))  # a name opening it
        )
    if not (end >= tk.n or low[end] in _CLAUSE_ENDS):
        return False
    if low[start - 1] == "with":  # not "with 22 and 26 deaths per million"
        return low[start - 2] == "," and (end >= tk.n or low[end] != "and")
    if low[start - 2 : start] == ["accounted", "for"]:
        k = start - 2
    elif low[start - 1] in _SHARE_VERBS:
        k = start - 1
    else:
        return False
    return k > 0 and tk.cap(k - 1)  # the place: "Germany received 329,000"
