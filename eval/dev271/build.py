"""Build eval/dev271/conflict.jsonl (and the empty eval/dev271/figures.jsonl).

dev271 is a blind set of whole articles (a title and 6 to 14 sentences) from the books and
literature desk, 2014-2026, every region, in the style of the Guardian's and the New York Times'
books pages, Le Monde des livres and the national press: reviews and author interviews, literary
prizes, book fairs and festivals, publishing and bookselling news, with their war words used
loosely (war novels, histories and memoirs reviewed, price wars and takeover battles between
publishers, crime fiction with its killings, poets exiled long ago, banned books, boycotts,
floods and fires), and, in about a third, literary stories that report current fighting,
attacks or killings (writers killed in strikes, book fairs and libraries shelled or burned,
writers abducted or fleeing a war under way, poets shot in crackdowns). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 271, gives them ids
tp0001... and writes the files.

    python3 eval/dev271/build.py            # validate, print the counts, write the files
    python3 eval/dev271/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_events import NEGATIVES as NEG_EVENTS  # noqa: E402
from texts_neg_reviews import NEGATIVES as NEG_REVIEWS  # noqa: E402
from texts_neg_trade import NEGATIVES as NEG_TRADE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_REVIEWS + NEG_TRADE + NEG_EVENTS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev271",
            HERE,
            "tp",
            271,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
