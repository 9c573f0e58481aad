"""Build eval/dev24/figures.jsonl from the hand-written texts in the modules beside it.

A twenty-fourth tuning set for the figure extractor: "tolls, tallies and competing claims".
Conflict and violence news in which numbers are reported as running tallies: death tolls that
rise or are revised, cumulative and daily counts, breakdowns ("of whom", "including", "among
them"), ranges, vague amounts, comparisons, and claims by both sides; besides the killed, the
wounded, missing, arrested, abducted and released, combatants, displaced and returned, civilians
trapped, aid delivered, structures destroyed and vehicles and weapons seized. About twenty texts
have numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the texts are in arts_mideast_ukraine.py, arts_africa.py,
arts_asia_americas_unrest.py, arts_tallies.py, arts_no_figure.py and arts_shelters_aid.py
(imported below, in that order, so the build is deterministic).

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 24) with ids
"o0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev24/build.py            # write figures.jsonl and validate it
    python eval/dev24/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the text modules

from figset import SetConfig, run  # noqa: E402

# The modules register their texts as they are imported: their order is the set's.
# isort: off
import arts_mideast_ukraine  # noqa: E402,F401
import arts_africa  # noqa: E402,F401
import arts_asia_americas_unrest  # noqa: E402,F401
import arts_tallies  # noqa: E402,F401
import arts_no_figure  # noqa: E402,F401
import arts_shelters_aid  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev24", HERE, "o", 24)

if __name__ == "__main__":
    sys.exit(run(CONFIG))
