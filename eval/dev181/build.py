"""Build eval/dev181/conflict.jsonl (and the empty eval/dev181/figures.jsonl).

dev181 is a blind set of whole articles (a title and 6 to 14 sentences) on land, farming, water and
the environment, 2014-2026, from every region, as the rural, environment and regional desks write
them (Mongabay, the Guardian's environment pages, Reuters, AP, AFP, Premium Times, Daily Trust,
Nation Africa, The Continent, Folha, Rappler, Down To Earth, The Third Pole, Dialogue Earth, Al
Jazeera): farmer-herder clashes and cattle raids, land grabs and evictions, rivers, dams and water
disputes, environmental and Indigenous defenders, illegal mining and logging, poaching and rangers,
wildfires and droughts, fishing disputes, land reform politics, court cases and farmers' protests.
About a third report current organised violence or its direct consequences; the rest are hard
negatives of every kind of the guideline's table and a few plain ones. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py of
this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 181, gives them ids
lw0001... and writes the files.

    python3 eval/dev181/build.py            # validate, print the counts, write the files
    python3 eval/dev181/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_protest import NEGATIVES as NEG_CRIME_PROTEST  # noqa: E402
from texts_neg_disaster_accident_health import NEGATIVES as NEG_DISASTER  # noqa: E402
from texts_neg_history_culture_other import NEGATIVES as NEG_HISTORY_OTHER  # noqa: E402
from texts_neg_peace_politics_economy import NEGATIVES as NEG_PEACE_POLITICS  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_world import POSITIVES as POS_WORLD  # noqa: E402

POSITIVES = POS_AFRICA + POS_WORLD
NEGATIVES = NEG_DISASTER + NEG_CRIME_PROTEST + NEG_PEACE_POLITICS + NEG_HISTORY_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev181",
            HERE,
            "lw",
            181,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
