"""Build eval/dev153/conflict.jsonl (and the empty eval/dev153/figures.jsonl).

dev153 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2,600
characters) from the national press of Europe, the Caucasus and Central Asia, every desk,
2019-2026, in the style of The Guardian, The Irish Times, Le Monde (English), Deutsche Welle,
ANSA, El País (English), Notes from Poland, LRT, Balkan Insight, Kyiv Independent, Ukrainska
Pravda, Civil.ge, JAMnews, Hürriyet Daily News, Eurasianet and RFE/RL: an ordinary news day in
the UK and Ireland, France, Germany, Italy, Spain, Poland, the Baltic states, the Balkans,
Ukraine, Moldova, Georgia, Armenia, Azerbaijan, Turkey, Kazakhstan, Kyrgyzstan and Tajikistan.
About a third report current organised violence or its direct consequences (the war in
Ukraine, border wars, riots, crackdowns, terrorist attacks, sabotage); the rest are the other
news of the same papers, many with war words in other senses. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 153, gives them ids
jm0001... and writes the files.

    python3 eval/dev153/build.py            # validate, print the counts, write the files
    python3 eval/dev153/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_sport import NEGATIVES as NEG_CRIME_SPORT  # noqa: E402
from texts_neg_disaster_accident_health import NEGATIVES as NEG_DISASTER  # noqa: E402
from texts_neg_peace_history_culture import NEGATIVES as NEG_PEACE_HISTORY  # noqa: E402
from texts_neg_politics_economy_military import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_neg_protest_other import NEGATIVES as NEG_PROTEST_OTHER  # noqa: E402
from texts_pos_asia import POSITIVES as POS_ASIA  # noqa: E402
from texts_pos_east import POSITIVES as POS_EAST  # noqa: E402
from texts_pos_west import POSITIVES as POS_WEST  # noqa: E402

POSITIVES = POS_EAST + POS_ASIA + POS_WEST
NEGATIVES = NEG_CRIME_SPORT + NEG_POLITICS + NEG_PEACE_HISTORY + NEG_DISASTER + NEG_PROTEST_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev153",
            HERE,
            "jm",
            153,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
