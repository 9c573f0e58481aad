"""Build eval/dev387/conflict.jsonl (and the empty eval/dev387/figures.jsonl).

dev387 is a blind set of whole articles (a title and 6 to 14 sentences) from the Brazilian press
in translation, 2014-2026: Folha de S.Paulo, O Globo, Estadão, G1, Agência Brasil and the
regional papers, on every desk. The negatives are the country's other news with its war words
used loosely and the violence it borders: floods in Rio Grande do Sul, fires, drought and
landslides, Amazon fires and deforestation, the Libertadores and the Seleção, fans' brawls, the
carnival, films and series, crime and its trials (the Marielle and Javari cases among them),
corruption cases, the 'war' on drugs told as policy, the real and inflation, Bolsonaro's trial,
the armed forces without violence, peace diplomacy and peaceful protest. The positives, about a
third, report current armed conflict or political violence: police mega-operations and
gunfights with the factions in Rio, Salvador and the São Paulo coast, faction attacks on the
state, attacks by armed men on indigenous and landless communities, the killings of Marielle
Franco and of Dom Phillips and Bruno Pereira, the 8 January 2023 assault on the Three Powers and
other riots in Brasília, election violence, and Brazilians caught in wars abroad. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 387, gives them ids
wu0001... and writes the files.

    python3 eval/dev387/build.py            # validate, print the counts, write the files
    python3 eval/dev387/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_nature import NEGATIVES as NEG_NATURE  # noqa: E402
from texts_neg_state import NEGATIVES as NEG_STATE  # noqa: E402
from texts_neg_street import NEGATIVES as NEG_STREET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_STATE + NEG_STREET + NEG_NATURE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev387",
            HERE,
            "wu",
            387,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
