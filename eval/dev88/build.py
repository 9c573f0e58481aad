"""Build eval/dev88/figures.jsonl from the hand-written items in the modules beside it.

An eighty-eighth evaluation set for the figure extractor, written blind, on the FORM of the
numbers: news items (2 to 8 sentences, 200 to 1,500 characters) from all regions, 2011-2025,
whose counts come with every kind of qualifier ("no fewer than", "upwards of", "in excess of",
"just over", "well over", "under", "a reported", "close to", ...), vague amounts ("scores",
"a handful", "a few dozen", "a couple of hundred", "tens of thousands", ...), words ("forty-two",
"two dozen", "half a million", "a quarter of a million"), abbreviations ("4m", "5.2m"), lakh and
crore, "-strong" forces, ranges ("between A and B", "A-B", "A to B", "from A to B"), revised and
running tolls ("rose to 116 from 100", "bringing the toll to 37", "up from 4,460 on
Wednesday"), parts ("of whom 22 were children", "including 64 children"), counts far from
their noun ("the dead numbered 60", "stood at 274", "now totals 607,000") and numbers that only
look like counts (ages, dates, times, durations, percentages, money, measurements, scores,
ordinals, names such as "Resolution 2216", "Route 60" or "Camp 11", flight and phone numbers).
Six items hold numbers but no figure. How the guideline was applied where it is silent:
README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in arts_africa.py, arts_mideast.py, arts_asia.py, arts_europe.py,
arts_americas.py and arts_more.py (imported below, in that order, so the build is
deterministic). `item` (in _wrap.py) collapses the whitespace of each wrapped text to single
spaces and hands it to figset's `F`.

    python3 eval/dev88/build.py            # write figures.jsonl and validate it
    python3 eval/dev88/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run, words  # noqa: E402

# Two vague amounts of the brief that the guideline's table (and figset's VAGUE) lacks; the
# marks cannot set `vague`, so they are added, for this build only, in front of figset's list
# (README.md, "Decisions"). Nothing in eval/figset/ is edited.
words.VAGUE[:0] = [("a handful", 2, 9), ("a few dozen", 24, 60)]

# The modules register their items as they are imported: their order is the set's.
# isort: off
import arts_africa  # noqa: E402,F401
import arts_mideast  # noqa: E402,F401
import arts_asia  # noqa: E402,F401
import arts_europe  # noqa: E402,F401
import arts_americas  # noqa: E402,F401
import arts_more  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev88", HERE, "he", 88, chars=(200, 1500), sentences=(2, 8))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
