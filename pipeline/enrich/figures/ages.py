"""A number that is a person's age, not a count: "aged 17", "a man, 34,", "children
under five", "men over 25", "abducted at 12", "she was 10 when she was taken".

`is_age` is one of the checks of filters.excluded; it needs the number's tokens only.
"""

from __future__ import annotations

from .numbers import Num
from .rules import RULES, singular_noun
from .tokens import Tokens

_AGE_WORDS = frozenset({"aged", "age", "ages"})
_AGE_BOUNDS = frozenset({"under", "over", "below", "above"})
_OF_AGE = frozenset({"are", "were", "them", "those"})  # who is "over 60" or "under five"
_DIED = frozenset({"died", "dies"})  # not "put the dead at 18", a toll
_BE = frozenset({"were", "was", "are", "is"})
_YOUNG = frozenset(
    {"children", "child", "kids", "infants", "babies", "girls", "boys", "minors", "youths",
     "adolescents", "toddlers", "pupils", "students", "orphans", "young"}
)  # fmt: skip
# who is "over 50" or "between 18 and 50" in a count's place: "men over 25 cannot be
# mobilised", "every man between 18 and 50", "men aged over 50"
_BOUNDED = _YOUNG | frozenset(
    {"men", "women", "man", "woman", "people", "adults", "anyone", "everyone", "aged",
     "residents", "citizens", "voters", "males", "females"}
)  # fmt: skip
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent")
_AGE_AFTER_NAME = frozenset({",", ".", ")", ";"})
# what befalls a person at an age: "abducted at 12, she was freed", "married at 14"
_LIFE_EVENTS = frozenset(
    {"married", "abducted", "kidnapped", "recruited", "conscripted", "enlisted", "drafted",
     "joined", "orphaned", "widowed", "trafficked", "enslaved", "born", "died", "retired",
     "taken", "killed", "shot", "executed", "jailed", "imprisoned", "arrested", "detained",
     "fled", "deported", "disappeared", "vanished", "wounded", "injured", "maimed"}
)  # fmt: skip
# a toll put at a number ("put the number killed at nine", "the dead, killed at 19 sites")
_COUNTS_PUT = frozenset(
    {"number", "toll", "figure", "count", "total", "tally", "those", "put", "estimated",
     "stood", "dead", "people", "civilians"}
)  # fmt: skip
# who has an age, not a size: "a woman of 68", "whose husband, then 38,"; not "a crew of 20"
_ONE_PERSON = frozenset(
    {"man", "woman", "boy", "girl", "child", "baby", "infant", "teenager", "mother",
     "father", "son", "daughter", "husband", "wife", "brother", "sister", "grandmother",
     "grandfather", "widow", "widower", "pensioner", "veteran", "lady", "gentleman"}
)  # fmt: skip
_AGE_ENDS = frozenset({",", ".", ";", ")", "and", "but", "when", "after", "before", ""})


def _life_event_at(low: list[str], i: int, nxt: str, num: Num) -> bool:
    """'abducted at 12, she ...': a bare number after a life event and 'at' is an age
    ('put the toll at 16' is no life event; 'killed at 15 sites' has a noun)."""
    value = num.value
    return (
        i > 1
        and low[i - 1] == "at"
        and low[i - 2] in _LIFE_EVENTS
        and not any(w in _COUNTS_PUT for w in low[max(0, i - 7) : i - 2])
        and isinstance(value, int)
        and value < 100
        and nxt in _AGE_ENDS
    )


_SMALL = {
    w: n for n, w in enumerate("zero one two three four five six seven eight nine ten".split())
}


def small_number(word: str) -> int | None:
    if word.isdigit() and len(word) <= 3:
        return int(word)
    return _SMALL.get(word)


def _age_group(low: list[str], i: int, num: Num) -> bool:
    """'children under five', 'girls under 18', 'children under the age of five'."""
    if i < 2 or not isinstance(num.value, int) or num.value > 18:
        return False
    k = i - 1
    if low[k] == "of" and low[k - 1] == "age" and k > 2 and low[k - 2] == "the":
        k -= 3  # "under the age of"
    if k < 1 or low[k] not in _AGE_BOUNDS:
        return False
    before = low[k - 1]
    # "600 were under 18": what the counted people are, by age
    return (
        before in _YOUNG
        or before in _BE
        or (before in ("aged", "people") and k > 1 and low[k - 2] in _YOUNG)
    )


def _age_list(low: list[str], i: int) -> bool:
    """A later number of a list of ages: "aged 25 and 31", "aged eight, 11 and 13"."""
    k = i - 1
    listed = False
    while k > 1 and low[k] in ("and", "or", ",") and small_number(low[k - 1]) is not None:
        k -= 2
        listed = True
    return listed and low[k] in _AGE_WORDS


def _age_apposition(tk: Tokens, num: Num) -> bool:
    """'a man, 34, was ...', 'John Smith (34)'."""
    i, j = num.i, num.j
    if i < 2 or j >= tk.n or num.vague or not num.plain or num.value is None:
        return False
    if not 0 < num.value < 120:
        return False
    low = tk.low
    opener = low[i - 1]
    closer = low[j]
    if opener == "then" and i > 2 and low[i - 2] == "," and closer in _AGE_AFTER_NAME:
        # a name's age then ("Aslan, then 24, was taken"), not a toll's ("40 dead, then 115")
        named = tk.cap(i - 3) and low[i - 3].isalpha() and low[i - 4 : i - 3] != ["in"]
        return named or low[i - 3] in _ONE_PERSON
    if (opener == "," and closer in _AGE_AFTER_NAME) or (opener == "(" and closer == ")"):
        before = i - 2
    else:
        return False
    word = low[before]
    if tk.cap(before) and word.replace("-", "").replace("'", "").isalpha():
        # a name; not a place ("71 people died in Morelos, and in Puebla, 43")
        return not (before > 0 and low[before - 1] in ("in", "at"))
    hit = RULES.nouns.match_ending_at(low, before)
    if hit is None and word.isalpha():
        hit = singular_noun(word)
        if hit is None and word.endswith(_PERSON_ENDINGS):
            return True  # "the schoolteacher, 55,", "a shopkeeper, 41,"
    return hit is not None and hit[1][0] == "person" and not word.endswith("s")


def _bounded_age(tk: Tokens, num: Num, prev: str) -> bool:
    """'men over 25', 'those aged over 50', 'every man between 18 and 50': people's
    bound by age, where no counted noun follows the number."""
    i, j, low = num.i, num.j, tk.low
    if i < 2 or low[i - 2] not in _BOUNDED:
        return False
    top = num.high if num.is_range else num.value
    if not isinstance(top, int) or top > 120 or num.vague:
        return False
    if prev not in _AGE_BOUNDS and not (prev == "between" and num.is_range):
        return False
    return j >= tk.n or RULES.nouns.match_at(low, j) is None


def is_age(tk: Tokens, num: Num) -> bool:
    low, i, j = tk.low, num.i, num.j
    prev = low[i - 1] if i > 0 else ""
    nxt = low[j] if j < tk.n else ""
    if prev in _AGE_WORDS or (prev == "of" and i > 1 and low[i - 2] in _AGE_WORDS):
        return True  # "aged 17", "under the age of 18"
    if prev in {"is", "was", "of"} and "age" in low[max(0, i - 8) : i] and (num.value or 0) <= 120:
        return True  # "the average age of those arrested is 17"
    if prev == "at" and i > 1 and low[i - 2] in _DIED:
        return True  # "the actor died at 83 yesterday"
    if prev == "of" and i > 1 and low[i - 2] in _ONE_PERSON and nxt in _AGE_ENDS:
        return True  # "a woman of 68 and her grandson"
    if prev == "between" and i > 1 and low[i - 2] in _AGE_WORDS:
        return True  # "aged between eight and 15"
    if _age_group(low, i, num) or _bounded_age(tk, num, prev):
        return True
    if (
        prev in _AGE_BOUNDS
        and i > 1
        and low[i - 2] in _OF_AGE
        and not nxt[:1].isalnum()
        and (num.value or 0) <= 120
    ):
        return True  # "residents are over 60", "half of them under five"
    if _age_list(low, i):
        return True  # "aged 25 and 31", "aged eight, 11 and 13"
    if _age_apposition(tk, num) or _life_event_at(low, i, nxt, num):
        return True
    if prev in {"was", "is", "were"} and nxt == "when" and (num.value or 0) < 120:
        return True  # "she was 10 when she was taken"
    return i > 2 and low[i - 3 : i] in (["as", "young", "as"], ["as", "old", "as"])
