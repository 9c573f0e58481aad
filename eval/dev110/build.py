"""Build eval/dev110/figures.jsonl from the hand-written articles in the modules beside it.

A hundred-and-tenth evaluation set for the figure extractor, written blind: whole articles (6 to
16 sentences, 600 to 2,400 characters), 2018-2025, all regions, as an RSS `content:encoded`
field or a scraped page gives them once the HTML is stripped, page furniture included
(datelines, bylines and credits, update stamps, reading times, image counters and captions,
comment and share counts, "Related:" and "Read more:" lines, sign-up prompts, copyright lines,
hotlines, correction notes, "Advertisement"). About two thirds are conflict, displacement and
humanitarian stories, one third other news with numbers. How the guideline was applied where it
is silent: README.md, "Decisions". Four articles hold numbers but no figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the articles are in the six `feeds_*` modules (imported below, in that order, so
the build is deterministic). `item` (in _wrap.py) collapses the whitespace of each block of an
article and joins the blocks with a line break, a blank line or a space, as the article's
stripper did, then hands the text to figset's `F`.

    python eval/dev110/build.py            # write figures.jsonl and validate it
    python eval/dev110/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import feeds_war_east  # noqa: E402,F401
import feeds_war_africa  # noqa: E402,F401
import feeds_war_asia_americas  # noqa: E402,F401
import feeds_displacement  # noqa: E402,F401
import feeds_hazards  # noqa: E402,F401
import feeds_affairs  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev110", HERE, "hp", 110, chars=(600, 2400), sentences=(6, 16))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
