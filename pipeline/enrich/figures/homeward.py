"""People of a country who cross into it, or arrive in it, are going home.

"More than 310,000 Syrians had crossed into Syria", "30,000 Afghans have left Karachi
for Afghanistan", "162 Nigerians ... arrived at the Lagos airport": the count's own
nationality and the place the sentence sends it to name one country, so the crossing
is a return. The nationality must stand in the counted phrase (a number a few words
before it), not anywhere in the sentence ("Ukrainian officials said 5,000 people
crossed into Ukraine" says nothing of who crossed). Places and nationalities come from
the gazetteer the places stage uses (packaged GeoNames data and places.toml).
"""

from __future__ import annotations

from ..places import country_codes
from .numbers import NUMBER_WORDS
from .tokens import Tokens

# where the crossing goes: "into Syria", "for Afghanistan", "arrived in Caracas",
# "at the Lagos airport", "back to Yemen"
_TOWARDS = frozenset({"into", "to", "for", "in", "at"})
_FLIGHTS = frozenset({"flight", "flights", "flown", "chartered", "airlifted", "airlift"})
_DIRECT = frozenset({"entered", "entering", "enter", "enters", "reached", "reaching"})
_SKIP = frozenset({"the", "back", "home", "their", "a"})
_VAGUE = frozenset({"hundreds", "thousands", "dozens", "millions", "tens", "scores"})
_REACH = 10  # words after the cue where the destination may stand


def _counted(low: list[str], x: int) -> bool:
    """A number stands at most three words before token x."""
    for k in range(max(0, x - 3), x):
        w = low[k]
        if w[0].isdigit() or w in NUMBER_WORDS or w in _VAGUE:
            return True
    return False


def _nationalities(tk: Tokens, end: int) -> set[str]:
    """Countries of the nationalities counted before token `end` ("480 Central African
    refugees", "310,000 Syrians")."""
    out: set[str] = set()
    text, low = tk.field_text, tk.low
    for x in range(end):
        if not tk.cap(x) or not _counted(low, x) or low[x - 1] == "ethnic":
            continue  # "ethnic Armenians" are a people, not Armenia's citizens
        word = text[tk.starts[x] : tk.ends[x]]
        for name in (word, word[:-1] if word.endswith("s") else ""):
            if name:
                out |= country_codes(name, demonym=True)
        if x + 1 < end and tk.cap(x + 1):  # "Central African", "South Sudanese"
            two = text[tk.starts[x] : tk.ends[x + 1]]
            out |= country_codes(two, demonym=True)
            if two.endswith("s"):
                out |= country_codes(two[:-1], demonym=True)
    return out


def _destinations(tk: Tokens, start: int, direct: bool) -> tuple[set[str], set[str]]:
    """Countries of the places the words from token `start` on send people to: those named
    as countries, and those only named by a city. `direct`: the place may stand right at
    `start`, the cue's object ("entered Burundi")."""
    countries: set[str] = set()
    cities: set[str] = set()
    low, text = tk.low, tk.field_text
    stop = min(tk.n, start + _REACH)
    x = start
    while x < stop:
        if low[x] in _TOWARDS or (x > 0 and low[x - 1] in _TOWARDS) or (direct and x == start):
            k = x if low[x] not in _TOWARDS else x + 1
            while k < stop and low[k] in _SKIP:
                k += 1
            run = _capitalised_run(tk, k, stop)  # "Syria", "the Lagos airport"
            # the longest name first: "Port Sudan" is a city, not Sudan; then single words
            # ("the Lagos airport")
            names = [text[tk.starts[k] : tk.ends[e - 1]] for e in range(run, k, -1)]
            names += [text[tk.starts[m] : tk.ends[m]] for m in range(k + 1, run)]
            for name in names:
                if _sort(name, countries, cities):
                    break
        x += 1
    return countries, cities


def _capitalised_run(tk: Tokens, k: int, stop: int) -> int:
    """One past a run of up to three capitalised words from token k (a place's name)."""
    run = k
    while run < stop and run < k + 3 and tk.cap(run):
        run += 1
    return run


def _sort(name: str, countries: set[str], cities: set[str]) -> bool:
    """Add the countries `name` may mean to `countries` (named as a country) or `cities`;
    False if it means none."""
    as_country = country_codes(name, demonym=False, countries_only=True)
    if as_country:
        countries |= as_country
        return True
    as_city = country_codes(name, demonym=False)
    cities |= as_city
    return bool(as_city)


def _from_abroad(tk: Tokens, nations: set[str]) -> bool:
    """The sentence says they came from another country, by a place there or by air ("from
    Kigali", "on two flights from Texas"): a city at the end of the journey is then home,
    not a refuge inside the country ("Sudanese arrived in Port Sudan from Khartoum")."""
    low, text = tk.low, tk.field_text
    if not _FLIGHTS.isdisjoint(low):
        return True
    for x in range(tk.n - 1):
        if low[x] != "from" or not tk.cap(x + 1):
            continue
        run = _capitalised_run(tk, x + 1, tk.n)
        origin = country_codes(text[tk.starts[x + 1] : tk.ends[run - 1]], demonym=False)
        if origin and origin.isdisjoint(nations):
            return True
    return False


def homeward(tk: Tokens, cue_start: int, cue_end: int) -> bool:
    """The crossing cue at [cue_start, cue_end) takes the nationals counted before it into
    their own country."""
    if cue_start == 0 or not any(tk.cap(x) for x in range(cue_start)):
        return False
    nations = _nationalities(tk, cue_start)
    if not nations:
        return False
    last = tk.low[cue_end - 1]
    start = cue_end - 1 if last in _TOWARDS else cue_end
    countries, cities = _destinations(tk, start, direct=last in _DIRECT)
    # every nationality counted goes home: "310,000 Syrians and 100,000 Lebanese crossed
    # into Syria" is no return of the Lebanese (one cue serves both counts)
    if nations <= countries:
        return True
    return nations <= countries | cities and _from_abroad(tk, nations)
