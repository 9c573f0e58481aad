"""Build eval/dev403/conflict.jsonl (and the empty eval/dev403/figures.jsonl).

dev403 is a blind set of whole articles (a title and 6 to 14 sentences) from the Palestinian press
in translation, 2014-2026: WAFA, Al-Quds, Ma'an and Palestine TV, on every topic, in the
translated register of those outlets (datelines, "occupation forces", ministries and syndicates as
sources). Negatives are the ordinary news of the West Bank and Gaza (the olive harvest and its
prices, the Tawjihi exams, Palestinian Authority politics and elections, Prisoners' Day and Nakba
Day commemorations, salary cuts and the economy, the West Bank league, weddings and culture,
anniversaries of past wars, crime, accidents, storms and health campaigns), often with the desk's
war words used loosely; positives, about a third, report current armed conflict or political
violence (raids on the Jenin, Nablus and Tulkarm camps, settler attacks on villages, strikes on
Gaza, demolitions with clashes, prisoners killed in detention, journalists shot, displacement from
the camps). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 403, gives them ids
xc0001... and writes the files.

    python3 eval/dev403/build.py            # validate, print the counts, write the files
    python3 eval/dev403/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_civic import NEGATIVES as NEG_CIVIC  # noqa: E402
from texts_neg_hazards import NEGATIVES as NEG_HAZARDS  # noqa: E402
from texts_neg_life import NEGATIVES as NEG_LIFE  # noqa: E402
from texts_neg_public import NEGATIVES as NEG_PUBLIC  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_PUBLIC + NEG_CIVIC + NEG_LIFE + NEG_HAZARDS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev403",
            HERE,
            "xc",
            403,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
