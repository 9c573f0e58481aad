"""Build eval/dev147/conflict.jsonl (and the empty eval/dev147/figures.jsonl).

dev147 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2,600 characters)
from the English-language press of East Asia and the Pacific, every desk, 2016-2026, in the style
of the South China Morning Post, Taipei Times, Focus Taiwan, The Japan Times, Kyodo, Yonhap, The
Korea Herald, NK News, Rappler, the Philippine Daily Inquirer, the Jakarta Post, Tempo, the Bangkok
Post, Malay Mail, the Post-Courier, the Solomon Star, RNZ Pacific, ABC (Australia) and Stuff: an
ordinary news day in China, Hong Kong, Taiwan, Japan, the two Koreas, Mongolia, the Philippines,
Indonesia (Papua included), Malaysia, Thailand's deep South, Timor-Leste, Papua New Guinea, the
Solomon Islands, Fiji, Vanuatu, New Caledonia, Australia and New Zealand. About a third report
current organised violence or its direct consequences (insurgency, tribal fighting, riots,
terrorist attacks, a border clash, a boarding at sea, a war abroad); the rest are the other news of
the same papers, many with war words in other senses. Labels follow eval/README.md (section 1).
The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 147, gives them ids
jj0001... and writes the files.

    python3 eval/dev147/build.py            # validate, print the counts, write the files
    python3 eval/dev147/build.py --table    # also print the counts as markdown tables
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
from texts_neg_military_other import NEGATIVES as NEG_MILITARY_OTHER  # noqa: E402
from texts_neg_peace_history_culture import NEGATIVES as NEG_PEACE_HISTORY  # noqa: E402
from texts_neg_politics_economy_protest import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402
from texts_pos_d import POSITIVES as POS_D  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C + POS_D
NEGATIVES = NEG_DISASTER + NEG_CRIME_SPORT + NEG_POLITICS + NEG_PEACE_HISTORY + NEG_MILITARY_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev147",
            HERE,
            "jj",
            147,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
