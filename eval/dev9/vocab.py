"""dev9's vocabularies: those of eval/figset/words.py as they stood when dev9 was written, with
dev9's own additions. The tables dev9 shares with figset are imported from it; what differs
is here (figset has grown since: "scores of", "3.4mn" and "12k", and more nouns; dev9 added a
few nouns of its own), so that dev9's texts are read as they were written. Split from
build.py; the shared tables imported from figset since 2026-11-27 (the set rebuilds
byte-identical)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # eval/: the figset package

from figset.words import (
    CATEGORIES,
    HOUSEHOLD,
    NEG_KINDS,
    NON_NOUNS,
    QUALIFIER_WORDS,
    QUALIFIERS,
    STRUCTURE,
    TAGS,
    UNITS,
    WORD_RE,
    WORDS,
)
from figset.words import OTHER as _OTHER
from figset.words import VAGUE as _VAGUE

__all__ = [
    "CATEGORIES",
    "HOUSEHOLD",
    "NEG_KINDS",
    "NON_NOUNS",
    "NUM_RE",
    "OTHER",
    "QUALIFIERS",
    "QUALIFIER_WORDS",
    "STRUCTURE",
    "TAGS",
    "UNITS",
    "VAGUE",
    "WORDS",
    "WORD_RE",
]

# figset's later "scores of" (dev24) is not dev9's
VAGUE = [v for v in _VAGUE if v[0] != "scores"]
# dev7: also "12 000" and "12.000" (thousands separated by a space or a dot; the dot form only
# when no million/billion follows) and "15 thousand"
NUM_RE = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?!\d)"
    r"|\d{1,3}(?:\.\d{3})+(?![\d.])(?!\s*(?:million|billion))|\d+)"
    r"(?:\.(\d+))?(?:\s*(million|billion|thousand|m)\b)?"
)
# the nouns of the unit "other": figset's, without those added after dev9 (dev10-dev24), with
# dev9's own
OTHER = (
    _OTHER
    - {
        "artillery",
        "beds",
        "boxes",
        "canisters",
        "cots",
        "counties",
        "hampers",
        "handguns",
        "helicopters",
        "jeeps",
        "machetes",
        "magazines",
        "packets",
        "pieces",
        "positions",
        "revolvers",
        "shotguns",
        "tarps",
        "trailers",
        "warplanes",
    }
) | {"airstrikes", "attacks", "events", "graves", "incidents", "strikes"}
