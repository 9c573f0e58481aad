"""Recipients: people that aid, or what aid gives, was given to ("provided hot meals to more
than 100,000 displaced people", "gave food parcels to 9,400 returnees"), and the events
said between a number and its noun ("1,260 injured persons") that name people by what
happened to them instead."""

from __future__ import annotations

from .events import Cue
from .rules import RULES
from .tokens import Tokens

_RECIPIENT_REACH = 4  # words between a giving verb and the "to" of its recipients
_RECIPIENTS = frozenset({"person", "household"})
# money paid gives too, when money stands between the verb and "to"
_PAYING = frozenset(
    {"paid", "pay", "pays", "paying", "payments", "payment", "transferred", "transfers"}
)
_GIVING = _PAYING | frozenset(
    {"provided", "provide", "provides", "providing", "distributed", "distribute",
     "distributes", "distributing", "delivered", "deliver", "delivers", "delivering", "gave",
     "give", "gives", "giving", "given", "served", "serve", "serves", "serving", "supplied",
     "supply", "supplies", "supplying", "airdropped", "trucked",
     # "handed food parcels to 400 returning families" (what is handed must be aid:
     # "handed over 95 prisoners to the Red Cross" is not)
     "handed", "hand", "hands", "handing"}
)  # fmt: skip
_MONEY = frozenset(
    {"grant", "grants", "cash", "allowance", "allowances", "stipend", "stipends", "subsidy",
     "subsidies", "pension", "pensions", "benefits", "compensation", "transfers"}
)  # fmt: skip
_CURRENCY = frozenset("$€£¥₦₹₱₴")
# a count added to those given before: "food parcels to 23,000 households and hygiene kits
# to another 8,000 families"
_ADDED = frozenset({"another", "further", "additional"})
_WHOLE = frozenset({"all", "the", "each", "of"})
_LIST_REACH = 24  # ... or a list of the goods given: "2,500 bags of rice, 1,800 mattresses"
_LIST_BREAKS = frozenset({".", ";", ":", "who", "which", "where", "while", "but"})
_CARE = frozenset({"care", "treatment", "assistance", "support", "services", "help", "relief"})
# who the recipients are does not hide that they received aid; what happened to them does
_RECIPIENT_NOUNS = frozenset({"", "displaced", "returned", "civilians", "other"})


def modifier_event(cues: list[Cue], span: tuple[int, int]) -> bool:
    """A strong event among the words between a number and its noun ("1,260 injured
    persons", "45 freed hostages"); who they are ("5,000 displaced children", "400
    returning families") is none."""
    lo, hi = span
    return any(
        lo <= c.i and c.j <= hi and c.i < c.j and not c.weak and c.category not in _STATES
        for c in cues
    )


# the states people are in, not what befell them between the number and the noun
_STATES = frozenset({"displaced", "returned"})


def given_to(
    tk: Tokens,
    cues: list[Cue],
    start: int,
    unit: str,
    noun_category: str | None,
    modifier_span: tuple[int, int],
) -> bool:
    """'provided hot meals to more than 100,000 displaced people', 'gave food parcels to
    9,400 returnees': people that aid, or what aid gives, was given to. Not 'raised the
    toll to 30', 'cut off supplies to 12,000', 'gave weapons to 2,000 militiamen', 'care
    to 1,260 wounded people' (what happened to them names them)."""
    if start > 0 and tk.low[start - 1] in _ADDED:
        start -= 2 if start > 2 and tk.low[start - 2] in ("a", "an") else 1
    while start > 1 and tk.low[start - 1] in _WHOLE:
        start -= 1  # "distribute emergency kits to all 1,800 families", "to the 300 families"
    if start < 1 or tk.low[start - 1] != "to" or unit not in _RECIPIENTS:
        return False
    if (noun_category or "") not in _RECIPIENT_NOUNS:
        return False
    if modifier_event(cues, modifier_span):
        return False  # "wounded", "freed": an event of their own
    reach = max(0, start - 1 - _LIST_REACH)
    verb = None
    for k in range(start - 2, reach - 1, -1):
        w = tk.low[k]
        if w in _GIVING:
            verb = k
            break
        if w in _LIST_BREAKS:
            return False
    if verb is None:
        return False
    # what is distributed to people is relief ("seed and tools"), and reaches further, past
    # goods told by their weight: "distributed 25-kilogram sacks of flour to about 13,000 families"
    distributed = tk.low[verb].startswith("distribut")
    verb_reach = _RECIPIENT_REACH * (2 if distributed else 1)
    if start - 1 - verb > verb_reach and not _goods_listed(tk, cues, verb, start - 1):
        return False
    if distributed:
        return True
    # what is given is aid: care, an aid cue or an aid noun between the verb and "to"
    between = range(verb + 1, start - 1)
    if tk.low[verb] in _PAYING:
        # money paid to people: "made payments of $90 to 4,800 households", "paid a one-off
        # reconstruction grant to about 380,000 households" (not "paid tribute to 300 victims")
        return any(tk.low[k] in _MONEY or tk.low[k][:1] in _CURRENCY for k in between)
    return (
        any(tk.low[k] in _CARE for k in between)
        or any(c.category == "aid" and verb < c.i < start - 1 for c in cues)
        or any(
            (hit := RULES.nouns.match_at(tk.low, k)) is not None
            and hit[1][1] == "aid"
            and k + hit[0] <= start - 1
            for k in between
        )
    )


def _goods_listed(tk: Tokens, cues: list[Cue], verb: int, to: int) -> bool:
    """Between a giving verb and a far "to" stands a list of the goods given ("distributed
    2,500 bags of rice, 1,800 mattresses and 600 bundles of roofing sheets to"): an aid
    noun, and no event but aid ("delivered food to the town, where gunmen killed ...")."""
    low = tk.low
    return any(
        (hit := RULES.nouns.match_at(low, k)) is not None and hit[1][1] == "aid"
        for k in range(verb + 1, to)
    ) and not any(verb < c.i < to and c.category != "aid" and not c.weak for c in cues)
