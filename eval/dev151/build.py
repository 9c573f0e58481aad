"""Build eval/dev151/conflict.jsonl (and the empty eval/dev151/figures.jsonl).

dev151 is a blind set of whole articles (a title and 6 to 14 sentences) from the business,
markets, energy, shipping, insurance and technology desks, 2019-2026, every region, in the style
of Reuters, Bloomberg, the Financial Times, The Wall Street Journal, Lloyd's List, TradeWinds,
S&P Global, Argus, Nikkei Asia, Business Standard, Mining Weekly and TechCrunch. About a third
report current organised violence or its direct consequences as these desks report it (drones
striking refineries and ports, missiles hitting merchant ships, seafarers killed or taken,
power plants shelled, pipelines bombed, mines seized by rebels, riots that shut factories and
borders); the rest are the desks' other news, where war words are common in other senses (price
war, trade war, hostile bid, battle for market share, killer app, bombed at the box office,
raid on the pension fund, targeted layoffs, strikes as industrial action) and where wars are
background, risk or cause (war-risk premiums, since the invasion, sanctions over the war).
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 151, gives them ids
jl0001... and writes the files.

    python3 eval/dev151/build.py            # validate, print the counts, write the files
    python3 eval/dev151/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_accident_disaster import NEGATIVES as NEG_CRIME_ACCIDENT  # noqa: E402
from texts_neg_economy import NEGATIVES as NEG_ECONOMY  # noqa: E402
from texts_neg_labour_culture_tech import NEGATIVES as NEG_LABOUR_CULTURE  # noqa: E402
from texts_neg_politics_military_peace import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_pos_energy import POSITIVES as POS_ENERGY  # noqa: E402
from texts_pos_land_unrest import POSITIVES as POS_LAND  # noqa: E402
from texts_pos_shipping import POSITIVES as POS_SHIPPING  # noqa: E402

POSITIVES = POS_SHIPPING + POS_ENERGY + POS_LAND
NEGATIVES = NEG_ECONOMY + NEG_POLITICS + NEG_CRIME_ACCIDENT + NEG_LABOUR_CULTURE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev151",
            HERE,
            "jl",
            151,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
