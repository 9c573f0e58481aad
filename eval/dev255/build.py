"""Build eval/dev255/conflict.jsonl (and the empty eval/dev255/figures.jsonl).

dev255 is a blind set of whole articles (a title and 6 to 14 sentences) from the
counter-terrorism desk, 2014-2026, every region, in the style of Reuters, AP, AFP, the BBC, the
Guardian, Le Monde in English and the national press (Dawn, The Hindu, Premium Times, Daily
Nation, Rappler, The Straits Times, The Age, ABC, Deutsche Welle, The Irish Times): plots foiled
before anyone was hurt, raids and arrests, charges, terror-list designations, trials and
sentences for old attacks, online radicalisation, deradicalisation and prevention programmes,
threat levels, drills and anniversaries, with the desk's own war words, and, in about a third,
current attacks, bombings, shootings, sieges, insurgent assaults and security operations with
fighting under way. Labels follow eval/README.md (section 1). The texts, with their labels, are
in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 255, gives them ids
th0001... and writes the files.

    python3 eval/dev255/build.py            # validate, print the counts, write the files
    python3 eval/dev255/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_courts import NEGATIVES as NEG_COURTS  # noqa: E402
from texts_neg_plots import NEGATIVES as NEG_PLOTS  # noqa: E402
from texts_neg_policy import NEGATIVES as NEG_POLICY  # noqa: E402
from texts_neg_world import NEGATIVES as NEG_WORLD  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_PLOTS + NEG_COURTS + NEG_POLICY + NEG_WORLD

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev255",
            HERE,
            "th",
            255,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
