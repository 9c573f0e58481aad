"""Figure candidates in a sentence: a number that is no year, date, age...,
with its qualifier, its counted noun or what follows it when it has none."""

from __future__ import annotations

from dataclasses import dataclass

from .filters import MANY_HEADS, excluded, year_like, year_token
from .follow import follow_class
from .nouns import Noun, find_noun, skip_after
from .numbers import UNITS, Num, read_number, read_range
from .report_scope import EARLIER, SAYING
from .rules import RULES
from .tallies import brought_to, gives_a_count
from .tokens import WEEKDAYS, Tokens
from .unlisted import unlisted_compound, unlisted_people, unlisted_things

_STARTS = frozenset(UNITS) | {
    "a", "an", "half", "dozen", "dozens", "scores", "tens", "hundreds", "thousands",
    "millions", "several", "many",
}  # fmt: skip
_MARKERS = frozenset({"another", "further", "additional", "only", "remaining"})
_DIGITS = frozenset("0123456789")


@dataclass(slots=True)
class Cand:
    num: Num
    noun: Noun | None
    start: int  # first token of the figure (qualifier included)
    end: int  # one past its last token
    qualifier: str | None
    marker: bool  # "another", "a further", "N more"
    follow: str
    # "300 of the 1,209 homes": a bare part of a count of things, in their unit and category
    part_of: tuple[str, str] | None = None


# Verbs whose particle looks like a qualifier ("handed over 95 prisoners"); not "took
# over 400 outposts" or "left over 300 dead", where "over" is more often "more than".
_PARTICLE_VERBS = frozenset(
    {"handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning", "passed"}
)


def number_starts(low: list[str]) -> list[int]:
    """Indices of the tokens a number may start at (digits, number words, amounts)."""
    return [
        k
        for k, w in enumerate(low)
        if w[0] in _DIGITS or w in _STARTS or ("-" in w and w.split("-", 1)[0] in UNITS)
    ]


# the same count at another time: "395 people in the first quarter, up from 234"
COMPARISONS = (
    ["up", "from"],
    ["down", "from"],
    ["compared", "with"],
    ["compared", "to"],
    # "37 incidents in the first half, against 22 a year earlier"
    [",", "against"],
)
_WHEN_WORDS = frozenset({"on", "by", "yesterday", "today", "overnight", "night", "morning"})
_COMPARED_THE = [
    *COMPARISONS,
    ["more", "than"],
    ["higher", "than"],
    ["lower", "than"],
    ["fewer", "than"],
    ["less", "than"],
]
# after "another N" these words leave the noun unsaid: "another 4,000 this year"
_ELLIPSIS = frozenset({"this", "next", "last", "due", "expected", "later", "soon"})


def candidates(tk: Tokens) -> list[Cand]:
    cands: list[Cand] = []
    k = 0  # numbers already read end before token k
    for at in number_starts(tk.low):
        if at < k:
            continue
        num = read_number(tk, at)
        if num is None:
            continue
        num2, nxt = read_range(tk, num)
        k = max(nxt, at + 1)
        if num2 is None or excluded(tk, num2):
            continue
        cand = _candidate(tk, num2)
        if cand is not None:
            cands.append(cand)
    return cands


_EXTREMES = frozenset({"peak", "high", "low", "record", "maximum", "minimum"})
# what a year after them dates rather than counts: "the 2013 verdicts", "its 2022 floods"
_DATING = frozenset({"the", "its", "their", "his", "her", "our"})


def _from_extreme(low: list[str], start: int) -> bool:
    """'down from a peak of 11.3 million', 'from a high of 1.2 million': the count before."""
    return (
        start > 3
        and low[start - 1] == "of"
        and low[start - 2] in _EXTREMES
        and low[start - 3] in ("a", "its", "the", "their")
        and low[start - 4] == "from"
    )


# heads that count many without a plural "s": "2000 people", "1500 children"
_PLURAL_HEADS = MANY_HEADS | frozenset(
    {"staff", "crew", "youth", "livestock", "cattle", "sheep", "militia", "infantry", "folk",
     "clergy", "media"}
)  # fmt: skip


def _singular_head(low: list[str], j: int) -> bool:
    """A noun whose last word is singular: after a year-like number, an attribute of a
    thing the year dates, not a count of it."""
    w = low[j - 1]
    return w.isalpha() and not w.endswith("s") and w not in _PLURAL_HEADS


def _candidate(tk: Tokens, num: Num) -> Cand | None:
    low = tk.low
    k_after, after_q = skip_after(tk, num.j)
    noun = find_noun(tk, num, k_after)
    if noun is not None and noun.text is not None and low[noun.i] in RULES.money:
        return None
    if year_like(num) and (noun is None or _singular_head(low, noun.j)):
        return None  # "Uganda's 2025 refugee response plan": a year names the plan
    if (
        year_like(num)
        and num.i > 0
        and low[num.i - 1] in _DATING
        and (noun is None or noun.unit not in ("person", "household"))
    ):
        return None  # "protests over the 2013 verdicts": the year dates the things
    start = num.i
    qualifier = None
    hit = RULES.qualifiers.match_ending_at(low, num.i - 1)
    if low[num.i - 1 : num.i] == ["over"] and num.i > 1 and low[num.i - 2] in _PARTICLE_VERBS:
        hit = None  # "handed over 95 prisoners": the verb's particle, no qualifier
    if hit is not None:
        start -= hit[0]
        qualifier = hit[1]
    marker = start > 0 and low[start - 1] in _MARKERS
    # "compared with 117.3 million a year earlier", "up from 315,000": the same count again
    compared = start > 1 and (low[start - 2 : start] in COMPARISONS or _revised_from(low, start))
    # "up from the 70 first reported", "far more than the 900 the UN had counted"
    compared = compared or (
        start > 2 and low[start - 1] == "the" and low[start - 3 : start - 1] in _COMPARED_THE
    )
    compared = compared or _from_extreme(low, start)
    marker = marker or compared
    follow = "noun"
    if noun is None:
        if num.word and num.value == 1 and not _one_more(low, start, k_after):
            return None  # "one of", "one day": a lone "one" needs its noun
        follow = follow_class(tk, k_after)
        if follow == "word":
            noun = unlisted_people(tk, start, k_after) or unlisted_things(tk, k_after)
            if noun is None and not year_like(num):
                noun = unlisted_compound(tk, start, k_after)
            if noun is not None:
                follow = "noun"
    if noun is None:
        ellipsis = marker and k_after < tk.n and low[k_after] in _ELLIPSIS
        # "an earlier toll of 16 given by the army", "the figure of 200 given by the UN"
        tolled = gives_a_count(tk, start, k_after) or brought_to(low, start, k_after)
        referred = _referred(tk, start, k_after)
        if follow == "word" and not (ellipsis or compared or tolled or referred):
            return None
        # "Fourteen of the 17 dead were workers": a part of the count that follows
        # ... and "downed 87 of 103 drones"
        at = _whole_start(low, k_after)
        whole = _whole_after(tk, at, named=low[at - 1] == "of") if at else None
        partitive = whole is not None and whole[0] in ("person", "household")
        marker = marker or referred or partitive
        if follow == "more":
            marker = True
    else:
        whole = None
    if num.is_range:
        qualifier = "range"
        if start > 0 and low[start - 1] == "between":
            start -= 1
    elif after_q and qualifier is None:
        qualifier = after_q
    end = noun.j if noun is not None and noun.j > noun.i else k_after
    if noun is not None and noun.text is None:
        end = noun.i  # "-strong" with no noun after it
    if _reports_subject(tk, end):
        return None  # "two officials said"
    if noun is not None and noun.unit == "person" and _inverted_speaker(low, start):
        return None  # "'We walked for days,' said one woman who asked not to be named"
    part_of = whole if whole is not None and whole[0] not in ("person", "household") else None
    if part_of is not None and start > 0 and low[start - 1] in _WHERE:
        part_of = None  # "spread in 20 of the 22 governorates": where, not what is counted
    return Cand(num, noun, start, max(end, num.j), qualifier, marker, follow, part_of)


# what befell the last one of a count just given: "three traffickers were arrested and one
# was shot dead", "two soldiers were killed ... and one was missing"
_ONE_VERBS = frozenset(
    {"was", "is", "remains", "remained", "died", "escaped", "fled", "had", "has", "still"}
    # "14 crew members had been kidnapped, nine injured and one killed"
    | {"killed", "injured", "wounded", "dead", "missing", "kidnapped", "abducted", "arrested"}
)


def _one_more(low: list[str], start: int, k_after: int) -> bool:
    if k_after + 1 < len(low) and low[k_after] == "more" and low[k_after + 1] in _ONE_VERBS:
        return True  # "One more was wounded", "one more died in hospital"
    if (
        start > 0
        and low[start - 1] in _STRUCK
        and (k_after >= len(low) or low[k_after] in _AFTER_LONE_ONE)
        and not (start > 1 and low[start - 2] in _DESCRIBING)
    ):
        return True  # "killing one and wounding two others", not "the injured one, aged 12,"
    return (
        start > 0 and low[start - 1] == "and" and k_after < len(low) and low[k_after] in _ONE_VERBS
    )


# what befalls a lone "one" as its object ("detained two saboteurs and killed one")
_STRUCK = frozenset(
    {"killing", "killed", "wounding", "wounded", "injuring", "injured", "abducting", "abducted",
     "kidnapping", "kidnapped", "arresting", "arrested", "detaining", "detained"}
)  # fmt: skip
_AFTER_LONE_ONE = frozenset({"and", ",", ".", ";", "while"})
# before a participle that describes "one" rather than striking it
_DESCRIBING = frozenset(
    {"the", "a", "an", "more", "most", "seriously", "badly", "critically", "slightly", "only",
     "lightly", "worst"}
)  # fmt: skip


# a clause about a count named just before it: "the 27,950 who made the crossing", "the 64
# it reported on Monday", "the 1,000 it pledged"
_REFERRING = frozenset({"who", "it", "they", "we", "he", "she"})


def _whole_start(low: list[str], k: int) -> int:
    """Where the count after "of the" or "of" and digits at token k starts, or 0."""
    if low[k : k + 1] != ["of"] or k + 1 >= len(low):
        return 0
    if low[k + 1] == "the":
        return k + 2
    return k + 1 if low[k + 1][0].isdigit() else 0


_WHERE = frozenset({"in", "across", "at", "throughout", "from"})


def _whole_after(tk: Tokens, k: int, named: bool = False) -> tuple[str, str] | None:
    """The unit and the noun's category of a count that starts at token k: of people, or
    of no noun ("the 17 dead", a cue after it), or of things ("the 1,209 homes")."""
    if k >= tk.n or not (tk.low[k][0] in _DIGITS or tk.low[k] in UNITS):
        return None
    whole = read_number(tk, k)
    if whole is None:
        return None
    after = skip_after(tk, whole.j)[0]
    noun = find_noun(tk, whole, after)
    if noun is None:  # "the 17 dead" (a cue after it), not "the 17 townships"
        # (without "the", a noun is needed: "Image 2 of 6:" counts nothing)
        return ("person", "") if follow_class(tk, after) != "word" and not named else None
    return noun.unit, noun.category or "other"


def _referred(tk: Tokens, start: int, k_after: int) -> bool:
    """Its clause reports or counts the number ("the 64 it reported", "the 1,000 it
    pledged") or says what befell them ("the 27,950 who made the crossing"); not "the 11
    it lost in the election", "the 5,000 who attended the concert"."""
    low = tk.low
    if not (start > 0 and low[start - 1] == "the" and k_after + 1 < tk.n):
        return False
    k = k_after
    while k < tk.n and low[k] in EARLIER:
        k += 1
    if k < tk.n and low[k] in _GIVEN:
        return True  # "the 22 announced by the police", "the 70 first reported by officials"
    if low[k_after] == "the" or tk.cap(k_after):  # "the 900 the UN had counted"
        for k in range(k_after + 1, min(k_after + 6, tk.n)):
            if low[k] in _GIVEN and low[k - 1] in _AUX:
                return True
    if low[k_after] not in _REFERRING:
        return False
    k = k_after + 1
    while k < tk.n and low[k] in _AUX:
        k += 1
    if k >= tk.n:
        return False
    event = RULES.cues.match_at(low, k) is not None
    if low[k_after] == "who":  # "the 300 who lost their homes"
        return event or low[k : k + 2] == ["made", "the"]
    event = event and low[k] not in _NO_EVENTS
    return event or low[k] in _COUNTING or RULES.report_verbs.match_at(low, k) is not None


_AUX = frozenset(
    {"had", "has", "have", "were", "was", "are", "is", "been", "be", "will", "would", "already",
     "also", "still", "now", "later", "previously", "originally", "first", "initially"}
)  # fmt: skip
_COUNTING = frozenset(
    {"pledged", "promised", "counted", "recorded", "registered", "listed", "delivered",
     "planned", "expected", "targeted"}
)  # fmt: skip
# a count given earlier, in a reduced relative clause: "the 125 listed a week ago"
_GIVEN = frozenset(
    {"reported", "announced", "given", "listed", "confirmed", "cited", "published", "released",
     "counted", "recorded", "registered", "documented", "estimated",
     # a count planned for a force or a plan: "well short of the 2,500 initially envisaged"
     "envisaged", "envisioned", "foreseen", "authorised", "authorized", "mandated"}
)  # fmt: skip
# cues that say nothing of a count referred back to: "the 11 it lost in the election"
_NO_EVENTS = frozenset({"lost", "left", "won", "bought", "sold", "attended"})


def _revised_from(low: list[str], start: int) -> bool:
    """'down to 89 from about 1,900 earlier in the week', 'to about 412,000, from about
    560,000 a month earlier': the value a count had before, right after its new one."""
    k = start - 2
    if k > 0 and low[k] == ",":
        k -= 1
    # "fell to four on Friday from 89 a week earlier": a time between the two values
    while k > 0 and start - k <= 5 and (low[k] in WEEKDAYS or low[k] in _WHEN_WORDS):
        k -= 1
    if low[start - 1] != "from" or k < 0 or not (low[k][0] in _DIGITS or low[k] in UNITS):
        return False
    # not a year ("fell to 2.4 per 100,000 in 2023, from 38 in 2019": a rate)
    return not year_token(low[k])


# a reporting verb put after a quote: who follows it speaks, and is not counted (after a
# comma the verb may close an apposition: "The spokesman, Onyema Nwachukwu, said 26 soldiers")
_INVERTED = frozenset({"said", "says", "added", "recalled", "explained", "asked", "admitted"})
_SAID_ENDS = frozenset({'"', "”", "'", "’"})


def _inverted_speaker(low: list[str], start: int) -> bool:
    # the quote opens the sentence: not a title or scare quotes inside it ('The UN report
    # "Nowhere Safe" said 1.3 million people had been displaced')
    quoted = bool(low) and low[0] in _SAID_ENDS
    return quoted and start > 1 and low[start - 1] in _INVERTED and low[start - 2] in _SAID_ENDS


# how a clause describes speakers: "who spoke to AFP", "who asked not to be named"
_SPEAKERS_CLAUSE = frozenset({"spoke", "talked", "asked", "declined", "requested", "gave"})


def _reports_subject(tk: Tokens, end: int) -> bool:
    # "Five witnesses who spoke to AFP said": a clause about the speakers, then their verb
    if end + 1 < tk.n and tk.low[end] == "who" and tk.low[end + 1] in _SPEAKERS_CLAUSE:
        said = next((k for k in range(end + 1, min(end + 8, tk.n)) if tk.low[k] in SAYING), None)
        if said is not None and said > end + 1 and tk.low[said - 1] not in SAYING:
            end = said
    # "two witnesses and a health worker told Reuters": speakers joined by "and"
    if end + 2 < tk.n and tk.low[end] == "and" and tk.low[end + 1] in {"a", "an", "the", "one"}:
        end = next((k for k in range(end + 2, min(end + 5, tk.n)) if tk.low[k] in SAYING), end)
    if end < tk.n:
        hit = RULES.report_verbs.match_at(tk.low, end)
        if hit is None or hit[1] not in {"said", "say", "says", "told", "tell", "reported"}:
            return False
        after = end + hit[0]
        # "1,187 people reported missing" are counted, "two officials reported" are sources
        return not (hit[1] == "reported" and after < tk.n and tk.low[after] in RULES.cues.by_first)
    return False
