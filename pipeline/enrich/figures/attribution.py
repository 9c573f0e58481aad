"""Who reported a figure: reporting verbs and "according to" in the sentence.

"X says (that) ..." reports what follows it; "..., X said." and "..., said X."
report what comes before; "according to X" reports the whole sentence. The
agent is returned as written, cleaned the same way every time: a leading "The"
becomes "the" ("the UN"), a descriptor before a name is dropped ("the charity
Save the Children" -> "Save the Children", "the UN refugee agency UNHCR" ->
"UNHCR"; "regional governor Vadym Filashkin" keeps the office), trailing data
words go ("UNHCR figures" -> "UNHCR"), and a capital that only marks the
sentence start is lowered ("Officials" -> "officials").
Pronoun agents ("he said", "it said") are resolved by the extractor.
"""

from __future__ import annotations

from .agent_names import OWNERS, PERSON_HEADS, clean_agent
from .agents import (
    BOUNDARY,
    apposition,
    np_backward,
    np_forward,
    subject_start,
    titled_name,
)
from .line_sources import head_source, paren_source, tail_source
from .report_scope import (
    ACCORDING_ENDS,
    SCOPE_ENDS,
    TOLD,
    after_verb,
    count_before,
    count_next,
    count_soon,
    in_clause,
    names_next,
    report_noun,
    scope_end,
    told_before,
)
from .report_subjects import (
    FINDINGS,
    GIVING,
    PUT,
    common_noun_reporter,
    figure_then_clause,
    inquired,
    office_of_command,
    opening_subject,
    past_aside,
    puts_a_count,
    relative_aside,
    sentence_subject,
    tally_giver,
    who_clause_subject,
    with_clause_reporter,
)
from .reports import Report
from .rules import RULES
from .tokens import Tokens

_AUX = frozenset(
    {"has", "have", "had", "also", "later", "earlier", "previously", "recently", "again",
     "separately", "initially", "repeatedly", "has also", "was", "is", "were", "now", "had also",
     "first", "originally", "since", "last"}
)  # fmt: skip
_DETERMINER_BEFORE = frozenset({"a", "an", "the", "its", "their", "his", "her", "our"})
_KINDS_OF_CASES = frozenset({"suspected", "confirmed", "probable", "reported", "recorded"})
_PASSIVE = frozenset({"is", "was", "were", "are", "be", "been", "being"})
_TAKES_FIGURE = frozenset({"to", "at", "of"})  # a report phrase ending so names a figure next
# verbs that report only a count right after them: "DTM tracked 2,106 households"
_BEFORE_A_COUNT = frozenset({"tracked", "tracks"})


# verbs of speech that also count, when a count is their object
_COUNTING_SPEECH = frozenset({"reported", "reports", "confirmed", "confirms", "recorded"})


_BELIEVE = frozenset({"believe", "believes", "believed"})
_MODALS = frozenset({"should", "must", "ought", "deserve", "deserves", "need", "needs"})
_REPORTING_AFTER = frozenset({",", "is", "are", "was", "were", "been", "be"})
_CONTINUATIONS = frozenset({"adding", "saying", "noting", "warning", "estimating", "reporting"})
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}
_SOURCE_INTRO = frozenset({"from", "by", "of", "released", "compiled", "published", "issued"})
# verbs that report speech; a counting verb inside their scope ("Egypt has
# registered 1.2m arrivals, officials told Reuters") gives way to them
_SPEECH = frozenset(
    {"said", "says", "say", "told", "tells", "tell", "claimed", "claims", "stated", "states",
     "announced", "added", "adds", "confirmed", "confirms", "according", "reported", "reports",
     "wrote", "tweeted", "warned", "warns"}
)  # fmt: skip
# the words a report may start at
_REPORT_STARTS = (
    frozenset(RULES.report_verbs.by_first)
    | PUT
    | FINDINGS
    | GIVING
    | {"according", "citing", "(", "per"}
)


def find_reports(tk: Tokens) -> list[Report]:
    out: list[Report] = []
    low = tk.low
    verbs = RULES.report_verbs.by_first
    k = 0  # reports found so far end before token k
    head = head_source(tk)  # "Haiti Civil Protection: 1,600 families displaced"
    if head is not None:
        # a reporting verb in the line still wins ("..., the ministry said")
        out.append(Report(head[0], 0, head[1], "forward", rank=1))
        k = head[1]
    for at in [x for x, w in enumerate(low) if w in _REPORT_STARTS]:
        if at < k:
            continue
        k = at
        w = low[k]
        if w == "according" and k + 1 < tk.n and low[k + 1] == "to":
            a = k + 2
            b = np_forward(tk, a)
            if b < tk.n and low[b] in _SOURCE_INTRO and b > a:
                c = b + 1
                while c < tk.n and low[c] in {"by", "from", "of"}:
                    c += 1
                b2 = np_forward(tk, c)
                if b2 > c:
                    a, b = c, b2
            agent = clean_agent(tk, a, b, cited=True) if b > a else None
            if b == a + 1 and low[a] in _OBJECT_PRONOUNS:  # "According to him, 2 civilians"
                agent = "<" + _OBJECT_PRONOUNS[low[a]] + ">"
            if agent:
                out.append(Report(agent, k, b, "both", scope_end(tk, b, ACCORDING_ENDS)))
            k = max(b, k + 2)
            continue
        if w == "per" and names_next(tk, k + 1):
            b = np_forward(tk, k + 1)  # "..., per UNHCR", "Per the UN, 9,000 crossed"
            agent = clean_agent(tk, k + 1, b) if b > k + 1 else None
            if agent:
                out.append(Report(agent, k, b, "both", scope_end(tk, b, ACCORDING_ENDS)))
                k = b
                continue
        if w == "citing" and k > 0 and low[k - 1] == ",":
            b = np_forward(tk, k + 1)
            agent = clean_agent(tk, k + 1, b) if b > k + 1 else None
            if out and out[-1].speech and out[-1].end == k - 1:
                agent = None  # "Amnesty said, citing residents": Amnesty reports it
            if k + 1 < tk.n and low[k + 1] in OWNERS:
                agent = None  # "the IOM said, citing its displacement tracking teams"
            if agent:
                out.append(Report(agent, k, b, "backward", rank=-1))
                k = b
                continue
        if w == "(":
            found = paren_source(tk, k)
            if found is not None:
                out.append(Report(found[0], k, found[1], "backward"))
            k += 1
            continue
        giver = tally_giver(tk, k) if w in GIVING else None
        if giver is not None:
            out.append(Report(giver[0], k, giver[1], "forward"))
            k = giver[1]
            continue
        if w == "given" and k + 1 < tk.n and low[k + 1] == "by" and count_before(tk, k):
            # "up from the 41 initially given by the civil defence" (not "aid given by WFP")
            report = _report_at(tk, k, k + 1, out)
            if report is not None:  # ... and only that count
                out.append(Report(report.agent, k, report.end, "given", report.end, False))
            k += 1
            continue
        if w in FINDINGS and low[k + 1 : k + 2] != ["that"]:  # "found that" reports
            # what an inquiry found it reports: "A UN satellite assessment found about
            # 436,000 homes damaged"; not "police found 12 bodies", who came upon them
            report = _report_at(tk, k, k + 1, out)
            if report is not None and inquired(report.agent):
                out.append(report)
            k += 1
            continue
        if w in PUT and puts_a_count(low, k):
            report = _report_at(tk, k, k + 1, out)  # "local sources put the toll at 30"
            if report is not None:
                out.append(Report(report.agent, report.start, report.end, "forward"))
            k += 1
            continue
        if w in verbs:
            hit = RULES.report_verbs.match_at(low, k)
            if hit is not None and hit[1] in _BEFORE_A_COUNT and not count_next(tk, k + hit[0]):
                hit = None  # "tracked down 12 suspects", "tracked the gunmen": no count kept
            if hit is not None:
                report = _report_at(tk, k, k + hit[0], out)
                if report is not None:
                    out.append(_quoted_source(tk, k + hit[0], report))
                k += hit[0]
                continue
        k += 1
    tail = tail_source(tk)  # "Migrant boat sinks off Libya; 61 feared drowned - IOM"
    if tail is not None and all(r.start < tail[1] for r in out):
        out.append(Report(tail[0], tail[1], tk.n, "backward"))
    return _nest(out, tk)


_AS_SAYING = frozenset({"saying", "telling", "writing"})


def _quoted_source(tk: Tokens, vj: int, report: Report) -> Report:
    """'SANA quoted a military source as saying': the source speaks, the outlet carries."""
    low = tk.low
    if low[vj - 1] != "quoted":
        return report
    for x in range(vj + 1, min(vj + 9, tk.n - 1)):
        if low[x] == "as" and low[x + 1] in _AS_SAYING:
            agent = clean_agent(tk, vj, x)
            if agent is None:
                return report
            return Report(agent, report.start, report.end, report.direction, report.stop,
                          report.speech, report.rank)  # fmt: skip
        if low[x] in BOUNDARY:
            break
    return report


_CLAUSE_BREAKS = frozenset({";", "while", "whereas", "but", "separately"})


def _clause_break(tk: Tokens, a: int, b: int) -> bool:
    """A new clause between tokens a and b: "Chad reported 1,200 arrivals; separately, the
    WHO said ..." is no report of the WHO's."""
    return not _CLAUSE_BREAKS.isdisjoint(tk.low[a:b])


def _nest(reports: list[Report], tk: Tokens) -> list[Report]:
    """An inner report gives way to the speech report around it.

    "X said it had registered ..." is X's; "Egypt has registered 1.2m arrivals,
    officials told Reuters" is the officials'.
    """
    if len(reports) < 2:
        return reports
    out: list[Report] = []
    for x, r in enumerate(reports):
        outer = next(
            (o for o in reports[:x] if o.speech and o.direction != "backward" and o.end <= r.start),
            None,
        )
        if outer is not None and r.agent.startswith("<") and not outer.agent.startswith("<"):
            r = Report(outer.agent, r.start, r.end, r.direction, r.stop, r.speech, r.rank)
        later = any(
            o.speech and o.direction != "forward" and not _clause_break(tk, r.end, o.start)
            for o in reports[x + 1 :]
        )
        # "According to the WHO, Afghanistan recorded 75,000 cases": the WHO's count
        opening = any(o.direction == "both" and o.start == 0 for o in reports[:x])
        if (later or opening) and not r.speech and not r.agent.startswith("<"):
            continue
        out.append(r)
    return out


def _report_at(tk: Tokens, v: int, vj: int, before: list[Report]) -> Report | None:
    low = tk.low
    if v > 0 and (low[v - 1] in _DETERMINER_BEFORE or low[v - 1] == "of"):
        return None  # "an estimated 45,000", "the reported toll", "the number of registered IDPs"
    if v > 1 and low[v - 1] in {"and", "or"} and low[v - 2] in _KINDS_OF_CASES:
        return None  # "4,000 suspected and confirmed cases": who counts them is no subject
    if report_noun(low, v):
        return None  # "acknowledged in its latest quarterly report that": a noun
    speech = low[v] in _SPEECH
    if speech and low[v] in _COUNTING_SPEECH and count_soon(tk, vj):
        speech = False  # "Congo has reported 27,000 cases, the WHO said": the WHO's report
    if vj < tk.n and low[vj] == "by":
        b = np_forward(tk, vj + 1)  # "estimated by UN experts at 6,000"
        agent = clean_agent(tk, vj + 1, b) if b > vj + 1 else None
        if agent:
            # "the 22 announced by the police", "the 70 first reported by local officials"
            given = count_before(tk, v)
            return Report(agent, v, b, "given" if given else "forward", speech=speech)
        if not speech:
            return None
        # "said by video link that ...": the means, not an agent; the subject speaks
    if low[v] in _BELIEVE and not _MODALS.isdisjoint(low[vj : vj + 10]):
        return None  # "Parents believe the 600 pupils should be moved": an opinion
    if low[v] == "reporting" and not (v > 0 and low[v - 1] in _REPORTING_AFTER):
        # "journalists reporting 22 deaths were detained" is who they are; "..., with
        # officials reporting 27 deaths" is who reports
        agent = with_clause_reporter(tk, v)
        return Report(agent, v, vj, "forward") if agent else None
    s = v - 1
    while s >= 0 and low[s] in _AUX and not (low[s] == "last" and s > 0 and low[s - 1] == "at"):
        if low[s] in _PASSIVE:
            return None  # "is believed to", "was reported": no agent
        s -= 1
    aged = s >= 4 and low[s - 2] == "aged"  # "Abdi Mohamed, aged 60, said"
    if s >= 3 and low[s] == "," and low[s - 2 - aged] == "," and low[s - 1].isdigit():
        s -= 3 + aged  # "Cabahug, 60, said": an age between commas after the name
    if figure_then_clause(tk, s):
        return None  # "28,700, a figure aid agencies say covers only ...": a comment on it
    if low[v] in _CONTINUATIONS and s >= 0 and low[s] == ",":
        if before:
            return Report(before[-1].agent, v, vj, "forward")
        # "The army launched an offensive, saying 40 militants were killed"
        agent = opening_subject(tk, s) or opening_subject(tk, s, "he")
        return Report(agent, v, vj, "forward") if agent else None
    # "told Reuters he had counted": the pronoun after the one told is the subject
    told_pronoun = s >= 0 and low[s] in RULES.pronouns and told_before(tk, s)
    if s >= 0 and low[s] in RULES.pronouns and (s == 0 or low[s - 1] in BOUNDARY or told_pronoun):
        direction = after_verb(tk, vj)
        if direction == "backward" and s > 0 and low[s - 1] == ",":
            direction = "both"  # "..., he said, and two men died"
        return Report("<" + low[s] + ">", s, vj, direction, speech=speech)
    direction = after_verb(tk, vj)
    if low[vj - 1] in _TAKES_FIGURE:
        direction = "forward"  # "raised the toll to 24": the figure is the verb's object
    stop = scope_end(tk, vj, SCOPE_ENDS) if direction == "forward" else 10**6
    if s >= 1 and low[s] in {"which", "who"} and low[s - 1] == ",":
        a = subject_start(tk, s - 2)  # "The SDF, which says it has 100,000 fighters"
        agent = clean_agent(tk, a, s - 1) if a is not None else None
        return Report(agent, s, vj, direction, stop, speech) if agent else None
    who = who_clause_subject(tk, s) if s >= 2 else None
    if who is not None:  # "A nurse who declined to be named told PREMIUM TIMES"
        return Report(who[0], who[1], vj, direction, stop, speech)
    if s >= 0 and low[s] in {"and", "but"}:
        subject = sentence_subject(tk)  # "The agency is building ..., and expects 150,000"
        agent = clean_agent(tk, *subject) if subject is not None and subject[1] < s else None
        # "..., but warned that" too, unless a name stands after the subject ("The police
        # spokesman, ASP Ahmed Rufai, confirmed the attack but put the toll at 11"): the
        # reading below finds it
        set_off = subject is not None and low[subject[1]] == ","
        aside = past_aside(tk, subject, s) if subject is not None and low[s] == "but" else None
        if low[s] == "and" or (agent and not set_off and not aside):
            return Report(agent, s, vj, direction, stop, speech) if agent else None
        if aside:  # "The governor, Babagana Zulum, visited the camp but said"
            return Report(aside, s, vj, direction, stop, speech)
    if s >= 1 and low[s] == ",":
        span = titled_name(tk, s, PERSON_HEADS)  # "The governor, Willy Bitwisila, said"
        office = office_of_command(tk, span)
        if office is not None:
            return Report(office[0], office[1], vj, direction, stop, speech)
        relative = relative_aside(tk, s)  # "Rwanda, which has 4,000 troops there, said"
        if relative is not None:
            return Report(relative, s, vj, "both", stop, speech)
        a = subject_start(tk, s - 1, named=False)  # "UNHCR, the UN refugee agency, said"
        named = apposition(tk, a) if a is not None else None
        agent = clean_agent(tk, named, a - 1) if a is not None and named is not None else None
        if agent:
            return Report(agent, named or 0, vj, direction, stop, speech)
        agent = clean_agent(tk, *span) if span is not None else None
        if agent and span is not None:
            return Report(agent, span[0], vj, direction, stop, speech)
    a = subject_start(tk, s) if s >= 0 else None
    if a is not None:
        named = apposition(tk, a)
        agent = clean_agent(tk, named, a - 1) if named is not None else None
        agent = agent or clean_agent(tk, a, s + 1)
        if agent:
            if a > 0 and low[a - 1] == ",":
                direction = "both"  # "..., a local official said, and 27 others were hurt"
            elif _gives_the_count(tk, a):
                direction = "given"
            return Report(agent, a if named is None else named, vj, direction, stop, speech)
    a = np_backward(tk, s) if s >= 0 else v
    if a <= s:
        agent = clean_agent(tk, a, s + 1)
        if agent:
            if a > 0 and low[a - 1] == "," and direction == "backward":
                direction = "both"
            elif _gives_the_count(tk, a):
                direction = "given"
            return Report(agent, a, vj, direction, stop, speech)
    said = low[v] in _SAID and not (low[v] in _ADDS and direction != "backward")
    common = common_noun_reporter(tk, s) if said and not _told_to(tk, v, vj) else None
    if common is not None:
        if direction == "backward":
            direction = "both"
        return Report(common[0], common[1], vj, direction, stop, speech)
    # inversion: ", said the UN." / ", says Gen Volesky" (not ", told reporters at ...")
    if s >= 0 and low[s] in {",", '"', "'"} and low[v] not in TOLD:
        b = np_forward(tk, vj)
        if b > vj and (b >= tk.n or not low[b][0].isalnum()):
            agent = clean_agent(tk, vj, b)
            if agent:
                return Report(agent, s, b, "both" if low[s] == "," else "backward")
    return None


def _gives_the_count(tk: Tokens, a: int) -> bool:
    """The subject at token a opens a clause about the count right before it: "far more
    than the 900 the UN had counted"."""
    return a > 1 and tk.low[a - 2] == "the" and count_next(tk, a - 1)


# verbs that only report speech ("reported", "confirmed" also count or qualify: "the country
# has reported 18 cases", "the number of people confirmed dead")
_SAID = frozenset({"said", "says", "say", "told", "tells", "tell", "added", "adds", "stated"})
_ADDS = frozenset({"added", "adds"})  # "the ministry added." speaks; "the economy added jobs"


def _told_to(tk: Tokens, v: int, vj: int) -> bool:
    """'told the 250 passengers to put on life jackets': an order, no report."""
    return tk.low[v] in TOLD and in_clause(tk, vj, 8, lambda x: tk.low[x] == "to")
