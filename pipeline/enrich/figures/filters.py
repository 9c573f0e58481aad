"""Numbers that are never figures: years, dates, times, ages, durations,
percentages, money, measures, labels, codes and phone numbers.

`excluded` returns the reason (a short string) or None. A bare four-digit
number from 1800 to 2100 that survives is still `year_like`: the extractor
takes it only with an explicit counted noun ("2000 people").
"""

from __future__ import annotations

from .numbers import CURRENCY_SIGNS, Num
from .rules import RULES, singular_noun
from .tokens import WEEKDAYS, Tokens

_PERCENT = frozenset({"%", "percent", "pc", "pct", "percentage"})
_CURRENCY_BEFORE = CURRENCY_SIGNS | frozenset(
    {"us$", "usd", "eur", "gbp", "rs", "inr", "sh", "ksh", "chf", "aud", "cad", "rmb", "cny",
     "jpy", "naira", "n", "r$"}
)  # fmt: skip
# the base of a rate after a count's noun: "26 deaths per million inhabitants"
_RATE_BASES = frozenset({"million", "100,000", "10,000", "1,000", "thousand", "capita", "head"})
_AGE_WORDS = frozenset({"aged", "age", "ages"})
_PARENTS = frozenset({"mother", "father", "grandmother", "grandfather"})
_VOLUMES = frozenset({"litres", "liters", "gallons", "litre", "liter", "gallon"})
_AGE_AFTER_NAME = frozenset({",", ".", ")", ";"})
# what befalls a person at an age: "abducted at 12, she was freed", "married at 14"
_LIFE_EVENTS = frozenset(
    {"married", "abducted", "kidnapped", "recruited", "conscripted", "enlisted", "drafted",
     "joined", "orphaned", "widowed", "trafficked", "enslaved", "born", "died", "retired"}
)  # fmt: skip
_COUNTS_PUT = frozenset({"number", "toll", "figure", "count", "total", "tally", "those"})
_AGE_ENDS = frozenset({",", ".", ";", ")", "and", "but", "when", "after", "before", ""})


def _past_noun(low: list[str], j: int) -> int | None:
    """One past the counted noun that starts at token j, if one does."""
    noun = RULES.nouns.match_at(low, j) if j < len(low) else None
    return j + noun[0] if noun is not None else None


def _rate(low: list[str], j: int, n: int) -> bool:
    """The count ending before `j` has a rate's base after its noun ("per million")."""
    m = _past_noun(low, j) or j + 1
    return m + 1 < n and low[m] == "per" and low[m + 1] in _RATE_BASES


def _yearish(x: float | int | None) -> bool:
    return isinstance(x, int) and 1800 <= x <= 2100


def year_like(num: Num) -> bool:
    """Bare digits that could be a year ("2014", "2014-2016")."""
    if num.is_range:
        return not num.word and _yearish(num.low) and _yearish(num.high)
    return num.plain and _yearish(num.value)


def _score_list(low: list[str], num: Num) -> bool:
    """'won 6-3, 4-6, 7-6': a pair of small numbers listed beside another pair is a score."""
    if not num.is_range or num.word or not isinstance(num.high, int) or num.high > 99:
        return False
    i, j = num.i, num.j
    before = i > 3 and low[i - 1] == "," and low[i - 3] == "-" and low[i - 2].isdigit()
    after = j + 3 <= len(low) and low[j] == "," and low[j + 1].isdigit() and low[j + 2] == "-"
    return before or after


def excluded(tk: Tokens, num: Num) -> str | None:
    low = tk.low
    i, j, n = num.i, num.j, tk.n
    if num.value == 0 or num.decimal:
        return "decimal"
    prev = low[i - 1] if i > 0 else ""
    nxt = low[j] if j < n else ""
    if nxt == "-" and tk.glued(j) and j + 1 < n and tk.glued(j + 1) and low[j + 1][0].isalpha():
        after = low[j + 1]
        if not after.startswith("strong") and after not in {"plus", "odd"}:
            return "compound"  # "34-year-old", "10-day", "15-member"
    k = j + 1 if nxt == "of" and (num.vague or num.word) else j
    after = low[k] if k < n else ""
    if after == "and" and low[k + 1 : k + 3] in (["a", "half"], ["a", "quarter"]):
        return "decimal"  # "3 and a half years" (number words read their part themselves)
    if after in _PERCENT or (after == "per" and k + 1 < n and low[k + 1] == "cent"):
        return "percent"
    if prev == "in" and i > 1 and low[i - 2] in {"one", "1"}:
        return "percent"  # "one in four schools": a ratio
    if prev == "every" and i > 1 and low[i - 2] in {"for", "in", "per"}:
        return "percent"  # "one latrine for every 180 people", "one in every 68 people"
    if _ratio(low, i, j, num):
        return "percent"  # "nine in ten Gazans", "8 in 10 of the new arrivals"
    if prev == "per":
        return "percent"  # a rate's base: "46 per 100,000 inhabitants", "one toilet per 850"
    if "per" in low[j : j + RULES.nouns.max_len + 1] and _rate(low, j, n):
        return "percent"  # a rate: "26 deaths per million inhabitants", "46 murders per 100,000"
    if prev in _CURRENCY_BEFORE or after in RULES.money:
        return "money"
    if k + 1 < n and low[k + 1] in RULES.money and (after in ("us", "u.s") or tk.cap(k)):
        return "money"  # "US dollars", "18,000 Sudanese pounds", "200 Congolese francs"
    if (after in RULES.time_units and not _ammunition(low, k)) or _clock(tk, k):
        return "time"
    if after in _MORE and k + 1 < n and low[k + 1] in RULES.time_units:
        return "time"  # "could take three more days"
    if after in RULES.measures:
        return "measure"
    if after in _VOLUMES and isinstance(num.value, int | float) and num.value < 1000:
        return "measure"  # "less than 3 litres of water a day": a ration, not water trucked in
    if prev in RULES.months and tk.cap(i - 1):
        return "date"
    if nxt in RULES.months and tk.cap(j):
        return "date"
    if prev in _AGE_WORDS or (prev == "of" and i > 1 and low[i - 2] in _AGE_WORDS):
        return "age"  # "aged 17", "under the age of 18"
    if _day_range_end(tk, i, num):
        return "date"  # "between October 1 and 6", "from June 24 to 30"
    if prev in {"is", "was", "of"} and "age" in low[max(0, i - 8) : i] and (num.value or 0) <= 120:
        return "age"  # "the average age of those arrested is 17"
    if prev == "at" and i > 1 and low[i - 2] in _DIED:
        return "age"  # "the actor died at 83 yesterday"
    if prev == "between" and i > 1 and low[i - 2] in _AGE_WORDS:
        return "age"  # "aged between eight and 15"
    if _age_group(low, i, num):
        return "age"
    if (
        prev in _AGE_BOUNDS
        and i > 1
        and low[i - 2] in _OF_AGE
        and not nxt[:1].isalnum()
        and (num.value or 0) <= 120
    ):
        return "age"  # "residents are over 60", "half of them under five"
    if _age_list(low, i):
        return "age"  # "aged 25 and 31", "aged eight, 11 and 13"
    if _age_apposition(tk, num):
        return "age"
    if _life_event_at(low, i, nxt, num):
        return "age"
    if prev in {"was", "is", "were"} and nxt == "when" and (num.value or 0) < 120:
        return "age"  # "she was 10 when she was taken"
    if i > 2 and low[i - 3 : i] in (["as", "young", "as"], ["as", "old", "as"]):
        return "age"  # "some as young as three"
    if _score_list(low, num):
        return "score"
    if prev in RULES.labels and not tk.glued(i):
        return "label"
    # "Resolution 2334", "Boeing 737", "Highway 1"; not a capitalised qualifier after a
    # bracketed lead-in: "(Translated from French) About 600 families"
    named = prev and tk.proper(i - 1) and prev not in WEEKDAYS and prev not in RULES.months
    named = named and prev != "between"  # "(Prensa Latina) Between 580 and 600 citizens"
    named = named and RULES.qualifiers.match_ending_at(low, i - 1) is None
    # "Gaza's 36 hospitals": a place's own count, not a name ending in a number (but
    # "Boeing's 737 jets" names a model)
    owned = (
        prev.endswith("'s")
        and j < n
        and RULES.nouns.match_at(low, j) is not None
        and low[j] not in _MODELS
    )
    if named and not owned and not _place_then_count(tk, i, j):
        return "label"
    if year_like(num) and (i == 0 or prev in RULES.year_words):
        return "year"
    if year_like(num) and prev == "the" and j < n and tk.cap(j):
        # "the 1951 Refugee Convention", "the 2024 Nansen Refugee Award", and in a sentence
        # of many capitals, where no word counts as a name, "launched the 2025 Regional
        # Refugee Response Plan"
        return "year"
    if year_like(num) and prev in _DETERMINERS and j < n and low[j] in _EVENTS:
        return "year"  # "the 2015 attacks", "in the 2022 clashes" (a count has its comma)
    if prev.endswith("'s") and j < n and tk.proper(j) and RULES.nouns.match_at(low, j) is None:
        return "label"  # "two soldiers of the army's 34 Rashtriya Rifles": a unit's name
    if prev == "of" and i > 1 and low[i - 2] in _PARENTS:
        return "label"  # "a mother of six who arrived last week": her family, not a count
    if low[i] in _EMERGENCY_NUMBERS and nxt in _EMERGENCY_LINES:
        return "code"  # "flooded with 999 calls", "911 dispatchers"
    if prev in _DIALLED or (not num.word and low[i][0] == "0" and low[i][1:2] not in (".", ",")):
        return "code"  # "call 211", "the hotline, 0 800 330 187"
    if nxt == "-" and tk.glued(j) and j + 1 < n and low[j + 1][0].isdigit():
        return "code"  # "888-991-4262"
    if not num.word and not num.is_range:
        if i > 0 and low[i - 1][0].isdigit() and not tk.glued(i):
            return "code"  # "7946 0958"
        if nxt and nxt[0].isdigit():
            return "code"
    return None


_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "111", "000", "101", "100", "119"})
_EMERGENCY_LINES = frozenset(
    {"call", "calls", "caller", "callers", "operator", "operators", "line", "lines", "service",
     "dispatcher", "dispatchers", "centre", "center", "system"}
)  # fmt: skip
# what a maker names by number: "Boeing's 737 jets", "Airbus's 320 planes"
_MODELS = frozenset(
    {"jets", "jet", "planes", "plane", "aircraft", "airliners", "helicopters", "tanks", "rifles",
     "cars", "engines", "trucks", "phones", "series", "models"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "those", "these"})
# events a year names: "the 2015 attacks"; things counted are no such events
_EVENTS = frozenset(
    {"attack", "attacks", "strike", "strikes", "airstrikes", "clashes", "raid", "raids",
     "massacre", "massacres", "bombing", "bombings", "explosion", "explosions", "blasts",
     "floods", "flood", "earthquake", "earthquakes", "quake", "elections", "election",
     "protests", "riots", "uprising", "war", "offensive", "killings", "violence", "unrest",
     "coup", "crisis", "fighting", "siege", "invasion", "hurricane", "cyclone", "tsunami",
     "wildfires", "wildfire", "fires", "fire", "bushfires", "bushfire", "landslides",
     "landslide", "mudslides", "mudslide", "storms", "storm", "typhoon", "heatwave",
     "heatwaves", "drought", "outbreak", "epidemic", "pandemic", "eruption", "famine"}
)  # fmt: skip


# "In Kano 19 people were killed", "on Lesbos 12 bodies": a place after a locative
# preposition, then a count with its own noun, is no name that ends in a number
# ("Resolution 2334", "Section 144").
_PLACE_PREPS = frozenset({"in", "on", "at", "across", "near", "around", "throughout", "outside"})
_PLACE_UNITS = frozenset({"person", "household", "structure"})
_PLACE_NOUNS = frozenset(
    {"city", "town", "village", "province", "region", "district", "state", "county", "capital",
     "port", "island", "camp", "governorate", "municipality", "area", "neighbourhood"}
)  # fmt: skip


def _place_then_count(tk: Tokens, i: int, j: int) -> bool:
    low = tk.low
    k = i - 1
    while k > 0 and k > i - 4 and tk.cap(k) and low[k - 1] not in _PLACE_PREPS | {"of"}:
        k -= 1
    # "in the coastal city of Mombasa two people": a place's name after a place noun and "of"
    named = k > 1 and low[k - 1] == "of" and low[k - 2] in _PLACE_NOUNS
    if k < 1 or not (low[k - 1] in _PLACE_PREPS or named):
        return False
    if not all(tk.cap(m) for m in range(k, i)):
        return False
    noun = RULES.nouns.match_at(low, j) if j < tk.n else None
    return noun is not None and noun[1][0] in _PLACE_UNITS


def _life_event_at(low: list[str], i: int, nxt: str, num: Num) -> bool:
    """'abducted at 12, she ...': a bare number after a life event and 'at' is an age
    ('put the toll at 16' is no life event; 'killed at 15 sites' has a noun)."""
    value = num.value
    return (
        i > 1
        and low[i - 1] == "at"
        and low[i - 2] in _LIFE_EVENTS
        and not (i > 2 and low[i - 3] in _COUNTS_PUT)  # "put the number abducted at nine"
        and isinstance(value, int)
        and value < 100
        and nxt in _AGE_ENDS
    )


_SMALL = {
    w: n for n, w in enumerate("zero one two three four five six seven eight nine ten".split())
}
_PER = frozenset({3, 4, 5, 10, 100})


def _day_range_end(tk: Tokens, i: int, num: Num) -> bool:
    """The day that closes a range of days after a month: "between October 1 and 6"."""
    low = tk.low
    return (
        i >= 3
        and low[i - 1] in {"and", "to", "-", "\u2013"}
        and low[i - 2].isdigit()
        and low[i - 3] in RULES.months
        and tk.cap(i - 3)
        and isinstance(num.value, int)
        and num.value <= 31
        and int(low[i - 2]) < num.value
        # "from June 24 to 30", not the toll of "rose to 17 on June 24 to 30 by Friday"
        and (low[i - 1] in {"-", "\u2013"} or (i >= 4 and low[i - 4] in {"between", "from"}))
    )


def _small(word: str) -> int | None:
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


_AGE_BOUNDS = frozenset({"under", "over", "below", "above"})
_OF_AGE = frozenset({"are", "were", "them", "those"})  # who is "over 60" or "under five"
_MORE = frozenset({"more", "additional", "further", "extra"})
_DIALLED = frozenset({"call", "calling", "dial", "dialling", "dialing", "hotline", "helpline"})
_DIED = frozenset({"died", "dies"})  # not "put the dead at 18", a toll
_BE = frozenset({"were", "was", "are", "is"})
_YOUNG = frozenset(
    {"children", "child", "kids", "infants", "babies", "girls", "boys", "minors", "youths",
     "adolescents", "toddlers", "pupils", "students", "orphans", "young"}
)  # fmt: skip


def _ratio(low: list[str], i: int, j: int, num: Num) -> bool:
    """Either side of 'N in M' where M is 3, 4, 5, 10 or 100 and N is smaller."""
    value = num.value
    if not isinstance(value, int):
        return False
    if "every" in low[j : j + RULES.nouns.max_len + 2]:  # the noun is looked up only then
        m = _past_noun(low, j) or j
        if m + 2 < len(low) and low[m : m + 2] == ["in", "every"] and low[m + 2][:1].isdigit():
            return True  # "two people in every 10,000 die each day"
    if j + 1 < len(low) and low[j] == "in":
        per = _small(low[j + 1])
        after = low[j + 2] if j + 2 < len(low) else ""
        if per in _PER and 0 < value < per and after not in RULES.time_units:
            return True  # not "5 in 10 days"
    if i > 1 and low[i - 1] == "in":
        part = _small(low[i - 2])
        if value in _PER and part is not None and 0 < part < value:
            return True
    return False


def _age_list(low: list[str], i: int) -> bool:
    """A later number of a list of ages: "aged 25 and 31", "aged eight, 11 and 13"."""
    k = i - 1
    listed = False
    while k > 1 and low[k] in ("and", "or", ",") and _small(low[k - 1]) is not None:
        k -= 2
        listed = True
    return listed and low[k] in _AGE_WORDS


def _clock(tk: Tokens, k: int) -> bool:
    """'3 p.m.', '10 a.m.'"""
    low = tk.low
    return (
        k + 2 < tk.n
        and low[k] in {"a", "p"}
        and low[k + 1] == "."
        and low[k + 2] == "m"
        and tk.glued(k + 1)
    )


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
        return tk.cap(i - 3) and low[i - 3].isalpha() and low[i - 4 : i - 3] != ["in"]
    if (opener == "," and closer in _AGE_AFTER_NAME) or (opener == "(" and closer == ")"):
        before = i - 2
    else:
        return False
    word = low[before]
    if tk.cap(before) and word.isalpha():
        # a name; not a place ("71 people died in Morelos, and in Puebla, 43")
        return not (before > 0 and low[before - 1] in ("in", "at"))
    hit = RULES.nouns.match_ending_at(low, before)
    if hit is None and word.isalpha():
        hit = singular_noun(word)
        if hit is None and word.endswith(_PERSON_ENDINGS):
            return True  # "the schoolteacher, 55,", "a shopkeeper, 41,"
    return hit is not None and hit[1][0] == "person" and not word.endswith("s")


_PERSON_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent")


_AMMUNITION = frozenset({"ammunition", "ammo", "bullets"})


def _ammunition(low: list[str], k: int) -> bool:
    """ "4,512 rounds of ammunition" are things seized, not rounds of a contest."""
    return (
        low[k] in ("rounds", "round")
        and len(low) > k + 2
        and low[k + 1] == "of"
        and low[k + 2] in _AMMUNITION
    )
