"""Build eval/dev188/figures.jsonl from the hand-written cards in the modules beside it.

A hundred-and-eighty-eighth evaluation set for the figure extractor, written blind: headlines
with their standfirsts (dek, subhead or summary line) as news sites, apps and aggregators show
them, 2018-2026, every region and every desk that counts people. Each text is a headline in
the compressed grammar of headlines (dropped articles and verbs, colons, dashes, semicolons,
"m", "bn", "k", attributions at the end: "- UN", "says ministry") followed by one to three
sentences of standfirst, the headline as the first sentence, ended by a full stop or by a line
break. Numbers repeat between headline and standfirst; each mention is annotated. Years, ages,
prices, percentages, scores and numbers in names ("G7", "Covid-19", "Article 5", "F-16",
"24/7") are marked as negatives. How the guideline was applied where it is silent: README.md,
"Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the cards are in the hl_*.py modules (imported below, in that order, so the
build is deterministic). `card` (in _wrap.py) joins a headline and its standfirst and hands
them to figset's `F`, with the headline as the title.

    python eval/dev188/build.py            # write figures.jsonl and validate it
    python eval/dev188/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the card modules

from figset import SetConfig, run  # noqa: E402

# The modules register their cards as they are imported: their order is the set's.
# isort: off
import hl_wars  # noqa: E402,F401
import hl_disasters  # noqa: E402,F401
import hl_migration  # noqa: E402,F401
import hl_streets  # noqa: E402,F401
import hl_needs  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev188", HERE, "ld", 188, chars=(40, 700), sentences=(1, 4))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
