"""Build eval/dev26/conflict.jsonl (and the empty eval/dev26/figures.jsonl) from texts_*.py.

Every text is written with its label, grouped by label and region or kind, in the helper modules
texts_*.py of this folder (POSITIVES and NEGATIVES lists, in the layout eval/conflictset/__init__.py
gives); they are registered below, in the order they were written, with:

    P(title, text, tags, kind)   a conflict text; tags are codes from TAG_CODES, space-separated
    N(title, text, kind)         a non-conflict text; kind is a code from KIND_CODES

The set is "the local names of organised violence": ordinary news copy (wires, national and local
outlets worldwide) whose conflict status hinges on regional vocabulary, acronyms and group names
(bandits, ISWAP, JNIM, RSF, SAF, Fano, TTP, BLA, PDF, Tatmadaw, Naxals and "encounters",
dacoits, Viv Ansanm, ELN, Clan del Golfo, CODECO, KKB, Wazalendo...). The negatives are hard
negatives that use the very same words in other senses: sports teams and nicknames, RSF the
press-freedom group, SDF the Japanese forces, ADF the Australian forces, TTP the trade pact, the
OPEC+ "cartel", Wagner the composer, the Junta de Andalucia, peace talks and disarmament by the
same groups, designations and sanctions, trials for past attacks, anniversaries, films, cattle
markets and herders' festivals, and disasters, accidents and epidemics in the same regions.
Decisions where the guideline is silent are written in README.md.

The script validates every record against eval/README.md (section 1) and writes the records
shuffled with a fixed seed (26), with ids cb0001... (a prefix no other set uses).

    python eval/dev26/build.py            # validate, print the counts, write the files
    python eval/dev26/build.py --table    # also print the counts as markdown tables
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/: the conflictset package
sys.path.insert(1, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_crime_accidents_health_protest import NEGATIVES as NEG_CRIME_ACCIDENTS_HEALTH_PROTEST  # noqa: E402
from texts_neg_culture_military_disasters import NEGATIVES as NEG_CULTURE_MILITARY_DISASTERS  # noqa: E402
from texts_neg_other_peace_history import NEGATIVES as NEG_OTHER_PEACE_HISTORY  # noqa: E402
from texts_neg_sport_politics_economy import NEGATIVES as NEG_SPORT_POLITICS_ECONOMY  # noqa: E402
from texts_pos_east_central_africa import POSITIVES as POS_EAST_CENTRAL_AFRICA  # noqa: E402
from texts_pos_local_words_street import POSITIVES as POS_LOCAL_WORDS_STREET  # noqa: E402
from texts_pos_mideast_south_asia import POSITIVES as POS_MIDEAST_SOUTH_ASIA  # noqa: E402
from texts_pos_sahel import POSITIVES as POS_SAHEL  # noqa: E402
from texts_pos_seasia_latam import POSITIVES as POS_SEASIA_LATAM  # noqa: E402

CONFIG = ConflictConfig(
    "dev26",
    HERE,
    "cb",
    26,
    sentences=(1, 3),
    max_text_chars=600,
    max_title_chars=120,
    near_dup=0.5,
)

# the texts in the order they were written (P for every positive, then N for every negative);
# it fixes the shuffled order
POSITIVES = (
    POS_SAHEL
    + POS_EAST_CENTRAL_AFRICA
    + POS_MIDEAST_SOUTH_ASIA
    + POS_SEASIA_LATAM
    + POS_LOCAL_WORDS_STREET
)
NEGATIVES = (
    NEG_SPORT_POLITICS_ECONOMY
    + NEG_OTHER_PEACE_HISTORY
    + NEG_CULTURE_MILITARY_DISASTERS
    + NEG_CRIME_ACCIDENTS_HEALTH_PROTEST
)
add_items(POSITIVES, NEGATIVES)

if __name__ == "__main__":
    sys.exit(run(CONFIG))
