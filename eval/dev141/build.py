"""Build eval/dev141/conflict.jsonl (and the empty eval/dev141/figures.jsonl).

dev141 is a blind set of whole articles (a title and 6 to 14 sentences) from the defence and
security desk, 2018-2026, every region, in the style of Defense News, Breaking Defense, Janes,
The War Zone, Military Times, Stars and Stripes, UK Defence Journal, Army Recognition, The
Diplomat, Defence Connect, ThePrint and Reuters' defence correspondents. The desk's ordinary
output is procurement and arms deals, budgets, exercises and drills, deployments and basing,
veterans, military courts, recruitment and conscription, think-tank reports, cyber, space and
missile tests, arms control, peacekeeping mandates and the defence industry; beside them, about
a third of the texts are its reports of actual strikes, battles, raids and their casualties.
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 141, gives them ids
jg0001... and writes the files.

    python3 eval/dev141/build.py            # validate, print the counts, write the files
    python3 eval/dev141/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_economy_politics import NEGATIVES as NEG_CRIME_ECON_POL  # noqa: E402
from texts_neg_military_a import NEGATIVES as NEG_MILITARY_A  # noqa: E402
from texts_neg_military_b import NEGATIVES as NEG_MILITARY_B  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_peace_history_accident import NEGATIVES as NEG_PEACE_HIST_ACC  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_MILITARY_A + NEG_MILITARY_B + NEG_PEACE_HIST_ACC + NEG_CRIME_ECON_POL + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev141",
            HERE,
            "jg",
            141,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
