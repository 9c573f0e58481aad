"""Build eval/dev159/conflict.jsonl (and the empty eval/dev159/figures.jsonl).

dev159 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2,600 characters)
from the sport, culture, arts, film, music, books and entertainment desks, 2018-2026, every
region, in the style of BBC Sport, ESPN, The Athletic, Reuters, AFP, Variety, The Hollywood
Reporter, the Guardian's culture pages, Al Jazeera, the Kyiv Independent and the national press:
match reports, transfers and tournaments, athletes and teams from countries at war, games moved
or cancelled, fan violence, festivals, premieres and reviews, concerts, books and prizes,
museums and looted heritage, artists in exile, celebrity news. War words are common in other
senses, and wars appear as the subject of art, as background and as history. About a third of
the articles report current organised violence or its direct consequences (an athlete killed at
the front, a stadium, theatre or concert struck, fans attacked, a museum in the front line,
artists abducted, riots). Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 159, gives them ids
jp0001... and writes the files.

    python3 eval/dev159/build.py            # validate, print the counts, write the files
    python3 eval/dev159/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_accident import NEGATIVES as NEG_CRIME_ACCIDENT  # noqa: E402
from texts_neg_history import NEGATIVES as NEG_HISTORY  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_politics_peace import NEGATIVES as NEG_POLITICS_PEACE  # noqa: E402
from texts_neg_screen import NEGATIVES as NEG_SCREEN  # noqa: E402
from texts_neg_sport_a import NEGATIVES as NEG_SPORT_A  # noqa: E402
from texts_neg_sport_b import NEGATIVES as NEG_SPORT_B  # noqa: E402
from texts_neg_stage_books import NEGATIVES as NEG_STAGE_BOOKS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = (
    NEG_SPORT_A
    + NEG_SPORT_B
    + NEG_SCREEN
    + NEG_STAGE_BOOKS
    + NEG_HISTORY
    + NEG_OTHER
    + NEG_CRIME_ACCIDENT
    + NEG_POLITICS_PEACE
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev159",
            HERE,
            "jp",
            159,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
