"""Build eval/dev195/conflict.jsonl (and the empty eval/dev195/figures.jsonl).

dev195 is a blind set of whole articles (a title and 6 to 14 sentences) from the housing,
property, construction and urban planning desks, 2015-2026, every region, in the style of
Bloomberg CityLab, the Guardian's cities and housing pages, the Financial Times, Reuters, AFP,
Haaretz, The National, L'Orient Today, Kyiv Independent, Dawn, Rappler, The East African and
Folha in English: prices, rents, mortgages, developers, social housing, evictions, squatters,
tower fires and collapses, rebuilding after quakes and floods, architecture, new towns, property
markets near wars and rebuilding conferences with their war words used loosely, and, in about a
third, current organised violence that reaches homes (strikes on apartment blocks, homes burned
by armed groups or settlers, demolitions by soldiers, riots and crackdowns). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 195, gives them ids
dd0001... and writes the files.

    python3 eval/dev195/build.py            # validate, print the counts, write the files
    python3 eval/dev195/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_market import NEGATIVES as NEG_MARKET  # noqa: E402
from texts_neg_planning import NEGATIVES as NEG_PLANNING  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_MARKET + NEG_PLANNING + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev195",
            HERE,
            "dd",
            195,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
