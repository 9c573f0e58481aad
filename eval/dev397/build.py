"""Build eval/dev397/conflict.jsonl (and the empty eval/dev397/figures.jsonl).

dev397 is a blind set of whole articles (a title and 6 to 14 sentences) from the Caribbean
press, 2014-2026, in the style of the Jamaica Gleaner, the Trinidad and Tobago Guardian, Le
Nouvelliste in translation, the Barbados Nation, the Nassau Guardian and the Tribune,
Stabroek News and Kaieteur News, and the Dominican Listín Diario and Diario Libre: Jamaica's
and Trinidad's gang murders and states of emergency told as crime, hurricanes Maria, Dorian,
Beryl and Melissa, the volcano and the earthquake, cricket, football and carnival, tourism,
oil and trade, the migration debates of the Dominican Republic and The Bahamas, drug seizures
at sea, the "war" on crime, elections, anniversaries and dancehall, and, in about a third,
current armed conflict and political violence (Haiti's gang coalitions attacking towns,
prisons and the police, the killing of President Moise, the Kenyan-led mission's firefights,
displacement from Port-au-Prince, the US strikes on boats and on Venezuela, gunfire on
Guyana's soldiers on the Cuyuni, riots in Martinique, Guadeloupe and Haiti, the crackdown in
Cuba). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 397, gives them ids
xa0001... and writes the files.

    python3 eval/dev397/build.py            # validate, print the counts, write the files
    python3 eval/dev397/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_storms import NEGATIVES as NEG_STORMS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_CRIME + NEG_STORMS + NEG_DESK + NEG_CULTURE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev397",
            HERE,
            "xa",
            397,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
