"""Build eval/dev149/conflict.jsonl (and the empty eval/dev149/figures.jsonl).

dev149 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2,600
characters) from the national press of South Asia, every desk, 2016-2026: an ordinary news day
in India, Pakistan, Bangladesh, Sri Lanka, Nepal, Afghanistan, Bhutan and the Maldives, in the
style of The Hindu, Indian Express, Hindustan Times, NDTV, Dawn, The Express Tribune, Geo News,
The Daily Star, Prothom Alo, Daily Mirror (Sri Lanka), The Kathmandu Post, TOLOnews, Pajhwok and
the Edition. About a third report current organised violence or its direct consequences
(Maoist operations, Manipur, Kashmir and the Line of Control, Balochistan, Khyber Pakhtunkhwa,
Kurram, the Afghan border, the kacha gangs, riots, crackdowns, poll violence, mob attacks with a
communal cause, bombings); the rest is the other news of the same papers (politics, courts,
crime, business, cricket, health, monsoon disasters, religion and festivals), many with war
words in other senses. Labels follow eval/README.md (section 1). The texts, with their labels,
are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 149, gives them ids
jk0001... and writes the files.

    python3 eval/dev149/build.py            # validate, print the counts, write the files
    python3 eval/dev149/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_disaster_accident_health import NEGATIVES as NEG_DISASTER  # noqa: E402
from texts_neg_economy_military import NEGATIVES as NEG_ECON_MILITARY  # noqa: E402
from texts_neg_history_culture_other import NEGATIVES as NEG_HISTORY_OTHER  # noqa: E402
from texts_neg_protest_peace import NEGATIVES as NEG_PROTEST_PEACE  # noqa: E402
from texts_neg_sport_politics import NEGATIVES as NEG_SPORT_POLITICS  # noqa: E402
from texts_pos_india import POSITIVES as POS_INDIA  # noqa: E402
from texts_pos_pakistan import POSITIVES as POS_PAKISTAN  # noqa: E402
from texts_pos_region import POSITIVES as POS_REGION  # noqa: E402

POSITIVES = POS_INDIA + POS_PAKISTAN + POS_REGION
NEGATIVES = (
    NEG_DISASTER
    + NEG_CRIME
    + NEG_SPORT_POLITICS
    + NEG_ECON_MILITARY
    + NEG_PROTEST_PEACE
    + NEG_HISTORY_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev149",
            HERE,
            "jk",
            149,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
