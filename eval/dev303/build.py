"""Build eval/dev303/conflict.jsonl (and the empty eval/dev303/figures.jsonl).

dev303 is a blind set of whole articles (a title and 6 to 14 sentences) in the register of the
wire's urgent items and short updates, 2014-2026, every region, as Reuters, AP and AFP move them:
six-to-eight-sentence breaking stories on any topic (markets, politics, courts, weather, sport,
accidents, health, wars). The negatives are breaking news of accidents, storms and floods,
verdicts, resignations, market moves, sports results, outbreaks, workers' strikes, peace deals,
military drills and anniversaries, with the desk's war words used loosely; the positives, about
a third, are breaking items that report current attacks, strikes, clashes, coups or casualties
of fighting. Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 303, gives them ids
uf0001... and writes the files.

    python3 eval/dev303/build.py            # validate, print the counts, write the files
    python3 eval/dev303/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_labour import NEGATIVES as NEG_LABOUR  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_HAZARD + NEG_DESK + NEG_LABOUR

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev303",
            HERE,
            "uf",
            303,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
