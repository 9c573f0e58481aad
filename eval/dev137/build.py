"""Build eval/dev137/conflict.jsonl (and the empty eval/dev137/figures.jsonl).

dev137 is a blind set of whole articles from Latin America and South and Southeast Asia, 2023-2026,
from every desk in natural proportions, as the region's English-language press and the wires write
them (El Universal, Milenio, El Tiempo, El Comercio, Le Nouvelliste, Folha, Dawn, The Hindu, The
Daily Star, The Irrawaddy, the Bangkok Post, Rappler, the Inquirer, the Jakarta Post, Reuters, AP,
AFP): a headline and a body of 6 to 14 sentences, about a third of them reporting current organised
violence (cartel and gang wars fought with military means, insurgent ambushes and bombings, army
operations, massacres, communal clashes, crackdowns that kill, people fleeing the fighting), the
rest the same papers' other news, much of it with the same words. Labels follow eval/README.md
(section 1). The texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 137, gives them ids
je0001... and writes the files. The builder refuses newlines, so each article is one paragraph
(the modules join their wrapped lines with single spaces).

    python3 eval/dev137/build.py            # validate, print the counts, write the files
    python3 eval/dev137/build.py --table    # also print the counts as markdown tables
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
from texts_neg_d import NEGATIVES as NEG_D  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402
from texts_pos_d import POSITIVES as POS_D  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C + POS_D
NEGATIVES = NEG_A + NEG_B + NEG_C + NEG_D

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev137",
            HERE,
            "je",
            137,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.25, 0.42),
        )
    )
)
