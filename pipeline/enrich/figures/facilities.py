"""Latrines, boreholes and kitchens: what a camp or a city lives by, counted like the aid
that builds them. Built, dug or run they are aid ("aid agencies have dug 120 latrines");
closed, destroyed or washed away they are a loss the story reports, no aid given ("43
kitchens have since closed", "50 boreholes were destroyed"): other."""

from __future__ import annotations

from .candidates import Cand
from .dwellings import said_of
from .rules import RULES
from .tokens import Tokens


def lost_facilities(tk: Tokens, cand: Cand) -> bool:
    """The count is of facilities, and its clause tells them closed or ruined."""
    noun = cand.noun
    if noun is None or tk.low[noun.j - 1] not in RULES.facilities:
        return False
    return said_of(tk, cand, RULES.facility_loss)
