"""What a truce and a border count (dev212, dev214, dev216): zones, hilltops, arms caches,
armed groups, combat engagements and airports are counted; ex-fighters in a disarmament
programme are combatants; soldiers freed in a swap are no longer a force ("other", as
prisoners exchanged are); prisoners freed in a text that frees captives were exchanged; and
a border agency's crossings, encounters and apprehensions are counted."""

from __future__ import annotations

from .support import summary


def test_a_truces_places_and_parties_are_counted():
    assert summary("Israeli troops have stayed on five hilltops inside Lebanon.") == [
        ("five hilltops", "other", "other")
    ]
    assert summary("The government and 14 armed groups signed a peace agreement on Wednesday.") == [
        ("14 armed groups", "other", "other")
    ]
    assert summary("India shut 32 airports in the north and west during the fighting.") == [
        ("32 airports", "structure", "other")
    ]


def test_ex_fighters_demobilised_are_combatants():
    assert summary("The commission said 75,000 Tigrayan ex-fighters would be demobilised.") == [
        ("75,000 Tigrayan ex-fighters", "person", "combatants")
    ]


def test_soldiers_freed_in_a_swap_are_no_longer_a_force():
    assert summary(
        "Azerbaijan released 32 Armenian servicemen and Armenia freed two Azerbaijani soldiers "
        "on Wednesday."
    ) == [
        ("32 Armenian servicemen", "person", "other"),
        ("two Azerbaijani soldiers", "person", "other"),
    ]


def test_soldiers_deployed_are_still_combatants():
    assert summary("The army deployed 9,000 soldiers south of the river.") == [
        ("9,000 soldiers", "person", "combatants")
    ]


def test_prisoners_freed_where_captives_are_freed_were_exchanged():
    found = summary(
        "Hamas has released seven Israeli captives under the ceasefire. Israel has freed 290 "
        "Palestinian prisoners."
    )
    assert ("290 Palestinian prisoners", "person", "other") in found


def test_prisoners_freed_in_an_amnesty_stay_detainees():
    assert summary("The junta freed more than 3,000 prisoners in an amnesty.") == [
        ("more than 3,000 prisoners", "person", "arrested")
    ]


def test_a_border_agencys_crossings_and_encounters_are_counted():
    found = summary(
        "Frontex detected about 145,600 irregular border crossings on the route in 2022. CBP "
        "recorded nearly 250,000 encounters at the southwest border in December."
    )
    assert [f[0] for f in found] == [
        "about 145,600 irregular border crossings",
        "nearly 250,000 encounters",
    ]
