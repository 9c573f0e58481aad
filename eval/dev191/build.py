"""Build eval/dev191/conflict.jsonl (and the empty eval/dev191/figures.jsonl).

dev191 is a blind set of press briefings and press conferences, 2016-2026, as transcripts and
as the wire and newspaper write-ups made from them (6 to 14 sentences and a title): government
spokespeople (the State Department, the Kremlin, China's foreign and defence ministries, the
Pentagon, Downing Street's lobby briefings, the European Commission's midday briefing), UN noon
and Geneva briefings, military briefings on operations, police press conferences after a crime,
an attack or an accident, health ministers on an outbreak, weather services on a storm,
managers and coaches before a match, and company earnings calls, with their Q&A form and their
formulas ("I won't get ahead of", "we refer you to"). Many mention a war in passing while
being about something else; about a third report current organised violence or its direct
consequences. Labels follow eval/README.md (section 1). The texts, with their labels, are in
the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 191, gives them ids
db0001... and writes the files.

    python3 eval/dev191/build.py            # validate, print the counts, write the files
    python3 eval/dev191/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_accident import NEGATIVES as NEG_CRIME_ACCIDENT  # noqa: E402
from texts_neg_health_disaster import NEGATIVES as NEG_HEALTH_DISASTER  # noqa: E402
from texts_neg_military_peace_history import NEGATIVES as NEG_MIL_PEACE_HISTORY  # noqa: E402
from texts_neg_politics_economy import NEGATIVES as NEG_POLITICS_ECONOMY  # noqa: E402
from texts_neg_sport_business_other import NEGATIVES as NEG_SPORT_BUSINESS_OTHER  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = (
    NEG_POLITICS_ECONOMY
    + NEG_MIL_PEACE_HISTORY
    + NEG_CRIME_ACCIDENT
    + NEG_HEALTH_DISASTER
    + NEG_SPORT_BUSINESS_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev191",
            HERE,
            "db",
            191,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
