"""What turns an event cue's meaning in its sentence: a return that is barred ("remain unable
to return") is displacement, a return to work is none; people "shifted" are evacuated only
to a safer place (or hurt, to a hospital); treatment of the sick is no injury; suspects
freed were never hostages. events.py asks these as it reads the cues."""

from __future__ import annotations

# what bars a return: "unable to return", "cannot go home", "have yet to return"
BARRED = frozenset({"cannot", "can't", "never", "unable", "yet", "not"})


# where people shifted go when they are evacuated
SAFER = frozenset({"safer", "safe", "relief", "evacuation", "camp", "camps", "shelters"})
TREATMENT = frozenset(
    {"receiving treatment", "were receiving treatment", "are receiving treatment",
     "under treatment", "being treated"}
)  # fmt: skip
SICKNESS = frozenset(
    {"cholera", "measles", "malaria", "ebola", "covid", "covid-19", "dengue", "disease",
     "outbreak", "malnutrition", "malnourished", "diarrhoea", "diarrhea", "mpox", "fever"}
)  # fmt: skip
# people a release concerns who were never hostages: "police freed 12 suspects"
SUSPECTS = frozenset({"suspects", "suspect", "suspected"})


def sick(low: list[str]) -> bool:
    return not SICKNESS.isdisjoint(low)


DUTIES = frozenset({"work", "class", "classes", "school", "duty", "office", "jobs", "posts"})
OWNERS = frozenset({"their", "his", "her"})


def to_work(low: list[str], j: int) -> bool:
    """'have yet to return to work', 'to their jobs': a return to a job or a class, no home."""
    if not (j < len(low) and low[j - 1] == "to"):  # the cue was "return", not "return to"
        if not (j < len(low) and low[j] == "to"):
            return False
        j += 1
    if j < len(low) and low[j] in OWNERS:
        j += 1
    return j < len(low) and low[j] in DUTIES


def return_barred(low: list[str], at: int) -> bool:
    before = low[max(0, at - 2) : at]
    if before[-1:] == ["to"]:
        before = before[:-1]
    return bool(before) and before[-1] in BARRED


# Verbs whose particle comes after their counted object: "sent 500,000 Afghans back",
# "flew 700 people home", "to bring 600,000 people home" (returned); "forced more than
# 2,000 families out of nine camps", "drove 5,000 villagers out", "from villages", "flew
# 15,000 people out of Kabul" (displaced).
SENDERS = frozenset(
    {"sent", "send", "sends", "sending", "flew", "flown", "fly", "flies", "flying", "bused",
     "bussed", "busing", "bussing", "shipped", "ship", "ships", "shipping", "bring", "brings",
     "bringing", "brought"}
)  # fmt: skip
DRIVERS = frozenset(
    {"forced", "forcing", "drove", "driven", "drive", "drives", "driving", "chased", "chase",
     "chases", "chasing"}
)  # fmt: skip
PARTICLE_VERBS = SENDERS | DRIVERS
# senders that carry people away: what they fly or bus "out of" a place they evacuate
_CARRIERS = frozenset(
    {"flew", "flown", "fly", "flies", "flying", "bused", "bussed", "busing", "bussing"}
)
_PARTICLES = {"back": "returned", "home": "returned", "out": "displaced"}
_OBJECT_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "and", "to", "into", "who", "which"})
# objects that keep what happened to them, or that no one displaces: "brought 12 hostages
# home" (kidnapped), "sent 40 patients home", "chased 200 protesters out of the square"
_OWN_FATE = frozenset(
    {"hostages", "captives", "prisoners", "detainees", "patients", "wounded", "injured",
     "bodies", "remains", "troops", "soldiers", "fighters", "protesters", "demonstrators",
     "players", "ministers", "officials", "diplomats", "journalists", "fans", "freed",
     "released", "arrested", "convicted"}
)  # fmt: skip
# where people sent back go when they return to a task, not a home: "back to school"
_TASKS = frozenset(
    {"school", "schools", "class", "classes", "classrooms", "work", "their", "the", "base",
     "barracks", "duty", "jobs", "factories", "front"}
)  # fmt: skip


def split_particle(low: list[str], at: int, numbers: frozenset[str]) -> str | None:
    """The category the verb at `at` gives its counted object when its particle comes
    after that object, within six words and no clause break: "sent more than 500,000
    Afghans back across the border" -> returned. None where the object holds no number
    ("sent aid to 300 families back home" keeps its own cues), where it names people
    with a fate of their own ("brought 12 hostages home"), where "back" goes to a task
    ("brought 10,000 workers back to the factories") and for "30 out of 36"."""
    counted = False
    for x in range(at + 1, min(len(low), at + 8)):
        w = low[x]
        category = _PARTICLES.get(w)
        if w == "from" and low[at] in DRIVERS:
            category = "displaced"  # "forced about 1,600 families from villages in Patikul"
        if category is not None:
            ours = category == "displaced" if low[at] in DRIVERS else category == "returned"
            # "flew more than 15,000 people out of Kabul": carried out of a place, evacuated
            ours = ours or (w == "out" and low[at] in _CARRIERS and low[x + 1 : x + 2] == ["of"])
            if not (ours and counted) or _task_after(low, x):
                return None
            if w == "out" and x + 2 < len(low) and low[x + 1] == "of" and low[x + 2][0].isdigit():
                return None  # "shot down 25 out of 30 drones": a share
            return category
        if w in _OBJECT_BREAKS or w in _OWN_FATE:
            return None
        counted = counted or w[0].isdigit() or w in numbers
    return None


def _task_after(low: list[str], x: int) -> bool:
    """'back to school', 'back into classrooms', 'back to their jobs', 'back to the front'."""
    return (
        x + 2 < len(low)
        and low[x + 1] in ("to", "into")
        and low[x + 2] in _TASKS
        and (low[x + 2] not in ("their", "the") or (x + 3 < len(low) and low[x + 3] in _TASKS))
    )
