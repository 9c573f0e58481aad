"""Wars as the sport, culture and health desks report them. A weapon that struck a place
(even where the desk's words fill the article), someone killed by an army's fire, people
abducted by guerrillas, and a dated attack with a casualty in a story an epidemic frames are
conflict; a match report's metaphors stay sport."""

from __future__ import annotations

from .support import tag


def test_glide_bombs_that_struck_a_sports_complex_are_an_attack():
    found = tag(
        "Glide bombs hit sports complex, killing youth coach",
        "Russian glide bombs struck a sports complex in Kharkiv on Sunday, killing a youth "
        "football coach and wounding nine people, the regional governor said. Children's "
        "training sessions were under way on the pitches. The club has played its home "
        "matches in other cities since the season began.",
    )
    assert found.is_conflict


def test_a_man_killed_by_an_armys_fire_is_conflict():
    found = tag(
        "",
        "A man was killed by Israeli fire while waiting for food near a distribution point "
        "in southern Gaza, medics said.",
    )
    assert found.is_conflict


def test_people_abducted_by_guerrillas_are_strong_evidence_of_violence_against_civilians():
    found = tag("", "Two engineers were abducted by ELN guerrillas on Saturday, the army said.")
    assert found.is_conflict
    hit = next(h for h in found.tags if h.tag == "violence_against_civilians")
    assert any(e.text == "abducted by ELN guerrillas" for e in hit.evidence)


def test_armed_men_attacking_a_treatment_centre_in_an_outbreak_is_conflict():
    found = tag(
        "Ebola treatment centre attacked as outbreak response falters",
        "Armed men attacked an Ebola treatment centre in the east of the country late on "
        "Saturday, killing a police officer and forcing staff to evacuate some patients, "
        "health officials said. It was the second attack on a treatment facility in the city "
        "this month. The outbreak, declared in August, has infected more than 900 people. "
        "An experimental vaccine has been given to 80,000 people, mostly health workers. "
        "Vaccination teams have suspended their work in two health zones. Epidemiologists "
        "say the virus is moving ahead of the response.",
    )
    assert found.is_conflict


def test_a_match_report_with_its_metaphors_stays_sport():
    found = tag(
        "City blitz United to stay top",
        "City's strikers bombarded United's goal from the first whistle and the siege ended "
        "with a 4-0 massacre on Sunday. The coach said his team had killed the game off by "
        "half-time. The league title race is now a battle of two.",
    )
    assert not found.is_conflict


def test_a_headlines_present_tense_attack_by_armed_men_is_news():
    found = tag(
        "Bandits abduct actors during film shoot in Katsina village",
        "Five actors and two crew members were taken from a location in a village in Katsina "
        "State on Tuesday, the producers' guild said. The bandits, who have abducted hundreds "
        "of villagers in the state this year, have demanded a ransom, a police spokesman said.",
    )
    assert found.is_conflict


def test_a_film_shoot_is_work_done_but_a_war_film_stays_a_film():
    found = tag(
        "Director starts shooting war film in Kyiv",
        "The director began the film shoot on Monday with a crew of 80. The film follows a "
        "sniper during the siege of the city, and its battle scenes were shot in a quarry.",
    )
    assert not found.is_conflict


def test_an_army_named_by_its_country_fires_as_an_army():
    found = tag(
        "",
        "Four people were killed by Sudanese army fire on a market in Nyala on Monday, the "
        "Rapid Support Forces said, a claim the army denied.",
    )
    assert found.is_conflict
