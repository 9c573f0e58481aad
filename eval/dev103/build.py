"""Build eval/dev103/conflict.jsonl (and the empty eval/dev103/figures.jsonl).

dev103 is a blind set of whole articles from an ordinary news day in the English-language feeds of
Asia, the Middle East and Africa (Dawn, The Hindu, The Daily Star, the Kathmandu Post, the Jakarta
Post, Rappler, Nikkei Asia, Al-Monitor, The National, Arab News, The Times of Israel, Daily Sabah,
Premium Times, Nation Africa, Daily Maverick, Addis Standard, AFP, Reuters), 2019-2025, in natural
proportions: a headline and a body of 6 to 14 sentences, about a quarter of them reporting current
organised violence or its direct consequences, the rest the day's other news (economy, politics,
courts, health, science, sport, culture, weather and disasters, accidents, diplomacy and peace
talks, military procurement and exercises, anniversaries), most of it with war or violence words
in passing. Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 103, gives them ids
kp0001... and writes the files. The builder refuses newlines, so each body is written across
lines in the modules and joined by single spaces.

    python3 eval/dev103/build.py            # validate, print the counts, write the files
    python3 eval/dev103/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_business_politics import NEGATIVES as NEG_BUSINESS_POLITICS  # noqa: E402
from texts_neg_courts_health_sport import NEGATIVES as NEG_COURTS_HEALTH_SPORT  # noqa: E402
from texts_neg_culture_disaster import NEGATIVES as NEG_CULTURE_DISASTER  # noqa: E402
from texts_neg_history_other import NEGATIVES as NEG_HISTORY_OTHER  # noqa: E402
from texts_neg_peace_military import NEGATIVES as NEG_PEACE_MILITARY  # noqa: E402
from texts_pos_asia import POSITIVES as POS_ASIA  # noqa: E402
from texts_pos_mideast_africa import POSITIVES as POS_MIDEAST_AFRICA  # noqa: E402

POSITIVES = POS_ASIA + POS_MIDEAST_AFRICA
NEGATIVES = (
    NEG_BUSINESS_POLITICS
    + NEG_COURTS_HEALTH_SPORT
    + NEG_CULTURE_DISASTER
    + NEG_PEACE_MILITARY
    + NEG_HISTORY_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev103",
            HERE,
            "kp",
            103,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.18, 0.32),
        )
    )
)
