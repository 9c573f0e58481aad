"""Build eval/dev269/conflict.jsonl (and the empty eval/dev269/figures.jsonl).

dev269 is a blind set of whole articles (a title and 6 to 14 sentences) from live blogs and
rolling coverage, 2014-2026, every region: the timestamped entries of one page, "as it happened"
pages and breaking-news tickers, as the Guardian, the BBC, Al Jazeera and CNN write them, on
elections, budgets and votes, storms, quakes and floods, summits and talks, trials, football,
cricket, tennis and cycling, markets, strikes by workers, royal events, parades and drills, with
the desk's war words used loosely and wars named in passing, and, in about a third, live pages
whose entries report current fighting, air and missile strikes, attacks, riots and crackdowns
or their casualties (some of them pages on an election, an earthquake, a summit, a match or the
markets that one or two entries turn into a conflict report). Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 269, gives them ids
to0001... and writes the files.

    python3 eval/dev269/build.py            # validate, print the counts, write the files
    python3 eval/dev269/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_events import NEGATIVES as NEG_EVENTS  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_neg_talks_trials import NEGATIVES as NEG_TALKS_TRIALS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_POLITICS + NEG_TALKS_TRIALS + NEG_EVENTS + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev269",
            HERE,
            "to",
            269,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
