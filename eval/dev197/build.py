"""Build eval/dev197/conflict.jsonl (and the empty eval/dev197/figures.jsonl).

dev197 is a blind set of whole articles (a title and 6 to 14 sentences) from the energy,
utilities and infrastructure desks, 2014-2026, every region, in the style of Reuters, Bloomberg,
S&P Global, Argus, the Financial Times, AP, Al Jazeera, the Kyiv Independent and the national
press: power grids and blackouts, pipelines, oil and gas fields, refineries, LNG terminals,
dams, nuclear plants, fuel shortages, water and sewage works, telecoms masts, prices and
markets. The negatives are outages from storms, heat, floods and quakes, refinery strikes,
price wars, pipeline accidents and explosions, ransomware and theft against utilities,
"energy war" and "gas war" as rhetoric, sanctions, nuclear safety reviews, grid drills, and
protests over tariffs that stay peaceful; in about a third, current organised violence that
reaches energy and water (missile and drone strikes on power plants, substations, refineries
and pipelines, sabotage by armed groups, fighting around dams and a nuclear plant, fuel riots
with security forces firing, blockades, towns left without power as people flee). Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 197, gives them ids
de0001... and writes the files.

    python3 eval/dev197/build.py            # validate, print the counts, write the files
    python3 eval/dev197/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_desk import NEGATIVES as NEG_DESK  # noqa: E402
from texts_neg_grid import NEGATIVES as NEG_GRID  # noqa: E402
from texts_neg_market import NEGATIVES as NEG_MARKET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_GRID + NEG_CRIME + NEG_MARKET + NEG_DESK

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev197",
            HERE,
            "de",
            197,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
