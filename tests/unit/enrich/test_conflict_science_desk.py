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
