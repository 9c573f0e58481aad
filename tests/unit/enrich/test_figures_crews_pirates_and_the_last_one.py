"""Crews, pirates and insurgents (eval/dev310's and dev311's registers): the last one of a
list of counts, a lone one of a trade, what a body lost, and the men a count is made of
when nothing befell them."""

from __future__ import annotations

from .support import figures, summary


def test_the_last_one_of_a_list_of_nationalities_is_counted():
    found = summary(
        "Iran released the crew of the tanker on Sunday. The seafarers, five Indians, one "
        "Russian and one Latvian, were released on humanitarian grounds."
    )
    assert [text for text, _, _ in found] == ["five Indians", "one Russian", "one Latvian"]
    assert {unit for _, unit, _ in found} == {"person"}


def test_one_after_a_list_of_fates_takes_its_own():
    found = summary(
        "The bureau said 14 crew members had been kidnapped, nine injured and one killed."
    )
    assert ("one", "person", "killed") in found


def test_a_mother_of_sons_and_one_daughter_counts_no_one():
    assert figures("She is a mother of three sons and one daughter.") == ()


def test_one_man_of_a_trade_counts_as_a_person():
    assert summary("One fisherman died last month when his boat was rammed.") == [
        ("One fisherman", "person", "killed")
    ]


def test_what_a_body_lost_or_broke_is_an_injury():
    assert summary("One sailor lost a thumb.") == [("One sailor", "person", "injured")]
    found = summary("Twelve crew were rescued. Four of them suffered broken bones.")
    assert ("Four", "person", "injured") in found
    # losing one's land or job hurts no body
    assert summary("He said 30 farmers lost their land.") == [("30 farmers", "person", "other")]


def test_pirates_are_a_force_and_suspected_pirates_are_held():
    assert summary("Local elders said about 65 pirates had been aboard at times.") == [
        ("about 65 pirates", "person", "combatants")
    ]
    assert summary(
        "Six suspected pirates captured by the frigate were handed to the authorities to "
        "stand trial."
    ) == [("Six suspected pirates", "person", "arrested")]
    assert summary("Three suspected pirates were killed in the exchange of fire.") == [
        ("Three suspected pirates", "person", "killed")
    ]


def test_maoists_are_combatants_and_a_forces_words_for_its_dead_are_killed():
    assert summary("About 400 Maoists ambushed a joint team near the village.") == [
        ("About 400 Maoists", "person", "combatants")
    ]
    assert summary("The military said two soldiers paid the supreme price in an ambush.") == [
        ("two soldiers", "person", "killed")
    ]


def test_dissidents_and_eradicators_are_people_counted():
    assert summary("The army said it had captured five dissidents during the operation.") == [
        ("five dissidents", "person", "arrested")
    ]
    assert summary("The ministry said 12 eradicators had been killed guarding coca teams.") == [
        ("12 eradicators", "person", "killed")
    ]


def test_mourners_mourn_whatever_the_sentence_buried():
    found = summary(
        "The town buried its dead the next day as thousands of mourners filled the streets."
    )
    assert [category for _, _, category in found] == ["other"]
    found = summary("Thousands of mourners lined the roads as the convoy passed.")
    assert [category for _, _, category in found] == ["other"]


def test_one_more_that_something_befell_is_a_count():
    got = summary("Four soldiers were killed in the ambush. One more was wounded.")
    assert ("One", "person", "injured") in got


def test_one_more_thing_is_no_count():
    assert summary("One more thing: the talks resume on Friday.") == []


def test_a_count_after_a_datelines_dash_is_no_day_of_the_month():
    got = summary("BUNJ, Dec 11 - Seventeen refugees have died of cholera in the camps.")
    assert ("Seventeen refugees", "person", "killed") in got
