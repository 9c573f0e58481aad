"""Build eval/dev95/conflict.jsonl (and the empty eval/dev95/figures.jsonl).

dev95 is a blind set of feed entries as RSS and Atom deliver them: a title and the summary of the
<description> or <summary> element (1 to 4 sentences, 60 to 600 characters), not a whole article,
in the style of the feeds of Reuters, AP, AFP, the BBC, Al Jazeera, DW, France 24, the Guardian,
NPR, ReliefWeb and regional papers (The Hindu, Dawn, Daily Nation, Punch, Premium Times, The
Irrawaddy, Kyiv Independent, Haaretz, The National, Rappler, El País English, MercoPress),
2016-2025, all regions, in the natural proportions of a general world-news feed day: about a
quarter report current armed conflict or political violence, the rest is sport, business, tech,
science, health, weather, culture, politics, courts, crime, disasters and accidents, with hard
negatives of every kind of the guideline's table. Some summaries start with a dateline or a
standfirst ("Live:", "Analysis:", "Watch:", "Opinion:"), some end cut off with " ..." or "[…]",
some with a teaser ("Here's what we know.", "Read more."). Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 95, gives them ids
kl0001... and writes the files.

    python3 eval/dev95/build.py            # validate, print the counts, write the files
    python3 eval/dev95/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_health import NEGATIVES as NEG_CRIME_HEALTH  # noqa: E402
from texts_neg_culture_military import NEGATIVES as NEG_CULTURE_MILITARY  # noqa: E402
from texts_neg_disaster_accident import NEGATIVES as NEG_DISASTER_ACCIDENT  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_protest_peace_history import NEGATIVES as NEG_PROTEST_PEACE_HISTORY  # noqa: E402
from texts_neg_sport_politics_economy import NEGATIVES as NEG_SPORT_POL_ECON  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = (
    NEG_DISASTER_ACCIDENT
    + NEG_CRIME_HEALTH
    + NEG_SPORT_POL_ECON
    + NEG_PROTEST_PEACE_HISTORY
    + NEG_CULTURE_MILITARY
    + NEG_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev95",
            HERE,
            "kl",
            95,
            sentences=(1, 4),
            max_text_chars=600,
            min_text_chars=40,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.18, 0.32),
        )
    )
)
