"""Build eval/dev4/figures.jsonl from the hand-written texts in the texts_*.py modules beside it.

A fourth tuning set for the figure extractor. It stresses the figure categories that are hardest
to tell apart (combatants, kidnapped, returned, arrested, other), mixed with displaced, killed,
injured and the rest. The span parser, the unit helper and the validator are shared with the
other figure sets, in eval/figset/; the texts are in texts_*.py (by category, imported below in
the set's order), and this file builds the set from them.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed) with ids
"k0001"...  Only figures.jsonl is written: this set has no conflict part.

    python eval/dev4/build.py            # write figures.jsonl and validate it
    python eval/dev4/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from figset import SetConfig, run  # noqa: E402

# The modules register their texts with figset.F as they are imported: their order is the
# set's, which the seeded shuffle (and so every id) depends on.
# isort: off
import texts_combatants  # noqa: E402,F401
import texts_kidnapped_returned  # noqa: E402,F401
import texts_arrested_other  # noqa: E402,F401
import texts_displacement_aid  # noqa: E402,F401
import texts_long_texts  # noqa: E402,F401
import texts_no_figure  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev4", HERE, "k", 5)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
