"""Build eval/dev47/conflict.jsonl (and the empty eval/dev47/figures.jsonl).

dev47 is a set of short news items (a headline and 1 to 4 sentences, 80 to 700 characters) in
the register of the business, markets, energy and shipping desk of English-language outlets
(business wires, shipping and insurance trade press, energy and commodities reports, regional
business papers), set around the Red Sea and the Gulf, the Black Sea, Ukraine and Russia, Africa
(the Niger Delta, the Sahel, Sudan, Congo, Mozambique, Libya), Asia, Latin America and Europe:
about 38% conflict (attacks on ships, refineries, ports, power plants, pipelines, mines and oil
fields, kidnappings of workers by armed groups, fighting that shuts a crossing or a mine, riots
over fuel and wages, some of it in dry market language), 62% not (hard negatives from the same
desk: war-risk premiums, rerouting, sanctions and price caps, price wars, trade wars, hostile
bids, flops, cyberattacks, piracy for ransom, accidents, floods, labour strikes and blockades,
arms makers' results, reconstruction business, peace deals, history and culture), labelled by
the guideline of eval/README.md (section 1). The texts, with their labels, are in the helper
modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 47 and ids
cm0001...). Decisions where the guideline is silent are in README.md.

    python3 eval/dev47/build.py            # validate, print the counts, write the files
    python3 eval/dev47/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_corporate import NEGATIVES as NEG_CORPORATE  # noqa: E402
from texts_neg_energy_mining import NEGATIVES as NEG_ENERGY_MINING  # noqa: E402
from texts_neg_markets import NEGATIVES as NEG_MARKETS  # noqa: E402
from texts_neg_misc import NEGATIVES as NEG_MISC  # noqa: E402
from texts_neg_shipping import NEGATIVES as NEG_SHIPPING  # noqa: E402
from texts_pos_africa import POSITIVES as POS_AFRICA  # noqa: E402
from texts_pos_asia_americas import POSITIVES as POS_ASIA_AMERICAS  # noqa: E402
from texts_pos_blacksea_europe import POSITIVES as POS_BLACKSEA_EUROPE  # noqa: E402
from texts_pos_redsea_gulf import POSITIVES as POS_REDSEA_GULF  # noqa: E402

POSITIVES = POS_REDSEA_GULF + POS_BLACKSEA_EUROPE + POS_AFRICA + POS_ASIA_AMERICAS
NEGATIVES = NEG_MARKETS + NEG_SHIPPING + NEG_CORPORATE + NEG_ENERGY_MINING + NEG_MISC
add_items(POSITIVES, NEGATIVES)

# texts: 80 to 700 characters, 1 to 4 sentences; typing slips refused
# near_dup: the default 0.5 (Jaccard overlap of content words); short items share few words, so
# it catches only a text written twice or lightly reworded (README.md gives the highest pair).
sys.exit(
    run(
        ConflictConfig(
            "dev47",
            HERE,
            "cm",
            47,
            sentences=(1, 4),
            min_text_chars=80,
            max_text_chars=700,
            check_glued=True,
            max_title_chars=120,
            near_dup=0.5,
        )
    )
)
