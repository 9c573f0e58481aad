"""Build eval/dev185/conflict.jsonl (and the empty eval/dev185/figures.jsonl).

dev185 is a blind set of obituaries, profiles and human-interest stories of 2016-2026 (6 to 14
sentences, 700 to 2,600 characters, with a title), in the style of the obituary and feature
pages of The Guardian, The Economist, The New York Times, The Washington Post, the BBC, Al
Jazeera, the Kyiv Independent, The Continent, Dawn, The Hindu, Rappler and El País English:
obituaries of veterans, generals, rebel leaders, peacemakers, journalists, doctors, artists and
ordinary people; profiles of survivors, medics, volunteers, refugees and soldiers; funerals; and,
for about a third of the texts, stories told while the violence is current (a journalist killed
in a strike this week, a medic killed evacuating the wounded, a village burying yesterday's dead,
a fighter profiled from the front line). Labels follow eval/README.md (section 1). The texts,
with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 185, gives them ids
ly0001... and writes the files.

    python3 eval/dev185/build.py            # validate, print the counts, write the files
    python3 eval/dev185/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_history import NEGATIVES as NEG_HISTORY  # noqa: E402
from texts_neg_military_culture import NEGATIVES as NEG_MILITARY_CULTURE  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_HISTORY + NEG_OTHER + NEG_MILITARY_CULTURE + NEG_MISC

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev185",
            HERE,
            "ly",
            185,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
