"""Build eval/dev428/conflict.jsonl (and the empty eval/dev428/figures.jsonl).

dev428 is a blind set of whole articles (a title and 6 to 14 sentences) from the Nigerian
press, 2014-2026, in the style of Punch, Vanguard, Premium Times, Daily Trust, The Guardian
Nigeria, ThisDay and Channels TV, on any topic: kidnapping for ransom, cult clashes on
campuses, armed robbery and one-chance gangs told as crime, fuel scarcity, subsidy and the
naira, elections and the tribunals, the #EndSARS anniversaries, building collapses, tanker
explosions, floods, the Super Eagles, Nollywood, the Biafra war remembered and land disputes
between herders and farmers settled in court, with, in about a third, current armed conflict
and political violence (Boko Haram and ISWAP attacks and military operations in the
north-east, bandits' massacres and air strikes in the north-west, communal massacres in
Plateau and Benue, IPOB and unknown gunmen attacking police in the south-east, election
violence, the #EndSARS and #EndBadGovernance crackdowns). Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this
folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 428, gives them ids
xj0001... and writes the files.

    python3 eval/dev428/build.py            # validate, print the counts, write the files
    python3 eval/dev428/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_state import NEGATIVES as NEG_STATE  # noqa: E402
from texts_neg_street import NEGATIVES as NEG_STREET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_STREET + NEG_STATE + NEG_CULTURE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev428",
            HERE,
            "xj",
            428,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
