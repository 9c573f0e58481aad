"""Category from the words around a figure (projection: projection.py).

A sentence is cut into stretches at its figures: each figure looks for cues
only between the previous figure and the next one, so in "12 were killed and
30 wounded" the first number sees "killed" and the second "wounded".
Distances are counted in tokens (a comma counts two); the nearest cue whose
category fits the figure's unit wins; "weak" cues (who people are: refugees,
civilians) lose to any event within a few tokens, and the noun's own category
comes last. A figure with its own verb keeps it: a finite verb with an event after
it ("and 12 survivors were rescued") shuts out a cue before it across "and", and a
rescue or a strong event right before it is not traded for the next count's.
"""

from __future__ import annotations

from .events import Cue, find_cues
from .filters import year_token
from .follow import rate_at
from .nouns import Noun
from .recipients import given_to, modifier_event
from .report_scope import SAYING
from .rules import RULES
from .scope import CONJUNCTIONS, FINITE, aside, clause_end, count_word
from .scope import relative as relative_verb
from .scope import shared as shared_event
from .tokens import Tokens

MAX_AFTER = 10
MAX_BEFORE = 6
WEAK_PENALTY = 4
NOUN_DISTANCE = 4  # the noun's own category, as if it were a cue this far away

CONJ_PENALTY = 3  # a cue before the figure, across "and": most likely another clause's

__all__ = ["Cue", "find_cues", "modifier_event"]


def _distance(tk: Tokens, a: int, b: int) -> int:
    """Tokens strictly between a and b, commas counting two."""
    d = 0
    for k in range(a, b):
        d += 2 if tk.low[k] == "," else 1
    return d


def choose_category(
    tk: Tokens,
    cues: list[Cue],
    span: tuple[int, int, int, int],
    unit: str,
    noun_category: str | None,
    modifier_span: tuple[int, int] = (0, 0),
    head_cue: str | None = None,
) -> tuple[str, int] | None:
    """Pick the category of a figure: (category, distance of its cue).

    span is (lo, start, end, hi): the figure covers tokens start..end-1 and may
    look at cues in lo..start-1 and end..hi-1. Cues among the words between the
    number and its noun ("12 wounded soldiers") count as distance 0, and so does
    a head noun that is itself an event ("30 wounded": head_cue "injured"). An
    aside after the figure is stepped over, the verb of a relative clause after
    it counts little, and a figure coordinated with another one with no event of
    its own shares that one's ("killing 49 civilians and 15 soldiers").
    """
    if noun_category and noun_category in RULES.fixed_nouns:
        return noun_category, 0
    lo, start, end, hi = span
    after = end
    relative: int | None = -1
    if any(end <= c.i < hi for c in cues):  # the after-window needs its clause
        # a rate after the count is part of it: "2,000 migrants a day are arriving"
        after = aside(tk, end + 2 if rate_at(tk.low, end, hi) else end, hi)
        hi = clause_end(tk, after, hi)
        relative = relative_verb(tk, end, cues, noun_category is not None)
    predicate = _predicate_after(cues, relative, hi, unit) if relative is not None else None
    # a finite verb after the figure with an event of its own (not one in a relative
    # clause, "15 were foreigners who had arrived"): a clause of its own
    own_verb = (
        end < tk.n
        and tk.low[end] in FINITE
        and any(
            end <= c.i < hi
            and unit in RULES.cue_units.get(c.category, ())
            and _RELATIVES.isdisjoint(tk.low[end : c.i])
            for c in cues
        )
    )
    # a key per cue: (distance with penalties, weak, before); ties go to events
    # over weak cues and to the cue after the figure (its predicate)
    best: tuple[tuple[int, int, int], str] | None = ((0, 0, 0), head_cue) if head_cue else None
    ignored = RULES.noun_ignores.get(noun_category or "", frozenset())
    # "food for 50,000 people reached Kadugli": a verb after them is the convoy's, not theirs
    beneficiary = start > 0 and tk.low[start - 1] == "for"
    if beneficiary:
        # "food for about 45,000 people crossed into Darfur", "shelters with room for
        # 1,200 people held 2,000": what is given to them or made for them
        for c in cues:
            fits = unit in RULES.cue_units.get(c.category, ())
            if c.category in _FOR_WHOM and start - 1 <= c.j <= start and fits:
                return c.category, 0
    elif given_to(tk, cues, start, unit, noun_category, modifier_span):
        return "aid", 0
    for cue in cues:
        category = cue.category
        if category in ignored:
            continue
        if unit not in RULES.cue_units.get(category, ()):
            shifted = RULES.cue_shift.get((category, unit))
            if category == "housing" and tk.low[end - 1] in RULES.dwellings:
                shifted = "housing"  # "about 1,400 tents were damaged": homes, not goods
            if shifted is None:
                continue
            category = shifted
        weak = cue.weak
        if weak and noun_category == "combatants" and cue.j == start and tk.low[cue.i] in _FREED:
            weak = False  # "each releasing 303 soldiers": freed in a swap, no longer a force
        if modifier_span[0] <= cue.i and cue.j <= modifier_span[1] and cue.i < cue.j:
            d, before = 0, 0
            # "thousands of displaced Lebanese headed back": who they are, not what they did
            weak = weak or category == "displaced"
        elif cue.i >= after and cue.j <= hi:
            d, before = _distance(tk, after, cue.i), 0
            if cue.after == "none":
                continue
            if category == "aid" and unit == "person" and _gives(tk, cue.i):
                continue  # "400 volunteers helped run the event": who gave, not who got
            if noun_category == "other" and tk.low[cue.i] in _OUTINGS:
                continue  # "1,000 passengers spent a freezing night at Heathrow"
            if tk.low[cue.i] == "across" and any(
                c.j <= start and start - c.j <= 1 and not c.weak for c in cues
            ):
                continue  # the verb's path: "expelled 29,000 migrants across the border"
            if cue.weak and tk.low[cue.i] == "with" and d > 0:
                continue  # "left 200 with burns"; not "49 climbers ..., several with burns"
            if (
                cue.after is not None
                and unit in RULES.cue_units.get(cue.after, ())
                and not beneficiary
            ):
                if cue.after in ignored:
                    continue
                category, weak = cue.after, False
            if cue is predicate:
                d = min(d, MAX_AFTER)  # the main verb after a relative clause, however long
            elif noun_category and _after_auxiliary(tk.low, cue.i) and not cue.weak:
                d = min(d, NOUN_DISTANCE - 1)  # "Five militants trying to cross ... were killed"
            if d > MAX_AFTER or (cue is not predicate and _next_figures_verb(tk, after, cue, hi)):
                continue
            if cue.i > end + 1 and _next_count(tk, cue.i - 1):
                continue  # "412 cases and 9 deaths": the head noun of the next count
            if category == "capacity" and tk.low[cue.j - 1] == "for":
                continue  # "a camp for" names what comes after it, not this figure
            if cue.i == relative:
                if predicate is not None:
                    continue  # "families who fled the fighting have returned home"
                d += 1
        elif cue.j <= start and cue.i >= lo:
            d, before = _distance(tk, cue.j, start), 1
            if cue.before == "none":
                continue
            if cue.before is not None and unit in RULES.cue_units.get(cue.before, ()):
                if cue.before in ignored:
                    continue
                category, weak = cue.before, False
                if category == "displaced" and noun_category == "returned":
                    category = "returned"  # "received about 8,500 returnees": taken in, home
            if d > MAX_BEFORE or _in_relative_aside(tk, cue.i, cue.j, start):
                continue
            speaker = category == "civilians" and cue.weak and not (cue.i > 0 and tk.cap(cue.i))
            if speaker and not SAYING.isdisjoint(tk.low[cue.j : start]):
                # "Residents said two men ... were shot dead": who speaks, not who is
                # counted (a name still tells: "the UN Population Fund said 55,000 women")
                continue
            if cue.j >= start - 1 and tk.low[start - 1] == "by":
                continue  # "a camp held by 400 soldiers", "taken by 60 gunmen": who did it
            if not CONJUNCTIONS.isdisjoint(tk.low[cue.j : start]):
                if own_verb:
                    continue  # "81 are missing and 12 survivors were rescued": its own verb
                d += CONJ_PENALTY
        else:
            continue
        if weak and noun_category == "other" and d <= 1 and not before:
            # "2,000 migrants are stranded", "5,000 migrants arrived": the guideline's
            # displaced (arrivals, stranded waiting to cross), not migrants rescued
            weak = tk.low[cue.i] not in _ARRIVALS
        key = (d + WEAK_PENALTY * weak, int(weak), before)
        if best is None or key < best[0]:
            best = (key, category)
    # a strong cue, or a rescue, right before the figure is its own ("rescued over 900
    # people and 11 were still missing"): no other figure's event is shared then (a weak
    # "left" is not: "leaving 30 civilians and 12 soldiers dead")
    right_before = (
        best is not None
        and best[0][2] == 1
        and best[0][0] - WEAK_PENALTY * best[0][1] <= 1
        and (best[0][1] == 0 or best[1] == "other")
    )
    if best is None or best[0][0] > 2:
        shared = shared_event(tk, cues, span, unit, noun_category is not None)
        if shared is not None and not (right_before and best is not None and best[1] != shared):
            best = ((1, 0, 0), shared)
    if noun_category:
        if noun_category in RULES.weak_nouns:
            noun_wins = best is None
        else:
            noun_wins = best is None or best[0] >= (NOUN_DISTANCE, 0, 0)
        if noun_wins:
            best = ((NOUN_DISTANCE, 0, 0), noun_category)
    if best is not None and best[1] == "displaced" and _returning(tk, cues, (end, after), hi, unit):
        return "returned", best[0][0]  # "400 displaced persons from the hills returned home"
    if best is not None:
        return best[1], best[0][0]
    return None


_AUXILIARIES = frozenset({"were", "was", "been", "are", "is", "got"})
_INSERTED_ADVERBS = frozenset({"also", "later", "reportedly", "allegedly", "all", "both", "then"})


def _after_auxiliary(low: list[str], i: int) -> bool:
    """The cue at i follows an auxiliary, adverbs aside: "were also shot dead"."""
    k = i - 1
    while k > 0 and low[k] in _INSERTED_ADVERBS:
        k -= 1
    return low[k] in _AUXILIARIES


_FOR_WHOM = frozenset({"aid", "capacity"})
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_ARRIVALS = frozenset({"stranded", "arrived", "arrive", "arriving"})
_UNREAL = frozenset({"to", "not", "cannot", "never", "unable", "without", "be", "let"})


def _gives(tk: Tokens, i: int) -> bool:
    """An active verb of giving at token i: its subject gives ("10,000 volunteers handed out
    2.3 million cups"), where a passive one is received ("12,000 people were helped")."""
    low = tk.low
    if low[i] not in _GIVING or (i > 0 and low[i - 1] in _PASSIVE_AUX):
        return False
    # a participle with a phrase after it is passive too: "85,000 children vaccinated in the
    # first round", "families helped by the programme"
    participle = low[i].endswith("ed") or low[i] == "fed"
    return not (participle and i + 1 < tk.n and low[i + 1] in _AFTER_PARTICIPLE)


_OUTINGS = frozenset({"spent", "spend", "spending", "poured", "pouring", "streamed", "streaming"})
# the verbs that free captives, right before the soldiers they free
_FREED = frozenset({"released", "freed", "releasing", "freeing", "releases", "frees"})
_GIVING = frozenset(
    {"helped", "help", "helping", "delivered", "delivering", "distributed", "distributing",
     "provided", "providing", "handed", "assisted", "assisting", "fed", "feeding", "treated",
     "treating", "vaccinated", "vaccinating"}
)  # fmt: skip
_AFTER_PARTICIPLE = frozenset(
    {"by", "in", "at", "during", "under", "through", "last", "this", "since", "on", "from",
     "with", "for", "so", "as", "across", "between", "over"}
)  # fmt: skip
_PASSIVE_AUX = _AUXILIARIES | {"be", "being", "get"}


def _in_relative_aside(tk: Tokens, i: int, j: int, start: int) -> bool:
    """The cue at i..j-1 stands in a relative clause set off by commas before the figure:
    "The death toll from a strike on a school, where displaced families were sheltering,
    has risen to more than 100" (the clause says who was there, not what the count is)."""
    low = tk.low
    p = i - 1
    while p > 0 and low[p] != "," and i - p <= 8:
        p -= 1
    if p < 0 or low[p] != "," or p + 1 >= tk.n or low[p + 1] not in _ASIDE_RELATIVES:
        return False
    return "," in low[j:start]


_ASIDE_RELATIVES = frozenset({"where", "which", "who", "whose", "when"})


def _returning(tk: Tokens, cues: list[Cue], window: tuple[int, int], hi: int, unit: str) -> bool:
    """Displaced people whose own clause says they went back have returned (not those
    hoping "to return", who "cannot go back" or are "told to go home"; those who left
    somewhere "to return" did: `_departure_purpose`)."""
    if unit not in RULES.cue_units.get("returned", ()):
        return False
    end, after = window  # an aside between them: "790,000 people, mostly returnees, have..."
    for c in cues:
        if c.category != "returned" or not (end <= c.i and c.j <= hi):
            continue
        if c.after not in (None, "returned"):
            continue  # "34,000 North Koreans have resettled in the South": moved, not home
        if c.weak and not c.i < after:
            continue
        if _distance(tk, end, c.i) > MAX_AFTER or tk.cap(c.i):
            continue
        if c.i > 0 and tk.low[c.i - 1] in _UNREAL and not _departure_purpose(tk, end, c.i):
            continue
        return True
    return False


_LEAVING = frozenset({"left", "leave", "leaving", "boarded", "departed", "set"})
# between the departure and "to return": a return only hoped for, feared or ordered
_NOT_MADE = frozenset(
    {"too", "told", "ordered", "asked", "urged", "scared", "afraid", "reluctant", "refused",
     "unable", "able", "were", "was", "are", "is", "been", "be", "will", "would", "could"}
)  # fmt: skip
_WISHING = frozenset(
    {"hope", "hoping", "hoped", "want", "wanted", "wish", "plan", "plans", "planned", "able",
     "unable", "allowed", "afraid", "waiting", "wait"}
)  # fmt: skip


def _departure_purpose(tk: Tokens, end: int, k: int) -> bool:
    """'8,000 displaced people left Shire on buses to return to their villages': a
    purpose after a departure is a return made ("left the camp, too scared to return"
    and "who left were told to return" are not)."""
    low = tk.low
    if low[k - 1] != "to" or (k > 1 and low[k - 2] in _WISHING):
        return False
    for x in range(end, k - 1):
        if low[x] in _LEAVING:
            return _NOT_MADE.isdisjoint(low[x : k - 1])
    return False


# what may stand right before a count of its own: "and 9 deaths", "in 91 relief camps",
# "in more than 1,200 relief camps"; not "Highway 14" or "sector 2", which end names
_BEFORE_COUNT = frozenset(
    {"and", "or", ",", "in", "with", "another", "than", "about", "some", "nearly", "over",
     "around", "at", "to", "from"}
)  # fmt: skip


def _next_count(tk: Tokens, k: int) -> bool:
    """A count at k, with its own head noun after it, not a number that ends a name."""
    w, before = tk.low[k], tk.low[k - 1]  # not a year: "abducted ... in 2022 were freed"
    return count_word(w) and before in _BEFORE_COUNT and not (before == "in" and year_token(w))


def _next_figures_verb(tk: Tokens, after: int, cue: Cue, hi: int) -> bool:
    """'freed 346 hostages and killed 33 militants': across "and", a verb right before
    the next figure is that figure's."""
    if hi >= tk.n or hi - cue.j > 1:
        return False
    return not CONJUNCTIONS.isdisjoint(tk.low[after : cue.i])


def _predicate_after(cues: list[Cue], relative: int, hi: int, unit: str) -> Cue | None:
    """The event after a relative clause ("people who fled were killed"): the clause's own
    verb only describes them. With none ("329 households who returned"), it says what
    the count is."""
    for c in cues:
        fits = unit in RULES.cue_units.get(c.category, ())
        if relative < c.i and c.j <= hi and not c.weak and fits:
            return c
    return None


def sentence_category(cues: list[Cue], unit: str) -> str | None:
    """The most frequent category among a sentence's cues (events first)."""
    counts: dict[str, int] = {}
    for cue in cues:
        if unit in RULES.cue_units.get(cue.category, ()):
            counts[cue.category] = counts.get(cue.category, 0) + (1 if cue.weak else 2)
    if not counts:
        return None
    return max(counts.items(), key=lambda kv: kv[1])[0]


_LINKS = frozenset(
    {"including", "among", "mostly", "mainly", "largely", "whom", "them", "comprising", "-", "(",
     "of", "incl", "notably", "especially", "many", "most", "some"}
)  # fmt: skip


def linked(tk: Tokens, a: int, b: int) -> bool:
    """Only a link word ("including", "among them") between two figures."""
    if b - a > 5 or b <= a:
        return False
    words = [w for w in tk.low[a:b] if w not in {",", "and"}]
    return len(words) <= 3 and all(w in _LINKS for w in words)


def head_cue(tk: Tokens, noun: Noun) -> str | None:
    """The event a head noun names by itself and is counted by: "30 wounded", "12 dead"."""
    if noun.j <= noun.i:
        return None
    hit = RULES.cues.match_at(tk.low, noun.i)
    if hit is None or hit[0] != noun.j - noun.i:
        return None
    category, weak = hit[1]
    if weak or category != noun.category:
        return None  # "12 kidnappers" are no hostages: the head names who acted
    return category if noun.unit in RULES.cue_units.get(category, ()) else None


def uncued_category(noun: Noun) -> str:
    """The category of a count no cue speaks for ([noun_strength.uncued]: "patients"), else
    other."""
    text = noun.text.lower() if noun.text is not None else ""
    return next((category for end, category in RULES.uncued if text.endswith(end)), "other")
