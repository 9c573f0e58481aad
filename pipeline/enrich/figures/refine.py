"""Second looks at a figure's category, past the nearest cue (context.py): a colon
label, a part of the count before it, buildings people live in, kin and lone ones
with no event, people who remain after others went back, people present where an attack
struck, and the story around people with no event of their own. (Prisoners in an
exchange: scope.exchange_before.)"""

from __future__ import annotations

from .candidates import Cand
from .context import Cue, sentence_category
from .numbers import UNITS
from .rules import RULES
from .story import FieldContext
from .tokens import Tokens

_STAYING = frozenset({"remain", "remained", "remains", "remaining", "still"})


def still_displaced(
    tk: Tokens,
    cues: list[Cue],
    span: tuple[int, int, int, int],
    prev: tuple[Cand, str, str] | None,
) -> str | None:
    """'9,000 have gone back, while 47,000 remain in Cucuta': those who stay away, after
    a count of people who returned, are still displaced; those who "remain" after a count
    of hostages, detainees or missing people are still held or missing ("240 people were
    seized ... and roughly 210 remain in Gaza"). (After an evacuation, those who "remain"
    stayed home: civilians.)"""
    lo, _, _, hi = span
    if not any(lo <= c.i < hi and tk.low[c.i] in _STAYING for c in cues):
        return None
    if prev is not None and prev[2] == "returned":
        return "displaced"
    if prev is not None and prev[2] in _HELD:
        return prev[2]
    return None


_HELD = frozenset({"kidnapped", "arrested", "missing"})
_SHARES = frozenset({"most", "many", "some", "half", "thousands", "hundreds", "much", "part"})
_DISPLACED_WORDS = frozenset({"displaced", "refugees", "idps", "internally"})


def partly_displaced(tk: Tokens, cues: list[Cue], cand: Cand) -> bool:
    """'home to about 270,000 people, most of them displaced', 'about 1.5 million residents,
    including people displaced by earlier fighting': a population of which the displaced
    are a part, not the displaced (but "which shelters 270,000 people, most of them
    displaced" are whom the verb counts)."""
    low = tk.low
    k = cand.end
    if k + 3 >= tk.n or low[k] != ",":
        return False
    if any(c.category == "displaced" and 0 < cand.start - c.i <= 4 for c in cues):
        return False
    after = low[k + 1 : k + 5]
    if after[0] in _SHARES and after[1:3] == ["of", "them"]:
        return after[3] in _DISPLACED_WORDS
    return after[0] == "including" and not _DISPLACED_WORDS.isdisjoint(after[1:4])


# people who work where the story is: "the charity has about 600 staff in the province"
_WORKFORCE = frozenset(
    {"staff", "employees", "workers", "volunteers", "doctors", "nurses", "personnel", "medics",
     "paramedics", "teachers", "members", "deminers", "sappers", "engineers", "technicians",
     "specialists", "experts", "inspectors", "investigators", "prosecutors", "officials",
     "rangers", "guards", "drivers", "crews", "labourers", "laborers", "contractors",
     "journalists", "reporters", "researchers", "monitors", "handlers", "teams", "groups"}
)  # fmt: skip
# people a body employs, hires or trains work for it: no one displaced
_EMPLOYS = frozenset(
    {"employs", "employ", "employed", "employing", "hired", "hires", "hire", "hiring",
     "recruited", "recruits", "trained", "trains", "training"}
)  # fmt: skip


# people a school counts: "the school, which had only 38 pupils", "some 2,500 new pupils
# joined classes"; with no event of their own they are its roll, not the displaced the
# story is about
_ROLL = frozenset({"pupils", "students", "schoolchildren", "learners", "schoolgirls", "schoolboys"})


def at_work(low: list[str], start: int, noun_end: int) -> bool:
    """'600 staff', '30 deminers', 'which employs about 3,000 people': a workforce; and
    '38 pupils', a school's roll."""
    head = low[noun_end - 1]
    return head in _WORKFORCE or head in _ROLL or (start > 0 and low[start - 1] in _EMPLOYS)


def displaced_story(tk: Tokens, cues: list[Cue], unit: str, ctx: FieldContext) -> bool:
    """People with no event of their own, in a sentence that names none other than
    displacement, after sentences about displacement: the story says who they are."""
    if unit not in ("person", "household"):
        return False
    if sentence_category(cues, unit) not in (None, "displaced"):
        return False
    return ctx.story_category(unit) == "displaced"


_DWELL = frozenset(
    {"live", "lives", "lived", "living", "housed", "sheltering", "sheltered", "staying",
     "stay", "stayed", "sleeping", "slept", "night", "crammed", "camped", "squatting",
     "sleep", "sleeps", "hosting", "hosted", "hosts", "host", "accommodated", "refuge",
     "houses", "house", "housing", "accommodate", "accommodates", "accommodating"}
)  # fmt: skip
# people moved somewhere: "moved about 350 families to two mosques and a school"
_MOVED_TO = frozenset({"moved", "relocated", "transferred", "evacuated", "taken", "brought"})


def dwelt_in(tk: Tokens, cand: Cand, prev: tuple[Cand, str, str] | None = None) -> bool:
    """'living in 65 schools', 'spent the night in two churches', 'hosting about 2,300
    families in 38 shelter centres', 'moved 350 families to two mosques', 'registered
    1,850 displaced families in four schools': the buildings people stay in or are moved
    to, counted, are places that house them."""
    k = cand.start - 1
    if k < 1 or tk.low[k] not in ("in", "to"):
        return False
    if (
        tk.low[k] == "in"
        and prev is not None
        and prev[1:] in (("person", "displaced"), ("household", "displaced"))
        and cand.start - prev[0].end <= 8
    ):
        return True
    before = tk.low[max(0, k - 5) : k]
    if tk.low[k] == "to":
        return not _MOVED_TO.isdisjoint(before)
    return not _DWELL.isdisjoint(before)


_PART_LINKS = (["among", "them"], ["among", "whom"], ["of", "whom"], ["including"])


_HOUSING_VERBS = frozenset(
    {"held", "hold", "holds", "holding", "home", "housed", "house", "houses", "housing",
     "host", "hosts", "hosted", "hosting", "shelter", "shelters", "sheltered", "sheltering",
     "accommodate", "accommodates", "accommodated", "accommodating"}
)  # fmt: skip


def housed_where(tk: Tokens, cand: Cand, category: str) -> str:
    """People a place for the displaced holds are displaced ("29 displacement sites were
    home to 130,000 people"); a town or a district that is home to people counts its
    population ("Kuje, a town home to about 100,000 people": civilians), and so does a
    place an attack struck ("300 worshippers were in the mosque when the gunmen came")."""
    if held_by_place(tk, cand) or lives_where_place(tk, cand) or lives_in_place(tk, cand):
        return "displaced"
    if category == "other" and tk.low[max(0, cand.start - 2) : cand.start] == ["home", "to"]:
        return "civilians"
    if category == "other" and _present_at_attack(tk, cand):
        return "civilians"  # "About 300 worshippers were in the mosque when the gunmen came"
    return category


# (not who was on board: "Gunmen abducted 20 passengers: 60 passengers were on the bus")
_PRESENT = (["were", "at"], ["were", "in"], ["were", "inside"], ["was", "at"], ["was", "in"])
_ATTACKS = frozenset(
    {"attack", "attacks", "attacked", "attackers", "attacker", "gunmen", "gunman", "shooting",
     "bomb", "bomber", "bombers", "stormed", "opened", "raid", "raided", "militants",
     "grenade", "massacre", "assailants", "jihadists", "bandits"}
)  # fmt: skip


def _present_at_attack(tk: Tokens, cand: Cand) -> bool:
    """People who were at a place an attack hit, counted there: the civilians it struck
    (not workers inside a factory when a fire broke out)."""
    low = tk.low
    return low[cand.end : cand.end + 2] in _PRESENT and not _ATTACKS.isdisjoint(low)


def held_by_place(tk: Tokens, cand: Cand) -> bool:
    """'29 displacement sites were already home to about 130,000 people', 'sites that now
    held nearly 200,000 people': people that places for the displaced hold are displaced."""
    low = tk.low
    for k in range(cand.start - 1, max(-1, cand.start - 9), -1):
        if low[k] in _PLACE_STOPS:
            return False
        if low[k] in _HOUSING_VERBS:
            return _place_before(tk, k, 8)
    return False


def _place_before(tk: Tokens, k: int, reach: int) -> bool:
    """A noun of a place that houses the displaced (camp, site, shelter) within `reach`
    tokens before token k, in the same clause."""
    low = tk.low
    for m in range(k - 1, max(-1, k - reach - 1), -1):
        if low[m] in _PLACE_STOPS:
            return False
        hit = RULES.nouns.match_at(low, m)
        if hit is not None and hit[1][1] == "capacity":
            return True
    return False


_PLACE_STOPS = frozenset({".", ";", ":", "and", "but", "while", "said", "says"})


_BUILT = frozenset(
    {"built", "set", "designed", "meant", "intended", "opened", "established", "erected",
     "planned", "equipped", "prepared", "made"}
)  # fmt: skip


def built_for(tk: Tokens, cand: Cand) -> bool:
    """'The site was set up in 2023 for 5,000 people', 'meant as a transit point for 2,000
    people': people a place was made for are its capacity, however far the verb."""
    low = tk.low
    k = cand.start - 1
    if k < 1 or low[k] != "for":
        return False
    for m in range(k - 1, max(-1, k - 8), -1):
        if low[m] in _PLACE_STOPS or low[m] == ",":
            return False
        if low[m] in _BUILT:
            return True
    return False


def lives_where_place(tk: Tokens, cand: Cand) -> bool:
    """'the camps in Duhok, where some 200,000 Yazidis still live', 'one of 14 camps and
    sites, where about 150,000 people live': people living where a camp is named."""
    low = tk.low
    k = cand.start - 1
    if k < 1 or low[k] != "where":
        return False
    if not any(w in _DWELL for w in low[cand.end : cand.end + 3]):
        return False
    return _place_before(tk, k, 5)


def lives_in_place(tk: Tokens, cand: Cand, bare: bool = False) -> bool:
    """'almost 700,000 people still live in container cities', '2,000 families still live
    in 31 welfare centres': people who live in places for the displaced. A `bare` count
    (no noun) needs no verb of dwelling: '..., and about 100,000 were in 1,200 safety
    centres' (with a noun, '500 pupils were in the school' is no shelter)."""
    low = tk.low
    k = cand.end
    while k < tk.n and low[k] in _STILL:
        k += 1
    if bare and k > cand.end and k < tk.n and low[k] == "in":
        # the place right after "in" (past a determiner or a count): "in 1,200 safety
        # centres", not "in training camps" or "in hospital beds"
        return _shelter_from(tk, k + 1, k + 6, strict=True)
    if k + 1 >= tk.n or low[k] not in _DWELL or low[k + 1] not in {"in", "at"}:
        return False
    return _shelter_from(tk, k + 2, k + 6, strict=False)


def _shelter_from(tk: Tokens, k: int, end: int, strict: bool) -> bool:
    """The first noun from token k (before `end`) is a place for the displaced; `strict`:
    only determiners, counts and kinds of site may come before it, and beds are none."""
    low = tk.low
    for m in range(k, min(tk.n, end)):
        hit = RULES.nouns.match_at(low, m)
        if hit is not None:
            return hit[1][1] == "capacity" and not (strict and low[m] in _BEDS)
        if strict and not (low[m] in _BEFORE_PLACE or low[m][0].isdigit()):
            return False
    return False


_BEFORE_PLACE = frozenset(
    {"the", "a", "an", "some", "about", "around", "nearly", "almost", "over", "more", "than",
     "at", "least", "its", "their",
     # what kind of place for the displaced: "in emergency sites", "in relief camps"
     "emergency", "relief", "evacuation", "safety", "displacement", "idp", "transit",
     "temporary", "collective", "reception", "makeshift", "informal", "official", "public"}
)  # fmt: skip
_BEDS = frozenset({"beds", "bed", "hospital", "hospitals"})
_STILL = frozenset({"still", "now", "already", "are", "were", "have", "had", "been", "remain"})


def part_link(tk: Tokens, start: int) -> bool:
    """', among them 600 students' after a count, however far: a part of that count."""
    low = tk.low
    return any(low[start - len(w) : start] == w for w in _PART_LINKS if start > len(w))


def needs_event(tk: Tokens, cand: Cand) -> bool:
    """A lone one, or kin, counts only with something that happened to them; not the last
    of a list of counts ("five Indians, one Russian and one Latvian")."""
    noun = cand.noun
    if noun is None:
        return False
    low, s = tk.low, cand.start
    kin = " ".join(low[noun.i : noun.j])
    if kin in RULES.needs_event or kin + "s" in RULES.needs_event:
        return True  # "three sons and one daughter"
    if cand.num.value != 1:
        return False
    # "..., one Russian": the count two tokens before the comma or the "and" lists it
    return not (
        s > 2 and low[s - 1] in (",", "and") and (low[s - 3][0].isdigit() or low[s - 3] in UNITS)
    )


def colon_label(tk: Tokens, cues: list[Cue], cand: Cand, unit: str) -> tuple[str, str] | None:
    """'Displaced: 12,000 | Killed: 41': the cue that ends at the colon names the count.
    A count with no noun of its own takes the unit of a noun in its label: 'Houses
    damaged: 29' counts structures, 'Trucks that entered Gaza on Sunday: 126' trucks
    (and, with no cue of that unit, what the noun is by itself)."""
    colon = cand.start - 1
    if colon < 1 or tk.low[colon] != ":":
        return None
    noun = _label_noun(tk, colon) if cand.noun is None else None
    if noun is not None:
        unit = noun[0]
    for cue in cues:
        if cue.j == colon and unit in RULES.cue_units.get(cue.category, ()):
            return unit, cue.category
    if noun is not None and noun[0] != "person":
        if noun[1]:
            return noun
        return _label_event(tk, cues, colon, noun[0])
    return None


_LABEL_REACH = 8  # tokens of a label before its colon


def _label_noun(tk: Tokens, colon: int) -> tuple[str, str] | None:
    """(unit, category) of the counted noun a short label ending at `colon` begins with
    ("Houses damaged:", "Trucks that entered Gaza on Sunday:"); not of a clause ("the
    displaced are living in schools, churches and host families: some 16,000")."""
    low = tk.low
    first = colon
    while first > 0 and low[first - 1] not in _LABEL_STOPS:
        first -= 1
        if low[first][0].isdigit() or colon - first > _LABEL_REACH:
            return None  # "08:15 Emergency service: ..." is a time, then a source
    for k in range(first, min(first + 2, colon)):  # a label begins with what it counts
        hit = RULES.nouns.match_at(low, k)
        if hit is not None:
            return hit[1]
    return None


_LABEL_STOPS = frozenset({".", ";", ":", "|", "\u2014", "\u2013", "(", ")", "!", "?"})


def _label_event(tk: Tokens, cues: list[Cue], colon: int, unit: str) -> tuple[str, str] | None:
    """The category a cue of the label gives a count of `unit` things, if any."""
    for cue in cues:
        if colon - _LABEL_REACH <= cue.i < colon:
            shifted = RULES.cue_shift.get((cue.category, unit))
            if unit in RULES.cue_units.get(cue.category, ()):
                return unit, cue.category
            if shifted is not None:
                return unit, shifted
    return None


# movements that say nothing of the way: whose they are, the story tells ("300,000 people had
# crossed by evening" in a story of returns north)
_NEUTRAL_MOVES = frozenset(
    {"crossed", "cross", "crossing", "crosses", "left", "leaving", "leave", "leaves", "passed",
     "passing", "travelled", "traveled", "made", "streamed", "poured"}
)  # fmt: skip


def story_of_returns(
    tk: Tokens, cues: list[Cue], span: tuple[int, int, int, int], unit: str, ctx: FieldContext
) -> bool:
    """The count's only displacement cues are movements that say nothing of the way (and
    who they are: "68,000 refugees had left through the border post"), and the sentences
    before it are about returns."""
    lo, _, _, hi = span
    moves = [c for c in cues if lo <= c.i < hi and c.category == "displaced"]
    neutral = [c.i for c in moves if tk.low[c.i] in _NEUTRAL_MOVES]
    if not neutral or any(tk.low[c.i] not in _NEUTRAL_MOVES and not c.weak for c in moves):
        return False
    if "direction" in tk.low:
        return False  # "In the other direction, about 3,000 Syrians crossed into Lebanon"
    return ctx.story_category(unit) == "returned"
