"""The humanitarian register: agency and charity updates name wars in passing and need on
every line. A war declared on hunger, accidents with cooking gas and fuel tankers, and
peacekeepers' training are not conflict; blockades that armed sides impose, and shots at
aid deliveries, are. The words of those rules do not hide the violence next to them: an
airstrike on a tanker, police beating hunger strikers, refugees vaccinated as they flee."""

from __future__ import annotations

import pytest

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Government declares war on hunger",
            "The government declared war on malnutrition with a school meals programme for "
            "two million children, UNICEF said.",
        ),
        (
            "Cooking gas blast injures four in refugee camp",
            "A cooking gas cylinder exploded in a shelter in a refugee camp, injuring four "
            "children, camp managers said.",
        ),
        (
            "Tanker explosion kills 60 in northern town",
            "A fuel tanker overturned and exploded in the town as residents gathered to "
            "collect spilled petrol, killing 60 people, police said. The Red Cross said "
            "hospitals in the state were overwhelmed.",
        ),
        (
            "Peacekeepers complete training before deployment",
            "A battalion of 650 troops completed pre-deployment training before joining the UN "
            "mission in South Sudan, the army said.",
        ),
        (
            "Nightclub shooting",
            "Armed youths opened fire at a nightclub, killing four people in a suspected gang "
            "feud over drug turf, police said.",
        ),
    ],
)
def test_rhetoric_accidents_training_and_gang_feuds_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Town under blockade for a second year",
            "About 50,000 people in the town remain cut off by a blockade that armed groups "
            "have imposed since 2023, with food arriving only by helicopter, the charity said.",
        ),
        (
            "River deliveries suspended",
            "WFP suspended food deliveries by river after its barges were fired on and looted "
            "near Malakal, wounding a crew member.",
        ),
        (
            "Fuel tanker blast in Gaza",
            "An Israeli airstrike hit a fuel tanker in Khan Younis, killing five people, medics "
            "said.",
        ),
        (
            "Police break up hunger strike",
            "Riot police fired tear gas and beat hunger strikers outside parliament, arresting "
            "40 people.",
        ),
        (
            "Shelling pounds Khartoum",
            "Residents say they cannot remember fighting this heavy: artillery has pounded "
            "Khartoum for three days, killing at least 40 civilians.",
        ),
        (
            "Refugees cross into Chad",
            "About 15,000 Sudanese refugees fleeing RSF attacks crossed into Chad this week. "
            "MSF teams vaccinated children arriving at the border.",
        ),
    ],
)
def test_blockades_shots_at_deliveries_and_violence_beside_those_words_are_conflict(title, text):
    assert tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Drivers' strike strands commuters",
            "Thousands of bus drivers stayed off the roads on Monday at the start of a two-day "
            "strike against a fare reform, and the army sent trucks to carry stranded "
            "commuters.",
        ),
    ],
)
def test_labour_strikes_are_no_strikes_of_war(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Two strikes kill 12 in Gaza", ""),
        (
            "Five strikes hit Kyiv",
            "Five strikes hit Kyiv before dawn, the city's military administration said.",
        ),
        (
            "Air force campaign",
            "The air force began a two-day strike campaign against rebel positions in the north.",
        ),
    ],
)
def test_counted_strikes_and_strike_campaigns_stay_strikes_of_war(title, text):
    assert tag(title, text).is_conflict


def test_armed_thugs_robbing_a_shop_are_criminals():
    assert not tag(
        "Jewellery heist",
        "Armed thugs stormed a jewellery store in a Johannesburg mall and fled with gems, "
        "police said.",
    ).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Police accused over protest deaths",
            "Rights groups said officers shot at demonstrators during the national strike, "
            "and several people were killed.",
        ),
        (
            "Protesters shot during general strike",
            "Police fired at marchers during the general strike in the capital, rights groups "
            "said.",
        ),
    ],
)
def test_police_shooting_at_strikers_is_conflict(title, text):
    assert tag(title, text).is_conflict
