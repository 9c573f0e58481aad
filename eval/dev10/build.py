"""Build eval/dev10/figures.jsonl from the hand-written texts in the modules beside it.

A tenth tuning set for the figure extractor: local and regional news from Latin America,
Francophone and Lusophone Africa, the Sahel, the Great Lakes, the Horn, South and Southeast Asia
and the Caucasus, as English-language wires and local outlets report it. It concentrates on the
categories that are hardest to tell apart (combatants, kidnapped, arrested, returned, other,
civilians, capacity, aid), often two or three of them in one sentence.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the texts are in the texts_*.py modules of this folder (imported below, in the
order they were written, so the build is deterministic).

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 10) with ids
"s0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev10/build.py            # write figures.jsonl and validate it
    python eval/dev10/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the text modules

from figset import SetConfig, run  # noqa: E402

# The modules register their texts as they are imported: their order is the set's.
# isort: off
import texts_latin_america  # noqa: E402,F401
import texts_africa_west  # noqa: E402,F401
import texts_africa_central_east  # noqa: E402,F401
import texts_asia_caucasus  # noqa: E402,F401
import texts_mixed_2_3  # noqa: E402,F401
import texts_no_figure  # noqa: E402,F401
import texts_mixed_4  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev10", HERE, "s", 10)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
