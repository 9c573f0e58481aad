"""Build eval/dev340/conflict.jsonl (and the empty eval/dev340/figures.jsonl).

dev340 is a blind set of whole articles (a title and 6 to 14 sentences) from the Latin American
press in translation, 2014-2026: El País, Clarín, Folha de S.Paulo, El Tiempo, La Jornada, El
Comercio and their neighbours (La Nación, Página/12, El Universal, El Universo, Le Nouvelliste,
La Tercera, Prensa Libre, La Prensa) as they read in English, on any desk. The negatives are the
region's other news with its war words used loosely and the violence it borders: crime, gangs
and corruption treated as crime, elections and referendums, protests that stay peaceful,
football and its fans' violence, floods, quakes and fires, the dictatorships remembered, peace
talks, films, arms purchases and ordinary news. About a third are positives: current armed
conflict and political violence (ELN and dissident attacks, cartels fighting the army or each
other with military means, Haiti's gangs against the police and the population, crackdowns with
deaths, attacks on candidates). Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 340, gives them ids
ux0001... and writes the files.

    python3 eval/dev340/build.py            # validate, print the counts, write the files
    python3 eval/dev340/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_neg_street import NEGATIVES as NEG_STREET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_DESK + NEG_STREET + NEG_PAST

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev340",
            HERE,
            "ux",
            340,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
