"""Build eval/dev156/figures.jsonl from the hand-written items in the modules beside it.

A hundred-and-fifty-sixth evaluation set for the figure extractor, written blind: translated
and non-native wire copy with its numbers, 2016-2026, as the English services and translated
dispatches of EFE, AFP's French and Spanish desks, Prensa Latina, Agência Brasil, ANSA,
Xinhua, TASS, Anadolu, IRNA, SANA, WAFA, APS, MAP, Bernama, Antara, VNA and the Kyiv and
Moscow wire services write it: wars, attacks, disasters, migration, unrest and crime, from
short items of 3 to 5 sentences to whole dispatches of up to 14. How the guideline was
applied where it is silent: README.md, "Decisions". Five dispatches hold numbers but no
figure.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in wires_east.py, wires_mena.py, wires_asia.py and
wires_americas.py (imported below, in that order, so the build is deterministic). Each module
writes its texts as wrapped triple-quoted strings; `item` (in _wrap.py) collapses their
whitespace to single spaces and hands them to figset's `F`.

One addition to the shared parser, made here at build time and not in figset: the vague
amount "tens of" (translated Arabic and Russian copy: "tens of citizens"), read with the
bounds 20-99 on the model of "tens of thousands" (20,000-99,999). It is appended to the end
of figset's list of vague phrases, after "tens of thousands", so no other set's reading
changes.

    python eval/dev156/build.py            # write figures.jsonl and validate it
    python eval/dev156/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402
from figset import words as _words  # noqa: E402

_words.VAGUE.append(("tens of", 20, 99))  # after "tens of thousands": see the docstring

# The modules register their items as they are imported: their order is the set's.
# isort: off
import wires_east  # noqa: E402,F401
import wires_mena  # noqa: E402,F401
import wires_asia  # noqa: E402,F401
import wires_americas  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev156", HERE, "io", 156, chars=(200, 2200), sentences=(3, 14))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
