"""Build eval/dev355/conflict.jsonl (and the empty eval/dev355/figures.jsonl).

dev355 is a blind set of whole articles (a title and 6 to 14 sentences) from the German-language
press in English translation, 2015-2026, in the style of Spiegel International, the FAZ's and
the NZZ's English editions, the Süddeutsche Zeitung, Die Zeit and Der Standard: coalition
politics, the economy and strikes, the Bundeswehr's budget and drills, far-right rallies that
stay peaceful, knife crime treated as crime, floods, the Second World War and its trials, and,
in about a third, current armed conflict and political violence (terror attacks in Germany and
Austria, attacks on politicians, riots, Germans killed abroad in wars, strikes in Ukraine, Gaza,
Lebanon and Israel reported from Berlin). Labels follow eval/README.md (section 1). The texts,
with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 355, gives them ids
we0001... and writes the files.

    python3 eval/dev355/build.py            # validate, print the counts, write the files
    python3 eval/dev355/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_neg_politics import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_neg_street import NEGATIVES as NEG_STREET  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_POLITICS + NEG_STREET + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev355",
            HERE,
            "we",
            355,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
