"""Build eval/dev323/conflict.jsonl (and the empty eval/dev323/figures.jsonl).

dev323 is a blind set of whole articles (a title and 6 to 14 sentences) from the education desk,
2014-2026, every region, in the style of the wires (Reuters, AP, AFP), the BBC, the Guardian's
education pages, Times Higher Education, University World News, Dawn, the Daily Star, Premium
Times, the Nation, Rappler and the Kyiv Independent: schools, universities, exams, students,
teachers' pay and campus life, with the violence the desk borders (school shootings and stabbings
by lone attackers treated as crime, peaceful campus protests and teachers' strikes, curriculum
culture wars, exam cheating, schools closed by storms, floods, quakes and epidemics, history
lessons about past wars, the military on campus) and, in about a third, current armed conflict
or political violence that reaches schools and students (schools struck or occupied by armed
groups, pupils abducted by militants, universities in war zones shelled, students killed in
crackdowns). Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 323, gives them ids
uo0001... and writes the files.

    python3 eval/dev323/build.py            # validate, print the counts, write the files
    python3 eval/dev323/build.py --table    # also print the counts as markdown tables
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
            "dev323",
            HERE,
            "uo",
            323,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
