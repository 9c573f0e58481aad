"""Build eval/dev235/conflict.jsonl (and the empty eval/dev235/figures.jsonl).

dev235 is a blind set of whole articles (a title and 6 to 14 sentences) from the
parliamentary desk: legislatures, votes, debates, committees and hearings, 2014-2026, every
region, in the style of Reuters, AP, AFP, the BBC, Politico, The Hill and the national papers.
The negatives are votes and debates on defence budgets, military aid, arms sales, sanctions, war
powers and conscription, past wars and apologies, peace deals ratified, "bruising battles" over
budgets, filibusters, brawls and fistfights in the chamber, walkouts, impeachments and
parliamentary "attacks" on ministers, with crimes, disasters, accidents and peaceful protests
that reach parliaments. The positives, about a third, are reports from a parliament that give
current fighting, strikes, killings or flight (a minister telling MPs of a strike, an attack on
the parliament itself, lawmakers killed or abducted, a hearing told how many fled). Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 235, gives them ids
dx0001... and writes the files.

    python3 eval/dev235/build.py            # validate, print the counts, write the files
    python3 eval/dev235/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_chamber import NEGATIVES as NEG_CHAMBER  # noqa: E402
from texts_neg_defence import NEGATIVES as NEG_DEFENCE  # noqa: E402
from texts_neg_house import NEGATIVES as NEG_HOUSE  # noqa: E402
from texts_neg_past import NEGATIVES as NEG_PAST  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_CHAMBER + NEG_DEFENCE + NEG_PAST + NEG_HOUSE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev235",
            HERE,
            "dx",
            235,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
