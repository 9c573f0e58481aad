"""Sources that stand at a line's edge rather than around a reporting verb: a name in
brackets that closes a line ("- 12,400 displaced (IOM DTM)"), a name after a dash that
closes a headline ("61 feared drowned - IOM") and a name that heads one before a colon, as
live blogs and posts write them ("Haiti Civil Protection: 1,600 families displaced",
"UNHCR Mauritania: 55,000 new refugees")."""

from __future__ import annotations

import re

from .agent_names import clean_agent
from .rules import RULES
from .tokens import DASHES, Tokens

PAREN_MAX = 6  # words in a closing "(OCHA)", "(IOM DTM)", "(local civil society)"
HEAD_MAX = 6  # words in a heading source
TAIL_MAX = 4  # words in a headline's closing "- UN", "- rights group", "- Home Office"
_CLOSERS = frozenset({".", "'", '"', "\u2019", "\u201d"})
# Line labels that are no source: "LATEST: ...", "Fact check: ...", "Casualties: ..."
_LABELS = frozenset(
    {"breaking", "latest", "update", "updates", "watch", "highlights", "fact", "check",
     "note", "editor's", "analysis", "opinion", "live", "summary", "context", "background",
     "key", "figures", "figure", "facts", "numbers", "question", "answer"}
)  # fmt: skip


def _agency(tk: Tokens, i: int, j: int) -> bool:
    """A known agency's acronym in the bracket ("Haiti (IOM)", "Sudan (MSF)"), or sources
    in plain words ("Sittwe (community sources)"). Other capitals after a place are its
    gloss: "(Borno State)", "(Ukhiya district)", "(DRC)", "(NGCA)", "(RSF)"."""
    text = tk.field_text
    known = [tk.low[x] in RULES.source_words for x in range(i, j)]
    if any(known) and not any(tk.cap(x) for x in range(i, j)):
        return True
    return any(
        k and text[tk.starts[x] : tk.ends[x]].isupper()
        for x, k in zip(range(i, j), known, strict=True)
    )


def paren_source(tk: Tokens, k: int) -> tuple[str, int] | None:
    """A source in brackets that closes a line: "- 12,400 displaced (IOM DTM)".

    Returns the agent and one past the closing bracket.

    Not a gloss after a name ("Beni (North Kivu)"), and nothing with a number.
    """
    low = tk.low
    c = k + 1
    while c < tk.n and c - k <= PAREN_MAX and low[c] != ")":
        if not low[c][0].isalpha():
            return None
        c += 1
    if c >= tk.n or low[c] != ")" or c == k + 1 or k == 0:
        return None
    if tk.cap(k - 1) and not _agency(tk, k + 1, c):
        return None  # a gloss after a name: "Beni (North Kivu)"
    if c + 1 < tk.n and low[c + 1] not in {".", ";"}:
        return None
    agent = clean_agent(tk, k + 1, c)
    return (agent, c + 1) if agent else None


_STAMP = re.compile(r"[0-2]?[0-9][:.][0-5][0-9]")
_STAMP_TAIL = frozenset({"gmt", "utc", "local", "-", "--", "\u2013", "\u2014"})


def _after_stamp(tk: Tokens) -> int:
    """The first token after a leading time stamp ("08:15", "14:05 GMT -"), or 0."""
    if not tk.n or not _STAMP.fullmatch(tk.low[0]):
        return 0
    k = 1
    while k < tk.n and k < 4 and tk.low[k] in _STAMP_TAIL:
        k += 1
    return k


def head_source(tk: Tokens) -> tuple[str, int] | None:
    """A source that heads the line before a colon: "Ministry of Public Health: 31
    killed", "LSK (Law Society of Kenya): 82 abducted". It must name a body (a source
    word such as ministry, army or council, or an acronym), hold no number and no label
    word, and have two words or more: a dateline or a heading ("QUETTA:", "Aid:"), a
    bare place or person ("Kharkiv: ...", "Terekhov: ...") is not taken.

    Returns the agent and one past the colon."""
    low = tk.low
    first = _after_stamp(tk)  # a live blog's "15:30 - Health ministry: six dead"
    colon = next((k for k in range(first, min(tk.n, first + HEAD_MAX + 6)) if low[k] == ":"), -1)
    if colon < first + 1:
        return None
    words = [k for k in range(first, colon) if low[k][0].isalnum()]
    # one word is a dateline or a sitrep heading ("QUETTA:", "Aid:"), not a source
    if not 2 <= len(words) <= HEAD_MAX or any(low[k][0].isdigit() for k in words):
        return None
    if any(low[k] in _LABELS for k in words):
        return None
    last = words[-1]
    if not (
        low[colon - 1] == ")"  # "RAHIMA (through interpreter):"
        or low[last] in RULES.source_words
        or any(c.isupper() for c in tk.text(last, last + 1))  # "OCHA oPt:"
    ):
        return None  # a headline's topic: "UK strikes:", "Channel crossings:", "EU pact:"
    named = any(
        low[k] in RULES.source_words or (len(low[k]) > 1 and tk.text(k, k + 1).isupper())
        for k in words
    )
    if not named or not all(tk.cap(k) or low[k] in RULES.source_words for k in words[:1]):
        return None
    end = colon
    if low[end - 1] == ")":  # "LSK (Law Society of Kenya):" names it by its acronym
        end = next((k for k in range(first, colon) if low[k] == "("), end)
    agent = clean_agent(tk, first, end)
    if agent and tk.cap(first) and low[first] not in {"the", "a", "an"}:
        agent = agent[:1].upper() + agent[1:]  # a heading keeps its capital: "Ministry of ..."
    return (agent, colon + 1) if agent else None


def tail_source(tk: Tokens) -> tuple[str, int] | None:
    """A source after a spaced dash that closes a headline: "RSF assault on Zamzam kills
    over 100 - UN", "32 killed, 63 injured - police". Its words are names, acronyms or
    source words, with no number. Returns the agent and the dash's token."""
    low = tk.low
    end = tk.n
    while end > 0 and low[end - 1] in _CLOSERS:
        end -= 1
    dash = next((k for k in range(end - 2, max(0, end - TAIL_MAX - 2), -1) if low[k] in DASHES), 0)
    if dash < 2 or tk.glued(dash) or tk.glued(dash + 1):
        return None  # "al-Shabaab", "pro-Kremlin": no dash of a headline
    words = range(dash + 1, end)
    if not all(low[k][0].isalpha() and (tk.cap(k) or low[k] in RULES.source_words) for k in words):
        return None
    agent = clean_agent(tk, dash + 1, end)
    return (agent, dash) if agent else None
