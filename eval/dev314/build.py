"""Build eval/dev314/conflict.jsonl (and the empty eval/dev314/figures.jsonl).

dev314 is a blind set of whole articles (a title and 6 to 14 sentences) from the travel and
tourism desk, 2014-2026, every region, in the style of the travel pages and wires (Reuters, AFP,
AP, the BBC, the Guardian's travel desk, Skift, Travel Weekly, the Gulf, Indian and East Asian
English-language press): holidays, airlines' routes and fares, cruises, hotels, travel
advisories, tourism statistics, adventure trips and visa rules, with the desk's war words used
loosely (price wars, the battle for beds, the tourist invasion, storming the beach), advisories
over crime, storms, fires, disease and unrest, military drills and air shows, tourism years after
wars that ended, and peace deals that reopen routes; and, in about a third, current attacks,
fighting, strikes and riots that reach travellers (tourists caught in attacks, hotel sieges,
flights halted by missile and drone strikes, resorts hit). Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 314, gives them ids
uj0001... and writes the files.

    python3 eval/dev314/build.py            # validate, print the counts, write the files
    python3 eval/dev314/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_aftermath import NEGATIVES as NEG_AFTERMATH  # noqa: E402
from texts_neg_crowds import NEGATIVES as NEG_CROWDS  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_mishaps import NEGATIVES as NEG_MISHAPS  # noqa: E402
from texts_neg_words import NEGATIVES as NEG_WORDS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_WORDS + NEG_CROWDS + NEG_HAZARD + NEG_MISHAPS + NEG_AFTERMATH

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev314",
            HERE,
            "uj",
            314,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
