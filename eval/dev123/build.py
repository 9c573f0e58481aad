"""Build eval/dev123/conflict.jsonl (and the empty eval/dev123/figures.jsonl).

dev123 is a blind set of whole articles from the English-language press inside countries at war
or in crisis, every desk, 2024-2026, in natural proportions: Sudan Tribune, Dabanga, the Kyiv
Independent, Ukrainska Pravda, Dawn, The Express Tribune, Premium Times, Daily Trust, The
Irrawaddy, Myanmar Now, L'Orient Today, Haaretz, The Times of Israel, Radio Okapi, Actualite.cd,
Garowe Online, Addis Standard, Le Nouvelliste, El Tiempo, El Espectador, The Kathmandu Post and
Yemen Monitor. A headline and a body of 6 to 14 sentences (700 to 2,600 characters); about a
third report current organised violence or its direct consequences, the rest are the same
papers' other news (politics, courts, prices, football, exams, health, floods, culture, business,
the diaspora, and the stories that talk about the war without reporting current violence).
Labels follow eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 123, gives them ids
kz0001... and writes the files. The builder refuses newlines, so paragraphs are joined by single
spaces.

    python3 eval/dev123/build.py            # validate, print the counts, write the files
    python3 eval/dev123/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_hard_a import NEGATIVES as NEG_HARD_A  # noqa: E402
from texts_neg_hard_b import NEGATIVES as NEG_HARD_B  # noqa: E402
from texts_neg_hard_c import NEGATIVES as NEG_HARD_C  # noqa: E402
from texts_neg_hard_d import NEGATIVES as NEG_HARD_D  # noqa: E402
from texts_neg_other import NEGATIVES as NEG_OTHER  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402
from texts_pos_c import POSITIVES as POS_C  # noqa: E402

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_HARD_A + NEG_HARD_B + NEG_HARD_C + NEG_HARD_D + NEG_OTHER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev123",
            HERE,
            "kz",
            123,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.25, 0.42),
        )
    )
)
