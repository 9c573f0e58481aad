"""An ordinary day of the European, Middle East and North American wires: a group burning
its rifles to disband, a government taking control of a chipmaker, a ransomware gang, a
judge blocking a deployment and hospitals 'under siege' from flu are no armed conflict; a
New IRA car bomb and a shooting the FBI calls an act of terrorism are."""

from __future__ import annotations

import pytest

from .support import tag, tags_of


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "PKK fighters burn their weapons in disarmament ceremony",
            "About 30 PKK fighters burned their rifles in a ceremony near Sulaymaniyah on "
            "Friday, the first step in the group's decision to disband and end its insurgency.",
        ),
        (
            "Dutch government takes control of chipmaker Nexperia",
            "The Dutch government has taken control of Nexperia, a Chinese-owned chipmaker, "
            "opening a new front in the chip war between Washington and Beijing.",
        ),
        (
            "Europol takes down ransomware gang behind attacks on hospitals",
            "Police in nine countries arrested 12 suspected members of a ransomware gang blamed "
            "for cyberattacks on hospitals and city councils, Europol said.",
        ),
        (
            "Judge blocks National Guard deployment to Portland",
            "A federal judge temporarily blocked the administration from deploying 200 National "
            "Guard troops to Portland, ruling that small protests did not amount to a "
            "rebellion. The White House called it an attack on the president's authority.",
        ),
        (
            "NHS hospitals under siege as flu cases surge",
            "Hospitals in England are under siege from a winter flu surge, with 5,400 patients "
            "a day in beds with flu last week, NHS England said.",
        ),
    ],
)
def test_wire_desk_negatives_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "Bomb explodes under off-duty police officer's car in Tyrone",
            "A device exploded under the car of an off-duty police officer outside his home in "
            "Dungannon, police said. Detectives said the New IRA was their main line of inquiry.",
            {"terrorism"},
        ),
        (
            "Rebels seize town",
            "Rebels took control of the town after heavy fighting with the army, residents said.",
            {"battle"},
        ),
        (
            "US strikes Islamic State in Somalia",
            "US Africa Command said it carried out an air strike against Islamic State fighters "
            "in the Golis mountains, killing several of them.",
            {"military_operation"},
        ),
        (
            "Iraqi troops hunt attackers",
            "Islamic State militants ambushed an army patrol, killing four soldiers. Troops "
            "backed by helicopters were combing the area for the attackers.",
            {"military_operation"},
        ),
    ],
)
def test_wire_desk_positives_carry_their_tags(title, text, want):
    conflict = tag(title, text)
    assert conflict.is_conflict
    assert want <= tags_of(conflict)


@pytest.mark.parametrize(
    "text",
    [
        # a ruling told beside violence does not hide it
        "Police clashed with stone-throwing protesters after the court ruled that the "
        "opposition leader must stay in jail; two people were killed.",
        "Soldiers opened fire on protesters in Khartoum, killing nine, a day after a court "
        "ruled that the general strike was illegal.",
        # nor do hackers beside a missile strike
        "Russian missiles struck Kyiv overnight, killing four people, as hackers knocked out "
        "government websites.",
        # armed men taking control of a ship
        "Houthi forces took control of the ship and its 25 crew, the company said.",
    ],
)
def test_violence_told_beside_rulings_hackers_or_takeovers_stays_conflict(text):
    assert tag("", text).is_conflict


def test_strikes_carried_out_against_a_group_are_weapons_and_an_operation():
    conflict = tag(
        "",
        "The Nigerian air force carried out air strikes against ISWAP positions around Lake "
        "Chad, killing dozens of militants, a military spokesman said.",
    )
    assert {"explosions_remote_violence", "military_operation"} <= tags_of(conflict)


def test_a_shooting_the_fbi_calls_terrorism_is_conflict_whatever_the_suspect_chanted():
    conflict = tag(
        "Two embassy staff shot dead in Washington",
        "A gunman shot dead two employees of the embassy as they left an event, police said. "
        "The suspect chanted slogans as he was detained, and the FBI said it was investigating "
        "the killings as an act of terrorism.",
    )
    assert conflict.is_conflict
    assert "terrorism" in tags_of(conflict)
