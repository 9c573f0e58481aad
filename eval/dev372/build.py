"""Build eval/dev372/conflict.jsonl (and the empty eval/dev372/figures.jsonl).

dev372 is a blind set of whole articles (a title and 6 to 14 sentences) from the Australian and
New Zealand press, 2014-2026, in the style of the ABC, the Sydney Morning Herald, The Age, The
Australian, RNZ, RNZ Pacific, the New Zealand Herald and Stuff, on any topic: bushfires, floods
and Pacific cyclones, crocodile and shark attacks, gangland and bikie shootings and the tobacco
war, Anzac Day, Gallipoli and other anniversaries, AUKUS and the defence budgets, State of Origin,
the All Blacks and the Ashes, the 'war' on vapes, price wars and trade wars, peaceful marches,
peace deals in Bougainville and the Highlands, and, in about a third, current political violence
and armed conflict as the desk reports them (the Lindt cafe siege, the Christchurch mosque
attacks, Parramatta, Brighton, Bourke Street 2018, LynnMall, Wakeley, Wieambilla, the Adass
Israel synagogue fire, riots in Melbourne, Wellington, Honiara, Port Moresby and Noumea, tribal
fighting in Enga, Australians and New Zealanders killed, captured or evacuated in Gaza, Israel,
Lebanon, Ukraine, Afghanistan and Sri Lanka). Labels follow eval/README.md (section 1). The
texts, with their labels, are in the helper modules texts_*.py of this folder:

    POSITIVES = [(title, text, tag codes, kind), ...]
    NEGATIVES = [(title, text, kind code), ...]

eval/conflictset/__init__.py validates them, shuffles them with seed 372, gives them ids
wn0001... and writes the files.

    python3 eval/dev372/build.py            # validate, print the counts, write the files
    python3 eval/dev372/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_border import NEGATIVES as NEG_BORDER  # noqa: E402
from texts_neg_crime import NEGATIVES as NEG_CRIME  # noqa: E402
from texts_neg_nature import NEGATIVES as NEG_NATURE  # noqa: E402
from texts_neg_words import NEGATIVES as NEG_WORDS  # noqa: E402
from texts_pos_a import POSITIVES as POS_A  # noqa: E402
from texts_pos_b import POSITIVES as POS_B  # noqa: E402

POSITIVES = POS_A + POS_B
NEGATIVES = NEG_NATURE + NEG_CRIME + NEG_WORDS + NEG_BORDER

add_items(POSITIVES, NEGATIVES)

# the configuration the brief gave, unchanged
sys.exit(
    run(
        ConflictConfig(
            "dev372",
            HERE,
            "wn",
            372,
            sentences=(6, 14),
            max_text_chars=2600,
            min_text_chars=700,
            max_title_chars=140,
            check_glued=True,
            positive_share=(0.26, 0.42),
        )
    )
)
