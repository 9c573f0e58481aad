"""Build eval/dev81/conflict.jsonl (and the empty eval/dev81/figures.jsonl).

dev81 is a set of news items (a headline and 2 to 4 sentences, 150 to 1,100 characters) from
the sport, entertainment, culture, lifestyle, technology and consumer desks of the wires and
the popular outlets (Reuters, AP, AFP, BBC Sport, ESPN, Variety, The Hollywood Reporter, The
Verge, Rolling Stone, The Athletic), 2012 to 2025, where the words of war and violence are
mostly metaphors or asides: "battle", "war", "attack", "assault", "blitz", "siege",
"bombshell", "shootout", "fired", "killed it", "massacre" (a 7-0 rout), "hostage to fortune",
a coach's "troops", an "army" of fans, the "offensive line", "target", "ambush", "sniper",
camera "drones", "rocket" launches, "guerrilla marketing", price, streaming and console wars,
rap beefs, trench coats and camouflage, war films and games, memorial concerts, military
tattoos and the Invictus Games. The positives are the real organised violence that reaches
these desks, reported as it happens: athletes, artists and journalists killed, wounded,
abducted or displaced by war and terrorism; stadiums, concert halls, festivals, theatres,
cinemas and malls attacked, bombed or shelled; team buses ambushed or bombed; a marathon
bombed; political and ethnic riots around matches; matches halted by rockets and militia
fighting; the tech and consumer side of current wars. The negatives, almost all hard, use the
same words. Labels follow eval/README.md (section 1). The texts, with their labels, are in the
helper modules texts_*.py of this folder:

    POSITIVES and NEGATIVES, in the layout eval/conflictset/__init__.py gives

eval/conflictset/__init__.py says what happens to them (here with seed 81 and ids
kd0001...). The shared builder checks the positive share (0.35 to 0.45, the range the brief
gave) before it writes anything. Decisions where the guideline is silent are in README.md.

    python3 eval/dev81/build.py            # validate, print the counts, write the files
    python3 eval/dev81/build.py --table    # also print the counts as markdown tables
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # eval/, for the shared package eval/conflictset
sys.path.insert(0, str(HERE))  # this folder, for the texts_*.py modules

from conflictset import ConflictConfig, add_items, run  # noqa: E402
from texts_neg_incidents import NEGATIVES as NEG_INCIDENTS  # noqa: E402
from texts_neg_memory_military import NEGATIVES as NEG_MEMORY_MILITARY  # noqa: E402
from texts_neg_screen import NEGATIVES as NEG_SCREEN  # noqa: E402
from texts_neg_sport_metaphor import NEGATIVES as NEG_SPORT_METAPHOR  # noqa: E402
from texts_neg_tech_consumer import NEGATIVES as NEG_TECH_CONSUMER  # noqa: E402
from texts_pos_events import POSITIVES as POS_EVENTS  # noqa: E402
from texts_pos_people import POSITIVES as POS_PEOPLE  # noqa: E402
from texts_pos_venues import POSITIVES as POS_VENUES  # noqa: E402

POSITIVES = POS_PEOPLE + POS_VENUES + POS_EVENTS
NEGATIVES = (
    NEG_SPORT_METAPHOR + NEG_INCIDENTS + NEG_SCREEN + NEG_MEMORY_MILITARY + NEG_TECH_CONSUMER
)

add_items(POSITIVES, NEGATIVES)

# texts: 150 to 1,100 characters, 2 to 4 sentences, as the brief gave; titles up to 140
# characters; typing slips refused; near_dup: the default 0.5 (Jaccard overlap of content words).
sys.exit(
    run(
        ConflictConfig(
            "dev81",
            HERE,
            "kd",
            81,
            sentences=(2, 4),
            min_text_chars=150,
            max_text_chars=1100,
            check_glued=True,
            max_title_chars=140,
            near_dup=0.5,
            positive_share=(0.35, 0.45),  # the share the brief gave
        )
    )
)
