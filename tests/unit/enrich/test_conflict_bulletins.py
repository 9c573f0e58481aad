"""Radio and television bulletins: one war story among markets, weather and sport. An air
attack is a strike from the air, and a headline that says prosecutors treat a stabbing as
terrorism names a terrorist attack, whatever the crime words around it."""

from __future__ import annotations

from .support import tag, tags_of


def test_an_air_attack_on_a_capital_among_other_stories_is_conflict():
    found = tag(
        "Russia pounds Kyiv overnight; stocks end mixed; heat builds in the Plains",
        "Russia has launched one of the heaviest air attacks of the war on the Ukrainian "
        "capital. Officials in Kyiv say at least fourteen people were killed overnight. "
        "Ukraine's air force says Russia fired close to five hundred drones and some forty "
        "missiles at targets across the country. Part of an apartment building collapsed, and "
        "rescuers were still digging through the rubble at daybreak. On Wall "
        "Street, stocks ended mixed after a choppy session. And forecasters say a heat wave "
        "could push temperatures past one hundred degrees by the weekend.",
    )
    assert found.is_conflict
    assert "explosions_remote_violence" in tags_of(found)


def test_a_stabbing_prosecutors_treat_as_terrorism_is_terrorism():
    found = tag(
        "Prosecutors treat festival stabbing as terrorism",
        "A man has killed three people and wounded eight in a knife attack at a street festival "
        "in the western city. A suspect turned himself in to police late on Saturday. The "
        "festival was celebrating the city's anniversary. In other news, the economy shrank "
        "slightly in the second quarter.",
    )
    assert found.is_conflict
    assert "terrorism" in tags_of(found)


def test_an_attack_as_a_word_of_politics_stays_politics():
    found = tag(
        "Opposition leader calls budget an attack on pensioners",
        "The opposition leader said the budget was an attack on pensioners and promised to vote "
        "against it. The finance minister said the plan would cut the deficit by a third.",
    )
    assert not found.is_conflict


def test_police_opening_fire_on_the_crowds_is_unrest():
    found = tag(
        "Protesters breach parliament as police open fire",
        "Protesters forced their way into parliament and set part of the building on fire, "
        "minutes after lawmakers passed a finance bill. Police opened fire on the crowds, and "
        "rights groups say at least five people were shot dead. On Wall Street, stocks ended "
        "higher. The Supreme Court struck down a federal ban on bump stocks.",
    )
    assert found.is_conflict
