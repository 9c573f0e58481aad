"""Build eval/dev196/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-ninety-sixth evaluation set for the figure extractor, written blind: officials'
daily posts and tallies as the wires relay them, 2014-2026 (Ukraine's regional governors and
military administrations in Kharkiv, Zaporizhzhia, Kherson, Dnipropetrovsk, Donetsk, Sumy and
Odesa; Russia's Belgorod and Kursk governors; Israel's Home Front Command and Magen David Adom;
Lebanon's health ministry; Gaza's civil defence and health ministry; Sudan's Emergency Lawyers
and resistance committees; Myanmar's National Unity Government; Somali district commissioners;
Nigerian state police spokesmen; Colombian and Mexican state officials), texts of 3 to 6
sentences in the register of "over the past day", "as of 8 a.m.", running tolls and their
corrections, drones shot down, settlements shelled, houses damaged, households cut off,
evacuations, bodies recovered and detentions. Years, dates, times, ages, durations, ordinals,
percentages, money, distances, temperatures and numbers in names are marked as negatives. How
the guideline was applied where it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in posts_ukraine.py, posts_russia_mideast.py, posts_africa.py and
posts_asia_americas.py (imported below, in that order, so the build is deterministic). `item`
(in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev196/build.py            # write figures.jsonl and validate it
    python eval/dev196/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import posts_ukraine  # noqa: E402,F401
import posts_russia_mideast  # noqa: E402,F401
import posts_africa  # noqa: E402,F401
import posts_asia_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev196", HERE, "lh", 196, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
