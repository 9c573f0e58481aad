"""Build eval/dev363/conflict.jsonl (and the empty eval/dev363/figures.jsonl).

dev363 is a blind set of whole articles (a title and 6 to 14 sentences) from the British home
news desk, 2015-2025, in the style of the BBC, the Guardian, the Times, Sky News, the Manchester
Evening News and the PA wire: knife crime and gang murders, county lines, trials and inquests,
riots looked back on in court, Remembrance Sunday and the history of the Troubles, storms and
floods, strikes and peaceful protests, Trident and the defence budget, the 'war on' potholes or
waste, with the desk's war words used loosely, and, in about a third, current armed conflict or
political violence (terror attacks in Britain, the 2024 and 2025 riots and their attacks on
mosques, asylum hotels and migrants' homes, dissident republican violence in Northern Ireland,
British forces and British nationals in wars and attacks abroad). Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 363, gives them ids
wi0001... and writes the files.

    python3 eval/dev363/build.py            # validate, print the counts, write the files
    python3 eval/dev363/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_courts import NEGATIVES as NEG_COURTS  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_pos_abroad import POSITIVES as POS_ABROAD  # noqa: E402
from texts_pos_attacks import POSITIVES as POS_ATTACKS  # noqa: E402
from texts_pos_unrest import POSITIVES as POS_UNREST  # noqa: E402

POSITIVES = POS_ATTACKS + POS_UNREST + POS_ABROAD
NEGATIVES = NEG_COURTS + NEG_POLITICS + NEG_MISC

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev363",
            HERE,
            "wi",
            363,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
