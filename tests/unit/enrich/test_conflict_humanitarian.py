"""The humanitarian register: agency and charity updates name wars in passing and need on
every line. Rhetoric ("war on hunger"), accidents in camps, hunger strikes, training,
vaccination drives and commemorations are not conflict; blockades that armed sides impose
and attacks on aid deliveries are."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Government declares war on hunger",
            "The government declared war on malnutrition with a school meals programme for "
            "two million children, UNICEF said.",
        ),
        (
            "Gas cylinder blast injures four in refugee camp",
            "A gas cylinder exploded in a shelter in a refugee camp, injuring four children, "
            "camp managers said.",
        ),
        (
            "Tanker explosion kills 60 in northern town",
            "A fuel tanker overturned and exploded in the town as residents gathered to "
            "collect spilled petrol, killing 60 people, police said. The Red Cross said "
            "hospitals in the state were overwhelmed.",
        ),
        (
            "Refugees in detention centre start hunger strike",
            "Dozens of refugees held at a detention centre began a hunger strike to protest "
            "the slow processing of their asylum claims, a rights group said.",
        ),
        (
            "Peacekeepers complete training before deployment",
            "A battalion of 650 troops completed pre-deployment training before joining the UN "
            "mission in South Sudan, the army said.",
        ),
        (
            "Polio vaccination drive reaches 200,000 refugees",
            "Health workers vaccinated 200,000 children against polio in refugee camps in "
            "Ituri in a five-day campaign, WHO said.",
        ),
        (
            "Aid staff remember colleagues killed in hotel bombing",
            "Aid workers gathered in Geneva to mark the anniversary of the 2003 bombing of the "
            "UN headquarters in Baghdad, which killed 22 people.",
        ),
    ],
)
def test_rhetoric_accidents_hunger_strikes_training_vaccination_and_anniversaries_are_not_conflict(
    title, text
):
    assert not tag(title, text).is_conflict


def test_a_blockade_armed_groups_impose_is_conflict():
    found = tag(
        "Town under blockade for a second year",
        "About 50,000 people in the town remain cut off by a blockade that armed groups have "
        "imposed since 2023, with food arriving only by helicopter, the charity said.",
    )
    assert found.is_conflict


def test_armed_youth_firing_on_an_aid_convoy_is_conflict_whatever_the_deliveries():
    found = tag(
        "Aid deliveries halted after convoy attack",
        "WFP halted food deliveries along the river after armed youth fired on and looted one "
        "of its convoys, wounding two crew members.",
    )
    assert found.is_conflict and "violence_against_civilians" in tags_of(found)
