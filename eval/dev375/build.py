"""Build eval/dev375/figures.jsonl from the hand-written items in the modules beside it.

A three-hundred-and-seventy-fifth evaluation set for the figure extractor, written blind: armed
groups and civilians in Ecuador, Colombia's Catatumbo and Peru's VRAEM, 2018-2026 (Ecuador's
internal armed conflict declared in January 2024, the prison massacres of Guayaquil and other
jails, the Catatumbo crisis of 2025 between the ELN and FARC dissidents, confinement of
communities, forced recruitment of children, coca eradicators attacked), texts of 3 to 12
sentences in the style of the wires, the national press and the statements of governments,
ombudsmen, the ICRC, UNHCR and OCHA. Dates, money, percentages, ages, durations, ordinals,
measurements (hectares included) and numbers in names are marked as negatives; the figures are
the counts of people, households, structures and things. How the guideline was applied where it
is silent: README.md, "Decisions".

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; the items are in ecuador_prisons.py, ecuador_streets.py, catatumbo.py and vraem.py
(imported below, in that order, so the build is deterministic). `item` (in _wrap.py) collapses
each text's whitespace to single spaces and hands it to figset's `F`.

    python eval/dev375/build.py            # write figures.jsonl and validate it
    python eval/dev375/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the figset package
sys.path.insert(1, str(HERE))  # the item modules

from figset import SetConfig, run  # noqa: E402

# The modules register their items as they are imported: their order is the set's.
# isort: off
import ecuador_prisons  # noqa: E402,F401
import ecuador_streets  # noqa: E402,F401
import catatumbo  # noqa: E402,F401
import vraem  # noqa: E402,F401

# isort: on

CONFIG = SetConfig("dev375", HERE, "ox", 375, chars=(200, 2000), sentences=(3, 12))

if __name__ == "__main__":
    sys.exit(run(CONFIG))
