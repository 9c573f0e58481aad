"""Figures in the register of military communiqués and state media (eval/dev58's register):
long official names as sources, euphemisms for the killed, names written "A/B", and
counts after a passive "by" that name who did it."""

from __future__ import annotations

import pytest

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences


def figs(text: str):
    text = normalise(text)
    return extract_figures("", text, [], split_sentences(text))


SOURCES = [
    # an ordinal is part of a unit's name, and so is the possessive before it
    ("Troops killed 14 rebels in Cauca, the 29th Brigade said.", "the 29th Brigade"),
    (
        "Nineteen insurgents surrendered in Samar, the army's 8th Infantry Division said.",
        "the army's 8th Infantry Division",
    ),
    (
        "Six gunmen were killed near Tillaberi, the army's Western Command said.",
        "the army's Western Command",
    ),
    # a hyphen inside a name is no dateline dash
    ("The Hamas-run health ministry said 31 people were killed.", "the Hamas-run health ministry"),
    # a time before the subject is not the source
    ("Two days later the police said they had arrested 17 suspects.", "the police"),
    ("Hours later, the governor said 9 people had died.", "the governor"),
    # but a "later" inside the subject is no time before it
    (
        "Witnesses interviewed later by Reuters said 12 people were killed.",
        "witnesses interviewed later by Reuters",
    ),
    # the outlet that quotes a source carries it; the source reports
    ("State TV quoted the governor as saying that 12 people were killed.", "the governor"),
    (
        "Troops killed 30 militants, the agency quoted a security official as saying.",
        "a security official",
    ),
    # an office and the command it heads, between commas, is one source (a person's name
    # there is the source: "The governor of Kwango province, Willy Bitwisila, said")
    (
        "Nine Maoists were killed, the Inspector General of Police, Bastar Range, said.",
        "the Inspector General of Police, Bastar Range",
    ),
    (
        "Forty people were killed, the governor of Kwango province, Willy Bitwisila, said.",
        "Willy Bitwisila",
    ),
    # but a dateline before it still goes
    ("SANA - The Governor of Homs said 12 people were killed.", "the Governor of Homs"),
]


@pytest.mark.parametrize(("text", "source"), SOURCES, ids=[s[0][:50] for s in SOURCES])
def test_an_official_body_is_named_whole(text, source):
    assert [f.attribution for f in figs(text)] == [source]


CATEGORIES = [
    # what state media call the killed and their armed opponents
    ("Security forces said 11 khwarij were sent to hell in North Waziristan.", (11, "killed")),
    ("Troops killed four narcoterrorists in the VRAEM valley.", (4, "killed")),
    ("Police arrested 12 miscreants after the clash.", (12, "arrested")),
    # two names joined by a slash before the noun
    ("Turkish forces neutralised 9 PKK/YPG terrorists in northern Syria.", (9, "killed")),
    ("Soldiers captured 23 ELN/FARC rebels near the border.", (23, "arrested")),
    # fighters who give themselves up are still counted as fighters
    ("Thirty-two members of the group surrendered to troops in Sulu.", (32, "combatants")),
    ("More than 400 militants have surrendered in the region since May.", (400, "combatants")),
    ("Police said 12 suspects turned themselves in.", (12, "arrested")),
    ("The rebels surrendered 3 hostages to the Red Cross.", (3, "kidnapped")),
    ("Some 45 migrants surrendered to border police.", (45, "other")),
    # works of war destroyed are no homes
    ("Troops responded, destroying three enemy posts, the army said.", (3, "other")),
    ("Aircraft destroyed 14 hideouts used by the group.", (14, "other")),
    ("Shelling destroyed 14 houses in the village.", (14, "housing")),
    # "had been taken" is no abduction when a hospital or a town follows
    ("At least 26 protesters had been taken to hospital, the ombudsman said.", (26, "injured")),
    ("The 40 hostages had been taken to a forest camp.", (40, "kidnapped")),
    ("About 1,900 residents had been taken to the regional capital.", (1900, "displaced")),
]


@pytest.mark.parametrize(("text", "expected"), CATEGORIES, ids=[c[0][:50] for c in CATEGORIES])
def test_killed_and_captured_in_official_words(text, expected):
    assert [(f.value, f.category) for f in figs(text)] == [expected]


def test_companions_and_overseas_workers_are_counted_people():
    found = figs("The crossing let 41 wounded Palestinians and 38 companions into Egypt.")
    assert [f.value for f in found] == [41, 38]
    found = figs("Some 460 patients and companions were killed in the strike.")
    assert [(f.value, f.noun) for f in found] == [(460, "patients and companions")]
    found = figs("1,207 overseas Filipino workers have been repatriated from Lebanon.")
    assert [(f.value, f.category) for f in found] == [(1207, "returned")]


def test_a_count_after_a_passive_by_is_who_did_it():
    found = figs("The base, held by about 300 soldiers, was overrun at dawn.")
    assert [(f.value, f.category) for f in found] == [(300, "combatants")]
    found = figs("At least 40 villagers were abducted by 70 gunmen on motorbikes.")
    assert [(f.value, f.category) for f in found] == [(40, "kidnapped"), (70, "combatants")]
    # an increase "by" a number is still the count of what rose
    found = figs("The number displaced increased by 2,000.")
    assert [(f.value, f.category) for f in found] == [(2000, "displaced")]
