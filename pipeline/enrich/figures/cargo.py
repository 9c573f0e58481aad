"""Cargo: trucks count aid in an aid story only. A vehicle noun of the aid category
("trucks", "convoys") whose article, up to the end of its sentence, names no aid, relief or
aid agency carries goods, ore or belongings: other ("14 lorries loaded with cassiterite",
"hundreds of trucks stranded at the closed crossing")."""

from __future__ import annotations

from .nouns import Noun
from .rules import RULES
from .tokens import Tokens


def cargo_not_aid(tk: Tokens, noun: Noun) -> bool:
    """True when the counted vehicles carry no aid the story has named."""
    if noun.text is None or tk.low[noun.j - 1] not in RULES.aid_vehicles:
        return False
    upto = tk.ends[tk.n - 1] if tk.n else 0
    return RULES.aid_words.search(tk.field_text[:upto].lower()) is None
