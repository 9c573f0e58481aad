"""Build eval/dev315/conflict.jsonl (and the empty eval/dev315/figures.jsonl).

dev315 is a blind set of whole articles (a title and 6 to 14 sentences) from the courts and
justice desk, 2014-2026, every region, in the style of Reuters, AP, AFP, the BBC, Al Jazeera,
the Guardian and the national press: trials, verdicts, appeals, extraditions, international
courts and inquests. The negatives are ordinary crime trials, murder and gang cases, war-crimes
trials for wars that ended, ICC proceedings about past events, constitutional cases, civil
suits and legal battles, 'assault' charges, terrorism trials for old plots, transitional
justice, sport, commercial and accident cases; the positives, about a third, are court stories
that report current armed conflict or political violence (a court hit in an attack, judges
killed by insurgents, trials of militants as fighting goes on, verdicts followed by deadly
clashes). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 315, gives them ids
uk0001... and writes the files.

    python3 eval/dev315/build.py            # validate, print the counts, write the files
    python3 eval/dev315/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_history import NEGATIVES as NEG_HISTORY  # noqa: E402
from texts_neg_legal import NEGATIVES as NEG_LEGAL  # noqa: E402
from texts_neg_legal_other import NEGATIVES as NEG_LEGAL_OTHER  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_CRIME + NEG_HISTORY + NEG_LEGAL + NEG_LEGAL_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev315",
            HERE,
            "uk",
            315,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
