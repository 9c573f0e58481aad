"""Build eval/dev15/conflict.jsonl (and the empty eval/dev15/figures.jsonl) from texts_*.py.

Every text is written with its label, in the order it was written, in the helper modules
texts_*.py of this folder:

    POSITIVES = [(title, text, tags, kind), ...]   conflict texts; tags are codes from TAG_CODES,
                                                   space-separated
    NEGATIVES = [(title, text, kind), ...]         non-conflict texts; kind is a code from
                                                   KIND_CODES

The script hands them to eval/conflictset (P for every positive, then N for every negative),
validates every record against eval/README.md (section 1) and writes the records shuffled with
a fixed seed (15), with ids x0001... (a prefix no other set uses).

    python eval/dev15/build.py            # validate, print the counts, write the files
    python eval/dev15/build.py --table    # also print the counts as markdown tables
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the conflictset package
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_disaster_crime_sport import NEGATIVES as NEG_DISASTER_CRIME_SPORT  # noqa: E402
from texts_neg_military_accident_health import NEGATIVES as NEG_MILITARY  # noqa: E402
from texts_neg_other_long import NEGATIVES as NEG_OTHER_LONG  # noqa: E402
from texts_neg_peace_history_culture import NEGATIVES as NEG_PEACE_HISTORY  # noqa: E402
from texts_neg_politics_economy_protest import NEGATIVES as NEG_POLITICS  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_americas import POSITIVES as POS_AMERICAS  # noqa: E402
from texts_pos_asia import POSITIVES as POS_ASIA  # noqa: E402
from texts_pos_kurdistan_europe import POSITIVES as POS_KURDISTAN_EUROPE  # noqa: E402
from texts_pos_mideast_sudan import POSITIVES as POS_MIDEAST_SUDAN  # noqa: E402
from texts_pos_other import POSITIVES as POS_OTHER  # noqa: E402

CONFIG = ConflictConfig(
    "dev15",
    HERE,
    "x",
    15,
    sentences=(2, 8),
    max_text_chars=10**6,
    max_title_chars=10**6,
    near_dup=None,
)

# the order in which the texts were written (it fixes the shuffled order of the output)
POSITIVES = (
    POS_AFRICA + POS_AMERICAS + POS_ASIA + POS_KURDISTAN_EUROPE + POS_MIDEAST_SUDAN + POS_OTHER
)
NEGATIVES = (
    NEG_DISASTER_CRIME_SPORT + NEG_POLITICS + NEG_PEACE_HISTORY + NEG_MILITARY + NEG_OTHER_LONG
)
add_items(POSITIVES, NEGATIVES)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
