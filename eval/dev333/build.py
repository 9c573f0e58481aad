"""Build eval/dev333/conflict.jsonl (and the empty eval/dev333/figures.jsonl).

dev333 is a blind set of whole articles (a title and 6 to 14 sentences) from the human rights and
civil liberties desk, 2014-2026, every region, in the style of the wires and of the reports of
rights groups, UN rapporteurs and press freedom organisations: laws, censorship, surveillance and
discrimination, the trials of activists and journalists, prisons and deaths in custody, police
brutality as a crime case, peaceful protests and vigils, historical abuses, truth commissions and
exhumations, peace deals and mandate renewals, with the desk's own war words used loosely, and,
in about a third, rights reporting of current armed conflict or political violence (massacres
documented in ongoing wars, protesters shot in crackdowns, abductions by armed groups,
journalists killed by armed parties). Labels follow eval/README.md (section 1). The texts, with
their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 333, gives them ids
uu0001... and writes the files.

    python3 eval/dev333/build.py            # validate, print the counts, write the files
    python3 eval/dev333/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_justice import NEGATIVES as NEG_JUSTICE  # noqa: E402
from texts_neg_law import NEGATIVES as NEG_LAW  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_neg_misc_more import NEGATIVES as NEG_MISC_MORE  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_LAW + NEG_JUSTICE + NEG_MISC + NEG_MISC_MORE

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev333",
            HERE,
            "uu",
            333,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
