"""Build eval/dev429/conflict.jsonl (and the empty eval/dev429/figures.jsonl).

dev429 is a blind set of whole articles (a title and 6 to 14 sentences) from the Indian national
press in English, 2014-2026, in the style of The Hindu, The Indian Express, the Times of India,
Hindustan Times, NDTV and Scroll, on every desk: gangster encounters, dowry and honour killings
and communal tension told as crime, court orders on disputed shrines, state elections and
parliament, peaceful farmers' protests and hunger strikes, peace accords and Maoist surrenders,
floods, landslides, cloudbursts, cyclones and the monsoon, rail and air crashes, stampedes and
factory blasts, epidemics, anniversaries of the 1971 and Kargil wars, of Pulwama and of
Operation Sindoor, defence deals, tests, drills and the Republic Day parade, cricket and kabaddi,
Bollywood and streaming, the business pages; and, in about a third, current armed conflict and
political violence (encounters and attacks in Jammu and Kashmir, Maoist ambushes and operations in
Chhattisgarh, Manipur's ethnic violence, shelling on the Line of Control, insurgent attacks in the
North-East, communal riots with people killed, the India-Pakistan strikes of May 2025). Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 429, gives them ids
xk0001... and writes the files.

    python3 eval/dev429/build.py            # validate, print the counts, write the files
    python3 eval/dev429/build.py --table    # also print the counts as markdown tables
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
from texts_neg_pages import NEGATIVES as NEG_PAGES  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_DESK + NEG_HAZARD + NEG_PAGES

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev429",
            HERE,
            "xk",
            429,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
