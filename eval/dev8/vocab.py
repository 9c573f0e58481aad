"""dev8's vocabularies: those of eval/figset/words.py as they stood when dev8 was written, with
dev8's own additions. The tables dev8 shares with figset are imported from it; what differs
is here (figset has grown since: "scores" and "several hundreds", "12 000" and "3.4mn", and
more nouns; dev8 added hedges in speech and a few nouns of its own), so that dev8's texts are
read as they were written. Split from build.py; the shared tables imported from figset since
2026-11-27 (the set rebuilds byte-identical)."""

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
    QUALIFIERS,
    TAGS,
    UNITS,
    WORD_RE,
    WORDS,
)
from figset.words import OTHER as _OTHER
from figset.words import STRUCTURE as _STRUCTURE
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

# figset's later vague amounts (dev7: "several hundreds"; dev24: "scores of") are not dev8's
VAGUE = [v for v in _VAGUE if v[0] not in {"several hundreds", "scores"}]
QUALIFIER_WORDS = [  # longest first
    ("an estimated population of", "approx"),
    ("an estimated", "approx"),
    ("approximately", "approx"),
    ("close to", "approx"),
    ("roughly", "approx"),
    ("nearly", "approx"),
    ("almost", "approx"),
    ("around", "approx"),
    ("about", "approx"),
    ("some", "approx"),
    ("just under", "approx"),
    ("maybe", "approx"),
    ("approx", "approx"),  # dev8: hedges in speech
    ("perhaps", "approx"),
    ("just over", "at_least"),
    ("at least", "at_least"),
    ("more than", "at_least"),
    ("well over", "at_least"),
    ("upwards of", "at_least"),
    ("in excess of", "at_least"),
    ("no fewer than", "at_least"),
    ("over", "at_least"),
    ("as many as", "at_most"),
    ("no more than", "at_most"),
    ("fewer than", "at_most"),
    ("up to", "at_most"),
    ("less than", "at_most"),  # dev8
    ("at most", "at_most"),
]
NUM_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s*(million|billion|m)\b)?")
# the nouns of each unit: figset's, without those added after dev8 (dev7, dev10-dev24), with
# dev8's own
STRUCTURE = (_STRUCTURE - {"caravans"}) | {
    "blocks",
    "classroom",
    "homesteads",
    "hotels",
    "kiosks",
    "mosque",
    "stalls",
}
OTHER = (
    _OTHER
    - {
        "artillery",
        "beds",
        "canisters",
        "carts",
        "cots",
        "counties",
        "devices",
        "explosives",
        "hampers",
        "handguns",
        "helicopters",
        "jeeps",
        "machetes",
        "magazines",
        "missiles",
        "packets",
        "positions",
        "revolvers",
        "ships",
        "shotguns",
        "tablets",
        "tankers",
        "tarps",
        "trailers",
        "warplanes",
    }
) | {"attacks", "bottles", "incidents", "posts", "strikes", "truckloads"}
