"""Build eval/dev155/conflict.jsonl (and the empty eval/dev155/figures.jsonl).

dev155 is a blind set of whole articles (a title and 6 to 14 sentences, 700 to 2,600 characters)
from the national press of Latin America and the Caribbean, every desk, 2016-2026: an ordinary
news day in Mexico, Guatemala, Honduras, El Salvador, Nicaragua, Haiti, the Dominican Republic,
Cuba, Colombia, Venezuela, Ecuador, Peru, Bolivia, Brazil, Paraguay, Chile and Argentina, written
in English the way El Universal, Milenio, Prensa Libre, La Prensa Gráfica, El Faro, Le
Nouvelliste, Diario Libre, El Tiempo, El Espectador, El Comercio, Folha, O Globo, La Nación,
Clarín, MercoPress, the Buenos Aires Times, InSight Crime and the Latin America desks of Reuters
and AFP write. About a third report current organised violence or its direct consequences
(guerrilla and dissident attacks, cartel and gang wars, army and police operations, massacres,
riots and crackdowns, the displacement they cause); the rest are the same papers' other news
(politics, courts, crime, business, mining and oil, migration, health, disasters, football,
carnival and culture), many with war words used in other senses. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 155, gives them ids
jn0001... and writes the files.

    python3 eval/dev155/build.py            # validate, print the counts, write the files
    python3 eval/dev155/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_disaster_accident_health import NEGATIVES as NEG_DISASTER  # noqa: E402
from texts_neg_economy_other import NEGATIVES as NEG_ECONOMY_OTHER  # noqa: E402
from texts_neg_military_culture import NEGATIVES as NEG_MILITARY_CULTURE  # noqa: E402
from texts_neg_protest_peace_history import NEGATIVES as NEG_PROTEST_PEACE  # noqa: E402
from texts_neg_sport_politics import NEGATIVES as NEG_SPORT_POLITICS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = (
    NEG_CRIME
    + NEG_SPORT_POLITICS
    + NEG_ECONOMY_OTHER
    + NEG_DISASTER
    + NEG_PROTEST_PEACE
    + NEG_MILITARY_CULTURE
)

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev155",
            HERE,
            "jn",
            155,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
