"""The noun phrase that names a source, found around a reporting verb (its text, cleaned:
agent_names.py).

A subject is the stretch from the clause boundary before the verb (sentence
start, comma, "and") to the verb, when it is short, holds no number and no
finite verb, and names someone: "a lawyers' group", "officials in those
countries", "the charity operating it", "Kenya's human rights commission".
"""

from __future__ import annotations

import re

from .rules import RULES
from .tokens import Tokens

INNER = frozenset({"the", "of", "for", "and", "'s", "al", "de", "du", "la", "el", "on", "in"})
DATA_WORDS = frozenset(
    {"figures", "data", "estimates", "statistics", "report", "count", "tally", "statement",
     "census", "survey", "records", "numbers", "estimate", "assessment", "report's", "images",
     "imagery", "photos", "analysis", "bulletin"}
)  # fmt: skip
NAME_INNER = frozenset(
    {"of", "the", "for", "and", "al", "de", "del", "la", "el", "du", "des", "da", "do", "dos",
     "das", "&"}
)  # fmt: skip
OPENERS = frozenset(
    {"meanwhile", "however", "but", "and", "earlier", "later", "separately", "also", "yesterday",
     "today", "then", "so", "now", "still", "instead", "overall", "elsewhere", "there"}
)  # fmt: skip
# what opens a sentence before its subject: a time or a place ("Inside Lebanon, the unit said")
LEADING_PLACES = frozenset(
    {"since", "in", "on", "at", "after", "before", "during", "by", "among", "from", "until",
     "for", "with", "as", "when", "while", "of", "over", "across", "near", "inside", "outside",
     "around", "throughout", "beyond", "along"}
)  # fmt: skip
_SOURCE_OR_DATA = RULES.source_words | DATA_WORDS | {"the"}
BOUNDARY = frozenset(
    {",", ";", ":", '"', "(", ")", "and", "but", "while", "whereas", "though", "although", "as",
     "after", "before", "because", "since", "when", "if", "-", "--", "\u2013", "\u2014"}
)  # fmt: skip
_CLAUSAL = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "be", "been", "will", "would", "could",
     "can", "may", "might", "should", "must", "did", "do", "does", "who", "which", "that",
     "where", "there's", "it's", "not", "said", "says", "told", "killed"}
)  # fmt: skip
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d$")
# a live blog's time stamp before its entry: "09.12 BST Ihor Klymenko ... says"
ZONES = frozenset(
    {"gmt", "utc", "bst", "cet", "cest", "eet", "eest", "edt", "est", "pdt", "pst", "ist",
     "jst", "aest", "aedt", "msk", "wat", "eat", "cat", "am", "pm", "a.m", "p.m"}
)  # fmt: skip
_REPORTED_BEFORE = frozenset({"said", "says", "told", "that"})
_NOT_IN_NAMES = frozenset(
    {"pictured", "left", "right", "centre", "center", "file", "photo", "video", "via", "in",
     "who", "which", "some", "reuters", "ap", "afp", "xinhua", "ani", "pti", "efe", "dpa",
     "upi", "ians", "bernama", "tass", "ria", "anadolu"}
)  # fmt: skip


def _named_bracket(tk: Tokens, opening: int, closing: int) -> bool:
    """A bracket that belongs to a name: capitalised words ("(NEMA)", "(Bastar range)"),
    no caption, aside or wire, and no dateline in capitals before it."""
    inside = range(opening + 1, closing)
    return (
        len(inside) > 0
        and tk.cap(opening + 1)
        and all(tk.low[x][0].isalnum() and _name_part(tk, x) for x in inside)
        and not tk.text(opening - 1, opening).isupper()
    )


def _name_part(tk: Tokens, x: int) -> bool:
    # "(WHO)" is the World Health Organization, "(who ...)" an aside
    return tk.low[x] not in _NOT_IN_NAMES or (tk.low[x] == "who" and _acronym(tk, x))


# lowercase words inside names that are verbs elsewhere: "Rio Grande do Sul"
_PARTICLES = frozenset({"do"})
NOT_FIRST = frozenset(
    {"in", "on", "at", "for", "with", "after", "before", "during", "since", "from", "by", "to",
     "of", "into", "over", "under", "it", "he", "she", "they", "we", "i", "this", "that", "there",
     "who", "which", "what", "some", "many"}
)  # fmt: skip
MAX_SUBJECT = 8
_CONJUNCT_WORDS = INNER | {"a", "an", "at", "two", "three", "four", "several", "some", "camp"}
_SPEECH = frozenset({"said", "says", "saying", "citing", "adding"})


def stamped(tk: Tokens, k: int) -> bool:
    """Token k ends the time stamp that opens an entry: "09.12 BST", "2:15 pm", "08:30"."""
    low = tk.low
    if k == 0:
        return k + 1 < tk.n and tk.cap(k + 1) and _CLOCK.match(low[0]) is not None
    return low[k] in ZONES and low[k - 1][:1].isdigit()


def dated(tk: Tokens, b: int) -> bool:
    """Token b follows a dateline's dash: "BRASILIA - Flavio Dino, the justice minister, said"."""
    lead = b > 1 and tk.low[b - 1] in {"-", "--", "\u2013", "\u2014"}
    return lead and (tk.low[b - 2] == ")" or tk.text(b - 2, b - 1).isupper())


def dot(low: list[str], k: int) -> bool:
    """A full stop inside a dotted acronym ("U.N.")."""
    return low[k] == "." and k > 0 and len(low[k - 1]) == 1


def np_backward(tk: Tokens, k: int) -> int:
    """Start index of the name-like noun phrase that ends at token k (k + 1 if none)."""
    low = tk.low
    start = k + 1
    while k >= 0:
        w = low[k]
        if (tk.cap(k) and w[0].isalpha()) or w in _SOURCE_OR_DATA:
            start = k
        elif start == k + 1 and _name_number(tk, k):
            start = k  # "Article 19 said"
        elif w in INNER or w == "'" or dot(low, k):
            pass
        elif len(w) == 1 and w.isalpha() and k + 1 < tk.n and low[k + 1] == "." and tk.cap(k):
            start = k  # "U.N." (not "a.m.", which ends a time: "at 8.30 a.m. Police said")
        else:
            break
        k -= 1
    while start < tk.n and low[start] == ".":
        start += 1
    return start


def np_forward(tk: Tokens, k: int) -> int:
    """One past the end of the source noun phrase starting at token k.

    Capitalised words and source words, then (for "according to camp managers",
    "citing the health ministry") any words up to the clause boundary when the
    phrase stays short and holds no number.
    """
    low = tk.low
    end = k
    j = k
    words = 0  # a name counts as one word: "a provisional count of the Ministry of the Interior"
    while j < tk.n and words <= MAX_SUBJECT:
        w = low[j]
        if w == "." and not dot(low, j):
            break
        if (w in BOUNDARY and not _name_and(tk, j)) or w in _SPEECH:
            break
        if not (j > k and tk.cap(j - 1) and (tk.cap(j) or w in NAME_INNER)):
            words += 1
        if (w[0].isdigit() and not ordinal(tk, j)) or w in _CLAUSAL:
            return _np_names(tk, k)  # (but "the Army's 6th Infantry Division" goes on)
        if w[0].isalnum() or w == "'":
            end = j + 1
        j += 1
    return end if words <= MAX_SUBJECT else _np_names(tk, k)


def _name_number(tk: Tokens, k: int) -> bool:
    """A number that ends a name: "Article 19", "Channel 4", "Utopia 56"."""
    return tk.low[k].isdigit() and k > 0 and tk.cap(k - 1) and tk.low[k - 1][0].isalpha()


def _np_names(tk: Tokens, k: int) -> int:
    low = tk.low
    end = k
    while k < tk.n:
        w = low[k]
        if (tk.cap(k) and w[0].isalpha()) or w in RULES.source_words or w in DATA_WORDS:
            end = k + 1
        elif end == k and _name_number(tk, k):
            end = k + 1
            break
        elif w in INNER or w == "'" or w == ".":
            if w == "." and not (k > 0 and len(low[k - 1]) == 1):
                break
        else:
            break
        k += 1
    return end


def subject_start(tk: Tokens, s: int, named: bool = True) -> int | None:
    """Start of the subject that ends at token s, back to its clause boundary.

    With named=False the stretch need not name anyone ("the city's last one").
    """
    low = tk.low
    k = s
    words = 0  # a long name counts as one word: "the London School of Hygiene and ..."
    while k >= 0:
        w = low[k]
        if w == ")" and k > 1:
            # "the Inspector General of Police (Bastar range)", "the agency (NEMA)": a
            # bracket inside the name is stepped over (not a caption, an aside or a wire
            # after a dateline: "(pictured)", "(who arrived late)", "KHARTOUM (AFP)")
            opening = next((x for x in range(k - 1, max(-1, k - 5), -1) if low[x] == "("), -1)
            if opening > 0 and _named_bracket(tk, opening, k):
                k = opening - 1
                continue
        # a report before a reported clause ends its subject: "Janda said the UN mission had
        # verified", "officials said that the agency had counted"
        reported = w in _REPORTED_BEFORE and k < s
        # "..., where Médecins Sans Frontières (MSF) said": the clause's own subject follows
        reported = reported or (w == "where" and k < s)
        hyphen = w == "-" and tk.glued(k) and tk.glued(k + 1)  # "The M23-led Alliance"
        if (
            reported
            or stamped(tk, k)
            or (w in BOUNDARY and not hyphen and not _name_and(tk, k))
            or (w == "." and not dot(low, k))
        ):
            if w == "and" and named and k < s:
                k = _coordinated(tk, k, s)  # "witnesses and a health worker said"
            break
        if not (k > 0 and (tk.cap(k) or w in NAME_INNER) and tk.cap(k - 1)):
            words += 1
        if words > MAX_SUBJECT or (
            w[0].isdigit()
            and not ordinal(tk, k)
            and not (_name_number(tk, k) and len(w) <= 3 and low[k - 1] not in RULES.months)
        ):  # but "the army spokesman for the Sokola 1 operation" (not "September 2016")
            return None
        if w in _CLAUSAL and not _name_word(tk, k):
            return None
        k -= 1
    a = k + 1
    while a <= s and low[a] in OPENERS:
        a += 1
    if a > s or low[a] in NOT_FIRST or (named and not names_someone(tk, a, s + 1)):
        return None
    return a


def ordinal(tk: Tokens, k: int) -> bool:
    """'the 6th Infantry Division': digits then a glued "th" are an ordinal, no count."""
    return k + 1 < tk.n and tk.low[k + 1] in _ORDINAL_ENDS and tk.glued(k + 1)


def _name_word(tk: Tokens, k: int) -> bool:
    """A clause word that is part of a name here: "do" in "Rio Grande do Sul", and an
    acronym in capitals ("WHO", "IS") rather than "who", "is"."""
    w = tk.low[k]
    particle = w in _PARTICLES and 0 < k < tk.n - 1 and tk.cap(k - 1) and tk.cap(k + 1)
    return particle or (len(w) > 1 and tk.text(k, k + 1).isupper())


_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten dozen dozens hundred hundreds thousand
    thousands million millions several""".split()
)


_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())


def _clause_word(tk: Tokens, x: int) -> bool:
    """A number or a past-tense verb: the stretch is a clause, not a name."""
    w = tk.low[x]
    number = w in _NUMBER_WORDS or w.split("-")[0] in _TENS  # "Fifty-nine hostages remain"
    return w[0].isdigit() or number or (w.endswith("ed") and not tk.cap(x))


def _coordinated(tk: Tokens, k: int, s: int) -> int:
    """How far back the subject "X and Y said" reaches when X is a source too ("witnesses
    and a health worker said"): the comma before X, or -1 at the sentence start; k itself
    when X is no source or reads as a clause ("12 were killed and officials said")."""
    low = tk.low
    b = k - 1
    while b >= 0 and low[b] not in BOUNDARY and not (low[b] == "." and not dot(low, b)):
        w = low[b]
        # only the words of a name or a source ("Israeli forces raided the camp and
        # residents said" is a clause)
        if not (tk.cap(b) or w in RULES.source_words or w in _CONJUNCT_WORDS) or k - b > 6:
            return k
        b -= 1
    if b + 1 >= k or (b >= 0 and low[b] != ","):
        return k
    if not (names_someone(tk, b + 1, k) and names_someone(tk, k + 1, s + 1)):
        return k
    return b


def _name_and(tk: Tokens, k: int) -> bool:
    """'and' inside a name: "the London School of Hygiene and Tropical Medicine", "the
    envoy for West Africa and the Sahel"."""
    if tk.low[k] != "and" or not 0 < k < tk.n - 1 or not tk.cap(k - 1):
        return False
    if tk.low[k + 1] != "the":
        return tk.cap(k + 1)
    # "and the" only inside a remit ("for ... and the Sahel"), not after a verb's object
    # ("Troops entered Rafah and the Health Ministry said")
    remit = any(w in {"for", "of"} for w in tk.low[max(0, k - 3) : k])
    return remit and k + 2 < tk.n and tk.cap(k + 2)


def names_someone(tk: Tokens, i: int, j: int) -> bool:
    """A source word, or a capital that is not just the sentence's first letter."""
    low = tk.low
    for x in range(i, j):
        if low[x] in RULES.source_words:
            return True
        first_ok = x > 0 or j - i == 1 or low[x].endswith("'s")  # "Ukraine's commissioner"
        first_ok = first_ok or "-" in low[x]  # "Tuareg-led separatists", "Kurdish-led forces"
        if tk.cap(x) and low[x][0].isalpha() and first_ok:
            return True
        if x > 0 and "-" in low[x] and tk.text(x, x + 1).rsplit("-", 1)[1][:1].isupper():
            return True  # a name's particle: "Haider al-Abadi", "Ahmed el-Tayeb"
    return False


def apposition(tk: Tokens, a: int) -> int | None:
    """'UNHCR, the UN refugee agency, said': the start of the name before the aside."""
    low = tk.low
    x = a + 1
    while x < tk.n and (tk.cap(x) or low[x] in NAME_INNER):
        x += 1
    if low[a] == "the" and x > a + 2 and x < tk.n and low[x] in RULES.report_verbs.by_first:
        return None  # "..., The Hostages and Missing Families Forum said": a name, no aside
    # "Rosny Jean-Baptiste, head of the rights network, told AFP": an office as the aside
    office = a + 1 < tk.n and low[a] in RULES.source_words and low[a + 1] in {"of", "for", "at"}
    # "Laurent Bisset, WFP's country director for Sudan, told": a body's office
    owned = (
        a + 1 < tk.n
        and low[a].endswith("'s")
        and any(w in RULES.source_words for w in low[a + 1 : a + 4])
    )
    if a < 2 or low[a - 1] != "," or not (low[a] in {"a", "an", "the"} or office or owned):
        return None
    b = subject_start(tk, a - 2)
    if b is None or not any(tk.cap(x) for x in range(b, a - 1)) or low[b] in LEADING_PLACES:
        return None  # not "Inside Lebanon, the disaster risk management unit said"
    if b == 0 and low[0].endswith("ing") and not tk.cap(1):
        return None  # "Briefing the council, the UN envoy said": a participle, no name
    if any(_clause_word(tk, x) for x in range(b, a - 1)):
        return None  # a clause, not a name: "300 villagers fled to Tougan, the group added"
    if b > 0 and low[b - 1] not in {'"', ":"} and not stamped(tk, b - 1) and not dated(tk, b):
        # only a sentence's own subject ("Hengaw, a Norway-based group, said"), or a
        # person's name after a comma: "..., killing 42, Javedullah Mehsud, an official, said"
        # (not a place before a named body: "in Mera village, Kebbe LGA, the Sokoto ...")
        described = a + 1 < tk.n and (low[a] != "the" or not tk.cap(a + 1))
        # or a body's acronym: "..., MRTV, the state broadcaster, reported"
        proper = (
            low[b - 1] == ","
            and ((a - 1 - b in (2, 3) and described) or (a - 1 - b == 1 and _acronym(tk, b)))
            and all(tk.cap(x) for x in range(b, a - 1))
        )
        if not proper:
            return None
    return b


def titled_name(tk: Tokens, s: int, heads: frozenset[str]) -> tuple[int, int] | None:
    """'The governor of Kwango province, Willy Bitwisila, said': the name between the
    commas, after a title or office (one of `heads` or a source word), as tokens i..j-1
    (s is the comma before the verb)."""
    low = tk.low
    p = s - 1
    while p >= 0 and s - p <= 6 and low[p] != ",":
        if not (tk.cap(p) or low[p] == "." or name_particle(tk, p)):
            return None  # but a name's particle: "the director, Atef al-Hout, said"
        p -= 1
    if p < 1 or low[p] != ",":
        return None
    if s - p < 3 and not (s - p == 2 and _acronym(tk, p + 1)):
        return None  # one word between the commas: only an acronym ("the UN mission, MINUSCA")
    a = subject_start(tk, p - 1, named=False)
    # an office in one hyphenated word too: "Ukraine's commander-in-chief, Oleksandr Syrskyi,"
    words = [w for x in range(a, p) for w in low[x].split("-")] if a is not None else []
    if not any(w in heads or w in RULES.source_words for w in words):
        return None
    return p + 1, s


_PARTICLE_WORDS = frozenset({"bin", "ibn", "bint", "de", "da", "van", "von", "der", "del"})
_PARTICLE_PREFIXES = ("al-", "el-", "ad-", "as-", "ash-", "ar-", "an-", "at-", "az-", "abu-")


def particle_word(word: str) -> bool:
    """A lower-case part of a person's name, as written: "von", "bin", "al-Hout"."""
    low = word.lower()
    if low in _PARTICLE_WORDS:
        return True
    prefix = next((p for p in _PARTICLE_PREFIXES if low.startswith(p)), None)
    return prefix is not None and word[len(prefix) : len(prefix) + 1].isupper()


def name_particle(tk: Tokens, x: int) -> bool:
    """Token x is a particle inside a name ("Atef al-Hout", "Ursula von der Leyen")."""
    if tk.low[x] in _PARTICLE_WORDS:
        inner = x < tk.n - 1 and (tk.cap(x + 1) or tk.low[x + 1] in _PARTICLE_WORDS)
        before = x > 0 and (tk.cap(x - 1) or tk.low[x - 1] in _PARTICLE_WORDS)
        return before and inner  # "Jan van der Berg": "der" after "van"
    return particle_word(tk.field_text[tk.starts[x] : tk.ends[x]])


def _acronym(tk: Tokens, x: int) -> bool:
    word = tk.field_text[tk.starts[x] : tk.ends[x]]
    return len(word) >= 2 and word.isalpha() and word.isupper()
