"""Build eval/dev317/conflict.jsonl (and the empty eval/dev317/figures.jsonl).

dev317 is a blind set of whole articles (a title and 6 to 14 sentences) from the cybersecurity
and technology desk, 2014-2026, every region, in the style of Reuters, AP, AFP, the BBC, the
Financial Times, Wired, The Record, Rest of World, the Kyiv Independent, Dawn and The East
African: hacks, ransomware and data breaches by criminals and states, outages and data-centre
fires, the chip war, price wars and tech layoffs, app bans, disinformation and election "war
rooms", drone delivery and drone procurement, tech workers' protests, disasters that hit chips
and networks, and the history, series and games of cyberwar; and, in about a third, technology
stories that report current armed conflict or political violence (missile and drone strikes on
grids, exchanges and data centres, Starlink and drones on the front line, networks cut as troops
or rebels advance, shutdowns during deadly crackdowns, sabotage and arson the authorities treat
as terrorism). Labels follow eval/README.md (section 1). The texts, with their labels, are in
the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 317, gives them ids
um0001... and writes the files.

    python3 eval/dev317/build.py            # validate, print the counts, write the files
    python3 eval/dev317/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_cyber import NEGATIVES as NEG_CYBER  # noqa: E402
from texts_neg_failure import NEGATIVES as NEG_FAILURE  # noqa: E402
from texts_neg_market import NEGATIVES as NEG_MARKET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_CYBER + NEG_MARKET + NEG_FAILURE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev317",
            HERE,
            "um",
            317,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
