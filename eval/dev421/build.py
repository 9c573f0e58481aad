"""Build eval/dev421/conflict.jsonl (and the empty eval/dev421/figures.jsonl).

dev421 is a blind set of whole articles (a title and 6 to 14 sentences) from the Thai, Cambodian
and Vietnamese press in English, 2014-2026, in the style of the Bangkok Post, the Nation, Khmer
Times, the Phnom Penh Post and VnExpress International, on any topic: the Thai monarchy and its
courts, elections and the 2014 coup told as politics, floods, the haze and the 2025 earthquake,
tourism and Songkran, Muay Thai and football, scam compounds told as crime, landmines and bombs
from old wars, the Khmer Rouge tribunal, South China Sea diplomacy, peace talks and peaceful
rallies, with their war words used loosely; and, in about a third, current armed conflict or
political violence (the 2025 Thai-Cambodian border fighting with its rockets, artillery, F-16
strikes and evacuations on both sides, the insurgency in Pattani, Yala and Narathiwat, Myanmar's
war at the Thai border, the protest violence of 2014 and 2020-21 in Bangkok, the 2014 garment
strike crackdown in Phnom Penh, Vietnam's 2014 riots, Dong Tam and the Dak Lak attacks). Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 421, gives them ids
xi0001... and writes the files.

    python3 eval/dev421/build.py            # validate, print the counts, write the files
    python3 eval/dev421/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_pos_border import POSITIVES as POS_BORDER  # noqa: E402
from texts_pos_south import POSITIVES as POS_SOUTH  # noqa: E402
from texts_pos_street import POSITIVES as POS_STREET  # noqa: E402

POSITIVES = POS_BORDER + POS_SOUTH + POS_STREET
NEGATIVES = NEG_POLITICS + NEG_PAST + NEG_HAZARD + NEG_DESK

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev421",
            HERE,
            "xi",
            421,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
