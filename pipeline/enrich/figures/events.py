"""Event cues of one sentence: the phrases of [cues] in the figure rules, read once,
and the second looks that change what a cue means from the words after it (a camp
left for home, a hospital people were taken to, power people were left without, a
shelter people remain in). context.py weighs them against each figure."""

from __future__ import annotations

from dataclasses import dataclass

from .cue_turns import (
    PARTICLE_VERBS,
    SAFER,
    SUSPECTS,
    TREATMENT,
    return_barred,
    sick,
    split_particle,
    to_work,
)
from .homeward import homeward
from .numbers import NUMBER_WORDS
from .rules import RULES
from .scope import abduction_before, copula, return_before
from .tokens import Tokens


@dataclass(frozen=True, slots=True)
class Cue:
    i: int
    j: int
    category: str
    weak: bool
    # what the cue means when it stands after the figure ("7,000 people have reached
    # the island": arrivals) or before it ("Egypt has received 1.2 million Sudanese")
    after: str | None = None
    before: str | None = None


def _in_a_name(tk: Tokens, at: int) -> bool:
    """A capitalised cue word inside a sentence, beside another capitalised word: a word of
    a name ("the Norwegian Refugee Council", "the Displacement Tracking Matrix")."""
    if not tk.cap(at) or tk.title_case:
        return False
    after = at + 1 < tk.n and tk.cap(at + 1) and tk.low[at + 1].isalpha()
    return after or (at > 1 and tk.cap(at - 1) and tk.low[at - 1].isalpha())


def find_cues(tk: Tokens) -> list[Cue]:
    out: list[Cue] = []
    low = tk.low
    first = RULES.cues.by_first
    match_at = RULES.cues.match_at
    abducted: bool | None = None
    # armed men named in the sentence (a capital inside it is a name: "the Armed Police Force")
    armed = not RULES.seizers.isdisjoint(low) and any(
        w in RULES.seizers and not (x > 0 and tk.cap(x)) for x, w in enumerate(low)
    )
    k = 0  # cues found so far end before token k
    for at in [x for x, w in enumerate(low) if w in first]:
        if at < k:
            continue
        hit = match_at(low, at)
        if hit is None:
            continue
        n, (category, weak) = hit
        if n > 1 and at > 0 and all(tk.cap(x) for x in range(at, at + n)) and not tk.title_case:
            continue  # a name: "the Bring Back Our Girls campaign" (not a lede in capitals)
        # a word of a name says what its body counts, no more than a noun would: "IOM's
        # Displacement Tracking Matrix counted 95,000 returnees" (but "the Martyrs
        # Foundation put the toll at about 1,000")
        named = n == 1 and at > 0 and _in_a_name(tk, at)
        if category == "seize":
            category, weak = ("kidnapped", False) if armed else ("none", True)
            if "prisoner" in low[at + n : at + n + 6]:
                category = "arrested"  # "the rebels took 400 soldiers prisoner"
        elif category == "jail_held":
            # what a prison held are detainees, as are those held after a detention
            # ("detained 13 staff, bringing the total held to 23"); what armed men held
            # otherwise, hostages
            jailed = not (RULES.jail_words.isdisjoint(low) and _DETENTION.isdisjoint(low))
            category = "arrested" if jailed else "kidnapped" if armed else "none"
            if low[at] == "hold" and not _count_follows(tk, at + 1):
                category = "none"  # "rebels hold Goma", "hold sway": only "hold 9,000 ..."
            if category == "none" and _sheltering(tk, at):
                category = "displaced"  # "shelters with room for 1,200 people held 2,000"
        elif category == "displaced" and low[at + n - 1] in _OCCUPIES and n <= 2:
            if _jailing(low, at):
                category = "arrested"  # "the prison, built for 5,300 inmates, holds 8,000"
        elif category == "crossing":
            home = return_before(tk, at) or homeward(tk, at, at + n)
            category = "returned" if home else "displaced"
        elif category == "displaced" and low[at] == "shifted" and SAFER.isdisjoint(low[at:]):
            # "seven were shifted to Jinnah Hospital" were hurt; "shifted 300 workers to
            # night shifts" says nothing
            hospital = any(w.startswith("hospital") for w in low[at : at + 6])
            category = "injured" if hospital else "none"
        elif category == "injured" and " ".join(low[at : at + n]) in TREATMENT and sick(low):
            category, weak = "other", True  # "cholera patients are being treated"
        elif category == "returned" and to_work(low, at + n):
            category, weak = "none", True  # "afraid to return to school": a class, no home
        elif category == "returned" and return_barred(low, at):
            category, weak = "displaced", True  # "100,000 remain unable to return"
        elif category == "arrested" and weak and low[at : at + n] == ["held", "in"]:
            # "5,200 migrants were held in Libya's official detention centres": a jail
            # named in the next words, the held ones the subject, and no other fate in
            # the sentence (inmates held in a jail who died, escaped or were found dead)
            weak = not (
                at > 0
                and low[at - 1] in _HELD_AUX
                and not RULES.jail_words.isdisjoint(low[at + n : at + n + 5])
                and _OTHER_FATES.isdisjoint(low)
            )
        elif category == "trade":
            # food an aid sentence moves stays aid, wherever it was grown: "WFP bought 25,000
            # tonnes of locally produced sorghum to feed displaced families"
            aid = not _AID_MARKS.isdisjoint(low)
            category, weak = ("none", True) if aid else ("other", weak)
        elif category == "combatants" and low[at + n - 1] == "in" and _gathering(tk, at + n):
            category, weak = "other", True  # "140,000 people took part in the rally"
        if category in ("release", "escape", "held"):
            if abducted is None:
                # "the ELN released six soldiers it had been holding": armed men hold hostages
                abducted = abduction_before(tk) or (
                    armed and RULES.jail_words.isdisjoint(low)
                )  # (gunmen who free inmates break a jail)
            # weak: "released 90 detainees" stays arrested
            if category == "held":
                category, weak = ("kidnapped" if abducted else "arrested"), weak
            elif abducted:  # captives who escaped are the kidnapped; freed ones may be detainees
                # weak where a prison is named ("released 90 detainees" stay arrested);
                # strong otherwise ("freed over 340 passengers" of a hijacked train)
                jailed = not RULES.jail_words.isdisjoint(low) or not SUSPECTS.isdisjoint(low)
                category, weak = "kidnapped", category == "release" and jailed
            elif category == "release":
                category, weak = "other", True  # migrants rescued, prisoners freed
            elif not RULES.jail_words.isdisjoint(low):
                category, weak = "other", False  # inmates who escaped from a prison
            else:
                category, weak = "displaced", True
        weak = weak or named
        sides = RULES.cue_sides.get(" ".join(low[at : at + n])) if RULES.cue_sides else None
        j = at + n
        # "shelter about 15,000 people": a qualifier before a number is the figure's, and
        # the cue ends before it (or it would end inside the figure and count for nothing);
        # "trapped under the rubble" keeps its preposition
        qualifier = RULES.qualifiers.match_ending_at(low, j - 1) if n > 1 else None
        if qualifier is not None and qualifier[0] < n and j < tk.n and _count_at(low[j]):
            j -= qualifier[0]
        if sides is None:
            out.append(Cue(at, j, category, weak))
        else:
            out.append(Cue(at, j, category, weak, sides[0], sides[1]))
        k = at + n
    if not PARTICLE_VERBS.isdisjoint(low):
        out = _split_particles(low, out)
    out = [_object_turn(tk, c) if c.category in _READ_AGAIN else c for c in out]
    if out and RULES.copulas:
        out = [_sheltered(tk, c) for c in out]
        out = [
            c
            for x, c in enumerate(out)
            if c.category != "civilians" or not copula(tk, c, out[x + 1 : x + 2])
        ]
    return out


_DESTINATION = frozenset({"for", "to", "into", "in", "towards", "toward", ",", ".", "and"})
# the words of a sentence about aid, where production and trade cues ([cues] trade in
# figures.toml) only say where the food came from
_AID_MARKS = frozenset(
    {"wfp", "unicef", "usaid", "unhcr", "icrc", "aid", "relief", "convoy", "convoys", "donated",
     "donation", "donations", "distributed", "distribution", "distributions", "feed", "rations",
     "humanitarian", "displaced", "malnourished", "malnutrition", "refugees"}
)  # fmt: skip


_HOMEWARD = frozenset({"for", "home", "return", "returning", "rebuild"})
# What a place holds: displaced people in a camp or shelter, detainees in a prison.
_SHELTERS = frozenset({"camp", "camps", "shelter", "shelters"})
_CENTRES = frozenset({"centre", "centres", "center", "centers", "settlement", "site", "hotspot"})
_BUILT_FOR = frozenset({"built", "designed", "room", "meant", "intended", "capacity", "set"})
_OCCUPIES = frozenset({"holds", "houses", "housed", "hosts", "hosted"})
_JAILED = frozenset({"inmates", "prisoners", "detainees", "convicts"})
_SUBJECT_REACH = 14  # tokens before a verb of holding where its subject (the place) is


_GATHERINGS = frozenset(
    {"rally", "rallies", "protest", "protests", "march", "marches", "demonstration",
     "demonstrations", "vigil", "vigils", "race", "marathon", "election", "vote", "ceremony",
     "celebrations", "festival", "talks", "census", "survey"}
)  # fmt: skip


def _gathering(tk: Tokens, k: int) -> bool:
    """What they took part in is a rally, a march or a vote (its head, within four words,
    before any "on" or "against": "took part in the raid on the protest camp" is a raid)."""
    for x in range(k, min(tk.n, k + 4)):
        w = tk.low[x]
        if w in _GATHERINGS:
            return True
        if w in {"on", "against", "of", ",", "."}:
            return False
    return False


def _named(tk: Tokens, x: int) -> bool:
    """Token x is part of a name: a capital inside the sentence, or one before another
    capital at its start ("Camp Nou")."""
    return tk.cap(x) and (x > 0 or (x + 1 < tk.n and tk.cap(x + 1)))


def _jailing(low: list[str], at: int) -> bool:
    """A prison before the verb of holding (its subject), or "in" one after it ("holds
    9,000 suspects in 20 detention facilities"); one named elsewhere holds nobody here."""
    if not RULES.jail_words.isdisjoint(low[max(0, at - _SUBJECT_REACH) : at]):
        return True
    if _JAILED.intersection(low[at + 1 : at + 7]):
        return True  # "the colony holds about 900 prisoners": who it holds says what it is
    after = low[at + 1 : at + 1 + _SUBJECT_REACH]
    return any(
        w in _AT and not RULES.jail_words.isdisjoint(after[x + 1 : x + 5])
        for x, w in enumerate(after)
    )


def _sheltering(tk: Tokens, at: int) -> bool:
    """A camp or shelter before the verb (its subject), or a centre next to what it was
    built for ("the transit centre, built for 3,000 people, was holding 14,000"); a
    centre alone may be a detention centre, and a capital names a place (Camp Nou)."""
    before = range(max(0, at - _SUBJECT_REACH), at)
    words = {tk.low[x] for x in before if not _named(tk, x)}
    if not _SHELTERS.isdisjoint(words):
        return True
    return not _CENTRES.isdisjoint(words) and not _BUILT_FOR.isdisjoint(words)


def _count_follows(tk: Tokens, k: int) -> bool:
    """A number at token k, after a qualifier if one stands there ("about 9,000")."""
    hit = RULES.qualifiers.match_at(tk.low, k) if k < tk.n else None
    k += hit[0] if hit is not None else 0
    return k < tk.n and _count_at(tk.low[k])


def _count_at(word: str) -> bool:
    return word[0].isdigit() or word in _NUMBER_STARTS


_NUMBER_STARTS = NUMBER_WORDS | {"a", "an", "tens", "hundreds", "thousands", "millions", "dozens"}
_DETENTION = frozenset({"detained", "detain", "detains", "arrested", "arrest", "custody"})
_PUNCTUATION = frozenset({",", ".", ";", ":"})
_CLAUSE_END = frozenset({",", ".", ";", ":", "after", "during", "since", "as"})


_COUNT_WORDS = NUMBER_WORDS | {"dozens", "scores", "tens", "hundreds", "thousands", "millions"}


_HELD_AUX = frozenset({"are", "were", "is", "was", "being", "remain", "remained", "still"})
_OTHER_FATES = frozenset(
    {"died", "dead", "killed", "bodies", "body", "escaped", "fled", "drowned", "pirates",
     "seized", "kidnapped", "abducted", "hostages", "injured", "wounded", "freed", "released"}
)  # fmt: skip


def _split_particles(low: list[str], out: list[Cue]) -> list[Cue]:
    """'sent more than 500,000 Afghans back' (returned), 'forced 2,000 families out of
    nine camps' (displaced): a verb whose particle follows its counted object says what
    happened to them, whatever else the sentence says."""
    turned = {}
    for x, w in enumerate(low):
        if w in PARTICLE_VERBS:
            category = split_particle(low, x, _COUNT_WORDS)
            if category is not None:
                turned[x] = category
    if not turned:
        return out
    kept = [c for c in out if c.i not in turned]
    # the verb speaks of its object only, never of a count before it ("2,000 relatives
    # gathered as the army flew 40 freed hostages home")
    added = [Cue(x, x + 1, category, False, after="none") for x, category in turned.items()]
    return sorted(kept + added, key=lambda c: c.i)


_READ_AGAIN = frozenset({"displaced", "returned"})


def _object_turn(tk: Tokens, cue: Cue) -> Cue:
    """A displacement cue read again from the words after it: a camp left for home, a
    hospital or captivity people were taken to, power they were left without; and a
    return cue, people resettled abroad or off their land."""
    phrase = " ".join(tk.low[cue.i : cue.j])
    if cue.category == "returned":
        return _resettled(tk, cue) if phrase in RULES.resettling else cue
    if phrase in RULES.camp_leaving:
        turned = _left_camp(tk, cue)
        if turned is not cue:
            return turned
    if phrase in RULES.taken_to:
        return _taken_to(tk, cue)
    if phrase in RULES.left_without:
        return _left_without(tk, cue)
    return cue


def _left_camp(tk: Tokens, cue: Cue) -> Cue:
    """'left camps in Duhok for Sinjar', 'left Mahama camp for home': leaving a camp
    for somewhere is going home. Leaving a camp under attack ('3,000 residents left the
    camp during the operation') and leaving villages for camps are displacement."""
    k = _object_at(tk, cue.j, 4, RULES.camps, _DESTINATION)
    if k >= 0 and _object_at(tk, k + 1, 7, _HOMEWARD, _CLAUSE_END) >= 0:
        return Cue(cue.i, cue.j, "returned", False)
    return cue


def _taken_to(tk: Tokens, cue: Cue) -> Cue:
    """'Four were taken to the Usmanu Danfodiyo University Teaching Hospital': people
    taken to a hospital, however long its name, were hurt; those taken somewhere as
    hostages were kidnapped."""
    if _object_at(tk, cue.j, 8, RULES.hospitals, _CLAUSE_END) >= 0:
        return Cue(cue.i, cue.j, "injured", False)
    if _object_at(tk, cue.j, 8, RULES.captives, _PUNCTUATION) >= 0:
        return Cue(cue.i, cue.j, "kidnapped", False)  # "taken to Gaza as hostages"
    return cue


def _left_without(tk: Tokens, cue: Cue) -> Cue:
    """'leaving nearly 1 million people without electricity': people a blow left without
    power, water or care stayed home (left without a roof, they are homeless)."""
    k = _object_at(tk, cue.j, 8, RULES.without, _CLAUSE_END)
    if k < 0 or k + 1 >= tk.n:
        return cue
    what = tk.low[k + 1]
    if what in RULES.homeless or " ".join(tk.low[k + 1 : k + 3]) in RULES.homeless:
        return cue  # "leaving 12,000 refugees without a roof": homeless
    return Cue(cue.i, cue.j, "civilians", False)


def _resettled(tk: Tokens, cue: Cue) -> Cue:
    """'plans to resettle about 15,000 refugees': refugees are resettled abroad, not home."""
    if _object_at(tk, cue.j, 8, RULES.resettled_abroad, _CLAUSE_END) < 0:
        return cue
    return Cue(cue.i, cue.j, "displaced", False, cue.after, cue.before)


def _object_at(
    tk: Tokens, start: int, span: int, words: frozenset[str], stop: frozenset[str]
) -> int:
    """The first token from `start`, within `span` tokens and before a `stop` word, that is
    one of `words`; -1 if none."""
    low = tk.low
    for k in range(start, min(tk.n, start + span)):
        if low[k] in words:
            return k
        if low[k] in stop:
            break
    return -1


_AT = frozenset({"in", "at", "inside"})
_SKIP = frozenset({"the", "a", "two", "three", "several", "official", "makeshift", "still"})


def _sheltered(tk: Tokens, cue: Cue) -> Cue:
    """'remain in collective shelters', 'still live in 31 welfare centres': people who
    stay in places that house the displaced are displaced, not merely residents."""
    if cue.category != "civilians" or " ".join(tk.low[cue.i : cue.j]) not in RULES.copulas:
        return cue
    low = tk.low
    k = cue.j
    if k < tk.n and low[k] == "still":
        k += 1
    if k >= tk.n or low[k] not in _AT:
        return cue
    for m in range(k + 1, min(tk.n, k + 5)):
        hit = RULES.nouns.match_at(low, m)
        if hit is not None:
            return Cue(cue.i, cue.j, "displaced", False) if hit[1][1] == "capacity" else cue
        if not (low[m] in _SKIP or low[m][0].isdigit() or low[m].isalpha()):
            break
    return cue
