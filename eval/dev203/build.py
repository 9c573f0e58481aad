"""Build eval/dev203/conflict.jsonl (and the empty eval/dev203/figures.jsonl).

dev203 is a blind set of whole articles (a title and 6 to 14 sentences) from the labour, unions
and workplace desks, 2014-2026, every region, in the style of Reuters, the Financial Times, the
Guardian, Al Jazeera, the Dhaka Tribune, News24, La Nacion in English and the trade press:
strikes, walkouts, pickets, lockouts, wage talks, union elections, "battles" with management,
industrial action on railways, docks, hospitals, schools, garment factories and mines, workplace
accidents and deaths, migrant workers' conditions, gig workers and layoffs, with the desk's own
war words used loosely, and, in about a third, current organised violence that reaches workers
(police firing on strikers, union leaders assassinated, strikes that turn into riots, workers
killed or abducted by armed groups at mines and oil sites, workers fleeing fighting, general
strikes put down with live fire). Labels follow eval/README.md (section 1). The texts, with
their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 203, gives them ids
dh0001... and writes the files.

    python3 eval/dev203/build.py            # validate, print the counts, write the files
    python3 eval/dev203/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_aftermath import NEGATIVES as NEG_AFTERMATH  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_table import NEGATIVES as NEG_TABLE  # noqa: E402
from texts_neg_walkout import NEGATIVES as NEG_WALKOUT  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_WALKOUT + NEG_TABLE + NEG_HAZARD + NEG_AFTERMATH

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev203",
            HERE,
            "dh",
            203,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
