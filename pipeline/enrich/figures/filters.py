"""Numbers that are never figures: years, dates, times, ages, durations,
percentages, money, measures, labels, codes and phone numbers.

`excluded` returns the reason (a short string) or None. A bare four-digit
number from 1800 to 2100 that survives is still `year_like`: the extractor
takes it only with an explicit counted noun ("2000 people").
"""

from __future__ import annotations

from .ages import is_age, small_number
from .listed_labels import in_label_list
from .numbers import AND_A_PART, CURRENCY_SIGNS, Num
from .rules import RULES
from .tokens import WEEKDAYS, Tokens

_PERCENT = frozenset({"%", "percent", "pc", "pct", "percentage"})
_CURRENCY_BEFORE = CURRENCY_SIGNS | frozenset(
    {"us$", "usd", "eur", "gbp", "rs", "inr", "sh", "ksh", "chf", "aud", "cad", "rmb", "cny",
     "jpy", "naira", "n", "r$"}
)  # fmt: skip
# the base of a rate after a count's noun: "26 deaths per million inhabitants"
_RATE_BASES = frozenset({"million", "100,000", "10,000", "1,000", "thousand", "capita", "head"})
_PARENTS = frozenset({"mother", "father", "grandmother", "grandfather"})
_VOLUMES = frozenset({"litres", "liters", "gallons", "litre", "liter", "gallon"})


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
    if after == "and" and low[k + 1 : k + 3] in AND_A_PART:
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
    if k + 2 < n and low[k + 2] in RULES.money and tk.cap(k) and tk.cap(k + 1):
        return "money"  # "50,000 South Sudanese pounds", "100 New Taiwan dollars"
    if (after in RULES.time_units and not _ammunition(low, i, k)) or _clock(tk, k):
        return "time"
    if (
        after in ("to", "or")
        and k + 2 < n
        and low[k + 2] in RULES.time_units
        and (low[k + 1][:1].isdigit() or small_number(low[k + 1]) is not None)
    ):
        return "time"  # "five to 12 years in prison": a range of words and digits
    if after in _MORE and k + 1 < n and low[k + 1] in RULES.time_units:
        return "time"  # "could take three more days"
    if after in RULES.measures and not _ammunition(low, i, k):
        return "measure"
    if after in _VOLUMES and isinstance(num.value, int | float) and num.value < 1000:
        return "measure"  # "less than 3 litres of water a day": a ration, not water trucked in
    # "In March two women were found dead", "In March 200 people fled": no day of a month
    dated = not (num.word or (isinstance(num.value, int) and num.value > 31))
    if prev in RULES.months and tk.cap(i - 1) and (dated or year_like(num)):
        return "date"
    if nxt in RULES.months and tk.cap(j):
        return "date"
    if prev == "," and year_like(num) and _day_and_month_before(tk, i - 1):
        return "date"  # "since the March 15, 2019 mosque attacks", "on 15 March, 2019"
    if _day_range_end(tk, i, num):
        return "date"  # "between October 1 and 6", "from June 24 to 30"
    if is_age(tk, num):
        return "age"
    if _score_list(low, num):
        return "score"
    # "told Reuters two soldiers were missing", "the Armed Forces 14 people died", "the
    # year 1.1 million people": a count of people after a name, never a name's number (the
    # noun is looked up only where a label word or a name stands before the number)
    labelled = prev in RULES.labels or (prev and tk.proper(i - 1))
    people = labelled and not year_like(num) and _people_at(low, j)
    if (
        prev in RULES.labels
        and not people
        and not tk.glued(i)
        and not _headline_top(low, i)
        and not (prev == "year" and i > 1 and low[i - 2] in _WHICH_YEAR)
    ):
        return "label"  # "Year 9", not "last year 158,700 refugees were submitted"
    if in_label_list(tk, i):
        return "label"  # "Sections 16, 18 and 20": every number of the list
    # "Resolution 2334", "Boeing 737", "Highway 1"; not a capitalised qualifier after a
    # bracketed lead-in: "(Translated from French) About 600 families"
    named = prev and tk.proper(i - 1) and prev not in WEEKDAYS and prev not in RULES.months
    named = named and prev != "between"  # "(Prensa Latina) Between 580 and 600 citizens"
    named = named and RULES.qualifiers.match_ending_at(low, i - 1) is None and not people
    # "Gaza's 36 hospitals": a place's own count, not a name ending in a number (but
    # "Boeing's 737 jets" names a model)
    owned = (
        prev.endswith("'s")
        and j < n
        and RULES.nouns.match_at(low, j) is not None
        and low[j] not in _MODELS
    )
    if named and not owned and not _place_then_count(tk, i, j) and not gapped_count(tk, i, j):
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


# heads that count many without a plural "s" ("2000 people"); candidates.py adds the
# ones that may be singular after a name ("a Boeing 737 crew")
MANY_HEADS = frozenset({"people", "children", "men", "women", "police", "personnel"})


def _people_at(low: list[str], j: int) -> bool:
    """A plural noun of people or families at token j ("two soldiers", "14 people")."""
    hit = RULES.nouns.match_at(low, j) if j < len(low) else None
    if hit is None or hit[1][0] not in ("person", "household"):
        return False
    head = low[j + hit[0] - 1]
    return head.endswith("s") or head in MANY_HEADS


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


def gapped_count(tk: Tokens, i: int, j: int) -> bool:
    """'France pledged 300 places, and Switzerland 80.', 'Belarus held 31 and Russia 30,':
    after "and", a name and a bare count that end their clause, whose verb and noun an
    earlier count of the sentence gave; no name that ends in a number. So is a middle item
    of such a list, after a comma and before "and" ("Colombia hosts 2.8 million, Peru 1.6
    million and Brazil about 600,000"), and a name "with" its count ("ahead of Poland with
    988,000 and Czechia with 373,000", "followed by Peru with 1.7 million")."""
    low = tk.low
    top = i - 1
    with_count = low[top] == "with"
    top -= with_count
    k = top
    while k > 0 and k > top - 3 and low[k].isalpha() and tk.cap(k):
        k -= 1
    if k == top:
        return False
    after = low[j] if j < tk.n else "."
    if with_count:
        listed = low[k] in _WITH_LEADS and after in _ITEM_ENDS
    else:
        listed = (low[k] == "and" and after in (".", ";", ",")) or (
            low[k] == "," and after == "and"
        )
    return listed and any(
        low[m][0].isdigit() and not (m > 0 and tk.proper(m - 1)) and not year_token(low[m])
        for m in range(max(0, k - 14), k)
    )


_WITH_LEADS = frozenset({"and", ",", "of", "by"})
_ITEM_ENDS = frozenset({".", ";", ",", "and"})


def year_token(w: str) -> bool:
    """A token that reads as a year ("in fiscal 2017 to 50,000"), as `year_like` reads a number."""
    return len(w) == 4 and w.isdigit() and _yearish(int(w))


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


_PER = frozenset({3, 4, 5, 10, 100})


def _headline_top(low: list[str], i: int) -> bool:
    """'IDPs top 3.5m', 'crossings top 500,000': a headline's verb after a count, not a
    ranking ("the top 10")."""
    return (
        i > 1
        and low[i - 1] == "top"
        and (low[i - 2] in _TALLIED or RULES.nouns.match_ending_at(low, i - 2) is not None)
    )


_TALLIED = frozenset(
    {"toll", "tally", "total", "number", "deaths", "dead", "arrivals", "crossings", "returns"}
)


def _day_and_month_before(tk: Tokens, k: int) -> bool:
    """'March 15' or '15 March' ends just before token k."""
    low = tk.low
    if k < 2:
        return False
    a, b = low[k - 2], low[k - 1]
    day = a if b in RULES.months and tk.cap(k - 1) else b
    month = k - 1 if day == a else k - 2
    return day.isdigit() and 0 < int(day) <= 31 and low[month] in RULES.months and tk.cap(month)


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
        and not num.word  # "BUNJ, Dec 11 - Seventeen refugees have died": a dateline's dash
        and int(low[i - 2]) < num.value
        # "from June 24 to 30", not the toll of "rose to 17 on June 24 to 30 by Friday"
        and (low[i - 1] in {"-", "\u2013"} or (i >= 4 and low[i - 4] in {"between", "from"}))
    )


_MORE = frozenset({"more", "additional", "further", "extra"})
_DIALLED = frozenset({"call", "calling", "dial", "dialling", "dialing", "hotline", "helpline"})


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
        per = small_number(low[j + 1])
        after = low[j + 2] if j + 2 < len(low) else ""
        if per in _PER and 0 < value < per and after not in RULES.time_units:
            return True  # not "5 in 10 days"
    if i > 1 and low[i - 1] == "in":
        part = small_number(low[i - 2])
        if value in _PER and part is not None and 0 < part < value:
            return True
    if i > 2 and low[i - 2 : i] == ["out", "of"]:  # "nine out of 10 described torture"
        part = small_number(low[i - 3])
        return value in _PER and part is not None and 0 < part < value
    if j + 2 < len(low) and low[j : j + 2] == ["out", "of"]:
        per = small_number(low[j + 2])
        return per in _PER and 0 < value < per
    return False


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


_AMMUNITION = frozenset({"ammunition", "ammo", "bullets"})


def _ammunition(low: list[str], i: int, k: int) -> bool:
    """ "4,512 rounds of ammunition" are things seized, not rounds of a contest, and so are
    the rounds and shots a gun fires: "fired more than 40 rounds", "fired two shots"."""
    if low[k] in _FIRED_THINGS and _FIRE_VERBS.intersection(low[max(0, i - 3) : i]):
        return True
    if low[k] not in ("rounds", "round"):
        return False
    # "252,000 rounds of assorted ammunition", "1,020 rounds of 7.62mm ammunition"
    if len(low) > k + 2 and low[k + 1] == "of":
        return not _AMMUNITION.isdisjoint(low[k + 2 : k + 6])
    # "seized 18 rifles, 14 pistols and about 15,000 rounds": rounds among the guns (not
    # "three rounds of talks on weapons")
    return not _GUNS.isdisjoint(low)


_WHICH_YEAR = frozenset({"last", "this", "next", "every", "each", "per", "a"})
_FIRED_THINGS = frozenset({"rounds", "shots"})
_GUNS = frozenset(
    {"rifles", "rifle", "guns", "gun", "pistols", "pistol", "handguns", "firearms", "weapons",
     "grenades", "launchers", "shotguns", "magazines", "cartridges", "ammunition", "ammo"}
)  # fmt: skip
_FIRE_VERBS = frozenset({"fired", "fire", "fires", "firing", "shot", "emptied"})
