"""Who speaks when a report names no source of its own: the body or person that opens the
sentence ("The ICRC evacuated 600 patients, it said"; "The army launched an offensive,
saying 40 militants were killed"), a short noun phrase before "said" ("the museum said"),
the subject before a relative aside ("Rwanda, which has 4,000 troops there, said"), the
giver of a count named in an aside ("The toll, provided by the Red Crescent, stood at 23")."""

from __future__ import annotations

from ..places import country_codes
from .agent_names import clean_agent, person_like
from .agents import (
    BOUNDARY,
    DATA_WORDS,
    INNER,
    LEADING_PLACES,
    NAME_INNER,
    OPENERS,
    names_someone,
    np_forward,
    subject_start,
)
from .numbers import NUMBER_WORDS
from .report_scope import count_next
from .rules import RULES
from .tokens import DASHES, Tokens

TALLY = frozenset({"toll", "number", "figure", "total", "tally", "count"})
FIGURE_WORDS = TALLY | frozenset({"figures", "estimate"})
PUT = frozenset({"put", "puts", "putting", "placed", "places"})
# ... and what else a source puts at a number: "put its own losses at 80 servicemen",
# "Organisers put the crowd at several thousand"
_PUT_AT = frozenset(
    {"losses", "crowd", "crowds", "population", "casualties", "turnout", "dead", "deaths",
     "damage", "attendance"}
)  # fmt: skip


# what an inquiry finds it reports ("A UN satellite assessment found about 436,000 homes
# damaged"); what the police or a search party find they come upon ("police found 12 bodies")
FINDINGS = frozenset({"found", "finds", "identified", "identifies"})
_INQUIRIES = frozenset(
    {"assessment", "assessments", "survey", "surveys", "study", "studies", "analysis",
     "investigation", "investigations", "inquiry", "review", "audit", "census", "report",
     "researchers", "monitors", "mission", "panel", "commission", "tracking",
     "tracker", "count", "tally", "verification", "probe", "university", "institute", "lab",
     "laboratory"}
)  # fmt: skip


def inquired(agent: str) -> bool:
    """The agent of a finding is an inquiry or who makes one ("a government inquiry later
    found", "researchers at Yale have identified")."""
    words = agent.lower().split()
    return bool(words) and (words[0] in _INQUIRIES or words[-1] in _INQUIRIES)


def puts_a_count(low: list[str], k: int) -> bool:
    """The verb at k (one of PUT) gives a count: "local sources put the toll at 30"."""
    ahead = low[k + 1 : k + 5]
    return any(x in TALLY for x in ahead) or (
        any(x in _PUT_AT for x in ahead) and "at" in low[k + 2 : k + 7]
    )


def opening_subject(tk: Tokens, before: int, pronoun: str = "it") -> str | None:
    """The subject that opens the sentence and ends before token `before`, if it names a
    body by its name or its kind ("The ICRC", "Chadian authorities"; not "About 300
    people" nor "Soldiers" for "it"), or, for "he" and "she", a person by name ("A
    teacher was abducted, he said" is the victim, not the speaker)."""
    want_person = pronoun in {"he", "she", "i"}
    subject = sentence_subject(tk)
    if subject is None or subject[1] >= before:
        return None
    a, k = subject
    if tk.low[a] in LEADING_PLACES:
        return None  # "Since August about 30,000 residents have fled, he said"
    if any(p in NUMBER_WORDS or p[:1].isdigit() for w in tk.low[a:k] for p in w.split("-")):
        return None  # "Twenty-two of the Ukrainians were freed, it said"
    head = tk.low[k - 1]
    acronym = tk.text(k - 1, k).isupper() and len(head) > 1
    names = sum(1 for x in range(a, k) if tk.cap(x)) >= 2
    if pronoun == "it" and head.endswith("s") and not (acronym or names):
        return None  # "Soldiers killed three separatists, it said": the army's
    if not (names if want_person else head in RULES.source_words or acronym or names):
        return None
    last = tk.text(k - 1, k)
    if country_codes(last, demonym=False) or country_codes(last, demonym=True):
        return None  # a place ("The DRC lost 1,200, it said") or a cut name ("The Ukrainian")
    agent = clean_agent(tk, a, k)
    if agent is None or person_like(agent, particles=want_person) != want_person:
        return None
    return agent


_COMMON_REPORTER = 3  # words of "the zoo's keepers", "the museum"
# quantifiers, pronouns, and words in -s that are no plurals ("..., this says")
_NOT_SPEAKERS = frozenset(
    {"many", "some", "most", "few", "several", "both", "all", "others", "they", "these",
     "those", "we", "people", "analysts", "experts", "this", "his", "its", "is", "was", "thus",
     "perhaps", "has", "does"}
)  # fmt: skip


_SPEAKER_ARTICLES = frozenset({"the", "a", "an", "one"})


def _plural_people(tk: Tokens, k: int) -> bool:
    """A lowercase plural that can name who speaks: not a pronoun or "others"."""
    w = tk.low[k]
    plural = w.isalpha() and w.endswith("s") and not w.endswith("ss") and not tk.cap(k)
    return plural and w not in _NOT_SPEAKERS and w not in RULES.pronouns


def common_noun_reporter(tk: Tokens, s: int) -> tuple[str, int] | None:
    """'..., the museum said.', 'The museum said ...': a short noun phrase that starts the
    sentence or follows a comma, right before a verb of speech, is its speaker, whatever
    its noun (the source words list only the usual ones)."""
    low = tk.low
    if s < 1:
        return None
    a = s
    while a > 0 and s - a < _COMMON_REPORTER and low[a - 1] not in BOUNDARY:
        a -= 1
    bare = a == 0 and s <= 2 and low[s].endswith("s") and low[0] not in _NOT_SPEAKERS
    if a == s and a > 0 and low[a - 1] == "," and _plural_people(tk, s):
        return low[s], s  # "..., drivers said.", "..., neighbours say."
    if (a > 0 and low[a - 1] != ",") or a == s or not (low[a] in _SPEAKER_ARTICLES or bare):
        return None  # "the museum said", "One rescuer said", at a start "Grain shippers said"
    if bare:
        return tk.text(0, s + 1) if not tk.cap(0) else f"{low[0]} {tk.text(1, s + 1)}".strip(), 0
    words = low[a + 1 : s + 1]
    if not all(w.removesuffix("'s").isalpha() or w == "'s" for w in words) or low[s] in TALLY:
        return None  # "a toll earlier reported as 12"
    if any(w in RULES.pronouns or w in RULES.time_units for w in words):
        return None  # "A week later they said"
    return f"{low[a]} {tk.text(a + 1, s + 1)}", a


def relative_aside(tk: Tokens, s: int) -> str | None:
    """'Rwanda, which has about 4,000 troops in the province, said': the subject before a
    relative clause set off by commas (s is the comma before the verb). The report starts
    at s, so that a figure inside the clause is reported too."""
    low = tk.low
    p = _aside_start(low, s - 1, s)
    if p > 0 and low[p] == "," and low[p + 1] not in _ASIDE_OPENERS:
        # a list inside the clause: "which relies on a network of doctors, activists and
        # fighters inside the country, said"
        q = _aside_start(low, p - 1, s)
        if q > 0 and low[q] == "," and low[q + 1] in _RELATIVES:
            p = q
    # "Rwanda, which has ... troops there, said"; "The mayor of Paiporta, a town of about
    # 27,000 people, told reporters": a relative clause or a description of the place;
    # "OCHA, citing local authorities, said": the one who cites speaks, as does one who
    # speaks on condition of anonymity, or uses or quotes others' figures
    if (
        p < 1
        or low[p] != ","
        or not (
            (low[p + 1] in _ASIDE_OPENERS and not _given_by(low, p + 1))
            # "The Russian Ministry of Defence, for its part, said"
            or low[p + 1 : p + 4] in (["for", "its", "part"], ["for", "their", "part"])
            # "ISWAP, in a claim published by Amaq, said"; "Residents, however, put the number"
            or (low[p + 1] == "in" and p + 3 < s and low[p + 3] in _CHANNELS)
            # "JNIM, the al-Qaeda-linked group that claimed the attack, said"; "Enamur Rahman,
            # state minister for disaster management, told reporters"
            or (
                (
                    low[p + 1] == "the"
                    or low[p + 1] in RULES.source_words
                    or low[p + 1].endswith("'s")
                )
                and _named_before(tk, p)
            )
        )
    ):
        return None
    a = subject_start(tk, p - 1)
    agent = clean_agent(tk, a, p) if a is not None else None
    return agent or None


_MAX_ASIDE = 16


def _aside_start(low: list[str], p: int, s: int) -> int:
    """The mark at or before token p that may open an aside ending at s."""
    while p > 0 and s - p <= _MAX_ASIDE and low[p] not in {",", ";", ":", '"'}:
        p -= 1
    return p


_RELATIVES = frozenset({"which", "who", "whose"})
_ASIDE_OPENERS = _RELATIVES | frozenset(
    {"a", "an", "citing", "quoting", "using", "speaking", "relying", "drawing", "however",
     "meanwhile", "too", "also", "though",
     # participles and times that describe the subject: "Gaza's health ministry, run by
     # Hamas, said"; "Haider al-Abadi, then Iraq's prime minister, put the toll at"
     "run", "backed", "based", "led", "funded", "founded", "known", "headquartered", "then",
     "formerly", "once", "itself", "themselves",
     # a correspondent where they are: "Hind Khoudary, reporting from Deir el-Balah, says"
     "reporting", "writing"}
)  # fmt: skip
# how a report came to be: "The coalition's report, compiled with Insecurity Insight," (an
# aside too, unless it names the giver: _given_by)
_MAKING = frozenset({"compiled", "released", "published", "issued", "prepared", "produced"})
_ASIDE_OPENERS |= _MAKING


def _given_by(low: list[str], k: int) -> bool:
    """'The figures, released by the interior ministry, showed': the giver of the count."""
    return low[k] in _MAKING and k + 1 < len(low) and low[k + 1] == "by"


_CHANNELS = frozenset(
    {"statement", "claim", "post", "message", "video", "interview", "briefing", "communique",
     "communiqué", "tweet", "letter", "report", "update", "speech", "broadcast"}
)  # fmt: skip


def who_clause_subject(tk: Tokens, s: int) -> tuple[str, int] | None:
    """'A nurse who declined to be named told PREMIUM TIMES', 'Parents who gathered at the
    school said': the subject before a "who" clause that ends at token s, right before the
    verb (no comma between)."""
    low = tk.low
    w = s
    while w > 0 and s - w < 14 and low[w] not in BOUNDARY:
        if low[w] == "who":
            break
        w -= 1
    if w < 1 or low[w] != "who":
        return None
    a = subject_start(tk, w - 1)
    if a is None:
        return None
    agent = clean_agent(tk, a, w)
    return (agent, a) if agent else None


def _named_before(tk: Tokens, p: int) -> bool:
    """A name in capitals ends at the comma p and opens the sentence or follows a comma."""
    a = p
    while a > 0 and tk.cap(a - 1):
        a -= 1
    return a < p and (a == 0 or tk.low[a - 1] == ",") and tk.low[a] not in LEADING_PLACES


_WITH_STOPS = frozenset({"with", ",", ";", "as", "after", "while"})


def with_clause_reporter(tk: Tokens, v: int) -> str | None:
    """Who reports in an absolute clause ending before token `v` ("reporting"): "..., with
    officials reporting 27 deaths" is the officials'."""
    low = tk.low
    told = low[v + 1 : v + 2] == ["that"] or any(count_next(tk, x) for x in range(v + 1, v + 4))
    if not told:
        return None  # "with a BBC crew reporting live from the square": who they are
    w = next((w for w in range(v - 1, max(v - 7, -1), -1) if low[w] in _WITH_STOPS), -1)
    if not (w > 0 and low[w] == "with" and low[w - 1] == "," and v - w > 1):
        return None
    return clean_agent(tk, w + 1, v)


def figure_then_clause(tk: Tokens, s: int) -> bool:
    """', a figure aid agencies say ...': the words before the verb are a figure word and
    the subject of a relative clause about it, whose report is no report of the figure."""
    low = tk.low
    for x in range(s - 1, max(-1, s - 10), -1):
        if low[x] in BOUNDARY:
            return False
        if low[x] in FIGURE_WORDS and x > 0 and low[x - 1] in {"a", "the", "this", "that"}:
            return x - 2 >= 0 and low[x - 2] == ","
    return False


GIVING = frozenset({"given", "provided", "compiled", "released", "issued", "published", "supplied"})


def tally_giver(tk: Tokens, k: int) -> tuple[str, int] | None:
    """Who gave a count that an aside names before the sentence states it: "The toll,
    provided by the Afghan Red Crescent Society, stood at 23 dead" (the agent and the
    token after it)."""
    low = tk.low
    if not (
        2 <= k < tk.n - 2
        and low[k] in GIVING
        and low[k + 1] == "by"
        and low[k - 1] == ","
        and (low[k - 2] in FIGURE_WORDS or low[k - 2] in DATA_WORDS)
    ):
        return None
    b = np_forward(tk, k + 2)
    agent = clean_agent(tk, k + 2, b) if b > k + 2 else None
    return (agent, b) if agent else None


_LEADS = LEADING_PLACES | {"although", "though", "because", "once", "if"}
_BODY_MODIFIERS = frozenset({"air", "coast", "border"})
# not "The Sudanese border town of Adre": only a service makes them a body
_SERVICES = frozenset({"force", "forces", "guard", "guards", "police", "patrol", "service"})


def sentence_subject(tk: Tokens) -> tuple[int, int] | None:
    """The name-like subject at the start of the sentence ("The agency is building...")."""
    low = tk.low
    # past a clause or a phrase that opens it: "After the army claimed 40 ..., the rebels said"
    a = low.index(",") + 1 if low[0] in _LEADS and "," in low else 0
    while a < tk.n and (low[a] in OPENERS or low[a] == ","):
        a += 1
    a = _past_dateline(tk, a)
    k = a
    while k < tk.n:
        w = low[k]
        if (
            (tk.cap(k) and w[0].isalpha())
            or w in RULES.source_words
            or w in INNER
            or w in {"'", "a", "an"}
            # "The Ukrainian air force", "the Greek coast guard"
            or (w in _BODY_MODIFIERS and k + 1 < tk.n and low[k + 1] in _SERVICES)
            # a word that says what kind, after an article: "the rebel spokesman"
            or (k > a and low[k - 1] in {"the", "a"} and _kind_of(tk, k))
            or (w in {"region", "province", "oblast"} and k > a and tk.cap(k - 1))
        ):
            k += 1
        else:
            break
    while k > a and (low[k - 1] in INNER or low[k - 1] == "'"):
        k -= 1
    return (a, k) if k > a and names_someone(tk, a, k) else None


def _past_dateline(tk: Tokens, a: int) -> int:
    """Where the sentence starts after a dateline in capitals: "NICOSIA - Cyprus activated
    its plan and said" has Cyprus for its subject, not the city it was filed from."""
    for d in range(a + 1, min(a + 4, tk.n - 1)):
        if tk.low[d] in DASHES:
            words = tk.field_text[tk.starts[a] : tk.ends[d - 1]]
            return d + 1 if words.isupper() else a
    # "BAKU, December 3, 2020 - ...", "BOGOTA (Reuters) - ...", "HODEIDAH, Yemen - ...": a
    # city in capitals, then only names, dates and the wire before the dash
    if a + 1 < tk.n and tk.text(a, a + 1).isupper() and len(tk.low[a]) > 2:
        for d in range(a + 1, min(a + 10, tk.n - 1)):
            if tk.low[d] in DASHES:
                return d + 1
            if tk.low[d][0].isalpha() and not tk.cap(d):
                break
    return a


def _kind_of(tk: Tokens, k: int) -> bool:
    return tk.low[k].isalpha() and k + 1 < tk.n and tk.low[k + 1] in RULES.source_words


def past_aside(tk: Tokens, subject: tuple[int, int], s: int) -> str | None:
    """Who speaks after "but" when an aside follows the sentence's subject: the name the
    aside gives ("The governor of Borno State, Babagana Zulum, visited ... but said"), or
    the subject itself before a relative clause ("Fatima Bello, who lost two sons, ...
    but warned")."""
    low = tk.low
    c = subject[1]
    if low[c] != ",":  # "The head of the camp, Ahmed Yusuf, said": the head's phrase runs on
        c = next((x for x in range(c, min(c + 5, s)) if low[x] == ","), c)
        if any(not low[x].isalpha() or low[x] in _PHRASE_ENDS for x in range(subject[1], c)):
            return None
    if c + 1 < s and low[c + 1] in {"who", "which"}:
        return clean_agent(tk, *subject)
    e = next((x for x in range(c + 1, s) if low[x] == ","), s)
    if c + 1 < e < s and all(tk.cap(x) or low[x] in NAME_INNER for x in range(c + 1, e)):
        return clean_agent(tk, c + 1, e)
    return None


# words that end a subject's phrase (a verb, a place's preposition): no longer its name
_PHRASE_ENDS = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "said", "says", "told", "on", "in", "at"}
)


_COMMANDS = frozenset(
    {"range", "command", "division", "zone", "region", "sector", "brigade", "battalion",
     "corps", "headquarters", "theatre", "district", "circle"}
)  # fmt: skip


def office_of_command(tk: Tokens, span: tuple[int, int] | None) -> tuple[str, int] | None:
    """'the Inspector General of Police, Bastar Range, told PTI': an office and the command
    it heads (no person's name between the commas), as one source; `span` is the name
    titled_name found between the commas."""
    if span is None or tk.low[span[1] - 1] not in _COMMANDS:
        return None
    office = subject_start(tk, span[0] - 2, named=False)
    title = clean_agent(tk, office, span[0] - 1) if office is not None else None
    if not title or office is None:
        return None
    return f"{title}, {tk.text(span[0], span[1])}", office
