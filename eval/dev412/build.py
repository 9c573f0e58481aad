"""Build eval/dev412/conflict.jsonl (and the empty eval/dev412/figures.jsonl).

dev412 is a blind set of whole articles (a title and 6 to 14 sentences) from the Mexican press
in translation, 2014-2026, in the style of El Universal, Reforma, Milenio, La Jornada, Proceso
and El Financiero: cartel murders, homicide statistics, extortion, trials and seizures told as
crime, the mothers' collectives that search for the disappeared, the Ayotzinapa case in court,
elections and the judicial reform, the peso, remittances and tariffs, earthquakes, floods and
hurricanes Otis and Erick, lucha libre and football, the Day of the Dead, anniversaries, films and
the armed forces without violence, with their war words used loosely, and, in about a third,
current armed conflict and political violence (the factions of the Sinaloa cartel fighting for
Culiacán, drones, mines and roadside bombs in Michoacán, Guerrero and Guanajuato, attacks on
troops and police, killings of candidates and mayors, communities displaced by armed groups in
Guerrero, Chiapas and Zacatecas, violent demonstrations and their crackdowns). Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 412, gives them ids
xf0001... and writes the files.

    python3 eval/dev412/build.py            # validate, print the counts, write the files
    python3 eval/dev412/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_desks import NEGATIVES as NEG_DESKS  # noqa: E402
from texts_neg_justice import NEGATIVES as NEG_JUSTICE  # noqa: E402
from texts_neg_society import NEGATIVES as NEG_SOCIETY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_JUSTICE + NEG_SOCIETY + NEG_DESKS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev412",
            HERE,
            "xf",
            412,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
