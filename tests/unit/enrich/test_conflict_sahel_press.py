"""Francophone and central Africa as the wires and the translated local press tell it (eval/
dev69's register): armed herders are raiders, a commune "emptied of its inhabitants" is
displacement; a gang that kidnaps for ransom, foreign troops completing a withdrawal and
vaccine doses arriving are not conflict."""

from __future__ import annotations

import pytest

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Armed herders kill 19 farmers in village",
            "Nineteen people were killed on Tuesday when armed herders attacked a farming "
            "village after a dispute over cattle trampling a millet field, local officials said. "
            "Houses and granaries were set on fire, and dozens of families fled into the bush. "
            "The governor said gendarmes had arrested 12 suspects.",
        ),
        (
            "Commune emptied of its inhabitants after ultimatum from armed men",
            "The rural commune has been emptied of its inhabitants, local officials said, after "
            "unidentified armed men gave residents 72 hours to leave and killed two shepherds "
            "who had stayed behind. Thousands of people walked towards Sebba and Dori.",
        ),
    ],
)
def test_raids_and_communes_emptied_by_armed_men_are_conflict(title, text):
    assert tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Police rescue farmers held for ransom in hills",
            "Police and the Rapid Action Battalion rescued four farmers who had been kidnapped by "
            "a gang in the hills and held for ransom for a week, officials said. The kidnappers "
            "had demanded 500,000 taka for each of them. Two suspects were arrested.",
        ),
        (
            "US troops complete withdrawal from drone base",
            "The United States completed the withdrawal of its troops from Air Base 201 on "
            "Monday, handing the facility over to the armed forces, the two governments said. "
            "The base was used to fly surveillance drones over the Sahel.",
        ),
        (
            "First mpox vaccines arrive in Kinshasa",
            "The first 100,000 doses of mpox vaccine arrived in Kinshasa on Thursday, as the "
            "country battles the spread of a new variant, the health ministry said. Vaccination "
            "will start in South Kivu, in the most affected zones.",
        ),
    ],
)
def test_ransom_gangs_withdrawals_and_vaccines_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Polio vaccinators shot dead",
            "Gunmen on motorcycles shot dead two polio vaccination workers and a police guard in "
            "Khyber Pakhtunkhwa province. The team had been carrying doses of polio vaccine to "
            "villages near Bajaur.",
        ),
        (
            "Suicide bomber hits volleyball match",
            "A suicide bomber blew himself up among spectators at a volleyball match in Paktika "
            "province, killing at least 50 people, officials said.",
        ),
    ],
)
def test_an_attack_on_vaccinators_or_a_match_is_no_health_or_sport_story(title, text):
    assert tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Air Force C-130 crashes in Sulu, 50 dead",
            "A Philippine Air Force C-130 transport plane carrying troops overshot the runway "
            "and crashed while landing at Jolo airport on Sunday, killing at least 50 people, "
            "including three civilians on the ground, the military said. The military chief said "
            "there was no sign of hostile fire.",
        ),
        (
            "Pilgrims set off under heavy security",
            "The first batch of pilgrims left the base camp for the cave shrine on Friday, with "
            "about 580 companies of armed police deployed along the route. Drones and "
            "high-resolution cameras will monitor the convoys. Security was stepped up after "
            "intelligence inputs about terrorist threats to the route.",
        ),
        (
            "Valley observes shutdown on separatists' call",
            "Shops and schools remained closed in Srinagar on Friday in response to a shutdown "
            "call by the separatist leadership against the killings of civilians last month. "
            "Officials said the day passed off peacefully.",
        ),
    ],
)
def test_a_crash_a_guarded_pilgrimage_and_a_shutdown_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict
