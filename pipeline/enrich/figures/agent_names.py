"""The text of a source found by agents.py, cleaned the same way every time: a leading
"The" becomes "the" ("the UN"), "a"/"an" stay ("a local official"), a
descriptor before a name is dropped ("the charity Save the Children" -> "Save
the Children", "the UN refugee agency UNHCR" -> "UNHCR") but an office before a
person's name stays ("regional governor Vadym Filashkin"), trailing data words
go after a bare name ("UNHCR figures" -> "UNHCR") but stay after a word that names no one
("official figures", "Israeli figures"), and a capital that only marks
the sentence start is lowered ("Officials" -> "officials"). `person_like` tells a
person ("Dr Ali Musa", "a community leader") from a body.
"""

from __future__ import annotations

from ..places import country_codes
from .agents import (
    DATA_WORDS,
    INNER,
    NAME_INNER,
    NOT_FIRST,
    OPENERS,
    dot,
    name_particle,
    ordinal,
    particle_word,
    stamped,
)
from .rules import RULES
from .tokens import DASHES, WEEKDAYS, Tokens

_NOT_AGENTS = frozenset(
    {"a", "an", "the", "some", "this", "that", "these", "those", "it", "which", "who", "what",
     "many", "most", "all", "others", "one", "reports", "report"}
)  # fmt: skip
_WHEN = RULES.months | WEEKDAYS | frozenset({"today", "yesterday", "tonight"})
_LATER = frozenset({"later", "earlier"})
_MOMENTS = frozenset({"moments", "shortly"})
_TIME_WORDS = _MOMENTS | frozenset(
    {"a", "an", "one", "two", "three", "four", "five", "six", "few", "several", "some", "48",
     "24", "72"}
)  # fmt: skip
_TRAILING_ADVERBS = frozenset(
    {"still", "also", "now", "already", "later", "previously", "alone"}
)  # fmt: skip
_OFFICES = frozenset(
    {"governor", "minister", "mayor", "spokesman", "spokeswoman", "spokesperson",
     "commissioner", "chief", "president", "commander", "director", "secretary", "ambassador",
     "envoy", "official", "representative", "coordinator", "chairman", "chairwoman",
     "administrator", "prosecutor", "ombudsman", "rapporteur", "head", "leader"}
)  # fmt: skip


# words before a data word that qualify the data and name no source: "according to official
# figures" is not a report by "official"
_DATA_QUALIFIERS = frozenset(
    {"official", "unofficial", "provisional", "preliminary", "latest", "new", "recent", "final",
     "initial", "updated", "early", "earlier", "previous", "available", "published"}
)  # fmt: skip


def _names_no_one(tk: Tokens, i: int, j: int) -> bool:
    """Tokens i..j-1, before a data word, only qualify it: an adjective of data or a
    nationality that is no country ("Israeli figures"; but "UN figures", "Chad figures")."""
    last = tk.low[j - 1]
    if last in _DATA_QUALIFIERS:
        return all(w in _DATA_QUALIFIERS or w in {"the", "a", "an"} for w in tk.low[i:j])
    if j - i != 1 or not tk.cap(i):
        return False
    word = tk.field_text[tk.starts[i] : tk.ends[i]]
    return bool(country_codes(word, demonym=True)) and not country_codes(
        word, demonym=False, countries_only=True
    )


_NAME_PARTICLES = frozenset({"al", "el", "de", "la", "du"})
_PREPOSITIONS = frozenset({"for", "of", "on", "against", "to", "in"})
_LEVELS = frozenset(
    {"state", "district", "provincial", "regional", "federal", "county", "municipal", "city",
     "local", "divisional", "zonal", "sub-divisional"}
)  # fmt: skip
# words before a name that belong with it: no descriptor to drop (made once, not per call)
_NAME_LEAD = NAME_INNER | NOT_FIRST | _OFFICES | _LEVELS


def _after_time(tk: Tokens, i: int, j: int) -> int:
    """Past a time before the subject: "A week later the army said", "Hours earlier, police"
    (not "Witnesses interviewed later by Reuters", whose "later" is no time of the report)."""
    low = tk.low
    for x in range(i + 1, min(i + 4, j - 1)):
        if low[x] in _LATER:
            before = low[i:x]
            unit = before[-1] in RULES.time_units or before[-1] in _MOMENTS
            if unit and all(w in _TIME_WORDS or w in RULES.time_units for w in before):
                return x + 1
            return i
    return i


def _named_data(tk: Tokens, i: int, k: int) -> bool:
    """The data word at k ends a name ("Iraq Body Count"), not a source's data."""
    return k > i and tk.cap(k) and tk.cap(k - 1) and not tk.title_case


def _past_data(low: list[str], i: int, j: int) -> int:
    """Past the data a source is named by: "figures from UNHCR", "images reviewed by Yale
    researchers" (the last "from" or "by"), else "a provisional count of the Ministry of the
    Interior" (the first "of"; but "a statement of the Service" keeps its words). Data
    given to someone name no giver: "figures presented to the World Health Assembly"."""
    for x in range(j - 2, i, -1):
        if low[x] in {"from", "by"} and not DATA_WORDS.isdisjoint(low[i:x]):
            return x + 1
    for x in range(i + 2, j):
        if (
            low[x] in {"to", "before"}
            and low[x - 1] in _GIVEN
            and not DATA_WORDS.isdisjoint(low[i : x - 1])
        ):
            return j
    for x in range(i + 1, j - 1):
        if low[x] == "of" and "statement" not in low[i:x] and not DATA_WORDS.isdisjoint(low[i:x]):
            return x + 1
    return i


_GIVEN = frozenset(
    {"presented", "submitted", "given", "sent", "delivered", "shown", "provided", "shared",
     "leaked", "passed", "released", "handed"}
)  # fmt: skip


def _theirs_in_report(low: list[str], i: int) -> bool:
    """The agent at i is the reporter's own people inside what it reports: "said its teams",
    "says that their staff"."""
    k = i - 1 if i > 0 and low[i - 1] in _THEIRS else i
    if low[k] not in _THEIRS:
        return False
    return k > 0 and (
        low[k - 1] in _SAID or (k > 1 and low[k - 1] == "that" and low[k - 2] in _SAID)
    )


_THEIRS = frozenset({"its", "their"})
# whose figures they are is the source as the copy cites it ("according to UN figures":
# the sets 115 times to 10); a data word alone names no one
_KEPT_DATA = frozenset({"figures", "data", "estimates"})
_SAID = frozenset({"said", "says", "say", "reported", "reports", "added", "adds"})
# a possessive says the thing cited is someone's named elsewhere ("according to its
# annual report", "citing its displacement tracking teams"): no source of its own
OWNERS = frozenset({"its", "their", "his", "her", "our"})
# ... nor is what is no one's count ("according to plan")
_NO_SOURCE = frozenset({"plan", "plans", "schedule", "tradition", "custom", "law", "rules"})


def clean_agent(tk: Tokens, i: int, j: int, cited: bool = False) -> str | None:
    """The agent for tokens i..j-1, cleaned (see the module docstring). A `cited` one
    (after "according to") needs no name nor source word: whatever the copy cites is
    its source ("according to the manifest", "according to insurers")."""
    low = tk.low
    while i < j and (low[i] in INNER or low[i] in OPENERS) and low[i] != "the":
        if low[i] in _NAME_PARTICLES and tk.cap(i) and i + 1 < j and tk.cap(i + 1):
            break  # a name's own particle: "Al Shabaab", "El Tiempo"
        i += 1
    if j - i > 2 and low[i] == "according" and low[i + 1] == "to":
        i += 2  # "..., according to the agency, which said ...": the agency
    if j - i > 2 and low[i] in ("by", "until") and low[i + 1] in _WHEN:
        i += 1  # "By Friday police said three had been recaptured": a deadline, no source
    while j - i > 1 and low[i] in _WHEN and not tk.cap(i + 1):
        # "On Sunday the Taliban administration had given a toll of": no day in it (but
        # "Monday Kassah" is a name)
        i += 1
    while j > i + 1 and low[j - 1] in _TRAILING_ADVERBS:
        j -= 1  # "the district still counts"
    if j - i > 2 and low[j - 2] == "on" and low[j - 1] in WEEKDAYS:
        j -= 2  # "Indian authorities on Sunday revised the death toll"
    i = _past_data(low, i, j)
    for x in range(j - 1, i - 1, -1):  # a dateline before it: "SANA - The Governor of Homs"
        if low[x] in DASHES and not (tk.glued(x) and tk.glued(x + 1)):  # not "M23-led"
            i = x + 1
            break
    i = _after_time(tk, i, j)
    while j - i > 1 and stamped(tk, i):
        i += 1  # "08:30 Gerald Darmanin ... says": the time of the entry
    while j - i > 2 and stamped(tk, i + 1):
        i += 2  # "14:32 GMT - The FBI said"
    while j - i > 1 and len(low[i]) == 4 and low[i].isdigit():
        i += 1  # "In December 2023 officials said": the year dates, it is no source
    determiner = i < j and low[i] in {"a", "an", "the"}
    end = j
    while j > i and (
        low[j - 1] in INNER
        or low[j - 1] == "'"
        or (
            low[j - 1] in DATA_WORDS
            and (low[j - 1] not in _KEPT_DATA or j - 1 == i)
            and not determiner
            and not _named_data(tk, i, j - 1)
        )
    ):
        j -= 1
    if i < j < end and low[j] in DATA_WORDS and _names_no_one(tk, i, j):
        j = end
    if i >= j or _theirs_in_report(low, i):
        return None  # "Mercy Corps said its teams had registered": the body that said it
    if tk.cap(j - 1):
        # a descriptor before a name: keep the final run of capitalised words
        k = j - 1
        while k > i and (
            tk.cap(k - 1)
            or low[k - 1] in NAME_INNER
            or low[k - 1] == "'"
            or dot(low, k - 1)
            or (low[k - 1].isdigit() and len(low[k - 1]) <= 3 and tk.cap(k))
            or name_particle(tk, k - 1)  # "Abdullah bin Rashid"
        ):  # "'": "the Palestinian Prisoners' Society"; a number: "the Army's 15 Corps"
            k -= 1
        if k > i + 1 and low[k - 2].isdigit() and ordinal(tk, k - 2):
            k -= 2  # "the 303rd Infantry Brigade": the ordinal is part of the name
        while k < j and low[k] in NAME_INNER and low[k] != "the":
            k += 1
        # but "aid groups in Tawila" keeps its head, and a person keeps the office
        # that is how the copy cites them ("regional governor Vadym Filashkin")
        # nor a level of government that is part of the name ("the state Civil Defense",
        # "the district Collector")
        # nor a possessive ("the army's 5th Infantry Division")
        descriptor = (
            not tk.cap(k - 1) and low[k - 1] not in _NAME_LEAD and not low[k - 1].endswith("'s")
        )
        # nor the object of a preposition: "the Kurdistan Region's office for rescuing
        # abducted Yazidis" is the office
        # (but an acronym after a description is the name it describes: "the US-based
        # monitor of political violence ACLED", "the UN agency for refugees UNHCR")
        acronym_name = j - k == 1 and tk.text(k, j).isupper() and len(low[k]) > 1
        object_of = not _PREPOSITIONS.isdisjoint(low[i:k]) and not acronym_name
        if k > i and descriptor and not object_of:
            i = k
    if not any(tk.cap(x) or low[x] in RULES.source_words for x in range(i, j)) and not (
        cited and j == end and low[i] not in OWNERS and low[j - 1] not in _NO_SOURCE
    ):
        return None
    first = tk.field_text[tk.starts[i] : tk.ends[i]]
    acronym = first.isupper() and len(first) > 1  # "WHO", "IT" are no pronouns
    if j - i == 1 and ((low[i] in _NOT_AGENTS and not acronym) or low[i] in _WHEN):
        return None  # "..., said on Monday": a day is no source
    at_start = i == 0 or low[i - 1] in {'"', "'", "("}
    # ... but a name or a title before one stays whole: "Doctors Without Borders said",
    # "President Hassan Sheikh Mohamud said"
    if low[i] in {"the", "a", "an"} or (
        at_start
        and low[i] in RULES.source_words
        and not first.isupper()
        and not (i + 1 < j and (tk.cap(i + 1) or low[i + 1].isdigit()))
    ):
        first = first.lower()
    return first + tk.field_text[tk.ends[i] : tk.ends[j - 1]]


TITLES = frozenset(
    """gen general mr mrs ms dr col colonel capt captain maj major lt sgt president minister
    prime premier governor mayor sen senator rep ambassador spokesman spokeswoman king queen
    prince sheikh pope father imam rev""".split()
)
_OFFICE_WORDS = frozenset({"general", "general's"})
PERSON_HEADS = frozenset(
    """official spokesman spokeswoman spokesperson leader doctor worker governor mayor minister
    commander chief director head coordinator representative envoy witness resident elder
    journalist reporter correspondent analyst expert diplomat ambassador president general
    colonel captain officer nurse survivor teacher lawyer prosecutor commissioner secretary
    adviser advisor ombudsman rapporteur administrator registrar manager chairman chairwoman
    priest pastor imam bishop judge surgeon physician medic paramedic midwife volunteer
    activist farmer trader fisherman villager mother father driver pilot soldier lawmaker
    senator councillor prefect superintendent inspector""".split()
)


_OFFICE_OF = frozenset({"for", "in", "to"})
_BODIES = frozenset({"office", "offices", "bureau", "secretariat"})


def person_like(agent: str, particles: bool = False) -> bool:
    """Whether a cleaned agent names a person rather than a body. With `particles`, a
    name's lower-case particle counts as capitalised ("Saleh al-Qadi"): for "he" and
    "she", not for "it" ("Hayat Tahrir al-Sham ... It said")."""
    words = agent.split()
    if words and words[0].lower().rstrip(".") in TITLES:
        return True
    if words and words[-1].lower().split("-")[0] in PERSON_HEADS:
        # "a community leader", "the regional governor"; not "the Office of the
        # Secretary-General"
        return not any(w.lower() in _BODIES for w in words[:-1])
    for k, word in enumerate(words[:-1]):
        if word.lower().split("-")[0] in PERSON_HEADS:
            while k + 2 < len(words) and words[k + 1].lower() in _OFFICE_WORDS:
                k += 1  # "Inspector General Usman Anwar", "Attorney General Tarek Saab"
            rest = words[k + 1 :]
            if all(
                w[:1].isupper() and not w.isupper() and w.lower() not in RULES.source_words
                for w in rest
            ):
                return True  # an office before a name: "Donetsk governor Vadym Filashkin"
            if (k <= 1 and rest[0] == "of") or (
                k <= 3
                and rest[0] in _OFFICE_OF
                and not (word[:1].isupper() and rest[-1][:1].isupper() and len(rest) <= 3)
            ):
                # "the head of the civil defence in Nineveh", "UNICEF's representative in
                # Nigeria", "the UN special coordinator for Lebanon"; a capitalised office
                # with a capitalised remit is also the name of a body ("the UN High
                # Commissioner for Refugees ... It said")
                return True
            break
    # a name's particle stays lower case: "Atef al-Hout", "Ursula von der Leyen"
    caps = [w for w in words if w[:1].isupper() or (particles and particle_word(w))]
    return (
        len(words) in (2, 3)
        and len(caps) == len(words)
        and not any(w.isupper() for w in words)
        and not any(w.lower() in RULES.source_words for w in words)
    )
