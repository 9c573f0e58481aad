"""Build eval/dev362/conflict.jsonl (and the empty eval/dev362/figures.jsonl).

dev362 is a blind set of whole articles (a title and 6 to 14 sentences) from the French-language
press in translation, 2014-2026: Le Monde, Liberation, Le Figaro, France 24, RFI, Le Soir and La
Presse, on any topic. The negatives are the desk's own ground and the violence it borders: knife
crime, drug-gang shootings in Marseille, Brussels and Montreal, terror trials and foiled plots,
pension strikes and farmers' blockades, the history and commemorations of the world wars and
Algeria, forest fires, floods and cyclones, the 'war' on drugs or on inflation, parades, drills
and Sentinelle patrols, and the sport, culture, health and peace pages. About a third are
current armed conflict or political violence: terror attacks in France, Belgium and Quebec,
French troops under fire in the Sahel, French nationals killed or evacuated in wars abroad,
the riots of 2018, 2023 and New Caledonia's deadly unrest of 2024, and the wars that RFI,
France 24 and Le Soir cover in Africa, Ukraine, Gaza, Lebanon and Haiti. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 362, gives them ids
wh0001... and writes the files.

    python3 eval/dev362/build.py            # validate, print the counts, write the files
    python3 eval/dev362/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_borders import NEGATIVES as NEG_BORDERS  # noqa: E402
from texts_neg_desks import NEGATIVES as NEG_DESKS  # noqa: E402
from texts_neg_words import NEGATIVES as NEG_WORDS  # noqa: E402
from texts_pos_abroad import POSITIVES as POS_ABROAD  # noqa: E402
from texts_pos_home import POSITIVES as POS_HOME  # noqa: E402

POSITIVES = POS_HOME + POS_ABROAD
NEGATIVES = NEG_BORDERS + NEG_WORDS + NEG_DESKS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev362",
            HERE,
            "wh",
            362,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
