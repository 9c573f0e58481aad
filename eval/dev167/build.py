"""Build eval/dev167/conflict.jsonl (and the empty eval/dev167/figures.jsonl).

dev167 is a blind set of 90 whole articles (a title and 6 to 14 sentences, 700 to 2,600
characters) on fact-checks, verification and misinformation reporting, 2019-2026, every region,
in the style of AFP Fact Check, Reuters Fact Check, BBC Verify, Full Fact, PolitiFact, Bellingcat,
Alt News, Africa Check, Misbar, StopFake, Snopes and the tech desks: viral videos and photos
checked (old footage passed off as a new attack, video-game clips sold as combat, a storm's damage
shown as a bombing), claimed tolls and statements checked, open-source verification of strikes
and massacres (geolocation, satellite imagery, weapon fragments), deepfakes, hoaxes and rumours
that set off panic or riots, state propaganda and denials, and platform takedowns. War words are
everywhere; about a third of the texts report current organised violence or its direct
consequences (a real attack verified, or violence set off by a rumour), the rest debunk a fake,
an old war's footage, an attack that never happened or a hoax. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 167, gives them ids
jt0001... and writes the files.

    python3 eval/dev167/build.py            # validate, print the counts, write the files
    python3 eval/dev167/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_disaster_accident_crime import NEGATIVES as NEG_DISASTER_ACCIDENT_CRIME  # noqa: E402
from texts_neg_history_culture import NEGATIVES as NEG_HISTORY_CULTURE  # noqa: E402
from texts_neg_politics_military_peace import NEGATIVES as NEG_POL_MIL_PEACE  # noqa: E402
from texts_neg_protest_health_economy_other import NEGATIVES as NEG_PROTEST_ETC  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_HISTORY_CULTURE + NEG_DISASTER_ACCIDENT_CRIME + NEG_POL_MIL_PEACE + NEG_PROTEST_ETC

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev167",
            HERE,
            "jt",
            167,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
