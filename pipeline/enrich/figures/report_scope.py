"""Where a report reaches: whether the clause after a reporting verb is what it reports
("X told the Geneva briefing that ..." looks forward, "..., X said on Monday." looks back),
and where a forward report ends (", though ...", ", while ...")."""

from __future__ import annotations

from collections.abc import Callable

from .agents import BOUNDARY, np_forward
from .numbers import NUMBER_WORDS
from .rules import RULES
from .tokens import Tokens

_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})

# what a speaker tells beyond the listed told_objects: "told the weekly Geneva briefing"
_AUDIENCES = frozenset(
    {"briefing", "briefings", "conference", "council", "meeting", "session", "assembly",
     "summit", "hearing", "committee", "parliament", "senate", "commons", "reporters",
     "journalists", "lawmakers", "legislators", "audience", "crowd", "forum", "panel",
     "newspaper", "broadcaster", "channel", "radio", "television", "agency", "gathering"}
)  # fmt: skip
# a forward report ("Officials said ...") ends at ", though ..." or ", while ..."
SCOPE_ENDS = frozenset({"though", "although", "while", "whereas", "but"})


_TIME_CLAUSE = frozenset({"after", "before", "when", "while", "during"})
_THAT = frozenset({"that", ":"})


TOLD = frozenset({"told", "tells", "tell"})
SAYING = frozenset({"said", "say", "says"}) | TOLD
# words between a count and the participle that gives it: "the 70 first reported by officials"
EARLIER = frozenset({"first", "initially", "previously", "originally", "earlier", "officially"})


def after_verb(tk: Tokens, k: int) -> str:
    """'forward' if a reported clause follows token k, else 'backward'."""
    low = tk.low
    hit = RULES.told_objects.match_at(low, k) if k < tk.n else None
    if hit is not None:
        k += hit[0]
    elif k < tk.n and low[k - 1] in TOLD and tk.cap(k):
        k = np_forward(tk, k)  # "survivors told UNHCR."
    elif k < tk.n and low[k - 1] in TOLD and low[k] in _DETERMINERS:
        # "told the Geneva briefing", "told a UN Security Council meeting"
        head = next((m for m in range(k + 1, min(k + 5, tk.n)) if low[m] in _AUDIENCES), None)
        k = head + 1 if head is not None else k
    while k < tk.n and (
        low[k] in RULES.tail_words
        or low[k] in RULES.months
        or (low[k][0].isdigit() and (len(low[k]) <= 2 or ":" in low[k]) and not _joined(low, k))
        or _dated(low, k)
    ):
        if low[k] == "that":
            break
        if (
            low[k] in _TIME_CLAUSE
            and not low[k - 1][0].isdigit()  # "raised the toll to 17 after two bodies ..."
            and not _THAT.intersection(low[k + 1 : k + 9])
        ):
            return "backward"  # "..., the general said after visiting the region."
        k += 1
    if k >= tk.n:
        return "backward"
    w = low[k]
    if w == "," and k + 1 < tk.n:
        # "Anadolu reported, citing local sources, that at least 19 civilians were killed";
        # "The ICRC said on Tuesday, the International Day of the Disappeared, that ..."
        end = next((x for x in range(k + 2, min(k + 14, tk.n)) if low[x] == ","), None)
        if end is not None and end + 1 < tk.n and low[end + 1] == "that":
            return "forward"
    if w == "that" or w[0].isalnum() or w in {'"', "'"}:
        return "forward"
    if w == ":":
        return "forward"
    return "backward"


# whom a speaker tells, in lowercase: "told reporters it had confirmed 1,426 deaths"
_TOLD_WHOM = frozenset({"reporters", "journalists", "lawmakers", "parliament", "us"})


def _joined(low: list[str], k: int) -> bool:
    """A short number joined by a hyphen to what follows counts or qualifies it and is no
    date: "said 15-20 journalists", "said its 24-hour clinic"""
    return k + 1 < len(low) and low[k + 1] == "-"


def told_before(tk: Tokens, s: int) -> bool:
    """The one told stands right before token s: "told Reuters he", "told the BBC she",
    "told reporters it"."""
    low = tk.low
    if s >= 2 and low[s - 2] in TOLD and (tk.cap(s - 1) or low[s - 1] in _TOLD_WHOM):
        return True
    return s >= 3 and low[s - 3] in TOLD and low[s - 2] == "the"


def _dated(low: list[str], k: int) -> bool:
    """The year of a date after the verb, and the comma before it: "said on February 9,
    2024 that ...", "said in 2023 that ..."."""
    if low[k] == "," and k + 1 < len(low):
        k += 1
        if not (low[k - 2][0].isdigit() or low[k - 2] in RULES.months):
            return False
    return len(low[k]) == 4 and low[k].isdigit() and low[k][:2] in ("19", "20")


def scope_end(tk: Tokens, k: int, conjunctions: frozenset[str]) -> int:
    """Where a forward report starting at k ends: ', though ...' (or the end)."""
    low = tk.low
    while k + 1 < tk.n:
        if low[k] == "," and low[k + 1] in conjunctions:
            predicate = k + 2 < tk.n and low[k + 1] == "and" and low[k + 2].endswith("ed")
            # ", and forced 630,000 from their homes" shares the subject; so does a clause
            # with no report of its own, after a forward report ("X said ..., while 4,786
            # houses had been burnt") as after "according to X" ("..., according to the
            # UN, and as many as 140,000 are confined to camps": the sets give the UN
            # 41 times to 14)
            own = _reported_after(tk, k + 2)
            if not predicate and own:
                return k
        k += 1
    return tk.n


def _reported_after(tk: Tokens, k: int) -> bool:
    """A reporting verb or "according to" from token k to the end of the sentence."""
    match_at = RULES.report_verbs.match_at
    low = tk.low
    return any(
        low[m] == "according" or (low[m] in RULES.report_verbs.by_first and match_at(low, m))
        for m in range(k, tk.n)
    )


ACCORDING_ENDS = SCOPE_ENDS | {"and"}


def count_next(tk: Tokens, k: int) -> bool:
    """A number in digits or words at token k."""
    return k < tk.n and (tk.low[k][0].isdigit() or tk.low[k] in NUMBER_WORDS)


def count_before(tk: Tokens, v: int) -> bool:
    """A count stands right before the participle at v: "the 70 first reported by"."""
    w = v - 1
    while w > 0 and tk.low[w] in EARLIER:
        w -= 1
    return w >= 0 and count_next(tk, w)


_NOUNS_TOO = frozenset({"report", "reports", "estimate", "estimates", "claim", "claims"})
_SINGULAR_NOUNS = frozenset(w for w in _NOUNS_TOO if not w.endswith("s"))  # after "a"
_INSIDE_A_PHRASE = frozenset({"of", "at", "in", "from", "near", "on", "for", "with", "by", "to"})
# "in its latest report", not "in the region reports": a place before a verb
_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


def report_noun(low: list[str], v: int) -> bool:
    """The reporting word at v is a noun after "in" and a possessive ("acknowledged in its
    latest quarterly report that"), not a verb ("The UN office in the region reports")."""
    if low[v] in _SINGULAR_NOUNS and any(
        low[x] in ("a", "an")
        and "," not in low[x:v]
        and (x == 0 or low[x - 1] not in _INSIDE_A_PHRASE)
        for x in range(max(0, v - 3), v)
    ):
        # "A UN report put the toll at": after "a", "report" is no verb; but "Residents of
        # a nearby village report" is the residents' verb
        return True
    return low[v] in _NOUNS_TOO and any(
        low[x] in _POSSESSIVES and low[x - 1] == "in" for x in range(max(1, v - 3), v)
    )


def in_clause(tk: Tokens, k: int, reach: int, hit: Callable[[int], bool]) -> bool:
    """`hit` holds for a token among the `reach` from k on, before the clause ends (at a
    boundary or a "that": "confirmed that 45 people had died" reports a clause)."""
    for x in range(k, min(k + reach, tk.n)):
        if tk.low[x] in BOUNDARY or tk.low[x] == "that":
            return False
        if hit(x):
            return True
    return False


def count_soon(tk: Tokens, k: int) -> bool:
    """A count within the next four words of the clause ("more than 27,000")."""
    return in_clause(tk, k, 4, lambda x: count_next(tk, x))


def names_next(tk: Tokens, k: int) -> bool:
    """A name or a source starts at token k ("per UNHCR", "per the ministry"), not a unit
    ("per cent", "per day")."""
    if k < tk.n and tk.low[k] == "the":
        k += 1
    if k < tk.n and tk.low[k] == "head":
        return False  # "more displaced people per head than any other region"
    return k < tk.n and (tk.cap(k) or tk.low[k] in RULES.source_words)
