"""Build eval/dev133/conflict.jsonl (and the empty eval/dev133/figures.jsonl).

dev133 is a blind set of news in brief, 2024-2026: the "world in brief", "around the region" and
"in other news" columns of newspapers and newsletters, every desk and region, as a desk editor
condenses the day into a short title and 2 to 4 sentences dense with names and numbers, in the
style of Reuters World News briefs, AP's "Around the World", AFP's Asia and Africa briefs, The
Week, Semafor, Axios, the Economist's "The world this week", Al-Monitor briefings, The Continent
and regional papers' briefs. About a third report current organised violence or its direct
consequences; the rest are the briefs that sit beside them and often share their words (attack,
raid, strike, forces, casualties, offensive, siege, battle, fire, blast, clashes): politics,
courts for old crimes, economy, disasters and accidents, crime, sport, health, culture, science,
diplomacy and ceasefire talks, military budgets and exercises. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 133, gives them ids
jd0001... and writes the files.

    python3 eval/dev133/build.py            # validate, print the counts, write the files
    python3 eval/dev133/build.py --table    # also print the counts as markdown tables
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
from texts_neg_military_culture_other import NEGATIVES as NEG_MILITARY_CULTURE_OTHER  # noqa: E402
from texts_neg_peace_history_protest import NEGATIVES as NEG_PEACE_HISTORY_PROTEST  # noqa: E402
from texts_neg_sport_politics_economy import NEGATIVES as NEG_SPORT_POL_ECON  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_americas import POSITIVES as POS_ASIA_AMERICAS  # noqa: E402
from texts_pos_europe_mideast import POSITIVES as POS_EUROPE_MIDEAST  # noqa: E402

POSITIVES = POS_EUROPE_MIDEAST + POS_AFRICA + POS_ASIA_AMERICAS
NEGATIVES = (
    NEG_DISASTER_ACCIDENT
    + NEG_CRIME_HEALTH
    + NEG_SPORT_POL_ECON
    + NEG_PEACE_HISTORY_PROTEST
    + NEG_MILITARY_CULTURE_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev133",
            HERE,
            "jd",
            133,
            sentences=(2, 4),
            max_text_chars=700,
            min_text_chars=60,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
