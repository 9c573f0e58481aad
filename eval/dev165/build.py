"""Build eval/dev165/conflict.jsonl (and the empty eval/dev165/figures.jsonl).

dev165 is a blind set of radio and television news bulletins as their scripts and transcripts are
published, 2019-2026, every region: 90 texts of 6 to 14 sentences with a title, each one item or
a short run of items from a bulletin of the BBC World Service, NPR, Deutsche Welle, RFI, VOA, ABC
Radio Australia, CBC, Al Jazeera, France 24, NHK World, SABC or Radio Free Europe/Radio Liberty,
written for the ear (short sentences, the present tense, the presenter's hand-offs, quotes from
interviews, recaps of the headlines, weather and sport at the end, numbers spelled out). A text
may carry several stories, one of them about a war and the rest not, or none about a war. About a
third report current organised violence or its direct consequences; the rest are the bulletins'
other news, with hard negatives of every kind of the guideline's table. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py of
this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 165, gives them ids
js0001... and writes the files.

    python3 eval/dev165/build.py            # validate, print the counts, write the files
    python3 eval/dev165/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_health_economy import NEGATIVES as NEG_CRIME_HEALTH_ECON  # noqa: E402
from texts_neg_disaster_accident import NEGATIVES as NEG_DISASTER_ACCIDENT  # noqa: E402
from texts_neg_history_military_culture import NEGATIVES as NEG_HIST_MIL_CULT  # noqa: E402
from texts_neg_protest_peace import NEGATIVES as NEG_PROTEST_PEACE  # noqa: E402
from texts_neg_sport_politics_other import NEGATIVES as NEG_SPORT_POL_OTHER  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = (
    NEG_DISASTER_ACCIDENT
    + NEG_CRIME_HEALTH_ECON
    + NEG_SPORT_POL_OTHER
    + NEG_PROTEST_PEACE
    + NEG_HIST_MIL_CULT
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev165",
            HERE,
            "js",
            165,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
