"""Build eval/dev139/conflict.jsonl (and the empty eval/dev139/figures.jsonl).

dev139 is a blind set of entries from live blogs and news tickers, 2024-2026, every desk and
region: a short title and 2 to 4 sentences, as live pages post them one after another through
the day (timestamps, "Latest:", "Update:", "Watch:", "Recap:", "More on that attack:",
corrections), in the style of the live pages of the BBC, The Guardian, Al Jazeera, CNN, Sky
News, Reuters, the Kyiv Independent, the Times of Israel, NDTV and ABC (Australia). About a
third report current organised violence or its direct consequences; the rest are the entries
that sit beside them on the same pages and share their words: reactions, calls for restraint,
talks, sanctions, drills, budgets, disasters, accidents, crime, peaceful protests, sport,
economy and culture. Labels follow eval/README.md (section 1). The texts, with their labels,
are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 139, gives them ids
jf0001... and writes the files.

    python3 eval/dev139/build.py            # validate, print the counts, write the files
    python3 eval/dev139/build.py --table    # also print the counts as markdown tables
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
from texts_neg_history_culture_military import NEGATIVES as NEG_HIST_CULT_MIL  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_politics_economy import NEGATIVES as NEG_POL_ECON  # noqa: E402
from texts_neg_protest_peace import NEGATIVES as NEG_PROTEST_PEACE  # noqa: E402
from texts_neg_sport import NEGATIVES as NEG_SPORT  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_americas import POSITIVES as POS_ASIA_AMERICAS  # noqa: E402
from texts_pos_europe import POSITIVES as POS_EUROPE  # noqa: E402
from texts_pos_mideast import POSITIVES as POS_MIDEAST  # noqa: E402

POSITIVES = POS_EUROPE + POS_MIDEAST + POS_AFRICA + POS_ASIA_AMERICAS
NEGATIVES = (
    NEG_DISASTER_ACCIDENT
    + NEG_CRIME_HEALTH
    + NEG_SPORT
    + NEG_POL_ECON
    + NEG_PROTEST_PEACE
    + NEG_HIST_CULT_MIL
    + NEG_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev139",
            HERE,
            "jf",
            139,
            sentences=(2, 4),
            max_text_chars=700,
            min_text_chars=60,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
