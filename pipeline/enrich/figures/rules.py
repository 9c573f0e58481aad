"""The figure rules, read once from ``pipeline/enrich/rules/figures.toml``.

Phrases may hold `{a|b|}` alternations, expanded as the conflict lexicon's are; they
become tuples of lowercase words; a multiword phrase is also stored in
its hyphenated one-token form ("asylum seekers" -> "asylum-seekers"), since the
tokenizer keeps hyphenated words whole.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any, Generic, TypeVar

from ..lexicon import expand

V = TypeVar("V")

RULES_PACKAGE = "pipeline.enrich"
RULES_FILE = "rules/figures.toml"


class PhraseTable(Generic[V]):
    """Phrases (tuples of words) keyed by their first and by their last word.

    by_first[word] is a list of (length, {phrase: value}), longest first, so a
    lookup builds one tuple per phrase length instead of one per phrase; and
    seconds[word] holds the second words of its longer phrases, so that a common
    first word ("in", "to") followed by anything else costs one set lookup (and the
    same for last words and the words before them); a one-word hit is made once.
    """

    __slots__ = ("_ends", "_entries", "_single", "by_first", "by_last", "max_len", "seconds")

    def __init__(self) -> None:
        self.by_first: dict[str, list[tuple[int, dict[tuple[str, ...], V]]]] = {}
        self.by_last: dict[str, list[tuple[int, dict[tuple[str, ...], V]]]] = {}
        self.max_len = 1
        self.seconds: dict[str, set[str]] = {}
        self._entries: dict[str, tuple[list[tuple[int, dict[tuple[str, ...], V]]], set[str]]] = {}
        self._ends: dict[str, tuple[list[tuple[int, dict[tuple[str, ...], V]]], set[str]]] = {}
        self._single: dict[str, tuple[int, V]] = {}

    def add(self, phrase: str, value: V) -> None:
        if "{" in phrase:  # "{raised|revised} the toll": one entry per alternative
            for one in expand(phrase):
                self.add(one, value)
            return
        words = tuple(phrase.lower().split())
        if not words:
            return
        forms = [words]
        if len(words) > 1:
            forms.append(("-".join(words),))
        for form in forms:
            n = len(form)
            seconds = self.seconds.setdefault(form[0], set())
            if n > 1:
                seconds.add(form[1])
            for table, key in ((self.by_first, form[0]), (self.by_last, form[-1])):
                groups = table.setdefault(key, [])
                for length, group in groups:
                    if length == n:
                        group.setdefault(form, value)
                        break
                else:
                    groups.append((n, {form: value}))
                    groups.sort(key=lambda g: -g[0])
            self.max_len = max(self.max_len, n)
            self._entries[form[0]] = (self.by_first[form[0]], seconds)
            befores = self._ends.get(form[-1], (None, set()))[1]
            if n > 1:
                befores.add(form[-2])
            self._ends[form[-1]] = (self.by_last[form[-1]], befores)
            kept = self.by_first[form[0]][-1][1].get(form) if n == 1 else None
            if kept is not None:  # the first value given a phrase, as above
                self._single[form[0]] = (1, kept)

    def match_at(self, words: list[str], i: int) -> tuple[int, V] | None:
        """Longest phrase starting at words[i]: (number of words, value)."""
        entry = self._entries.get(words[i]) if i < len(words) else None
        if entry is None:
            return None
        groups, seconds = entry
        if i + 1 >= len(words) or words[i + 1] not in seconds:
            return self._single.get(words[i])  # only a one-word phrase can match
        for n, group in groups:
            value = group.get(tuple(words[i : i + n]))
            if value is not None:
                return n, value
        return None

    def match_ending_at(self, words: list[str], j: int) -> tuple[int, V] | None:
        """Longest phrase ending at words[j] (inclusive): (number of words, value)."""
        entry = self._ends.get(words[j]) if 0 <= j < len(words) else None
        if entry is None:
            return None
        groups, befores = entry
        if j < 1 or words[j - 1] not in befores:
            return self._single.get(words[j])  # only a one-word phrase can match
        for n, group in groups:
            if j - n + 1 >= 0:
                value = group.get(tuple(words[j - n + 1 : j + 1]))
                if value is not None:
                    return n, value
        return None

    def __contains__(self, word: str) -> bool:
        return word in self.by_first


def _table(entries: dict[str, list[str]] | list[str], value: Any = None) -> PhraseTable[Any]:
    table: PhraseTable[Any] = PhraseTable()
    if isinstance(entries, dict):
        for key, phrases in entries.items():
            for phrase in phrases:
                table.add(phrase, key)
    else:
        for phrase in entries:
            table.add(phrase, value if value is not None else phrase)
    return table


@dataclass(frozen=True, slots=True)
class Rules:
    vague: PhraseTable[tuple[int, int]]
    qualifiers: PhraseTable[str]
    after_qualifiers: PhraseTable[str]
    nouns: PhraseTable[tuple[str, str]]  # (unit, default category)
    cues: PhraseTable[tuple[str, bool]]  # (category, weak)
    cue_units: dict[str, frozenset[str]]
    cue_shift: dict[tuple[str, str], str]  # (cue category, unit) -> the figure's category
    cue_sides: dict[str, tuple[str | None, str | None]]  # phrase -> (after, before) category
    release_words: tuple[str, ...]
    dwellings: frozenset[str]  # things counted that people live in: a housing cue's own
    dwelling_ruin: PhraseTable[str]  # what ruins them besides the housing cues
    facilities: frozenset[str]  # what a camp or a city lives by: latrines, boreholes...
    facility_loss: PhraseTable[str]  # ... closed or ruined, no aid given
    return_words: tuple[str, ...]  # returns said in the text: crossings are returns
    jail_words: frozenset[str]  # an escape in their sentence is a jailbreak
    seizers: frozenset[str]  # armed men who "took" people abducted them
    exchange_words: tuple[str, ...]  # prisoners in a text about an exchange count as "other"
    pows: tuple[str, ...]  # ... and prisoners of war freed in their sentence
    pow_releases: tuple[str, ...]
    copulas: frozenset[str]
    camp_leaving: frozenset[str]  # displacement cues that mean "returned" before a camp
    fates_after: frozenset[str]  # a person's fate after an unlisted noun makes it people
    fates_before: frozenset[str]
    camps: frozenset[str]
    left_without: frozenset[str]  # displacement cues that mean "civilians" before "without"
    without: frozenset[str]
    homeless: frozenset[str]  # "left without shelter": still displaced
    resettling: frozenset[str]  # returned cues that mean "displaced" before refugees
    resettled_abroad: frozenset[str]
    taken_to: frozenset[str]  # displacement cues that mean "injured" before a hospital
    hospitals: frozenset[str]
    captives: frozenset[str]  # "taken to Gaza as hostages": kidnapped
    fixed_nouns: frozenset[str]  # noun categories that stand whatever the sentence says
    weak_nouns: frozenset[str]  # noun categories that give way to any cue
    needs_event: frozenset[str]  # nouns counted only with an event ("three sons")
    noun_ignores: dict[str, frozenset[str]]  # noun category -> cue categories that skip it
    uncued: tuple[tuple[str, str], ...]  # (noun ending, category) of a count no cue speaks for
    of_heads: frozenset[str]  # generic heads ("members") that take their body's category
    of_bodies: PhraseTable[str]  # body after "of" -> category ("armed group" -> combatants)
    projection_before: PhraseTable[str]
    projection_after: PhraseTable[str]
    report_verbs: PhraseTable[str]
    told_objects: PhraseTable[str]
    tail_words: frozenset[str]
    source_words: frozenset[str]
    pronouns: frozenset[str]
    time_units: frozenset[str]
    measures: frozenset[str]
    money: frozenset[str]
    labels: frozenset[str]
    months: frozenset[str]
    year_words: frozenset[str]
    aid_vehicles: frozenset[str]  # vehicle nouns that count aid only in an aid story
    aid_words: re.Pattern[str]  # the words of such a story
    digest: str


def _cue_table(data: dict[str, list[str]]) -> PhraseTable[tuple[str, bool]]:
    weak = frozenset(data.get("weak", []))
    table: PhraseTable[tuple[str, bool]] = PhraseTable()
    for category, phrases in data.items():
        if category != "weak":
            for phrase in phrases:
                table.add(phrase, (category, phrase in weak))
    return table


def _sides(data: dict[str, dict[str, str]]) -> dict[str, tuple[str | None, str | None]]:
    after = {one: c for p, c in data.get("after", {}).items() for one in expand(p)}
    before = {one: c for p, c in data.get("before", {}).items() for one in expand(p)}
    return {p: (after.get(p), before.get(p)) for p in {*after, *before}}


def _build(data: dict[str, Any], digest: str) -> Rules:
    vague: PhraseTable[tuple[int, int]] = PhraseTable()
    for phrase, low, high in data["numbers"]["vague"]:
        vague.add(phrase, (int(low), int(high)))
    q = data["qualifiers"]
    qualifiers = _table({k: q[k] for k in ("approx", "at_least", "at_most")})
    after_q = _table({"at_least": q["after_at_least"], "approx": q["after_approx"]})

    category_of: dict[str, str] = {}
    for category, phrases in data["noun_category"].items():
        for phrase in phrases:
            category_of[phrase] = category
    nouns: PhraseTable[tuple[str, str]] = PhraseTable()
    for unit, phrases in data["nouns"].items():
        for phrase in phrases:
            nouns.add(phrase, (unit, category_of.get(phrase, "")))  # "": none of its own

    a = data["attribution"]
    e = data["exclude"]
    p = data["projection"]
    return Rules(
        vague=vague,
        qualifiers=qualifiers,
        after_qualifiers=after_q,
        nouns=nouns,
        cues=_cue_table(data["cues"]),
        cue_units={k: frozenset(v) for k, v in data["cue_units"].items()},
        cue_shift={
            (category, unit): to
            for category, shifts in data.get("cue_unit_shift", {}).items()
            for unit, to in shifts.items()
        },
        cue_sides=_sides(data.get("cue_sides", {})),
        release_words=tuple(data["release_context"]["words"]),
        dwellings=frozenset(data.get("dwellings", {}).get("nouns", [])),
        dwelling_ruin=_table(data.get("dwellings", {}).get("ruin", [])),
        facilities=frozenset(data.get("facilities", {}).get("nouns", [])),
        facility_loss=_table(data.get("facilities", {}).get("loss", [])),
        return_words=tuple(data.get("return_context", {}).get("words", [])),
        jail_words=frozenset(data.get("jailbreak_context", {}).get("words", [])),
        seizers=frozenset(data.get("seizure_context", {}).get("words", [])),
        exchange_words=tuple(data.get("exchange_context", {}).get("words", [])),
        pows=tuple(data.get("exchange_context", {}).get("pows", [])),
        pow_releases=tuple(data.get("exchange_context", {}).get("pow_releases", [])),
        copulas=frozenset(data["cue_copulas"]["words"]),
        camp_leaving=frozenset(data.get("leaving_camp", {}).get("verbs", [])),
        fates_after=frozenset(data.get("unlisted_people", {}).get("after", [])),
        fates_before=frozenset(data.get("unlisted_people", {}).get("before", [])),
        camps=frozenset(data.get("leaving_camp", {}).get("places", [])),
        left_without=frozenset(data.get("left_without", {}).get("verbs", [])),
        without=frozenset(data.get("left_without", {}).get("words", [])),
        homeless=frozenset(data.get("left_without", {}).get("homeless", [])),
        resettling=frozenset(data.get("resettled_abroad", {}).get("verbs", [])),
        resettled_abroad=frozenset(data.get("resettled_abroad", {}).get("nouns", [])),
        taken_to=frozenset(data.get("taken_to_hospital", {}).get("verbs", [])),
        hospitals=frozenset(data.get("taken_to_hospital", {}).get("places", [])),
        captives=frozenset(data.get("taken_to_hospital", {}).get("captives", [])),
        fixed_nouns=frozenset(data["noun_strength"]["fixed"]),
        weak_nouns=frozenset(data["noun_strength"]["weak"]),
        needs_event=frozenset(data["noun_strength"].get("needs_event", [])),
        noun_ignores={k: frozenset(v) for k, v in data["noun_strength"].get("ignores", {}).items()},
        uncued=tuple(
            (noun, category)
            for category, nouns in data["noun_strength"].get("uncued", {}).items()
            for noun in nouns
        ),
        of_heads=frozenset(data.get("noun_of", {}).get("heads", [])),
        of_bodies=_table({k: v for k, v in data.get("noun_of", {}).items() if k != "heads"}),
        projection_before=_table(p["before"]),
        projection_after=_table(p["after"]),
        report_verbs=_table(a["verbs"]),
        told_objects=_table(a["told_objects"]),
        tail_words=frozenset(a["tail_words"]),
        source_words=frozenset(a["source_words"]),
        pronouns=frozenset(a["pronouns"]),
        time_units=frozenset(e["time_units"]),
        measures=frozenset(e["measures"]),
        money=frozenset(e["money"]),
        labels=frozenset(e["labels"]),
        months=frozenset(e["months"]),
        year_words=frozenset(e["year_words"]),
        aid_vehicles=frozenset(data.get("aid_vehicles", {}).get("nouns", [])),
        aid_words=re.compile(
            r"\b(?:"
            + "|".join(map(re.escape, data.get("aid_vehicles", {}).get("words", [])))
            + r")\b"
        ),
        digest=digest,
    )


def load_rules(raw: bytes | None = None) -> Rules:
    """Parse the packaged rule file (or the given TOML bytes)."""
    if raw is None:
        raw = resources.files(RULES_PACKAGE).joinpath(RULES_FILE).read_bytes()
    data = tomllib.loads(raw.decode("utf-8"))
    return _build(data, hashlib.sha256(raw).hexdigest()[:16])


RULES = load_rules()


def singular_noun(word: str) -> tuple[int, tuple[str, str]] | None:
    """The counted-noun entry of a singular whose plural is listed ("officer" for
    "officers"): the nouns table lists plurals, and "one officer" or "a shopkeeper, 41,"
    still name a person."""
    return RULES.nouns.match_at([word + "s"], 0)
