"""Category from clause scope and the noun's own semantics (figures/context.py, scope.py)."""

from __future__ import annotations

import pytest

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences


def summary(text: str):
    text = normalise(text)
    out = []
    for f in extract_figures("", text, [], split_sentences(text)):
        number = f.value if f.value is not None else (f.low, f.high)
        out.append((number, f.unit, f.category))
    return out


CASES = [
    # who people are gives way to what happened to them in their clause
    (
        "Some 60,000 residents of towns near the border have been evacuated since October.",
        [(60000, "person", "displaced")],
    ),
    (
        "At least 12 civilians, including a 70-year-old man, were killed, residents said.",
        [(12, "person", "killed")],
    ),
    # an aside after the figure is stepped over
    (
        "OCHA said 1.9 million people, or about 90% of the population, had been displaced.",
        [(1900000, "person", "displaced")],
    ),
    # the verb of a relative clause describes the figure; the main verb says what happened
    (
        "Some 1,500 residents who had fled the area in March began to return home.",
        [(1500, "person", "returned")],
    ),
    (
        "Some 120,000 people displaced by the war have returned to their villages.",
        [(120000, "person", "returned")],
    ),
    ("Some 5,000 people displaced by the fighting.", [(5000, "person", "displaced")]),
    # coordinated figures share one event
    (
        "The attack on the boat killed 49 civilians and 15 soldiers.",
        [(49, "person", "killed"), (15, "person", "killed")],
    ),
    (
        "Authorities detained 11 people, including the four suspected gunmen.",
        [(11, "person", "arrested"), (4, "person", "arrested")],
    ),
    # a cue before "and" belongs to the previous clause
    (
        "At least 60 people had been killed and 59 were still missing.",
        [(60, "person", "killed"), (59, "person", "missing")],
    ),
    # freed, rescued, escaped: hostages in a text about an abduction, else not
    (
        "Gunmen abducted 300 pupils from a school. Five of the students were rescued by troops.",
        [(300, "person", "kidnapped"), (5, "person", "kidnapped")],
    ),
    ("Firefighters rescued two dozen people from rooftops.", [(24, "person", "other")]),
    ("About 3,000 inmates escaped from the central prison.", [(3000, "person", "other")]),
    (
        "Kidnappers seized the village. Another six escaped into the bush.",
        [(6, "person", "kidnapped")],
    ),
    ("The Red Cross said 1,200 detainees had been freed.", [(1200, "person", "arrested")]),
    # returned: deported, sent back, moved back
    ("Iran deported 1.5 million Afghans last year.", [(1500000, "person", "returned")]),
    ("So far 1,700 families have moved back.", [(1700, "household", "returned")]),
    # displaced: left, moved, staying in shelters, remain displaced
    ("Over 2,000 people left the town on Monday.", [(2000, "person", "displaced")]),
    ("About 1,600 people were staying in shelters.", [(1600, "person", "displaced")]),
    (
        "More than 7.2 million people remain internally displaced.",
        [(7200000, "person", "displaced")],
    ),
    ("About 2,000 people live in the nearby camps.", [(2000, "person", "displaced")]),
    ("The transit site now holds more than 150,000 refugees.", [(150000, "person", "displaced")]),
    # civilians: remaining, in need, hunger
    ("Only a few thousand residents stayed behind.", [((2000, 5000), "person", "civilians")]),
    ("Some 25.6 million people face acute hunger.", [(25600000, "person", "civilians")]),
    # capacity: built or meant for N, places for N, counts of camps and shelters
    (
        "A stadium was turned into a temporary site for 12,000 people.",
        [(12000, "person", "capacity")],
    ),
    ("The camp had been built to hold about 2,750 people.", [(2750, "person", "capacity")]),
    ("The district set up 17 camps in government schools.", [(17, "structure", "capacity")]),
    ("Seventy schools are being used as shelters.", [(70, "structure", "capacity")]),
    ("The town now hosts more than 500 displacement sites.", [(500, "other", "capacity")]),
    # nouns with a category of their own
    # "set off for" says nothing by itself (teams and planes set off for places too; a
    # caravan of migrants on the road is another matter: test_figures_caravans_on_the_road)
    ("About 3,000 migrants set off for the border.", [(3000, "person", "other")]),
    ("About 1,000 bodies were repatriated last week.", [(1000, "person", "killed")]),
    ("Doctors treated 3,500 children for malnutrition.", [(3500, "person", "aid")]),
    # counted things: villages, boats, vehicles
    (
        "Soldiers set fire to 400 houses in three villages.",
        [(400, "structure", "housing"), (3, "other", "other")],
    ),
    ("The navy deployed four patrol boats to the area.", [(4, "other", "other")]),
    # a figure restated in brackets is the same group, whichever of the two has the event
    (
        "New arrivals in Kassala this week: 2,350 people (470 households).",
        [(2350, "person", "displaced"), (470, "household", "displaced")],
    ),
    (
        "Monitors counted 212 households (1,270 individuals) who fled the shelling.",
        [(212, "household", "displaced"), (1270, "person", "displaced")],
    ),
    # buildings where displaced people stay are places that house them
    (
        "Displaced families are sheltering in nine schools and a mosque in the town.",
        [(9, "structure", "capacity")],
    ),
    # a relative clause with no main verb after it says what the count is
    (
        "The survey found 4,100 households still displaced and 950 households who returned "
        "to their villages.",
        [(4100, "household", "displaced"), (950, "household", "returned")],
    ),
    (
        "Officials said 30 people who had fled the fighting were killed on the road.",
        [(30, "person", "killed")],
    ),
    (
        "The agency hopes to help 5,000 refugees go home before the rains.",
        [(5000, "person", "returned")],
    ),
    (
        "The clashes have driven some 8,000 people from their villages in the district.",
        [(8000, "person", "displaced")],
    ),
    # a capitalised qualifier after a bracketed lead-in is no label ("Resolution 2334")
    (
        "(Translated from Spanish) About 900 families fled the fighting in Catatumbo.",
        [(900, "household", "displaced")],
    ),
    # a people word with a capital, followed by a verb in -ing
    (
        "Panama registered 2,100 Haitians seeking asylum in March.",
        [(2100, "person", "displaced")],
    ),
    # "only N" and a vague amount with no noun still count when a verb follows
    (
        "Only 1,700 have already gone back to the town.",
        [(1700, "person", "returned")],
    ),
    (
        "Tens of thousands fleeing the offensive reached the border.",
        [((20000, 99999), "person", "displaced")],
    ),
    # "N in M" is a ratio, not a count; "5 in 10 days" is not a ratio
    (
        "Up to 600,000 people, or nine in ten residents, have been displaced.",
        [(600000, "person", "displaced")],
    ),
    ("Nearly 8 in 10 of the new arrivals were women.", []),
    ("Gunmen killed 5 in 10 days in the district.", [(5, "person", "killed")]),
    # across "and", the verb right before the next figure is that figure's
    (
        "Troops freed 120 hostages and killed 14 militants in the raid.",
        [(120, "person", "kidnapped"), (14, "person", "killed")],
    ),
    ("Gunmen seized the bus, taking 60 passengers hostage.", [(60, "person", "kidnapped")]),
    (
        "More than 90 people are in hospital, 12 of them in a critical condition.",
        [(90, "person", "injured"), (12, "person", "injured")],
    ),
    # a reduced relative clause ("displaced since the war") describes; the main verb says
    (
        "Some 500 families displaced since the war have returned to the valley.",
        [(500, "household", "returned")],
    ),
    # troops airlifted are still troops; the cue of a displacement says nothing of them
    (
        "The army airlifted about 800 soldiers to the town after the raid.",
        [(800, "person", "combatants")],
    ),
    ("Bangladesh agreed to repatriate 1,500 refugees.", [(1500, "person", "returned")]),
    # in a text about an abduction, those who escape or are still held are the kidnapped
    (
        "Gunmen abducted 120 pupils from a school in Katsina. Fifteen managed to escape "
        "into the forest, and about 60 are still being held, a teacher said.",
        [(120, "person", "kidnapped"), (15, "person", "kidnapped"), (60, "person", "kidnapped")],
    ),
    (
        "The raiders burned dozens of huts and carried off 12 young men.",
        [((24, 99), "structure", "housing"), (12, "person", "kidnapped")],
    ),
    # people who stay in places that house the displaced are displaced
    (
        "About 60,000 people still live in the relief camps of the district.",
        [(60000, "person", "displaced")],
    ),
    ("About 60,000 people still live in the district.", [(60000, "person", "civilians")]),
    # a people word with a capital is the noun, not a place word after its verb
    ("Nearly 600 Tigrayans returned home.", [(600, "person", "returned")]),
    # (and a state's expulsion sends them back: the guideline's "deported/sent back")
    ("Algeria expelled 2,000 Nigeriens last month.", [(2000, "person", "returned")]),
    # "the bodies of N" are the dead, whoever they were
    ("The bodies of 19 migrants were found in the desert.", [(19, "person", "killed")]),
    # a capacity cue says nothing of hostages or detainees
    ("The group is thought to hold about 60 captives.", [(60, "person", "kidnapped")]),
    # weapons seized are counted things (the guideline's "rifles")
    (
        "Police arrested 23 people and seized 14 rifles.",
        [(23, "person", "arrested"), (14, "other", "other")],
    ),
    ("More than 2,500 people have taken refuge at the UN base.", [(2500, "person", "displaced")]),
    (
        "Gangs torched the village, driving out some 7,000 residents.",
        [(7000, "person", "displaced")],
    ),
    # "among them" introduces a part of the figure before it
    (
        "Rescuers evacuated 230 people from the town, among them 41 children.",
        [(230, "person", "displaced"), (41, "person", "displaced")],
    ),
    # a count whose noun is its own event lends it to no count before it
    (
        "Cholera has spread to six districts, with 412 cases and 9 deaths since March.",
        # cases of a disease are counted as cases (unit other), as the sets write them
        [(6, "other", "other"), (412, "other", "other"), (9, "person", "killed")],
    ),
    (
        "Some 120,000 people were trapped in the town, among them about 40,000 displaced people.",
        [(120000, "person", "civilians"), (40000, "person", "displaced")],
    ),
    # but a count with no event of its own still takes the event written after the next
    (
        "Seven people and four children died when the boat capsized.",
        [(7, "person", "killed"), (4, "person", "killed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_category_in_context(text, expected):
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ireland have won 19 of their last 20 home matches.",  # "home" modifies "matches"
        "One of the boats capsized near the shore.",  # "one of" singles one out
    ],
)
def test_no_figure(text):
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a sentence that opens by breaking down the count before it shares its event
        ("Gunmen abducted 287 pupils on Thursday. They include 76 girls, the governor said.",
         "kidnapped"),
        ("Police detained 300 protesters overnight. Among them were 69 teenagers.", "arrested"),
        ("An air strike killed 40 people at the market. They included 10 women.", "killed"),
    ],
)  # fmt: skip
def test_they_include_breaks_down_the_count_of_the_sentence_before(text, category):
    assert summary(text)[-1][2] == category


def test_they_include_with_an_event_of_its_own_keeps_it():
    text = "Gunmen abducted 287 pupils on Thursday. They include 76 girls who were later freed."
    assert summary(text)[-1][2] == "kidnapped"  # freed hostages are still the kidnapped


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # fighters a disarmament programme counts are its combatants, not detainees
        ("The government says more than 5,000 former combatants have been disarmed.",
         "combatants"),
        ("About 270,000 former fighters are to be disarmed and demobilised.", "combatants"),
        # soldiers disarmed and held across a border are detained
        ("About 280 soldiers were disarmed and detained.", "arrested"),
    ],
)  # fmt: skip
def test_disarmed_fighters_are_combatants_unless_held(text, category):
    assert summary(text)[0][2] == category


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # one verb for two counts joined by "and", a range between them or not
        ("Seven soldiers and between 20 and 30 militants were killed, the officer said.",
         ["killed", "killed"]),
        ("Five civilians and 12 fighters were wounded.", ["injured", "injured"]),
        # but a count with its own event keeps it
        ("Gunmen killed 12 villagers and wounded 30 others.", ["killed", "injured"]),
    ],
)  # fmt: skip
def test_counts_joined_by_and_share_the_verb_after_them(text, want):
    assert [c for _, _, c in summary(text)] == want


def test_a_long_aside_opened_by_including_keeps_the_verb_after_it():
    text = (
        "Eight Maoists, including a central committee member who carried a reward of Rs 1 "
        "crore, were killed in an encounter in Bokaro district, police said."
    )
    assert summary(text) == [(8, "person", "killed")]
