"""Build eval/dev349/conflict.jsonl (and the empty eval/dev349/figures.jsonl).

dev349 is a blind set of whole articles (a title and 6 to 14 sentences) from the English-language
press of Southeast Asia (Thailand, Myanmar, the Philippines, Indonesia, Malaysia, Cambodia and
Vietnam), 2014-2026, on any topic, in the style of the Bangkok Post, The Nation, Thai PBS World,
The Irrawaddy, Myanmar Now, Frontier Myanmar, the Philippine Daily Inquirer, Rappler, MindaNews,
The Jakarta Post, Tempo, The Star, Malaysiakini, the Khmer Times, the Phnom Penh Post, VnExpress
and Tuoi Tre News: elections and coups without bloodshed, drug-war rhetoric, floods, typhoons
and haze, South China Sea stand-offs without violence, border disputes talked about, the history
of the Khmer Rouge and of Marawi, and, in about a third, current armed conflict and political
violence (the insurgency in Thailand's deep south, the Myanmar civil war, clashes in Papua and
Mindanao, the Thai-Cambodian border fighting, deadly crackdowns and riots). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 349, gives them ids
wc0001... and writes the files.

    python3 eval/dev349/build.py            # validate, print the counts, write the files
    python3 eval/dev349/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_neg_security import NEGATIVES as NEG_SECURITY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_POLITICS + NEG_SECURITY + NEG_HAZARD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev349",
            HERE,
            "wc",
            349,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
