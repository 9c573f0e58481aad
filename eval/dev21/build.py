"""Build eval/dev21/figures.jsonl from the hand-written texts in the modules beside it.

A twenty-first tuning set for the figure extractor: displacement reporting in every voice (wire
copy, UN agency and NGO releases and situation reports, government and local officials, regional
outlets, live blogs, one-line headline items), about half of the figures displacement figures and
the rest what such stories also report (returns, deaths, injuries, aid, capacity, housing...),
set in many countries, for displacement by conflict and by disasters.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the texts are in the texts_*.py modules of this folder, each registering its texts
with F as it is imported. They are imported below in the order the texts were written, which
fixes the shuffled order (this file holds only the set's configuration).

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 21) with ids
"a0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev21/build.py            # write figures.jsonl and validate it
    python eval/dev21/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the text modules

from figset import SetConfig, run  # noqa: E402

# The modules register their texts as they are imported: their order is the set's.
# isort: off
import texts_east_central_africa  # noqa: E402,F401
import texts_asia_ukraine_europe  # noqa: E402,F401
import texts_middle_east  # noqa: E402,F401
import texts_sahel_horn_americas_global  # noqa: E402,F401
import texts_headlines_live_blogs  # noqa: E402,F401
import texts_agency_ngo_officials  # noqa: E402,F401
import texts_more_displacement  # noqa: E402,F401
import texts_no_figure  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev21", HERE, "a", 21)

if __name__ == "__main__":
    sys.exit(run(CONFIG))
