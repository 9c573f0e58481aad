"""Build eval/dev301/conflict.jsonl (and the empty eval/dev301/figures.jsonl).

dev301 is a blind set of whole articles (a title and 6 to 14 sentences) from the Central Asian
and South Caucasus press, 2014-2026 (Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan,
Turkmenistan, Armenia, Azerbaijan, Georgia), in the style of Eurasianet, RFE/RL's regional
services, OC Media, CivilNet, the regional wires (24.kz, Kun.uz, Asia-Plus, Kloop,
Trend, APA, Armenpress, Civil.ge) and the national papers: elections, trials of opposition
figures, gas and pipeline deals, migrant workers in Russia, earthquakes and mudflows, peace and
border treaties, the wars of the 1990s and of 2020 recalled, parades and exercises, with their
war words used loosely, and, in about a third, current organised violence (Kyrgyz-Tajik and
Armenian-Azerbaijani border clashes, the 2023 Karabakh offensive and exodus, the Almaty unrest
of January 2022, Karakalpakstan in July 2022, Gorno-Badakhshan, attacks, protest crackdowns in
Tbilisi and Yerevan). Labels follow eval/README.md (section 1). The texts, with their labels,
are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 301, gives them ids
ue0001... and writes the files.

    python3 eval/dev301/build.py            # validate, print the counts, write the files
    python3 eval/dev301/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_neg_society import NEGATIVES as NEG_SOCIETY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_POLITICS + NEG_PAST + NEG_SOCIETY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev301",
            HERE,
            "ue",
            301,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
