"""Build eval/dev107/conflict.jsonl (and the empty eval/dev107/figures.jsonl).

dev107 is a blind set of whole articles from countries at war, on every desk: Ukraine, Russia,
Israel, Gaza, the West Bank, Lebanon, Syria, Yemen, Sudan, Myanmar, Ethiopia, eastern DRC, the
Sahel, Haiti and Colombia, 2019-2025, in the style of the Kyiv Independent, Ukrainska Pravda,
Meduza, the Times of Israel, Haaretz, L'Orient Today, Al Jazeera, Enab Baladi, Saba, Sudan
Tribune, Radio Dabanga, The Irrawaddy, Addis Standard, Actualite.cd, Le Monde Afrique, the Haiti
Times, El Espectador, Reuters, AFP and the AP. A headline and a body of 5 to 14 sentences; about
two in five report current organised violence or its direct consequences (often opening on their
human or economic angle), the rest those countries' other news (the economy, energy, elections,
courts, culture, sport, health, schools, science, weather, peace talks, reconstruction,
anniversaries, trials of past crimes, prisoner exchanges), most with the war in passing. Labels
follow eval/README.md (section 1). The texts, with their labels, are in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 107, gives them ids
kr0001... and writes the files. The builder refuses newlines, so paragraphs are joined by single
spaces.

    python3 eval/dev107/build.py            # validate, print the counts, write the files
    python3 eval/dev107/build.py --table    # also print the counts as markdown tables
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

POSITIVES = POS_A + POS_B + POS_C
NEGATIVES = NEG_A + NEG_B + NEG_C + NEG_D

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev107",
            HERE,
            "kr",
            107,
            sentences=(5, 14),
            max_text_chars=2600,
            min_text_chars=600,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.30, 0.50),
        )
    )
)
