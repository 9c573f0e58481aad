"""Build eval/dev171/conflict.jsonl (and the empty eval/dev171/figures.jsonl).

dev171 is a blind set of opinion pages as news feeds carry them beside the news, 2015-2026:
editorials, op-eds, columns, leaders and letters, in the style of The Guardian's Opinion, The New
York Times editorial board, The Economist's leaders, The Washington Post, Al Jazeera Opinion,
Dawn, The Hindu, Haaretz, The Kyiv Independent, Daily Maverick, The Globe and Mail and Project
Syndicate. 90 texts of 6 to 14 sentences with a title: arguments about wars, sanctions, arms
sales, refugees, defence budgets, peace deals, elections, the economy, crime, policing, climate,
culture wars, sport and technology. About a third describe or rest on current organised violence
or its direct consequences (an editorial on last night's strike, a column from a city under
fire); the rest argue about wars without reporting new violence, or use war words as metaphor.
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 171, gives them ids
jv0001... and writes the files.

    python3 eval/dev171/build.py            # validate, print the counts, write the files
    python3 eval/dev171/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_culture_other import NEGATIVES as NEG_CULTURE_OTHER  # noqa: E402
from texts_neg_military import NEGATIVES as NEG_MILITARY  # noqa: E402
from texts_neg_peace_history import NEGATIVES as NEG_PEACE_HISTORY  # noqa: E402
from texts_neg_politics_economy import NEGATIVES as NEG_POLITICS_ECONOMY  # noqa: E402
from texts_neg_protest_crime import NEGATIVES as NEG_PROTEST_CRIME  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = (
    NEG_POLITICS_ECONOMY + NEG_MILITARY + NEG_PEACE_HISTORY + NEG_PROTEST_CRIME + NEG_CULTURE_OTHER
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev171",
            HERE,
            "jv",
            171,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
