"""Who reported a figure: reporting verbs and "according to" in the sentence.

"X says (that) ..." reports what follows it; "..., X said." and "..., said X."
report what comes before; "according to X" reports the whole sentence. The
agent is returned as written, cleaned the same way every time: a leading "The"
becomes "the" ("the UN"), a descriptor before a name is dropped ("the charity
Save the Children" -> "Save the Children", "the UN refugee agency UNHCR" ->
"UNHCR"), trailing data words go ("UNHCR figures" -> "UNHCR"), and a capital
that only marks the sentence start is lowered ("Officials" -> "officials").
Pronoun agents ("he said", "it said") are resolved by the extractor.
"""

from __future__ import annotations

from dataclasses import dataclass

from .rules import RULES
from .tokens import Tokens

_INNER = frozenset({"the", "of", "for", "and", "'s", "al", "de", "du", "la", "el", "on", "in"})
_AUX = frozenset(
    {"has", "have", "had", "also", "later", "earlier", "previously", "recently", "again",
     "separately", "initially", "repeatedly", "has also", "was", "is", "were", "now", "had also"}
)  # fmt: skip
_DATA_WORDS = frozenset(
    {"figures", "data", "estimates", "statistics", "report", "count", "tally", "statement",
     "census", "survey", "records", "numbers", "estimate", "assessment", "report's"}
)  # fmt: skip
_NAME_INNER = frozenset({"of", "the", "for", "and", "al", "de"})
_OPENERS = frozenset(
    {"meanwhile", "however", "but", "and", "earlier", "later", "separately", "also", "yesterday",
     "today", "then", "so", "now", "still", "instead", "overall", "elsewhere", "there"}
)  # fmt: skip
_NOT_AGENTS = frozenset(
    {"a", "an", "the", "some", "this", "that", "these", "those", "it", "which", "who", "what",
     "many", "most", "all", "others", "one", "reports", "report"}
)  # fmt: skip
_DETERMINER_BEFORE = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
_PASSIVE = frozenset({"is", "was", "were", "are", "be", "been", "being"})
_PUT = frozenset({"put", "puts", "putting", "placed", "places"})
_TALLY = frozenset({"toll", "number", "figure", "total", "tally", "count"})
_SOURCE_OR_DATA = RULES.source_words | _DATA_WORDS | {"the"}
_CONTINUATIONS = frozenset({"adding", "saying", "citing", "noting", "warning", "estimating"})
_SOURCE_INTRO = frozenset({"from", "by", "of", "released", "compiled", "published", "issued"})
TITLES = frozenset(
    """gen general mr mrs ms dr col colonel capt captain maj major lt sgt president minister
    prime premier governor mayor sen senator rep ambassador spokesman spokeswoman king queen
    prince sheikh pope father imam rev""".split()
)


@dataclass(frozen=True, slots=True)
class Report:
    agent: str
    start: int  # first token of the report phrase (agent or verb)
    end: int  # one past its last token
    direction: str  # "forward", "backward" or "both"


def _np_backward(tk: Tokens, k: int) -> int:
    """Start index of the source noun phrase that ends at token k (k + 1 if none)."""
    low = tk.low
    start = k + 1
    while k >= 0:
        w = low[k]
        if (tk.cap(k) and w[0].isalpha()) or w in _SOURCE_OR_DATA:
            start = k
        elif w in _INNER or w == "'" or (w == "." and k > 0 and len(low[k - 1]) == 1):
            pass
        elif len(w) == 1 and w.isalpha() and k + 1 < tk.n and low[k + 1] == ".":
            start = k  # "U.N."
        else:
            break
        k -= 1
    return start


def _np_forward(tk: Tokens, k: int) -> int:
    """One past the end of the source noun phrase starting at token k."""
    low = tk.low
    end = k
    while k < tk.n:
        w = low[k]
        if (tk.cap(k) and w[0].isalpha()) or w in RULES.source_words or w in _DATA_WORDS:
            end = k + 1
        elif w in _INNER or w == "'" or w == ".":
            if w == "." and not (k > 0 and len(low[k - 1]) == 1):
                break
        else:
            break
        k += 1
    return end


def _dot(low: list[str], k: int) -> bool:
    """A full stop inside a dotted acronym ("U.N.")."""
    return low[k] == "." and k > 0 and len(low[k - 1]) == 1


def clean_agent(tk: Tokens, i: int, j: int) -> str | None:
    """The agent for tokens i..j-1, cleaned (see the module docstring)."""
    low = tk.low
    while i < j and (low[i] in _INNER or low[i] in _OPENERS) and low[i] != "the":
        i += 1
    while j > i and (low[j - 1] in _INNER or low[j - 1] in _DATA_WORDS or low[j - 1] == "'"):
        j -= 1
    if i >= j:
        return None
    if tk.cap(j - 1):
        # a descriptor before a name: keep the final run of capitalised words
        k = j - 1
        while k > i and (tk.cap(k - 1) or low[k - 1] in _NAME_INNER or _dot(low, k - 1)):
            k -= 1
        while k < j and low[k] in _NAME_INNER and low[k] != "the":
            k += 1
        if k > i and not tk.cap(k - 1) and low[k - 1] not in _NAME_INNER:
            i = k
    if not any(tk.cap(x) or low[x] in RULES.source_words for x in range(i, j)):
        return None
    first = tk.field_text[tk.starts[i] : tk.ends[i]]
    if j - i == 1 and low[i] in _NOT_AGENTS:
        return None
    at_start = i == 0 or low[i - 1] in {'"', "'", "("}
    if low[i] == "the" or (at_start and low[i] in RULES.source_words and not first.isupper()):
        first = first.lower()
    return first + tk.field_text[tk.ends[i] : tk.ends[j - 1]]


def _after_verb(tk: Tokens, k: int) -> str:
    """'forward' if a reported clause follows token k, else 'backward'."""
    low = tk.low
    hit = RULES.told_objects.match_at(low, k) if k < tk.n else None
    if hit is not None:
        k += hit[0]
    while k < tk.n and (low[k] in RULES.tail_words or (low[k][0].isdigit() and len(low[k]) <= 2)):
        if low[k] == "that":
            break
        k += 1
    if k >= tk.n:
        return "backward"
    w = low[k]
    if w == "that" or w[0].isalnum() or w in {'"', "'"}:
        return "forward"
    if w == ":":
        return "forward"
    return "backward"


def find_reports(tk: Tokens) -> list[Report]:
    out: list[Report] = []
    low = tk.low
    verbs = RULES.report_verbs.by_first
    k = 0
    while k < tk.n:
        w = low[k]
        if w == "according" and k + 1 < tk.n and low[k + 1] == "to":
            a = k + 2
            b = _np_forward(tk, a)
            if b < tk.n and low[b] in _SOURCE_INTRO and b > a:
                c = b + 1
                while c < tk.n and low[c] in {"by", "from", "of"}:
                    c += 1
                b2 = _np_forward(tk, c)
                if b2 > c:
                    a, b = c, b2
            agent = clean_agent(tk, a, b) if b > a else None
            if agent:
                out.append(Report(agent, k, b, "both"))
            k = max(b, k + 2)
            continue
        if w in _PUT and any(x in _TALLY for x in low[k + 1 : k + 5]):
            report = _report_at(tk, k, k + 1, out)  # "local sources put the toll at 30"
            if report is not None:
                out.append(Report(report.agent, report.start, report.end, "forward"))
            k += 1
            continue
        if w in verbs:
            hit = RULES.report_verbs.match_at(low, k)
            if hit is not None:
                report = _report_at(tk, k, k + hit[0], out)
                if report is not None:
                    out.append(report)
                k += hit[0]
                continue
        k += 1
    return out


def _report_at(tk: Tokens, v: int, vj: int, before: list[Report]) -> Report | None:
    low = tk.low
    if v > 0 and low[v - 1] in _DETERMINER_BEFORE:
        return None  # "an estimated 45,000", "the reported toll"
    s = v - 1
    while s >= 0 and low[s] in _AUX:
        if low[s] in _PASSIVE:
            return None  # "is believed to", "was reported": no agent
        s -= 1
    if low[v] in _CONTINUATIONS and s >= 0 and low[s] == ",":
        if before:
            return Report(before[-1].agent, v, vj, "forward")
        return None
    if s >= 0 and low[s] in RULES.pronouns:
        return Report("<" + low[s] + ">", s, vj, _after_verb(tk, vj))
    a = _np_backward(tk, s) if s >= 0 else v
    if a <= s:
        agent = clean_agent(tk, a, s + 1)
        if agent:
            return Report(agent, a, vj, _after_verb(tk, vj))
    # inversion: ", said the UN." / ", says Gen Volesky"
    if s >= 0 and low[s] in {",", '"', "'"}:
        b = _np_forward(tk, vj)
        if b > vj and (b >= tk.n or not low[b][0].isalnum()):
            agent = clean_agent(tk, vj, b)
            if agent:
                return Report(agent, s, b, "backward")
        # appositive: "UNHCR, the UN refugee agency, said"
        c = s - 1
        while c > 0 and low[c] != "," and s - c < 10:
            c -= 1
        if c > 0 and low[c] == ",":
            a = _np_backward(tk, c - 1)
            if a <= c - 1:
                agent = clean_agent(tk, a, c)
                if agent:
                    return Report(agent, a, vj, _after_verb(tk, vj))
    return None


def attribute(reports: list[Report], start: int, end: int) -> str | None:
    """The agent reporting the figure at tokens start..end-1, or None."""
    best: tuple[int, str] | None = None
    for r in reports:
        if r.direction in ("forward", "both") and r.end <= start:
            d = start - r.end
        elif r.direction in ("backward", "both") and r.start >= end:
            d = r.start - end
        else:
            continue
        if best is None or d < best[0]:
            best = (d, r.agent)
    return best[1] if best else None


def person_like(agent: str) -> bool:
    words = agent.split()
    if words and words[0].lower().rstrip(".") in TITLES:
        return True
    caps = [w for w in words if w[:1].isupper()]
    return (
        len(words) in (2, 3)
        and len(caps) == len(words)
        and not any(w.isupper() for w in words)
        and not any(w.lower() in RULES.source_words for w in words)
    )
