"""Build eval/dev227/conflict.jsonl (and the empty eval/dev227/figures.jsonl).

dev227 is a blind set of whole articles (a title and 6 to 14 sentences) from the diplomatic
desk, 2014-2026, every region, as the wires (Reuters, AFP, AP) and the diplomatic press
(Politico Europe, Al-Monitor, PassBlue, The National, Dawn, The East African, Nikkei Asia)
write it: summits, state visits, UN debates and votes, foreign ministers' tours, talks and
communiques, truces and mandate renewals, sanctions packages, peace plans, expelled diplomats,
embassies reopened, arms deals and defence pacts, anniversaries and apologies, the desk's own
war words ("war of words", "diplomatic offensive", "bruising battle" over a text), and the
disasters, accidents, crimes and peaceful protests that reach ministers and missions; and, in
about a third, the current organised violence that reaches them (a summit held as strikes kill
people that day, a visit spent in a shelter during a missile barrage, diplomats and embassies
attacked, envoys negotiating while a city is shelled and people flee, a UN session on a
massacre of this week). Labels follow eval/README.md (section 1). The texts, with their labels,
are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 227, gives them ids
dt0001... and writes the files.

    python3 eval/dev227/build.py            # validate, print the counts, write the files
    python3 eval/dev227/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_margins import NEGATIVES as NEG_MARGINS  # noqa: E402
from texts_neg_talks import NEGATIVES as NEG_TALKS  # noqa: E402
from texts_neg_visits import NEGATIVES as NEG_VISITS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_TALKS + NEG_VISITS + NEG_MARGINS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev227",
            HERE,
            "dt",
            227,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
