"""Build eval/dev305/conflict.jsonl (and the empty eval/dev305/figures.jsonl).

dev305 is a blind set of whole articles (a title and 6 to 14 sentences) from the West African
press, 2014-2026: Senegal, Ghana, Côte d'Ivoire, Guinea, Sierra Leone, Liberia, Togo, Benin and
the Gambia, in the style of Jeune Afrique, GhanaWeb and Graphic Online, Le Soleil, Fraternité
Matin and the wires (AFP, Reuters): politics, courts, economy, football, religion and health.
The negatives are elections and their disputes, anniversaries of coups and massacres, peaceful
marches and sit-ins, floods and landslides, road and industrial accidents, crime, mining
disputes in court and arbitration, football, the armed forces without violence, books and films,
with the desk's own war words used loosely. The positives, about a third, report current
jihadist attacks in the north of Benin and Togo and the displacement they cause, coups, mutinies
and prison raids with shooting, protests met with live fire, communal clashes with deaths and a
clash in Casamance. Labels follow eval/README.md (section 1). The texts, with their labels, are
in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 305, gives them ids
ug0001... and writes the files.

    python3 eval/dev305/build.py            # validate, print the counts, write the files
    python3 eval/dev305/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desks import NEGATIVES as NEG_DESKS  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_neg_society import NEGATIVES as NEG_SOCIETY  # noqa: E402
from texts_pos_north import POSITIVES as POS_NORTH  # noqa: E402
from texts_pos_unrest import POSITIVES as POS_UNREST  # noqa: E402

POSITIVES = POS_NORTH + POS_UNREST
NEGATIVES = NEG_POLITICS + NEG_SOCIETY + NEG_DESKS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev305",
            HERE,
            "ug",
            305,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
