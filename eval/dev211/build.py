"""Build eval/dev211/conflict.jsonl (and the empty eval/dev211/figures.jsonl).

dev211 is a blind set of whole articles (a title and 6 to 14 sentences) from the health and
medicine desk, 2014-2026, every region, in the style of STAT, the BMJ's news pages, Reuters
Health, the Guardian, Al Jazeera and the national press: hospitals and waiting lists, epidemics
and vaccination, drug prices, medical research, doctors' and nurses' strikes, mental health and
nursing shortages, with the desk's war words used loosely (outbreaks "fought", vaccination
"drives", a "shot", a "battle with" an illness, the "war on cancer"), hospital fires and
disasters, crimes against health workers, military medicine, mass-casualty drills and veterans'
research, and, in about a third, current organised violence that reaches health care (hospitals
struck or raided in a war, medics killed or arrested by an armed side, cholera in a besieged
city, doctors treating protesters shot by police, vaccinators attacked by militants, clinics
closed by fighting, medicine convoys blocked). Labels follow eval/README.md (section 1). The
texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 211, gives them ids
dl0001... and writes the files.

    python3 eval/dev211/build.py            # validate, print the counts, write the files
    python3 eval/dev211/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_hospitals import NEGATIVES as NEG_HOSPITALS  # noqa: E402
from texts_neg_military import NEGATIVES as NEG_MILITARY  # noqa: E402
from texts_neg_outbreaks import NEGATIVES as NEG_OUTBREAKS  # noqa: E402
from texts_neg_strikes import NEGATIVES as NEG_STRIKES  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_OUTBREAKS + NEG_HOSPITALS + NEG_STRIKES + NEG_MILITARY

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev211",
            HERE,
            "dl",
            211,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
