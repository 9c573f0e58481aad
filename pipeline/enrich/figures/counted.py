"""What a figure candidate counts: its unit and its category, from its noun, the event
cues around it (context.py), the figure before it in its sentence (a part, a breakdown,
the same count again) and the tallies that name it (tallies.py). None when the number
counts nothing the extractor reports ("one toilet for every 850", "a mother of three
sons")."""

from __future__ import annotations

from .abroad import nationals_abroad
from .candidates import COMPARISONS, Cand
from .cargo import cargo_not_aid
from .context import (
    NOUN_DISTANCE,
    WEAK_PENALTY,
    Cue,
    choose_category,
    head_cue,
    linked,
    sentence_category,
    uncued_category,
)
from .dwellings import ruined_dwellings
from .facilities import lost_facilities
from .follow import opens_sentence
from .limits import limit_or_target
from .links import from_then_to, place_list
from .parallels import elided_object, parallel_clause
from .perpetrators import attackers
from .refine import (
    at_work,
    built_for,
    colon_label,
    displaced_story,
    dwelt_in,
    housed_where,
    lives_in_place,
    needs_event,
    part_link,
    partly_displaced,
    still_displaced,
    story_of_returns,
)
from .scope import exchange_before, prisoner_exchange
from .speakers import speakers_counted
from .story import FieldContext
from .tallies import (
    crowd_size,
    gives_a_count,
    its_new_value,
    new_value_of_count,
    numbered_noun,
    tally,
    tally_bare,
    told_after_a_name,
)
from .tokens import Tokens

_LOCAL = 3  # an event cue this close makes a bare number a count of people
_PART_WORDS = (
    ["of", "whom"], ["of", "them"], ["of", "which"], ["among", "them"], ["among", "whom"],
    # "said Russia had launched 25 drones and that 22 had been shot down"
    ["and", "that"], ["out", "of"],
    *COMPARISONS,
)  # fmt: skip


def unit_and_category(
    tk: Tokens,
    cues: list[Cue],
    cand: Cand,
    span: tuple[int, int, int, int],
    kept: list[tuple[Cand, str, str]],
    ctx: FieldContext,
) -> tuple[str, str] | None:
    noun = cand.noun
    prev = kept[-1] if kept else None
    label = colon_label(tk, cues, cand, noun.unit if noun is not None else "person")
    if label is not None:
        return label
    if built_for(tk, cand) and (noun is None or noun.unit in ("person", "household")):
        return (noun.unit if noun is not None else "person"), "capacity"
    if noun is not None:
        if (
            prev is not None
            and prev[1] == noun.unit
            and _alongside(tk, cand.start)
            and noun.category not in (None, "", "civilians")
            and prev[0].noun is not None
            and prev[2] not in (prev[0].noun.category, "other", "civilians")
        ):
            # the event of the count before, not its noun: "1.9 million refugees went home
            # ..., along with 4.3 million internally displaced people"; not "600,000 returnees
            # had crossed back, along with 190,000 refugees"
            return noun.unit, prev[2]
        head = head_cue(tk, noun)
        found = choose_category(tk, cues, span, noun.unit, noun.category, noun.modifiers, head)
        category = found[0] if found else uncued_category(noun)
        if noun.category == "combatants" != category and attackers(tk, cand):
            category = "combatants"  # "About 20 gunmen killed five villagers"
        if category == "aid" and noun.category == "aid" and cargo_not_aid(tk, noun):
            category = "other"  # "14 lorries loaded with cassiterite": no aid in the story
        # "other" said by a cue of its own ("30 prisoners escaped") is no missing event
        unsaid = found is None or found[1] >= NOUN_DISTANCE
        same = category == "other" and unsaid and prev is not None and prev[1] == noun.unit
        if (
            same
            and prev is not None
            and (
                linked(tk, prev[0].end, cand.start)
                or part_link(tk, cand.start)
                or _breakdown(tk, prev[0], cand)
            )
        ):
            category = prev[2]  # "12 civilians, including five children"
        if category in _WHO_THEY_ARE and category in ("other", noun.category) and unsaid:
            # "Gunmen abducted 287 pupils. They include 76 girls and 61 boys."; "... killed 90
            # people. Among them were 32 pro-government troops and 58 Houthi rebels."
            if prev is None and _counts_the_last_sentence(tk, cand.start):
                category = ctx.previous_category(noun.unit) or category
            elif (
                prev is not None
                and prev[2] not in _WHO_THEY_ARE
                and prev[1] == noun.unit
                and _counts_the_last_sentence(tk, prev[0].start)
                and linked(tk, prev[0].end, cand.start)
            ):
                category = prev[2]
        if category == "other" and unsaid:
            # "revised the toll from the riot to 46 inmates"; not "the toll operator said
            # traffic rose to 40,000 drivers"
            tallied = tally(tk, cues, span) if _toll_revised(tk, cand.start) is not False else None
            if tallied is not None and tallied[0] == noun.unit:
                category = tallied[1]
        # a lone one, or kin, counts only with an event; so does a lone aid item, which
        # is no aid given ("where one latrine serves 600 people")
        lone = category == "other" or category == "aid" == noun.category
        if lone and unsaid and needs_event(tk, cand):
            return None  # "one toilet for every 850", "a mother of three sons"
        if unsaid and tk.low[noun.j : noun.j + 2] in _RATIO:
            return None  # "one latrine for every 180 people": a ratio, whatever it counts
        if category == "other" and unsaid and noun.unit == "structure" and dwelt_in(tk, cand, prev):
            category = "capacity"  # "about 60,000 living in 65 schools"
        if (
            category == "arrested"
            and noun.category == "arrested"
            and unsaid
            and exchange_before(tk)
        ):
            category = "other"  # "Israel released 39 Palestinian prisoners" in a swap
        if category == "returned" and prisoner_exchange(tk):
            category = "other"  # "84 Ukrainians returned home in a prisoner exchange"
        if (
            category == "other"
            and found is None
            and not at_work(tk.low, cand.start, noun.j)
            and displaced_story(tk, cues, noun.unit, ctx)
        ):
            # "At one school, 3,200 people share 12 latrines."; not "the charity has about
            # 600 staff in the province", who work there, nor "CMAC, which employs about
            # 3,000 people"
            category = "displaced"
        if category in ("other", "civilians") and unsaid and nationals_abroad(tk, cand):
            category = "displaced"  # "870,000 Venezuelans were living in Colombia"
        if category == "civilians" and noun.category != "civilians":
            category = still_displaced(tk, cues, span, prev) or category
        if category == "displaced" and noun.category != "displaced":
            category = "civilians" if partly_displaced(tk, cues, cand) else category
        if category == "displaced" and story_of_returns(tk, cues, span, noun.unit, ctx):
            category = "returned"  # "By the afternoon, more than 300,000 people had crossed"
        if category in ("civilians", "other") and noun.unit in ("person", "household"):
            category = housed_where(tk, cand, category)
        if category in ("aid", "other", "capacity") and ruined_dwellings(tk, cand):
            category = "housing"  # "about 600 tents were swept away"
        if category == "aid" and lost_facilities(tk, cand):
            category = "other"  # "43 kitchens have since closed"
        return noun.unit, category
    part = cand.start > 1 and tk.low[cand.start - 2 : cand.start] in _PART_WORDS
    if (
        part
        and prev is not None
        and cand.start - prev[0].end <= 3
        and tk.low[cand.start - 2 : cand.start] in COMPARISONS
    ):
        return prev[1], prev[2]  # "risen to 2,946, up from 2,901": the same count, earlier
    # "revised down to 45 from 49": the same count before, right after the figure
    part = part or (
        prev is not None and prev[0].end == cand.start - 1 and tk.low[cand.start - 1] == "from"
    )
    part = part or (prev is not None and elided_object(tk, prev[0], cand))
    if prev is not None and from_then_to(tk, prev[0], cand):
        return prev[1], prev[2]  # "deaths fell from 2,084 in 2014 to 27 in 2019"
    if prev is not None and (place_list(tk, prev[0], cand) or parallel_clause(tk, prev[0], cand)):
        return prev[1], prev[2]  # "30 people in Assam, 12 in Meghalaya"
    limit = limit_or_target(tk, cand, prev)
    if limit is not None:
        return limit  # "set the refugee ceiling at 7,500", "short of a target of 169,000"
    unit = prev[1] if prev is not None and (cand.marker or part) else "person"
    if _elided_structures(tk, prev, cand):
        # "1,500 hospitals have been damaged and 218 destroyed": the noun said once, when
        # the verb right after the count is one of housing ("... and 15 died" are people)
        k = cand.end
        while k < tk.n and tk.low[k] in _BEFORE_THE_VERB:
            k += 1
        first = next((c for c in cues if k <= c.i <= k + 3 and c.category != "other"), None)
        if first is not None and first.category == "housing":
            return "structure", "housing"  # "30 were attacked or looted"
    numbered = numbered_noun(tk, cand.start) or crowd_size(tk, cand.start)
    if numbered is not None:
        return numbered  # "armed bandits numbering about 20": the bandits are counted
    if (
        prev is None
        and new_value_of_count(tk, cand.start)
        and not (cand.end < tk.n and tk.low[cand.end] == "for")
    ):
        # "She warned that the number could reach 3 million": the count told before, unless
        # an event of its own is at hand ("ordered the evacuation ... the number could reach")
        own = choose_category(tk, cues, span, unit, None)
        guess = ctx.previous_category(unit) if own is None or own[1] > _LOCAL else None
        if guess is not None:
            return unit, guess
    if prev is not None and its_new_value(tk, cand.start):
        return prev[1], prev[2]  # "rose to 257 ..., warning it could reach 500"
    if unit == "person" and lives_in_place(tk, cand, bare=True):
        return unit, "displaced"  # "... were killed, and about 60,000 still live in camps"
    # "We were 43 in the boat", "there were about 110 of us on the shift": the speakers count
    # themselves, people whatever befell them (other when nothing did)
    speakers = unit == "person" and speakers_counted(tk, cand)
    if cand.part_of is not None:  # "handed over 300 of the 1,209 homes"
        found = choose_category(tk, cues, span, cand.part_of[0], None)
        near = found is not None and found[1] <= _LOCAL
        return (cand.part_of[0], found[0]) if found is not None and near else cand.part_of
    found = choose_category(tk, cues, span, unit, None)
    # "1,000 shelters had been opened, 830 of them already full": a part of the count
    # before it, in its unit; not when an event of people is at hand ("stopped three
    # buses ... and abducted more than 100 of them")
    near = found is not None and found[1] <= _LOCAL
    if prev is not None and not near and _fronted_part(tk, prev[0], cand):
        # "Of the 26 dead, nine were members of the security forces"; not "Of the 1.2
        # million displaced, about 400,000 have since gone back"
        return prev[1], prev[2]
    if prev is not None and prev[1] != unit and cand.follow == "of_pronoun" and not near:
        unit = prev[1]
        found = choose_category(tk, cues, span, unit, None)
    if found is not None and found[1] <= _LOCAL and cand.follow in ("verb", "end", "prep"):
        return unit, found[0]
    if found is not None and found[1] <= _LOCAL + WEAK_PENALTY and _subject(tk, cand):
        return unit, found[0]  # "Two hundred and forty have been released": its own verb
    # the count a total brings up is the last one of its unit ("crossed ... in 19 boats,
    # ..., bringing the total for the year to 31,208" counts people, not boats)
    counted = tally_bare(tk, cues, span, kept, unit)
    if counted is not None:
        return counted
    labelled = cand.start > 0 and tk.low[cand.start - 1] == ":"  # "Internally displaced: 507,000"
    # "Chad puts the figure at 35,000", "gave a lower figure, 136": a count given before
    restated = gives_a_count(tk, cand.start, cand.end)
    hinted = (
        cand.qualifier
        or cand.marker
        or labelled
        or told_after_a_name(tk, cand.start, cand.end)
        or (prev is not None and _breakdown(tk, prev[0], cand))
        or (prev is not None and tk.low[prev[0].end : cand.start] in _THEN)
        or restated
        or (part and prev is not None)  # "15,312 individuals, of whom 7,944 are children"
        # "At least 145 people were killed ..., the government said, including 117 from"
        or (prev is not None and part_link(tk, cand.start))
        or cand.follow in ("more", "of_pronoun")
        or cand.num.vague
        or speakers
    )
    if (
        prev is None
        and found is None
        and cand.follow == "verb"
        and opens_sentence(tk.low, cand.start)
    ):
        # "Gunmen killed 40 people. Nine were children under 18": the count before, again
        for again in ("person", "structure", "household"):
            before = ctx.previous_category(again)
            if before is not None:
                return again, sentence_category(cues, again) or before
    if not hinted and (found is None or prev is None):
        return None
    if found is not None:
        if found[0] == "civilians":
            return unit, still_displaced(tk, cues, span, prev) or "civilians"
        return unit, found[0]
    if prev is not None:
        return prev[1], prev[2]
    guess = sentence_category(cues, unit) or ctx.previous_category(unit)
    if guess is None and speakers:
        guess = "displaced" if displaced_story(tk, cues, unit, ctx) else "other"
    return (unit, guess) if guess is not None else None


_RATIO = (["for", "every"], ["per", "every"], ["to", "every"])
_BEFORE_THE_VERB = frozenset(
    {"were", "was", "have", "had", "been", "are", "completely", "partially", "partly", "fully",
     "totally", "also"}
)  # fmt: skip


def _elided_structures(tk: Tokens, prev: tuple[Cand, str, str] | None, cand: Cand) -> bool:
    return (
        prev is not None
        and prev[1] == "structure"
        and cand.follow == "verb"
        and tk.low[cand.start - 1] in ("and", ",", ";")
        and cand.start - prev[0].end <= 8
    )


# the same count again, as it changed: "reported 103 dead and then 95"
_THEN = (["then"], ["and", "then"], [",", "then"], ["and", "later"], [",", "later"])

# how a sentence opens when it breaks down the count of the one before
_INCLUDES = (
    ["they", "include"], ["they", "included"], ["these", "include"], ["these", "included"],
    ["those", "include"], ["those", "included"], ["among", "them"], ["among", "those"],
)  # fmt: skip


_WHO_THEY_ARE = frozenset({"other", "combatants", "civilians"})


def _counts_the_last_sentence(tk: Tokens, start: int) -> bool:
    """The sentence opens with "They include", "Among them were" and the count follows."""
    return tk.n > 2 and start <= 4 and tk.low[0:2] in _INCLUDES


_AUXILIARIES = frozenset({"have", "has", "had", "were", "was", "are", "is", "will", "would"})
_LIST_ENDS = frozenset({",", "and", ";", ".", ")", "("})
_NOT_TOLLS = frozenset(
    {"operator", "operators", "road", "roads", "booth", "booths", "bridge", "free", "gate",
     "gates", "plaza", "charges", "collection", "on"}
)  # fmt: skip
_ALONG_WITH = (["along", "with"], ["together", "with"])


def _alongside(tk: Tokens, start: int) -> bool:
    """'along with 4.3 million internally displaced people': the same fate as the count before."""
    low = tk.low
    return (start > 0 and low[start - 1] == "alongside") or low[start - 2 : start] in _ALONG_WITH


def _toll_revised(tk: Tokens, start: int) -> bool | None:
    """Whether a 'toll' before the count is a death toll: a determiner before it and no
    compound or 'on' after it ('the toll from the riot ... to 46 inmates'; not 'the toll
    operator'). None when no 'toll' is near (other tally words decide)."""
    low = tk.low
    for k in range(start - 1, max(0, start - 20), -1):
        if low[k] == "toll":
            after = low[k + 1] if k + 1 < tk.n else ""
            return low[k - 1] in {"the", "its", "their", "death"} and after not in _NOT_TOLLS
    return None


def _breakdown(tk: Tokens, before: Cand, cand: Cand) -> bool:
    """A count in a list after a colon, of the count before the colon ('took 163 pupils and
    teachers, the state government said: 152 pupils and 11 teachers'), or the next item of
    such a list ('1,020 from Libya and 2,392 from Niger')."""
    low = tk.low
    if low[cand.start - 1] == ":" and before.end < cand.start - 1:
        # a list, not a clause: "said: 60 passengers were on the bus" is no breakdown
        return cand.end >= tk.n or low[cand.end] in _LIST_ENDS
    if low[cand.start - 1] not in ("and", ",") or cand.start - before.end > 5:
        return False
    # the item before is itself a list item: a bare count right after a colon, like this one
    after_colon = low[before.start - 1 : before.start] == [":"]
    return after_colon and before.noun is None and cand.noun is None


def _fronted_part(tk: Tokens, whole: Cand, cand: Cand) -> bool:
    """'Of the 26 dead, nine were ...': the count right after a fronted 'of the N' is a
    part of it."""
    low = tk.low
    lead = whole.start - 2
    return (
        lead >= 0
        and low[lead : whole.start] == ["of", "the"]
        and (lead == 0 or low[lead - 1] in {",", ";", ":", "and", "but"})
        and whole.end < tk.n
        and low[whole.end] == ","
        and cand.start == whole.end + 1
    )


def _subject(tk: Tokens, cand: Cand) -> bool:
    """The number is the subject of the clause after it: 'Two hundred and forty have been'."""
    return cand.end < tk.n and tk.low[cand.end] in _AUXILIARIES
