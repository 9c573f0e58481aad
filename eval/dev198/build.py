"""Build eval/dev198/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-ninety-eighth evaluation set for the figure extractor, written blind: press
freedom and the safety of journalists, 2014-2026, as the annual and running counts of CPJ, RSF,
the IFJ, UNESCO, the International Press Institute and national journalists' unions and
syndicates (Palestinian, Ukrainian, Mexican, Philippine, Sudanese and others) report them, and
the news written from them: journalists and media workers killed, wounded, detained, jailed,
missing, abducted and exiled; newsrooms raided, bombed and closed; outlets shut or blocked;
internet shutdowns; trials; equipment destroyed; protests by reporters; aid to exiled reporters.
Texts of 3 to 12 sentences in the style of the wires, the broadcasters and the press-freedom
desks. Years, dates, ages, durations, rankings, index scores, years of prison sentences, money,
percentages and numbers in names are marked as negatives. How the guideline was applied where
it is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in press_mideast.py, press_europe.py, press_africa.py and
press_asia_americas.py (imported below, in that order, so the build is deterministic). `item`
(in _wrap.py) collapses each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev198/build.py            # write figures.jsonl and validate it
    python eval/dev198/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import press_mideast  # noqa: E402,F401
import press_europe  # noqa: E402,F401
import press_africa  # noqa: E402,F401
import press_asia_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev198", HERE, "li", 198, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
