"""The migration desk's words of force (dev219): migrants called an invasion, a navy's or a
police force's operations against smugglers and small boats, and riots that were planned but
never came are no violence. A riot that burns buses and throws fireworks at police is."""

from __future__ import annotations

from .support import tag


def test_troops_sent_to_a_border_called_invaded_fight_no_one():
    found = tag(
        "Pentagon sends 1,500 more troops to the southern border",
        "The Pentagon said on Wednesday it was sending about 1,500 troops to the border to "
        "support Customs and Border Protection. The soldiers will help with transport and "
        "logistics and will not take part in arrests, officials said. Trump has described the "
        "arrival of migrants as an invasion. About 2,500 National Guard troops were already "
        "deployed there, and some former commanders said the deployment was about politics.",
    )
    assert not found.is_conflict


def test_riots_that_fail_to_materialise_are_no_riots():
    found = tag(
        "Counter-protesters outnumber far right as planned riots fail to materialise",
        "Thousands of anti-racism campaigners gathered outside immigration centres on Wednesday "
        "evening, after online posts had called for attacks on more than 100 sites. A crowd "
        'filled a street, chanting and holding placards reading "Refugees welcome." Police had '
        "deployed about 6,000 officers, but the far-right protests largely failed to appear. "
        "A few small groups of anti-immigration protesters were kept apart from the crowds.",
    )
    assert not found.is_conflict


def test_a_riot_that_throws_fireworks_at_police_is_unrest():
    found = tag(
        "Dublin rioters burn buses and loot shops after school stabbing",
        "Rioters set fire to buses, a tram and police cars and looted shops in central Dublin "
        "on Thursday night, hours after a man stabbed three young children outside a school. "
        "Crowds chanting anti-immigrant slogans attacked riot police with bottles and "
        "fireworks, and at least one officer was seriously injured. Police said 34 people were "
        "arrested. A hotel previously used to house asylum seekers was targeted. A girl injured "
        "in the stabbing remained in a critical condition.",
    )
    assert found.is_conflict
