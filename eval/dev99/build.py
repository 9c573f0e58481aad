"""Build eval/dev99/conflict.jsonl (and the empty eval/dev99/figures.jsonl).

dev99 is a blind set on the line between communal violence and crime or ordinary dispute, in the
style of the wires and the regional press (Premium Times, Daily Trust, Nation Africa, Radio
Tamazuj, The Hindu, Indian Express, Dawn, Post-Courier, AFP, Reuters, AP), 2016-2025: a title and
a body of 2 to 6 sentences, about 40% of them conflict (farmer-herder clashes, cattle raids by
armed groups, clan and tribal fighting, ethnic militia attacks, communal and sectarian riots, mob
lynchings over religion or caste, vigilante and self-defence group killings, land conflicts fought
with guns, attacks on places of worship and the displacement they cause), the rest crime, courts,
disputes, rural life, festivals, peace work, memory and ordinary news in the same vocabulary.
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 99, gives them ids
kn0001... and writes the files.

    python3 eval/dev99/build.py            # validate, print the counts, write the files
    python3 eval/dev99/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_events import NEGATIVES as NEG_EVENTS  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_peace import NEGATIVES as NEG_PEACE  # noqa: E402
from texts_neg_rural import NEGATIVES as NEG_RURAL  # noqa: E402
from texts_pos_africa_a import POSITIVES as POS_AFRICA_A  # noqa: E402
from texts_pos_africa_b import POSITIVES as POS_AFRICA_B  # noqa: E402
from texts_pos_americas_pacific import POSITIVES as POS_AMERICAS_PACIFIC  # noqa: E402
from texts_pos_asia import POSITIVES as POS_ASIA  # noqa: E402

POSITIVES = POS_AFRICA_A + POS_AFRICA_B + POS_ASIA + POS_AMERICAS_PACIFIC
NEGATIVES = NEG_CRIME + NEG_RURAL + NEG_PEACE + NEG_EVENTS + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev99",
            HERE,
            "kn",
            99,
            sentences=(2, 6),
            max_text_chars=900,
            max_title_chars=130,
            check_glued=True,
            positive_share=(0.33, 0.47),
        )
    )
)
