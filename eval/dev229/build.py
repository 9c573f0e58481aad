"""Build eval/dev229/conflict.jsonl (and the empty eval/dev229/figures.jsonl).

dev229 is a blind set of whole articles (a title and 6 to 14 sentences) from the weather and
climate desk, 2014-2026, every region, as the wires, the Met Office, national weather services and
the papers write it: forecasts, storms, heatwaves, floods, droughts, wildfires, climate science and
climate policy, with the desk's war words used loosely (weather bombs, bomb cyclones, storms that
batter and assault coasts, firefighters battling blazes, the war on emissions, climate conflict
warnings, floods that displace thousands, evacuations before hurricanes) and, in about a third,
current armed conflict or political violence that meets the weather (floods in camps of people
displaced by a war this year, shelling during heatwaves, fighting that stops flood relief, troops
firing on people queuing for water, crackdowns on water protests). Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 229, gives them ids
du0001... and writes the files.

    python3 eval/dev229/build.py            # validate, print the counts, write the files
    python3 eval/dev229/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_fire_heat import NEGATIVES as NEG_FIRE_HEAT  # noqa: E402
from texts_neg_policy import NEGATIVES as NEG_POLICY  # noqa: E402
from texts_neg_storms import NEGATIVES as NEG_STORMS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_STORMS + NEG_FIRE_HEAT + NEG_POLICY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev229",
            HERE,
            "du",
            229,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
