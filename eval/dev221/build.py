"""Build eval/dev221/conflict.jsonl (and the empty eval/dev221/figures.jsonl).

dev221 is a blind set of whole articles (a title and 6 to 14 sentences) about charities,
philanthropy and fundraising, 2014-2026, every region, as the charity press (Civil Society,
Third Sector, the Chronicle of Philanthropy, Devex, The New Humanitarian), the wires and local
papers write it: appeals, galas, telethons, donations, volunteers, charity shops, NGO finances
and scandals. The negatives carry the sector's war words used loosely and the violence it
borders: appeals for past wars and for veterans, "battling" poverty, a foundation's "war chest",
charity runs and marathons, disaster appeals, charity fraud and thefts, campaigns and missions,
refugee charities' policy work, stampedes at handouts, peace deals that donors fund. About a third
are current organised violence as it reaches charities: aid workers killed or kidnapped, convoys
and warehouses hit, appeals launched as bombs fall and families flee, clinics closed by fighting,
donors told of a massacre in a current war, and riots that burn a charity's office. Labels follow
eval/README.md (section 1). The texts, with their labels, are in the helper modules texts_*.py
of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 221, gives them ids
dq0001... and writes the files.

    python3 eval/dev221/build.py            # validate, print the counts, write the files
    python3 eval/dev221/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_appeals import NEGATIVES as NEG_APPEALS  # noqa: E402
from texts_neg_events import NEGATIVES as NEG_EVENTS  # noqa: E402
from texts_neg_money import NEGATIVES as NEG_MONEY  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_APPEALS + NEG_MONEY + NEG_EVENTS

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev221",
            HERE,
            "dq",
            221,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
