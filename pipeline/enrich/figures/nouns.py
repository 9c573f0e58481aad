"""The counted noun after a number and its unit.

"5,000 IS fighters" -> noun "fighters" (person, combatants); "12 wounded
soldiers" -> "soldiers"; "thousands of displaced people" -> "people"; "12 of
the victims" -> "victims". With no noun, follow.py says what comes next.
"""

from __future__ import annotations

from dataclasses import dataclass

from .designations import adverb_before, designation
from .numbers import DIGIT_SCALES, NUMBER_WORDS, Num
from .rules import RULES, singular_noun
from .tokens import Tokens

# Words allowed between a number and its noun ("5,000 more Syrian refugees").
MODIFIERS = frozenset(
    """more other others additional new further local foreign armed unarmed innocent young old
    elderly unaccompanied separated vulnerable pregnant poor hungry sick fellow suspected alleged
    senior junior female male military security government pro-government opposition militia
    army regular former active retired off-duty besieged trapped stranded homeless small large
    big makeshift temporary permanent emergency mobile portable basic clean safe communal public
    private residential commercial school primary secondary medical health field aid relief food
    water humanitarian un border child women islamist islamic jihadist state shiite shia sunni
    christian muslim kurdish arab ethnic tribal rival enemy allied coalition pro-russian
    pro-ukrainian separatist local-level international foreign-born undocumented irregular
    registered unregistered newly recently internally so-called estimated total confirmed
    undetermined unidentified unknown identified known other-than prefabricated junta regime
    political different separate various official informal formal overcrowded existing planned
    returnee gang overseas""".split()
)
# Adjectives used as nouns ("12 dead", "30 wounded"): a head only right after the
# number, never the second noun of a compound ("three others injured").
ADJ_NOUNS = frozenset(
    {
        "dead",
        "wounded",
        "injured",
        "missing",
        "displaced",
        "internally displaced",
        "elderly",
        "hostage",
        "captive",
    }
)
_ADJECTIVE_ENDINGS = (
    "ed", "ing", "ian", "ese", "ish", "ern", "ble", "ive", "ous", "ful", "less", "al", "ary", "ic",
)  # fmt: skip
OF_PRONOUNS = frozenset({"them", "whom", "those", "these", "us", "which", "it"})
_DETERMINERS = frozenset(
    {"the", "these", "those", "its", "their", "his", "her", "our", "all", "my", "your"}
)
_FUNCTION_WORDS = _DETERMINERS | {"a", "an", "this", "that", "each", "every", "some", "any", "no"}
VERBS = frozenset(
    """were was are is be been being have has had remain remained remains remaining died die
    dies fled flee flees lost left went go gone remain stay stayed stays face faced need needed
    needs live lived lives sought took take came come crossed arrived made got held kept hid
    ran escaped could may might will would should must can cannot still now already reportedly
    also who whom that which""".split()
)
PREPOSITIONS = frozenset(
    """in at on from to of with into across inside outside near during since for after before
    as and or but while when including among amongst out like by through throughout within
    over under along around between behind beyond toward towards via per against""".split()
)
_NOT_PLAIN = PREPOSITIONS | _FUNCTION_WORDS
_DEMONYM_ENDINGS = ("ians", "ans", "is", "ese", "ites", "ks", "ds", "bs", "ns", "ts", "yas")
_ONE_DEMONYM = ("an", "i", "ite")  # "one Russian", "one Iraqi", "one Yemenite"


@dataclass(slots=True)
class Noun:
    i: int  # first token of the head noun
    j: int  # one past its last token
    unit: str
    category: str  # the noun's own category
    text: str | None  # as written; None for "-strong" without a noun
    modifiers: tuple[int, int]  # token span between number and head


def _is_modifier(tk: Tokens, k: int) -> bool:
    w = tk.low[k]
    if not w[0].isalpha():
        return False
    if w in MODIFIERS or (tk.cap(k) and not tk.title_case):
        return True
    if tk.title_case and tk.cap(k) and (w in MODIFIERS or w.endswith(("an", "ish", "i", "ese"))):
        return True
    if "-" in w:
        return True  # "government-held", "Kurdish-led"
    return w.endswith(_ADJECTIVE_ENDINGS) and w not in VERBS


def _modifies(tk: Tokens, k: int) -> bool:
    """Token k sits between a number and its noun ("5,000 more Syrian refugees")."""
    return (
        _is_modifier(tk, k) or _participle(tk, k) or _and_modifier(tk, k) or _noun_modifier(tk, k)
    )


def _participle(tk: Tokens, k: int) -> bool:
    """'newly arrived households': after an adverb, a verb form before a counted noun
    modifies it (without one, "thousands fled villages" has its verb)."""
    w = tk.low[k]
    if not (w.endswith("ed") and k > 0 and tk.low[k - 1].endswith("ly") and k + 1 < tk.n):
        return False
    return RULES.nouns.match_at(tk.low, k + 1) is not None


def _plain(tk: Tokens, k: int) -> bool:
    w = tk.low[k]
    if not w.isalpha() or tk.cap(k) or w in VERBS or w in _NOT_PLAIN:
        return False
    # a word that only starts a longer cue ("reception" of "reception centres") may still
    # modify a noun: "4 reception camps"
    if RULES.cues.match_at(tk.low, k) is not None:
        return False
    if w in RULES.time_units or w in RULES.measures or w in RULES.money:
        return False
    return w not in DIGIT_SCALES and w not in NUMBER_WORDS  # "five lakh people": a scale


def _noun_modifier(tk: Tokens, k: int) -> bool:
    """'ten quarry workers', '14 apartment blocks', '19 law enforcement officers': one or
    two plain words before a counted noun."""
    if k + 1 >= tk.n or not _plain(tk, k):
        return False
    if k + 3 < tk.n and tk.low[k + 1] in ("and", "or") and _plain(tk, k + 2):
        return _noun_modifier(tk, k + 2)  # "163 health and rescue workers"
    hit = RULES.nouns.match_at(tk.low, k + 1)
    second = tk.low[k + 1]
    if hit is None and k + 2 < tk.n and _plain(tk, k + 1) and not second.endswith(("ing", "ed")):
        k += 1
        hit = RULES.nouns.match_at(tk.low, k + 1)
    # "the 2013 siege displaced 100,000": an adjective noun after it may be a verb
    return hit is not None and " ".join(tk.low[k + 1 : k + 1 + hit[0]]) not in ADJ_NOUNS


def _and_modifier(tk: Tokens, k: int) -> bool:
    """'unaccompanied and separated children': modifiers joined by "and" or "or"."""
    if tk.low[k] not in ("and", "or") or k == 0 or k + 1 >= tk.n:
        return False
    if _plain(tk, k - 1) and _noun_modifier(tk, k + 1):
        return True  # "health and rescue workers"
    return _is_modifier(tk, k - 1) and _is_modifier(tk, k + 1)


def skip_after(tk: Tokens, k: int) -> tuple[int, str | None]:
    """Skip 'or more', 'plus', 'or so' after a number: (next index, qualifier)."""
    if k < tk.n:
        if tk.low[k] == "-" and k + 1 < tk.n and tk.low[k + 1] in {"plus", "odd"}:
            k += 1
        hit = RULES.after_qualifiers.match_at(tk.low, k)
        if hit is not None:
            return k + hit[0], hit[1]
    return k, None


def find_noun(tk: Tokens, num: Num, start: int) -> Noun | None:
    """The counted noun of `num`, looked for from token `start` on."""
    low = tk.low
    n = tk.n
    k = start
    if k + 1 < n and low[k] == "-" and low[k + 1].startswith("strong"):
        # "a 5,000-strong force": counts people under arms
        h = k + 2
        text = tk.text(h, h + 1) if h < n and tk.is_word(h) and low[h] not in VERBS else None
        return Noun(h, h + 1 if text else h, "person", "combatants", text, (k, k))
    if k < n and low[k] == "of":
        if num.word and num.value == 1:
            # "one of the boats" singles one out and counts nothing, unless something
            # happened to the one: "one of its pilots was killed"
            return _one_of(tk, k)
        k += 1
        if k < n and low[k] in OF_PRONOUNS:
            return None
        while k < n and low[k] in _DETERMINERS:
            k += 1
    first = k
    if k < n and tk.cap(k) and RULES.nouns.match_at(low, k) is None:
        people = _demonym(tk, k, k, num.value == 1)  # "600 Tigrayans returned home"
        if people is not None:
            return people
    head: tuple[int, int, tuple[str, str]] | None = None
    wide = 0  # the tokens of designations read past widen the window
    while k < n and k - first < 5 + wide:
        hit = RULES.nouns.match_at(low, k)
        if hit is None and num.value == 1 and low[k].isalpha():
            hit = singular_noun(low[k])  # "one officer": the plural's unit
        if hit is None and head is None and _men(low[k], one=num.value == 1):
            hit = (1, ("person", ""))  # "1,500 linemen", "40 fishermen", "one fisherman"
        if hit is not None and head is not None and _people_doing(low, head, k):
            break  # "six workers building a bridge" counts the workers, not a building
        if hit is not None and (head is None or " ".join(low[k : k + hit[0]]) not in ADJ_NOUNS):
            head = (k, k + hit[0], hit[1])
            k += hit[0]
            if k < n and low[k] == "'" and tk.glued(k):
                head, k = None, k + 1  # "the camps' former residents": a possessive
            continue
        if head is None and (skip := designation(tk, k)):
            # "3,000 U.S. troops", "23 AK-47 rifles", "13 PKK/YPG terrorists"
            k, wide = k + skip, wide + skip
            continue
        if head is None and (_modifies(tk, k) or adverb_before(tk, k, _modifies)):
            k += 1  # "5,000 more Syrian refugees", "200 critically wounded people"
            continue
        break
    if head is not None and k + 1 < n and low[k] in ("and", "or"):
        # "women and children", "pupils and staff": one coordinated head
        hit = RULES.nouns.match_at(low, k + 1)
        second = " ".join(low[k + 1 : k + 1 + hit[0]]) if hit is not None else ""
        # but "arrested 30 people and officials said ...": the second starts a report
        reports = hit is not None and RULES.report_verbs.match_at(low, k + 1 + hit[0])
        if hit is not None and hit[1][0] == head[2][0] and second not in ADJ_NOUNS and not reports:
            head = (head[0], k + 1 + hit[0], head[2] if head[2][1] else hit[1])
    if head is None:
        return _demonym(tk, first, k)
    if " ".join(low[head[0] : head[1]]) in ADJ_NOUNS and k < n and tk.cap(k):
        people = _demonym(tk, k, k)  # "thousands of displaced Lebanese": they are the head
        if people is not None:
            return Noun(people.i, people.j, people.unit, people.category, people.text, (first, k))
    i, j, (unit, category) = head
    if unit in ("structure", "other") and _compound(tk, num, j):
        return None  # "20 home matches": the noun is a modifier of what is counted
    text = tk.text(i, j)
    if not category and low[i] in RULES.of_heads:
        body = _body_of(tk, j)
        if unit != "person":  # "1,700 tonnes of food": what is weighed says what it is
            category = body[0] if body is not None else category
        elif body is not None:  # the figure runs to the body's end: its verb comes after
            category, j = body
        else:  # "the gangs have some 12,000 members": the body is the sentence's subject
            category = _body_before(tk, first) or category
    return Noun(i, j, unit, category, text, (first, i))


_NOT_MEN = frozenset(
    {"specimen", "specimens", "regimen", "regimens", "abdomen", "omens", "stamens"}
)


def _men(word: str, one: bool = False) -> bool:
    """A plural of "-man" no list holds (after "one", a singular): people of a trade."""
    ending = ("men", "man") if one else ("men",)
    return len(word) > 5 and word.endswith(ending) and word.isalpha() and word not in _NOT_MEN


def _people_doing(low: list[str], head: tuple[int, int, tuple[str, str]], k: int) -> bool:
    """People as the head so far, and a verb in -ing or the adverb "home" after them,
    which a noun list can read as a thing: "six workers building a bridge", "guards
    housing ...", "flew 700 people home"."""
    return head[2][0] == "person" and (low[k].endswith("ing") or low[k] == "home")


def _body_before(tk: Tokens, k: int) -> str | None:
    """The category of an armed body named earlier in the sentence, if any."""
    for m in range(k - 1, -1, -1):
        hit = RULES.of_bodies.match_at(tk.low, m)
        if hit is not None:
            return hit[1]
    return None


def _body_of(tk: Tokens, k: int) -> tuple[str, int] | None:
    """The category of the body in "members of the armed group", and where it ends."""
    if k >= tk.n or tk.low[k] != "of":
        return None
    k += 1
    while k < tk.n and (tk.low[k] in _DETERMINERS or tk.low[k] in {"a", "an"}):
        k += 1
    while k < tk.n and _is_modifier(tk, k) and RULES.of_bodies.match_at(tk.low, k) is None:
        k += 1  # "members of the Islamist Shabaab militia"
    hit = RULES.of_bodies.match_at(tk.low, k)
    return (hit[1], k + hit[0]) if hit is not None else None


def _compound(tk: Tokens, num: Num, j: int) -> bool:
    """A singular noun after a plural number, followed by another noun."""
    low = tk.low
    if j >= tk.n or low[j - 1].endswith("s") or num.value == 1 or num.vague:
        return False
    w = low[j]
    if not w.isalpha() or w in VERBS or w in PREPOSITIONS or w in RULES.cues:
        return False
    # an irregular participle is no noun: "212 head of cattle stolen from herders"
    return not w.endswith(("ed", "ing", "ly", "en")) and w not in _IRREGULAR_PARTICIPLES


# (beyond those in VERBS: "held", "left", "lost", "kept")
_IRREGULAR_PARTICIPLES = frozenset(
    {"found", "shot", "hit", "caught", "brought", "sold", "bought", "sent", "spent", "swept",
     "slain", "burnt", "put", "seen", "built", "fed", "led"}
)  # fmt: skip


def _demonym(tk: Tokens, first: int, stop: int, one: bool = False) -> Noun | None:
    """'5,000 Syrians', '300 Yazidis': a capitalised plural people word (after "one", a
    singular: "five Indians, one Russian and one Latvian")."""
    endings = _DEMONYM_ENDINGS + _ONE_DEMONYM if one else _DEMONYM_ENDINGS
    for k in range(first, min(stop + 1, tk.n)):
        w = tk.low[k]
        if tk.cap(k) and w.isalpha() and len(w) > 4 and w.endswith(endings):
            nxt = tk.low[k + 1] if k + 1 < tk.n else ""
            verb = nxt in VERBS or nxt.endswith(("ing", "ed")) or nxt in RULES.cues
            verb = verb or nxt in {"this", "last", "next", "so", "since", "over"}
            if not nxt or not nxt[0].isalpha() or verb or nxt in PREPOSITIONS:
                return Noun(k, k + 1, "person", "", tk.text(k, k + 1), (first, k))
    return None


_ONE_EVENTS = frozenset({"killed", "injured", "kidnapped", "arrested", "missing"})
_BE = frozenset({"was", "is", "has", "had", "been", "later", "also"})


def _one_of(tk: Tokens, k: int) -> Noun | None:
    """'one of its pilots was killed': the one person something happened to (token k is
    'of'), as a count of one with its noun; None without such an event right after."""
    low = tk.low
    m = k + 1
    while m < tk.n and low[m] in _DETERMINERS:
        m += 1
    hit = RULES.nouns.match_at(low, m) if m < tk.n else None
    if hit is None or hit[1][0] != "person":
        return None
    j = m + hit[0]
    p = j
    while p < tk.n and p - j < 3 and low[p] in _BE:
        p += 1
    cue = RULES.cues.match_at(low, p) if p < tk.n else None
    if cue is None or cue[1][1] or cue[1][0] not in _ONE_EVENTS:
        return None
    return Noun(m, j, hit[1][0], hit[1][1], tk.text(m, j), (k, m))
