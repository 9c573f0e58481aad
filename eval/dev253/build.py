"""Build eval/dev253/conflict.jsonl (and the empty eval/dev253/figures.jsonl).

dev253 is a blind set of whole articles (a title and 6 to 14 sentences) from the nuclear energy
and non-proliferation desk, 2014-2026, every region, in the style of Reuters, the BBC, World
Nuclear News and national papers: reactors, outages and restarts, Fukushima water, uranium and
enrichment, waste, the IAEA and its inspections, missile and nuclear tests, arms-control
treaties, Hiroshima anniversaries and old bombs, protests against plants and nuclear "attacks"
in games and films, with their war words used loosely, and, in about a third, nuclear-desk
stories that report current fighting, shelling, strikes, drone attacks, crackdowns or flight in
a war or unrest under way. Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 253, gives them ids
tg0001... and writes the files.

    python3 eval/dev253/build.py            # validate, print the counts, write the files
    python3 eval/dev253/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_culture import NEGATIVES as NEG_CULTURE  # noqa: E402
from texts_neg_plants import NEGATIVES as NEG_PLANTS  # noqa: E402
from texts_neg_weapons import NEGATIVES as NEG_WEAPONS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_PLANTS + NEG_WEAPONS + NEG_CULTURE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev253",
            HERE,
            "tg",
            253,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
