"""Build eval/dev405/conflict.jsonl (and the empty eval/dev405/figures.jsonl).

dev405 is a blind set of whole articles (a title and 6 to 14 sentences) in the register of the
Irish press, 2014-2026: the Irish Times, RTÉ, the Irish Independent, the Irish Examiner, the
Belfast Telegraph and the Journal, on any topic. The negatives are the island's own news with
its war words used loosely and the violence it borders: the housing crisis, GAA and rugby, the
decade of centenaries (the Rising, the Civil War, Bloody Sunday), storms, gangland feuds told as
crime, the Troubles' anniversaries, legacy inquests and the legacy act, Brexit 'battles', the
Defence Forces' budget, ships and drills, peaceful protests, films and series. About a third are
current armed conflict or political violence: the Dublin riot of November 2023, the disorder
and arson over asylum accommodation, riots in Belfast, Ballymena and Derry, dissident republican
bombs and shootings, Irish peacekeepers under fire in Lebanon, Syria and Mali, Private Seán
Rooney killed in Lebanon, and Irish citizens caught up in, or leaving, Gaza, Sudan, Lebanon and
Ukraine. Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 405, gives them ids
xe0001... and writes the files.

    python3 eval/dev405/build.py            # validate, print the counts, write the files
    python3 eval/dev405/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_a import NEGATIVES as NEG_A  # noqa: E402
from texts_neg_b import NEGATIVES as NEG_B  # noqa: E402
from texts_neg_c import NEGATIVES as NEG_C  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_A + NEG_B + NEG_C

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev405",
            HERE,
            "xe",
            405,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
