"""The numbers of hunger: children a clinic admits or treats for malnutrition sought its help
(injured, as the guideline's "sought medical help"), and people short of food, in crisis,
or facing crisis or emergency levels of hunger are people in need (civilians). Food given
to people and children merely screened stay aid."""

from __future__ import annotations

import pytest

from .support import categories


@pytest.mark.parametrize(
    "text",
    [
        "MSF said it had admitted more than 1,100 children with severe acute malnutrition.",
        "Unicef said at least 9,000 children had been admitted for treatment of acute "
        "malnutrition since January.",
        "Health workers said about 70 children were being treated for severe malnutrition.",
        "In Adre, the MSF-run hospital admitted 1,300 children in the month to July 15.",
    ],
)
def test_children_admitted_or_treated_for_malnutrition_are_the_hurt(text):
    assert categories(text) == ["injured"]


@pytest.mark.parametrize(
    "text",
    [
        "More than 6 million people in Niger are short of food, the UN says.",
        "About 3.7 million people are in crisis across the country, the UN said.",
        "Some 3.5 million people in the region faced Emergency (IPC Phase 4) outcomes.",
        "About 1.6 million people in the south would face crisis levels of hunger or worse.",
        "The FAO estimates that about 10.7 million people are undernourished.",
    ],
)
def test_people_short_of_food_or_in_crisis_are_in_need(text):
    assert categories(text) == ["civilians"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("WFP said it had distributed food to 1.2 million people in May.", ["aid"]),
        ("Its teams screened some 56,000 children during the month.", ["aid"]),
    ],
)
def test_food_given_and_children_screened_stay_aid(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "A further 1.07 million people are in Phase 4, or emergency, the IPC said.",
        "About 2.5 million people have limited or no access to care, the WHO said.",
        "About 900,000 people have no access to clean water in the province.",
    ],
)
def test_people_in_an_ipc_phase_or_cut_off_from_care_are_in_need(text):
    assert categories(text) == ["civilians"]
