"""Build eval/dev193/conflict.jsonl (and the empty eval/dev193/figures.jsonl).

dev193 is a blind set of whole articles from the food, cooking, restaurant, wine, coffee and tea,
fashion, design, travel and wellness desks, 2015-2026, every region (6 to 14 sentences, 700 to
2,600 characters, with a title), in the style of the Guardian's Food and Observer Food Monthly,
the New York Times Food and Style sections, Bon Appétit, Eater, Vogue, The National, L'Orient
Today, Kyiv Independent, Al Jazeera features, Monocle, The Hindu's food pages and the South China
Morning Post's Post Magazine. Chefs, recipes and cookbooks from places at war, restaurants run
by refugees, harvests, fashion weeks and interiors carry their war words loosely ("a price war",
"the battle of the burgers", "bombshell dresses", "killer heels", "the chef fired his kitchen");
about a third of the texts report current organised violence or its direct consequences (a
bread queue shelled, a charity-kitchen cook killed by a drone, a winery hit at harvest, a
market burned, aid cooks killed in an air strike). Labels follow eval/README.md (section 1).
The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 193, gives them ids
dc0001... and writes the files.

    python3 eval/dev193/build.py            # validate, print the counts, write the files
    python3 eval/dev193/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_sport_military import NEGATIVES as NEG_CRIME_SPORT_MILITARY  # noqa: E402
from texts_neg_disaster_accident_health import NEGATIVES as NEG_DISASTER  # noqa: E402
from texts_neg_economy_politics import NEGATIVES as NEG_ECONOMY_POLITICS  # noqa: E402
from texts_neg_entertainment import NEGATIVES as NEG_ENTERTAINMENT  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_protest_peace_history import NEGATIVES as NEG_PROTEST_PEACE_HISTORY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = (
    NEG_ECONOMY_POLITICS
    + NEG_PROTEST_PEACE_HISTORY
    + NEG_CRIME_SPORT_MILITARY
    + NEG_DISASTER
    + NEG_OTHER
    + NEG_ENTERTAINMENT
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev193",
            HERE,
            "dc",
            193,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
