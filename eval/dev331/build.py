"""Build eval/dev331/conflict.jsonl (and the empty eval/dev331/figures.jsonl).

dev331 is a blind set of whole articles (a title and 6 to 14 sentences) from the television,
film and streaming desk, 2014-2026, every region: series, documentaries, box office, awards,
channels and newsrooms, in the style of Variety, The Hollywood Reporter, Deadline, the BBC's
and the Guardian's culture and media pages, Reuters, AFP, AP and the regional press in English.
Negatives are war dramas and documentaries about past or fictional wars, awards for conflict
films, "streaming wars", ratings battles and bidding wars, on-set accidents, actors' crimes and
the desk's other news with its war words used loosely; positives, about a third, report current
armed conflict or political violence that reaches the screen (TV crews attacked and journalists
killed covering wars, broadcasters struck by missiles, film crews shelled, channels seized by
coup soldiers, stations torched in riots). Labels follow eval/README.md (section 1). The texts,
with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 331, gives them ids
us0001... and writes the files.

    python3 eval/dev331/build.py            # validate, print the counts, write the files
    python3 eval/dev331/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_business import NEGATIVES as NEG_BUSINESS  # noqa: E402
from texts_neg_incidents import NEGATIVES as NEG_INCIDENTS  # noqa: E402
from texts_neg_screen import NEGATIVES as NEG_SCREEN  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_SCREEN + NEG_BUSINESS + NEG_INCIDENTS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev331",
            HERE,
            "us",
            331,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
