"""The health, science and climate desks: drones that count apes, stockpiles destroyed
under a treaty, germs and pests that 'invade', 'time bombs', campaigns against budget
cuts and health workers 'on the front line' of an outbreak are no armed conflict; a
convoy that comes under fire at a checkpoint is."""

from __future__ import annotations

import pytest

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Conservationists use drones to count orangutans",
            "Researchers in Borneo are using drones with heat cameras to count orangutan nests, "
            "a method they say is faster than ground surveys.",
        ),
        (
            "US completes destruction of its chemical weapons stockpile",
            "The United States destroyed its last chemical weapon, a rocket filled with sarin, "
            "completing the destruction of its stockpile under the Chemical Weapons Convention, "
            "the army said.",
        ),
        (
            "Invasive crabs invade lagoons, wiping out clam farms",
            "Atlantic blue crabs have invaded lagoons along the Adriatic coast, devouring clams "
            "and costing farmers millions.",
        ),
        (
            "Measles spreads in Texas counties",
            "A measles outbreak has killed two unvaccinated children, and doctors said the "
            "virus had invaded communities with low vaccination rates.",
        ),
        (
            "Nuclear waste 'time bomb' at Sellafield, MPs warn",
            "Ageing ponds holding nuclear waste are a ticking time bomb, a committee of MPs "
            "said, and the cleanup could cost billions.",
        ),
        (
            "Science agencies fight budget cuts",
            "Scientific societies launched a campaign against proposed cuts to the budgets of "
            "federal science agencies, calling it an attack on research.",
        ),
        (
            "Elephants and farmers at war in Botswana's north",
            "Farmers say elephants destroy their crops every harvest, and conservation groups "
            "oppose a plan to sell hunting licences.",
        ),
    ],
)
def test_science_news_in_the_words_of_war_is_not_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Convoy carrying fuel for Gaza hospitals comes under fire",
            "A United Nations convoy taking fuel to two hospitals came under fire at a "
            "checkpoint on Wednesday and had to turn back. One driver was wounded.",
        ),
        (
            "Drone strike hits clinic in Sumy",
            "A Russian drone struck a clinic in Sumy on Tuesday, killing two nurses, the "
            "regional governor said; medical drones had delivered blood there a day earlier.",
        ),
        (
            "Troops invade border district",
            "Russian forces invaded the district at dawn and shelled three villages, officials "
            "said, as the virus season strained hospitals.",
        ),
    ],
)
def test_attacks_beside_science_phrases_stay_conflict(title, text):
    assert tag(title, text).is_conflict


def test_criticism_that_comes_under_fire_is_no_attack():
    found = tag(
        "Minister comes under fire over hospital waiting lists",
        "The health minister came under fire from opposition lawmakers on Tuesday.",
    )
    assert not found.is_conflict


# a review's probes (149 items): what the first version of these rules broke
@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russia launches swarms of drones at Kyiv",
            "Russia launched swarms of drones at Kyiv overnight, killing four people and setting "
            "apartment blocks on fire, the mayor said.",
        ),
        (
            "Swarms of drones strike Odesa port",
            "Swarms of drones struck Odesa's port overnight, killing two dock workers and "
            "damaging grain silos, officials said.",
        ),
        (
            "Medical drones hit by Russian strike",
            "A Russian missile strike on a warehouse in Dnipro destroyed medical drones donated "
            "by a charity and killed a night guard, the governor said.",
        ),
        (
            "Ukrainian brigade turns agricultural drones into bombers",
            "A Ukrainian brigade said it had converted agricultural drones to drop mortar shells "
            "on Russian trenches, destroying two tanks near Bakhmut this week.",
        ),
        (
            "Ukraine uses drones to map minefields as shelling continues",
            "Ukrainian sappers use drones to map minefields in the Kharkiv region, where Russian "
            "shelling killed two deminers on Tuesday, officials said.",
        ),
        (
            "Israeli strikes on Gaza kill 40; wildlife zoo destroyed",
            "Israeli airstrikes across Gaza killed at least 40 people on Thursday, health "
            "officials said, and a strike hit the territory's last zoo, killing much of its "
            "wildlife.",
        ),
        (
            "Invasive surgery for wounded as Gaza hospitals collapse",
            "Surgeons at Nasser hospital performed invasive surgery without anaesthesia on "
            "children wounded in Israeli airstrikes, the WHO said.",
        ),
        (
            "Time bomb explodes at Quetta bus station",
            "A time bomb planted on a bus exploded at the Quetta bus station on Sunday, killing "
            "six people, police said. Baloch separatists claimed the attack.",
        ),
        (
            "UN peacekeepers come under fire in southern Lebanon",
            "UNIFIL said its peacekeepers came under fire from Israeli troops near Naqoura on "
            "Thursday, the third such incident this week.",
        ),
    ],
)
def test_drone_swarms_medical_drones_wildlife_in_war_and_real_time_bombs_stay_conflict(title, text):
    assert tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Minister comes under fire while defending budget",
            "The finance minister came under fire while defending the budget in parliament on "
            "Tuesday, with opposition MPs calling the cuts reckless.",
        ),
        (
            "Prime minister comes under fire from rebels in his own party",
            "The prime minister came under fire from rebels in his own party over the welfare "
            "bill, with 40 backbenchers threatening to vote against it.",
        ),
        (
            "Police chief comes under fire near end of tenure",
            "The city's police chief came under fire near the end of his tenure over rising "
            "response times, council members said.",
        ),
        (
            "Airline comes under fire while passengers wait",
            "Ryanair came under fire while thousands of passengers waited hours for refunds after"
            " the strike-hit weekend.",
        ),
    ],
)
def test_critics_fire_while_near_or_from_rebels_in_a_party_is_no_attack(title, text):
    assert not tag(title, text).is_conflict


def test_a_stress_disorder_in_a_study_of_survivors_is_no_riot():
    found = tag(
        "",
        "Survivors of the genocide and their children show higher rates of post-traumatic "
        "stress disorder and anxiety disorders, a study of 400 families in Kigali found. The "
        "researchers said the stress disorder passed from parents to children.",
    )
    assert not found.is_conflict


def test_a_riots_disorder_is_still_unrest():
    found = tag(
        "",
        "Police made 40 arrests after a night of violent disorder in which rioters threw "
        "petrol bombs at officers outside a hotel housing asylum seekers.",
    )
    assert found.is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Immune cells 'ambush' tuberculosis bacteria in the lung, study finds",
            "A rare kind of immune cell waits in the airways and kills tuberculosis bacteria "
            "before they can spread, according to a study in mice published on Thursday. The "
            "researchers filmed the T cells patrolling the lung and striking infected cells "
            "within hours. “They are the front-line troops of the immune system,” said the "
            "lead author. Tuberculosis killed about 1.3 million people last year.",
        ),
        (
            "Engineered viruses used to fight drug-resistant infection in patient",
            "Doctors used a cocktail of engineered viruses to attack a superbug that had "
            "invaded a patient's lungs after antibiotics failed, they reported on Monday. The "
            "phages killed the bacteria within weeks, and the patient left hospital.",
        ),
    ],
)
def test_the_labs_words_of_war_are_no_battle(title, text):
    assert tag(title, text).is_conflict is False


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Mass grave from 1644 battle reveals how soldiers died",
            "A mass grave of 62 soldiers killed at the battle of Marston Moor in 1644 has "
            "revealed how they died, archaeologists reported on Tuesday. Many had been shot "
            "with musket balls, while others had wounds from swords and pikes. The grave was "
            "found by builders and lifted in one block for study at the museum.",
        ),
        (
            "Cannonballs from Thirty Years' War siege found under town square",
            "Workers laying pipes under the town square have found dozens of cannonballs and "
            "the skeletons of four soldiers killed in a siege of the Thirty Years' War, the "
            "regional heritage office said on Friday. The finds will go on display next year.",
        ),
    ],
)
def test_the_battles_and_sieges_of_past_centuries_are_history(title, text):
    assert tag(title, text).is_conflict is False
