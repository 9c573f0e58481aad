"""Build eval/dev143/conflict.jsonl (and the empty eval/dev143/figures.jsonl).

dev143 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2,600
characters) from the national press of Africa, every desk, 2016-2026, in the style of Punch,
Premium Times, Daily Trust, Vanguard, Daily Nation, The Standard, Addis Standard, Garowe Online,
Sudan Tribune, Radio Tamazuj, Actualite.cd, The Citizen, Club of Mozambique, Le Faso, News24 and
NewsDay: an ordinary news day in Nigeria, Kenya, Ethiopia, Somalia, Sudan, South Sudan, the DRC,
Cameroon, Mozambique, Mali, Burkina Faso, Niger, Chad, Libya, Uganda, South Africa and Zimbabwe.
About a third report current organised violence or its direct consequences (insurgencies,
banditry, herder and communal violence, army operations, riots and crackdowns); the rest is the
other news of the same papers (politics, courts, crime, business, health, disasters, sport,
culture, religion), many with war words used in other senses. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 143, gives them ids
jh0001... and writes the files.

    python3 eval/dev143/build.py            # validate, print the counts, write the files
    python3 eval/dev143/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_disaster import NEGATIVES as NEG_CRIME_DISASTER  # noqa: E402
from texts_neg_culture_health_other import NEGATIVES as NEG_CULTURE_HEALTH_OTHER  # noqa: E402
from texts_neg_protest_peace_history import NEGATIVES as NEG_PROTEST_PEACE_HISTORY  # noqa: E402
from texts_neg_sport_politics_economy import NEGATIVES as NEG_SPORT_POL_ECON  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = (
    NEG_CRIME_DISASTER + NEG_SPORT_POL_ECON + NEG_PROTEST_PEACE_HISTORY + NEG_CULTURE_HEALTH_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev143",
            HERE,
            "jh",
            143,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
