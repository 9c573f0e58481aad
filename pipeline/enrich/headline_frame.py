"""The headline's frame: when a whole article's headline sits in a non-conflict context (a
peace deal, an anniversary, a film, a quake, a court) and names no violent event of its own,
that context holds for every sentence of the article (conflict.py demotes them all)."""

from __future__ import annotations

from .cues import (
    _ACTOR,
    _CASUALTY,
    _DATED,
    _DEMOTE,
    _HARD,
    _VSTRONG,
    _WEAPON,
    YIELD_SHIFT,
    Info,
    yield_tags,
    yielding_demotion,
)
from .rules import Rules

# what a court judges: the strong cues its headline may name and still frame the article
_CHARGES = frozenset(
    ("violence_against_civilians", "violence", "terrorism", "explosions_remote_violence")
)
_JUDGING = ("court", "history")  # the domains whose headline names what it judges or remembers
# the history words that date a headline's attack to years ago
_ANNIVERSARY = ("years after", "years since", "years on", "anniversary", "decades after")
# the words that open a headline's clause of its own
_BESIDE = (" as ", " while ", " amid ")


def frame_headline(
    rules: Rules,
    hits: list[tuple[int, int, int, int, Info, float]],
    flags: list[int],
    domain_hits: dict[str, dict[str, bool]],
    title: str,
    title_contexts: list[int],
) -> bool:
    """Whether the headline frames the article. `hits` are the cues found (field 0 is the
    headline), `flags` each unit's context flags (unit 0 the headline; framing adds the
    headline's to the others), `title` the lowercased headline and `title_contexts` where its
    demoting contexts start."""
    # one pass over the headline's cues: what it charges (a court's headline names the crime
    # it judges, not a riot or a strike, and one that remembers the atrocity it remembers:
    # "Addis Ababa remembers victims of 1937 Graziani massacre"); whether a strong cue stands
    # in a clause of its own opened by "as", "while" or "amid", today's news beside what is
    # remembered ("Beirut port blast marked on fourth anniversary as strikes hit the south");
    # and whether war words stand in such a clause holding no context of its own, which is no
    # part of the frame ("Winter storm floods tents in Gaza as strikes continue in the south";
    # not "as Gaza ceasefire takes effect", "as army removes WWII bomb")
    charged: set[str] = set()
    beside = False
    for field, _, start, _, info, _ in hits:
        if field != 0:
            continue
        strong = {n for n, st in info[1] if st == "strong"}
        charged |= strong
        opened = max(title.rfind(w, 0, start) for w in _BESIDE)
        if opened < 0:
            continue
        beside = beside or bool(strong)
        violent = any(n in rules.violent_tags for n, _ in info[1])
        if violent and not any(c > opened for c in title_contexts):
            return False
    if _answered(rules, hits, domain_hits):
        return False
    court = (
        charged <= _CHARGES
        and not beside
        and any(any(domain_hits.get(name, {}).values()) for name in _JUDGING)
    )
    # armed men or weapons in the headline beside what it judges ("as soldiers open
    # fire", "Shelling halts exhumation"), not the attack an anniversary remembers ("Five
    # years after Easter bombings")
    remembered = domain_hits.get("history", {})
    anniversary = any(remembered.get(key) for key in _ANNIVERSARY)
    armed = bool(flags[0] & (_ACTOR | _WEAPON)) and not anniversary
    return _frame(flags, len(yield_tags(rules)), court, armed)


def _answered(
    rules: Rules,
    hits: list[tuple[int, int, int, int, Info, float]],
    domain_hits: dict[str, dict[str, bool]],
) -> bool:
    """The body answers every context of the headline with a strong cue of a tag that
    context yields to: "Police hunt gunmen after shooting spree" over a body in which the
    minister calls it a terror attack is no crime story."""
    framing = [
        name
        for name, keys in domain_hits.items()
        if name in rules.demoting_domains and any(keys.values())
    ]
    if not framing or not all(rules.domain_yields.get(name) for name in framing):
        return False
    strong = {
        n for field, _, _, _, info, _ in hits if field == 1 for n, st in info[1] if st == "strong"
    }
    return all(strong.intersection(rules.domain_yields[name]) for name in framing)


def _frame(flags: list[int], k: int, court: bool, armed: bool) -> bool:
    """A whole article whose headline sits in a non-conflict context (a peace deal, an
    anniversary, a film, a quake) and names neither a strong violent event nor a casualty:
    that context holds for every sentence, whose war words are then its background. True
    when the article is so framed. `court`: the headline judges or remembers (a court, an
    anniversary); `armed`: armed men or weapons act in it beside what it judges."""
    title = flags[0]
    demoted = title & _DEMOTE or yielding_demotion(title, k)
    # a court names the atrocity it judges ("court jails doctor for genocide complicity"),
    # unless armed men or weapons act in the headline ("court convicts protesters as
    # soldiers open fire")
    charge = court and not armed
    if demoted and not title & (_CASUALTY if charge else _VSTRONG | _CASUALTY):
        for own in flags[1:]:
            # a strong cue of violence or a casualty dated to a day of this week, with armed
            # men or weapons, in a sentence of no other context, is news the headline does
            # not cover: "Marawi's victims are paid, seven years on ... On Wednesday,
            # soldiers clashed with IS fighters", "Russian forces hit the works with
            # missiles on Thursday, killing seven employees"
            dated = own & _DATED and own & (_VSTRONG | _CASUALTY) and own & (_ACTOR | _WEAPON)
            if dated and not (own & _DEMOTE or yielding_demotion(own, k)):
                return False
        # a domain that yields (a match) frames each sentence as it would its own: a
        # strong cue of the tags it yields to still lifts it there
        mask = _DEMOTE | _HARD | (((1 << k) - 1) << YIELD_SHIFT)
        for u in range(1, len(flags)):
            flags[u] |= title & mask
        return True
    return False
