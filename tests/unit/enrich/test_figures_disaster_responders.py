"""What a disaster's responders and an outbreak's tracers count: wildfires, landslides, roads,
rescues, calls, sniffer dogs and water bombers are things; traced contacts are people; health
units are buildings."""

from __future__ import annotations

import pytest

from .support import figures, sourced


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("More than 100 wildfires were burning across the country.", ("other", "other")),
        ("The storm set off more than 280 landslides, the agency said.", ("other", "other")),
        ("More than 400 roads were cut by the floods.", ("other", "other")),
        ("Coastguards carried out 3,500 rescues over the weekend.", ("other", "other")),
        ("The centre logged more than 2,800 calls overnight.", ("other", "other")),
        ("Rescuers worked with four sniffer dogs through the night.", ("other", "other")),
        ("Two water bombers joined the firefighting effort.", ("other", "other")),
        ("Health workers are following up about 500 contacts.", ("person", "other")),
    ],
)
def test_the_responders_nouns_are_counted(text, want):
    got = figures(text)
    assert [(f.unit, f.category) for f in got] == [want]


def test_health_units_are_buildings():
    got = sourced("The cyclone damaged 20 health units in the province, officials said.")
    assert [(f[0], f[1]) for f in got] == [("20 health units", "housing")]


def test_what_it_could_reach_is_the_count_before_it():
    got = sourced(
        "The death toll from the landslides rose to 257 on Thursday, the UN humanitarian agency "
        "said, warning it could reach 500."
    )
    assert [(f[0], f[1]) for f in got] == [("257", "killed"), ("500", "killed")]


def test_aid_that_could_reach_people_is_still_aid():
    got = sourced("Food aid could reach 500,000 people next month, the WFP said.")
    assert [(f[0], f[1]) for f in got] == [("500,000 people", "aid")]
