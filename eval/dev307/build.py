"""Build eval/dev307/conflict.jsonl (and the empty eval/dev307/figures.jsonl).

dev307 is a blind set of whole articles (a title and 6 to 14 sentences) from the US domestic
news desk, 2014-2026, in the style of AP, the Washington Post and local papers: politics,
Congress, the courts, guns, immigration and the border, weather and disasters, crime and the
culture wars. Its negatives are the desk's ordinary and borderline copy (mass shootings with no
political motive reported, plots that never came to an attack, trials and sentencing for old
attacks, gun laws, border policy, the culture "wars", storms, floods and wildfires with the
National Guard called out, the military's money, parades and recruits, anniversaries, films,
peaceful marches and strikes); about a third are positives: current political violence (the
Capitol riot, attacks on officials and candidates), terror attacks, riots with casualties, and
US strikes and casualties abroad. Labels follow eval/README.md (section 1). The texts, with their
labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 307, gives them ids
uh0001... and writes the files.

    python3 eval/dev307/build.py            # validate, print the counts, write the files
    python3 eval/dev307/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_courts import NEGATIVES as NEG_COURTS  # noqa: E402
from texts_neg_hazard import NEGATIVES as NEG_HAZARD  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_COURTS + NEG_HAZARD + NEG_MISC

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev307",
            HERE,
            "uh",
            307,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
