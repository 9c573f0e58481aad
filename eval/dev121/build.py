"""Build eval/dev121/conflict.jsonl (and the empty eval/dev121/figures.jsonl).

dev121 is a blind set of news as aggregators show it in 2025 and 2026: a headline and the first
one to three sentences of the story (the lede and its follow-up), from every desk and region, in
the style of Reuters, AP, AFP, the BBC, Al Jazeera, The Hindu, Dawn, Daily Nation, Premium Times,
The Kyiv Independent, The Times of Israel, Anadolu, Xinhua, Bernama, EFE in English and Mexico
News Daily. About a third report current organised violence or its direct consequences; the
rest are the hard neighbours that share their words (crime and policing, disasters and accidents,
peaceful protests, the military, diplomacy, trials, anniversaries, sport, business, culture and
the politics of refugees). Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 121, gives them ids
ky0001... and writes the files.

    python3 eval/dev121/build.py            # validate, print the counts, write the files
    python3 eval/dev121/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_health import NEGATIVES as NEG_CRIME_HEALTH  # noqa: E402
from texts_neg_disaster_accident import NEGATIVES as NEG_DISASTER_ACCIDENT  # noqa: E402
from texts_neg_military_history import NEGATIVES as NEG_MILITARY_HISTORY  # noqa: E402
from texts_neg_politics_economy_other import NEGATIVES as NEG_POL_ECON_OTHER  # noqa: E402
from texts_neg_protest_peace import NEGATIVES as NEG_PROTEST_PEACE  # noqa: E402
from texts_neg_sport_culture import NEGATIVES as NEG_SPORT_CULTURE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = (
    NEG_CRIME_HEALTH
    + NEG_DISASTER_ACCIDENT
    + NEG_PROTEST_PEACE
    + NEG_MILITARY_HISTORY
    + NEG_SPORT_CULTURE
    + NEG_POL_ECON_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev121",
            HERE,
            "ky",
            121,
            sentences=(1, 4),
            max_text_chars=700,
            min_text_chars=40,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
