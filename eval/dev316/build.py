"""Build eval/dev316/conflict.jsonl (and the empty eval/dev316/figures.jsonl).

dev316 is a blind set of whole articles (a title and 6 to 14 sentences) from the obituaries
desk, 2014-2026, every region, in the style of the obituary pages and death notices of Reuters,
AP, AFP, the BBC, the Guardian, the New York Times, Al Jazeera, Kyiv Independent, Dawn, The
Daily Star, Nation Africa, Premium Times and the Latin American and Asian press in English: the
lives of politicians, soldiers, artists, scientists, athletes, journalists and activists who died
of old age and illness, veterans of past wars, war correspondents who died at home, generals
remembered for campaigns long over, deaths in accidents, disasters, crimes and epidemics, lives
told in war words used loosely, and, in about a third, the obituaries of people killed in current
fighting, strikes, attacks, assassinations and crackdowns. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 316, gives them ids
ul0001... and writes the files.

    python3 eval/dev316/build.py            # validate, print the counts, write the files
    python3 eval/dev316/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_loose import NEGATIVES as NEG_LOOSE  # noqa: E402
from texts_neg_misfortune import NEGATIVES as NEG_MISFORTUNE  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_PAST + NEG_LOOSE + NEG_MISFORTUNE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev316",
            HERE,
            "ul",
            316,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
