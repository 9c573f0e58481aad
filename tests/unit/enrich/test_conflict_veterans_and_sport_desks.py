"""The veterans and sports desks (dev275, dev279): a veteran's funeral that reports his death
at the front this week, by assault groups named as armed men, is news of the war; a bomb that
tears through a crowd watching a match is an explosion; an exhibition match is sport, not a
museum's show; bowlers who "bombard" a batting side fire nothing; and a city that battles a
Covid wave under lockdown is in a health story (dev289)."""

from __future__ import annotations

from .support import tag, tags_of


def test_a_veterans_funeral_with_his_death_at_the_front_this_week_is_conflict():
    found = tag(
        "Lviv buries veteran who went back to the front and fell near Bakhmut",
        "Hundreds of people knelt along the street in Lviv on Saturday as the coffin of a "
        "47-year-old veteran of the 2014 fighting in Donbas was carried to the cemetery. He "
        "rejoined his old brigade on the second day of the full-scale invasion. His unit said he "
        "was killed on Tuesday when Russian assault groups attacked its positions on the edge of "
        "Bakhmut. Two other men from his platoon were wounded in the same assault, which the "
        "brigade said it repelled. The local veterans' union has opened a collection for his "
        "children.",
    )
    assert found.is_conflict


def test_a_veterans_memorial_stays_history():
    found = tag(
        "Veterans gather to remember the fallen of the 2014 fighting",
        "Hundreds of veterans gathered in Lviv on Saturday to remember comrades who fell in the "
        "2014 fighting in Donbas. The veterans' union laid wreaths at the memorial. A choir sang "
        "and the mayor spoke of the brigade's history. Veterans said they met every year.",
    )
    assert not found.is_conflict


def test_a_bomb_tearing_through_a_crowd_at_a_match_screening_is_an_explosion():
    found = tag(
        "Blast at World Cup viewing centre kills fans in Damaturu",
        "A bomb tore through a crowded viewing centre in Damaturu as fans gathered to watch a "
        "World Cup match on Tuesday evening, police said. At least 14 people were killed and 26 "
        "wounded. No group claimed responsibility, but suspicion fell on Boko Haram, whose "
        "fighters have attacked football screenings before. Several states had ordered viewing "
        "centres closed for the tournament.",
    )
    assert found.is_conflict
    assert "explosions_remote_violence" in tags_of(found)


def test_bowlers_who_bombard_a_batting_side_fire_nothing():
    found = tag(
        "Australia's bowlers bombard England as Ashes war of words escalates",
        "Australia's fast bowlers bombarded England's batsmen with short balls on the second day "
        "in Perth. England's coach said his side had been under siege all morning. The captain "
        "said the team would respond in the next match. The series resumes in Brisbane.",
    )
    assert not found.is_conflict


def test_a_city_that_battles_a_covid_wave_under_lockdown_is_no_conflict():
    found = tag(
        "Shanghai extends lockdown as city of 25 million battles Omicron",
        "Shanghai extended its lockdown indefinitely on Tuesday as the city reported more than "
        "13,000 new Covid-19 infections, and residents complained of shortages of food and "
        "medicine. Officials said all 25 million residents would stay at home. The army sent "
        "more than 2,000 medical workers to help carry out mass testing. Economists warned that "
        "the lockdown would slow growth.",
    )
    assert not found.is_conflict
