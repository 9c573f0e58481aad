"""Build eval/dev125/conflict.jsonl (and the empty eval/dev125/figures.jsonl).

dev125 is a blind set of breaking news as it first arrives, 2024-2026: wire flashes and urgent
bulletins, live-blog entries, push alerts and the first sentences of developing stories from every
desk and region, in the style of Reuters, AP, AFP, Bloomberg, the BBC, Al Jazeera, Sky News, CNN,
the Kyiv Independent, the Times of Israel, Dawn, NDTV and Anadolu. About a third report current
organised violence or its direct consequences; the rest are the breaking news that shares their
urgency and words (explosions at plants, gas leaks, fires, crashes, lone shooters, hostage
stand-offs, quakes and floods, stampedes, hoax bomb threats, drills and missile tests,
resignations and a coup announced without violence, market crashes, sports results, verdicts in
trials for past attacks, ceasefires). Labels follow eval/README.md (section 1). The texts, with
their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 125, gives them ids
ja0001... and writes the files.

    python3 eval/dev125/build.py            # validate, print the counts, write the files
    python3 eval/dev125/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_accident import NEGATIVES as NEG_ACCIDENT  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_disaster_health import NEGATIVES as NEG_DISASTER_HEALTH  # noqa: E402
from texts_neg_politics_military import NEGATIVES as NEG_POLITICS_MILITARY  # noqa: E402
from texts_neg_protest_other import NEGATIVES as NEG_PROTEST_OTHER  # noqa: E402
from texts_neg_sport_peace import NEGATIVES as NEG_SPORT_PEACE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = (
    NEG_ACCIDENT
    + NEG_DISASTER_HEALTH
    + NEG_CRIME
    + NEG_POLITICS_MILITARY
    + NEG_SPORT_PEACE
    + NEG_PROTEST_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev125",
            HERE,
            "ja",
            125,
            sentences=(1, 4),
            max_text_chars=600,
            min_text_chars=30,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
