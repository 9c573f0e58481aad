"""The story around a sentence: what the sentences before a figure are about, and
whom a pronoun in it stands for."""

from __future__ import annotations

from pipeline.enrich.text import Sentence

from ..places import country_codes
from .agent_names import PERSON_HEADS, TITLES, person_like
from .attribution import find_reports
from .context import Cue, find_cues, sentence_category
from .report_subjects import opening_subject
from .reports import Report
from .tokens import Tokens

STORY = 3  # sentences before a figure that say what the story is about
NAMED_BACK = 6  # sentences to look back for the name a definite description stands for


def field_tokens(
    text: str, field_low: str | None, sentences: list[Sentence], si: int, cache: dict[int, Tokens]
) -> Tokens:
    """The tokens of sentence `si`, made once per field (`cache`)."""
    tk = cache.get(si)
    if tk is None:
        s = sentences[si]
        tk = cache[si] = Tokens(text, s.start, s.end, field_low)
    return tk


class Headline:
    """An article's title, as the story's first word on what it is about: the sentence
    before the first one, and the say of last resort when no sentence before a count
    names an event ("Families fleeing the offensive fill schools in Hasakah")."""

    def __init__(self, title: str, sentences: list[Sentence], cache: dict[int, Tokens]) -> None:
        self.title = title
        self.sentences = sentences
        self.cache = cache  # the title field's tokens, made once
        self._cues: list[Cue] | None = None

    def category(self, unit: str) -> str | None:
        if self._cues is None:
            self._cues = [
                cue
                for si in range(len(self.sentences))
                for cue in find_cues(field_tokens(self.title, None, self.sentences, si, self.cache))
            ]
        return sentence_category(self._cues, unit)


class FieldContext:
    """Lazy context of one sentence in its field: the sentences before it, their cues
    and their reports, tokenized only when a figure asks."""

    def __init__(
        self,
        text: str,
        field_low: str | None,
        sentences: list[Sentence],
        si: int,
        cache: dict[int, Tokens],
        headline: Headline | None = None,
    ) -> None:
        self.headline = headline
        self.text = text
        self.field_low = field_low
        self.sentences = sentences
        self.si = si
        self.cache = cache
        self._previous_cues: list[Cue] | None = None

    def tokens(self, si: int) -> Tokens:
        return field_tokens(self.text, self.field_low, self.sentences, si, self.cache)

    def previous_category(self, unit: str) -> str | None:
        if self.si == 0:
            return self.headline.category(unit) if self.headline is not None else None
        if self._previous_cues is None:
            self._previous_cues = find_cues(self.tokens(self.si - 1))
        return sentence_category(self._previous_cues, unit)

    def story_category(self, unit: str) -> str | None:
        """The category most of the last few sentences are about (one vote each); the
        headline's when none of them names one."""
        counts: dict[str, int] = {}
        for si in range(max(0, self.si - STORY), self.si):
            c = sentence_category(find_cues(self.tokens(si)), unit)
            if c is not None:
                counts[c] = counts.get(c, 0) + 1
        if not counts:
            return self.headline.category(unit) if self.headline is not None else None
        return max(counts.items(), key=lambda kv: kv[1])[0]

    def resolve(self, pronoun: str, reports: list[Report]) -> str | None:
        """Whom a pronoun that reports in this sentence stands for (`reports`: the
        sentence's own, found by the extractor)."""
        want_person = pronoun in {"he", "she", "i"}
        own = self._own_subject(pronoun, want_person, reports)
        if own is not None:
            return own
        bare = None
        for si in range(self.si - 1, max(-1, self.si - 3), -1):
            for r in reversed(find_reports(self.tokens(si))):
                if r.agent.startswith("<"):
                    continue
                if person_like(r.agent, particles=want_person) == want_person:
                    return self._named(r.agent, si) if not want_person else r.agent
                # ... unless the sentence names a document "it" may stand for: "Volker Türk
                # said the report would be presented. It said 1,200 ..."
                if (
                    bare is None
                    and si == self.si - 1
                    and not want_person
                    and _bare_name(r.agent)
                    and not _names_document(self.tokens(si).low)
                ):
                    bare = r.agent
        if bare is not None:
            # no body before it, but a name in the sentence before that only looked like
            # a person's: "it" says it is a body's ("Medecins Sans Frontieres said. ...,
            # it said")
            return bare
        if want_person:
            # a feature's lede names the person who speaks later without a report:
            # "Ahmet Kaya was 300 metres below ground when ... '...,' he said"
            for si in range(self.si - 1, max(-1, self.si - 3), -1):
                name = _lede_person(self.tokens(si))
                if name is not None:
                    return name
        return None

    def _own_subject(self, pronoun: str, want_person: bool, reports: list[Report]) -> str | None:
        """The subject that opens the sentence, when the pronoun reports after a comma:
        "The ICRC evacuated 600 patients, it said" is the ICRC's."""
        tk = self.tokens(self.si)
        trailing = [
            r.start
            for r in reports
            if r.agent == f"<{pronoun}>" and r.start > 1 and tk.low[r.start - 1] == ","
        ]
        agent = opening_subject(tk, trailing[0], pronoun) if trailing else None
        if agent is None or want_person:
            return agent
        return self._named(agent, self.si)

    def _named(self, agent: str, si: int) -> str:
        """What a definite description stands for: 'it said' after 'The ministry said',
        after 'the interior ministry said', is the interior ministry's."""
        words = agent.lower().split()
        if len(words) != 2 or words[0] != "the":
            return agent
        # ... and "it said" after "The agency said", after "UNHCR said", is UNHCR's: a
        # body known by its name, whatever kind of body the description calls it
        kind = words[1] in _NAMED_KINDS and agent.split()[1].islower()
        latest = None  # the last body named before the description, for a kind
        for earlier in range(si, max(-1, si - NAMED_BACK), -1):
            for r in reversed(find_reports(self.tokens(earlier))):
                named = r.agent.lower().split()
                if len(named) > 2 and named[-1] == words[1] and not r.agent.startswith("<"):
                    return r.agent
                if kind and latest is None and _body_name(r.agent):
                    latest = r.agent
        return latest or agent


_DOCUMENTS = frozenset(
    {"report", "statement", "study", "survey", "document", "assessment", "update", "analysis",
     "findings", "review", "letter", "paper", "bulletin"}
)  # fmt: skip


_CHANNEL = frozenset({"a", "an", "its", "their", "his", "her"})


def _names_document(low: list[str]) -> bool:
    """A document named as a thing ("said the report would be presented"), not as the
    channel of a statement ("said in a statement on Thursday")."""
    return any(
        w in _DOCUMENTS and not (x >= 2 and low[x - 2] == "in" and low[x - 1] in _CHANNEL)
        for x, w in enumerate(low)
    )


# bodies a story names before it calls them by their kind ("the agency", "the charity");
# not armies, governments or cities, whose description may stand for a body never named
_NAMED_KINDS = frozenset(
    {"agency", "charity", "organisation", "organization", "group", "network", "panel",
     "movement", "committee", "council", "commission", "alliance", "union", "monitor",
     "observatory", "society", "programme", "program", "foundation", "institute", "ngo"}
)  # fmt: skip


def _body_name(agent: str) -> bool:
    """A body's own name ("UNHCR", "Médecins Sans Frontières", "the Sudan Doctors
    Network"), not a description ("the agency") nor a person's."""
    words = agent.split()
    if words[0].lower() == "the":
        words = words[1:]
    return (
        len(words) > 0
        and not agent.startswith("<")
        and all(w[:1].isupper() for w in words)
        and not person_like(agent, particles=False)
    )


def _bare_name(agent: str) -> bool:
    """A name of capitalised words with no title nor office: a person's or a body's."""
    words = agent.split()
    return (
        words[0].lower().rstrip(".") not in TITLES
        and not any(w.lower().split("-")[0] in PERSON_HEADS for w in words)
        and all(w[:1].isupper() for w in words)
    )


def _lede_person(tk: Tokens) -> str | None:
    """The person's name that opens a sentence ("Mariam Karimi, a former captain, ...",
    "Ahmet Kaya was ..."), not a place's ("South Sudan has ...") nor a body's."""
    # capitals only: a name with a lower-case particle may be a body's ("Hayat Tahrir
    # al-Sham fighters entered"), and person_like would refuse it
    k = 0
    while k < tk.n and tk.cap(k):
        k += 1
    # an office may come first: "UN Secretary-General António Guterres visited"
    office = any(w.split("-")[0] in PERSON_HEADS or w in TITLES for w in tk.low[: k - 2])
    if not 2 <= k <= (5 if office else 3) or k >= tk.n or tk.low[0] in _NOT_FIRST_NAMES:
        return None
    after = tk.low[k]
    if after != "," and after not in _LEDE_VERBS and not after.endswith("ed"):
        return None  # "Al Hol camp holds", "Boko Haram fighters stormed": no person acts
    name = tk.text(0, k)
    if not person_like(name) or country_codes(name, demonym=False):
        return None
    if any(country_codes(tk.text(x, x + 1), demonym=True) for x in range(k)):
        return None  # "Syrian Kurdish forces"
    return name


# what opens a sentence with capitals and is no one: storms, times, places
_NOT_FIRST_NAMES = frozenset(
    {"hurricane", "typhoon", "cyclone", "storm", "tropical", "last", "next", "this", "on",
     "in", "at", "camp", "mount", "lake", "river", "operation", "the", "a", "an"}
)  # fmt: skip
_LEDE_VERBS = frozenset(
    {"is", "was", "has", "had", "says", "said", "spent", "fled", "lost", "left", "walked",
     "ran", "lives", "lived", "sat", "sits", "stood", "stands", "took", "came", "went",
     "became", "knows", "knew", "remembers", "recalls", "recalled", "still", "now", "once",
     "never", "runs", "works", "worked", "teaches", "taught", "drove", "drives", "waits",
     "sleeps", "slept", "keeps", "kept", "carries", "carried", "holds", "held", "tells"}
)  # fmt: skip
