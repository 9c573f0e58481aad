"""Sitrep lines and clause forms: bracketed sources, names, "citing", parts and places."""

from __future__ import annotations

import pytest

from pipeline.enrich.figures import extract_figures
from pipeline.enrich.text import normalise, split_sentences


def figs(text: str):
    text = normalise(text)
    return extract_figures("", text, [], split_sentences(text))


SOURCES = [
    # a bracketed source that closes a line reports the figures of that line only
    ("- 12,400 people displaced (IOM DTM)\n- 80 killed", ["IOM DTM", None]),
    ("Casualties: 4 killed, 11 injured (MoH).", ["MoH", "MoH"]),
    (
        "Seven killed, nine abducted in a raid on a village (local civil society).",
        ["local civil society"] * 2,
    ),
    ("- 52,000 people displaced (Defensoria del Pueblo)", ["Defensoria del Pueblo"]),
    # a bracket after a name is a gloss, not a source
    ("Some 3,000 people fled to Beni (North Kivu).", [None]),
    # "figures from X show", "images reviewed by X showed": X is the source
    ("Figures from UNHCR show 1.5 million Sudanese have entered Egypt.", ["UNHCR"]),
    (
        "Satellite images reviewed by Yale researchers showed 1,700 homes burned.",
        ["Yale researchers"],
    ),
    # "X said, citing Y": X reports it; a lone ", citing Y" still gives Y
    (
        "Gunmen killed 100 people, Amnesty International said, citing residents.",
        ["Amnesty International"],
    ),
    ("Gunmen killed 100 people in the raid, citing the health ministry.", ["the health ministry"]),
    # a clause before ", the group added" is not a name in apposition
    ("Several hundred villagers fled to Tougan, the group added.", ["the group"]),
    (
        "Three hundred families arrived in Tabqa overnight, the Kurdish Red Crescent said.",
        ["the Kurdish Red Crescent"],
    ),
    # "and" inside a name; a possessive name at the sentence start
    (
        "Researchers at the London School of Hygiene and Tropical Medicine estimated"
        " that 61,000 died.",
        ["researchers at the London School of Hygiene and Tropical Medicine"],
    ),
    (
        "Ukraine's commissioner for missing persons said about 70,000 people were missing.",
        ["Ukraine's commissioner for missing persons"],
    ),
    ("Houthi strike kills three sailors, the shipping company said.", ["the shipping company"]),
    # ", X said, and 23 deaths" reaches forward; a later source wins over it
    (
        "Workers recorded 2,000 cases of cholera in camps, the WHO said, and 23 deaths.",
        ["the WHO", "the WHO"],
    ),
    (
        "Clashes displaced 30,000 people, OCHA said, and dozens of civilians were killed,"
        " residents told the BBC.",
        ["OCHA", "residents"],
    ),
    # "according to X, and forced ...": the same subject goes on
    (
        "The war has killed 6,000 people, according to the Crisis Group, and forced 630,000"
        " from their homes.",
        ["the Crisis Group"] * 2,
    ),
    (
        "Mexico's national registry lists more than 120,000 people as missing.",
        ["Mexico's national registry"],
    ),
]


@pytest.mark.parametrize(("text", "agents"), SOURCES)
def test_sources(text, agents):
    assert [f.attribution for f in figs(text)] == agents


CATEGORIES = [
    # people who live in camps or sites are displaced
    ("About 60,000 people remain in over 300 relief camps.", ["displaced", "capacity"]),
    ("Tens of thousands of people live in 96 displacement sites.", ["displaced", "capacity"]),
    # "including N" is part of the figure before it
    (
        "The attack killed 115 people, the UN said, including ten children, and displaced 6,270.",
        ["killed", "killed", "displaced"],
    ),
    # "bringing the total to N" counts what the figure before counts
    (
        "The rebels have detained 13 staff members, bringing the total held to 23.",
        ["arrested", "arrested"],
    ),
    ("1.5 million Sudanese have entered Egypt.", ["displaced"]),
    ("4.3 million Ukrainians held temporary protection in the EU.", ["displaced"]),
    ("UNICEF said 19,000 children were serving in armed groups.", ["combatants"]),
    (
        "Soldiers torched 300 houses, forcing about 1,500 people into the jungle.",
        ["housing", "displaced"],
    ),
    ("The trucks brought enough for 1.5 million people.", ["aid"]),
    ("Hundreds of boxes were stuck at the border.", ["aid"]),
]


@pytest.mark.parametrize(("text", "categories"), CATEGORIES)
def test_categories(text, categories):
    assert [f.category for f in figs(text)] == categories


FOUND = [
    # "another N" with the noun left unsaid before a time word
    ("The city rebuilt 2,300 homes and plans to repair another 4,000 this year.", [2300, 4000]),
    ("Kenya deployed 400 police officers, with another 600 due in the coming months.", [400, 600]),
    ("Over a dozen drivers were killed and 200 graves were found.", [12, 200]),
    ("Gunmen abducted two US missionaries.", [2]),
    # "one in four" is a ratio
    ("One in four schools in the country is shut.", []),
    ("One in five children is malnourished.", []),
]


@pytest.mark.parametrize(("text", "values"), FOUND)
def test_found(text, values):
    assert [f.value if f.value is not None else f.low for f in figs(text)] == values


def test_a_bare_number_after_a_label_counts_what_the_label_names():
    text = "Key figures:\n- Internally displaced: 507,000\n- Returnees: 41,200\n- Funding: 21%"
    got = [(f.value, f.category) for f in figs(text)]
    assert got == [(507000, "displaced"), (41200, "returned")]


def test_people_who_found_refuge_are_displaced():
    (fig,) = figs("About 700 people found refuge in a church in the town.")
    assert (fig.value, fig.category) == (700, "displaced")


def test_a_bare_number_with_a_rate_still_counts():
    (fig,) = figs("The agency said the number of new arrivals could reach 400 a day in March.")
    assert (fig.value, fig.category) == (400, "displaced")


def test_each_number_of_a_label_row_takes_its_own_label():
    got = [(f.value, f.category) for f in figs("Displaced: 12,000 | Killed: 41 | Injured: 97")]
    assert got == [(12000, "displaced"), (41, "killed"), (97, "injured")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Killed: 4. Injured: 17. Houses damaged: 29.", [(29, "structure", "housing")]),
        ("Dead: over 200. Homes washed away: 265.", [(265, "structure", "housing")]),
        ("Trucks that entered Gaza on Sunday: 126.", [(126, "other", "aid")]),
    ],
)
def test_a_bare_number_takes_the_unit_of_the_noun_its_label_begins_with(text, want):
    got = [(f.value, f.unit, f.category) for f in figs(text)]
    assert got[-len(want) :] == want


def test_a_clause_before_a_colon_is_no_label():
    text = (
        "In Minova, the displaced are living in schools, churches and host families: some "
        "16,000 at the Lwiro site, another 9,000 in church compounds."
    )
    assert [(f.value, f.unit) for f in figs(text)] == [(16000, "person"), (9000, "person")]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "The government said just over 1,000 collective shelters had been opened, 830 of "
            "them already full, housing around 190,000 people.",
            ["structure", "structure", "person"],
        ),
        # an event of people at hand: "them" are the people, not the buses
        (
            "Gunmen stopped three buses and abducted more than 100 of them, students said.",
            ["other", "person"],
        ),
    ],
)
def test_n_of_them_is_counted_in_the_unit_of_the_count_before_it(text, units):
    assert [f.unit for f in figs(text)] == units


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "WFP said it had distributed 1,700 tonnes of food to 150,000 people in October.",
            [(1700, "other", "aid"), (150000, "person", "aid")],
        ),
        (
            "Its helicopters carried about 340 tonnes of cereals to Djibo in March.",
            [(340, "other", "aid")],
        ),
        (
            "Police seized over 400 firearms and 3 tonnes of explosives, the army said.",
            [(400, "other", "other"), (3, "other", "other")],
        ),
        (
            "Volunteers run more than 90 communal kitchens in the city, the council said.",
            [(90, "other", "aid")],
        ),
    ],
)
def test_food_and_relief_by_weight_and_kitchens_are_aid(text, want):
    assert [(f.value, f.unit, f.category) for f in figs(text)] == want


def test_people_an_agency_can_feed_receive_aid():
    text = "WFP said the food would feed 60,000 displaced people for a month."
    assert [(f.value, f.category) for f in figs(text)] == [(60000, "aid")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym that spells a pronoun is a source: the World Health Organization
        ("WHO said 12 people died of cholera.", ["WHO"]),
        ("- At least 900 bodies recovered from the streets (WHO)\n- 80 missing", ["WHO", None]),
        # a source in brackets after a place name is a source, not a gloss of the place
        ("- 1.3 million people displaced across Haiti (IOM)\n- 250 sites", ["IOM", None]),
        ("- 60 men detained at checkpoints in Sittwe (community sources)", ["community sources"]),
        # a country code, a region or an armed group in brackets after a name is a gloss
        ("Some 3,000 people fled to Goma (DRC).", [None]),
        ("- 2,000 people displaced in Maiduguri (Borno State)", [None]),
        ("More than 2,000 civilians were killed by the Rapid Support Forces (RSF).", [None]),
        ("- 5,200 displaced in Donetsk (NGCA)", [None]),
    ],
)
def test_acronyms_and_bracketed_sources_after_place_names_are_sources(text, expected):
    assert [f.attribution for f in figs(text)] == expected
