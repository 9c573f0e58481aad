"""Build eval/dev7/figures.jsonl from the hand-written texts in the modules beside it.

A seventh tuning set for the figure extractor, in the style of state-media and translated wire
copy and of non-native English: Xinhua, TASS, RIA, IRNA, SANA, WAFA, APS, MAP, SUNA, ENA,
Anadolu, Yonhap, Kyodo, Prensa Latina, Bernama, and copy translated from French, Arabic, Spanish
or Russian (long official titles as sources, "the source added", "martyrs", "terrorist
elements", numbers with spaces or dots as thousands separators, "15 thousand", ranges with "to"
and hyphens, day-month-year dates).

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the texts are in arts_mena_russia_latam.py, arts_africa_displacement.py,
arts_arabic_asia_sahel.py, arts_displacement.py, arts_no_figure.py and arts_mixed.py (imported
below, in that order, so the build is deterministic).

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 7) with ids
"p0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev7/build.py            # write figures.jsonl and validate it
    python eval/dev7/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their texts as they are imported: their order is the set's.
# isort: off
import arts_mena_russia_latam  # noqa: E402,F401
import arts_africa_displacement  # noqa: E402,F401
import arts_arabic_asia_sahel  # noqa: E402,F401
import arts_displacement  # noqa: E402,F401
import arts_no_figure  # noqa: E402,F401
import arts_mixed  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev7", HERE, "p", 7)

if __name__ == "__main__":
    sys.exit(run(CONFIG))
