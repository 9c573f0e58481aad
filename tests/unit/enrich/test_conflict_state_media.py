"""The register of state media and official communiqués (eval/dev57's register): exercises
full of troops and live fire, fighters surrendering to the army, a war's bombs dug up decades
later, road accidents of army trucks and campaigns at home told in war's words report no
armed conflict. Attacks told beside those words stay conflict."""

from __future__ import annotations

import pytest

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Troops of two countries hold joint live-fire exercise near the border",
            "Joint live-fire tactical exercises of the two armed forces began at training grounds "
            "near the border, the defence ministry said. About 2,500 servicemen, tanks, artillery "
            "and attack helicopters are taking part. The units will practise repelling an attack "
            "by a conditional enemy and launching a counter-offensive.",
        ),
        (
            "Navy fires cruise missiles at mock warship in annual drill",
            "Naval units fired anti-ship cruise missiles and launched attack drones at a mock-up "
            "of an enemy destroyer on the third day of the exercise, state television reported. "
            "The mock warship was hit by several missiles and sank, the navy commander said.",
        ),
        (
            "Forty militants surrender to troops in the north",
            "Forty members of the armed group, among them two commanders, surrendered to troops "
            "with their weapons after being persuaded to lay down their arms, the army said. "
            "They will be handed to the state government for rehabilitation.",
        ),
        (
            "Teams destroy 900 wartime bombs found on farmland",
            "Explosive ordnance disposal teams found and destroyed more than 900 bombs, shells "
            "and mines left over from the war on farmland in the province this year, the "
            "provincial military command said. Much of the land is still contaminated with "
            "unexploded ordnance.",
        ),
        (
            "Seven soldiers killed as army truck plunges into a gorge",
            "Seven soldiers were killed and three injured when their truck skidded off the road "
            "and plunged into a gorge in the mountains, officials said. The driver lost control "
            "of the vehicle on a sharp bend.",
        ),
        (
            "Party congress calls for an offensive on the economic front",
            "The congress called on all forces to wage an all-out offensive on the economic front "
            "and a battle to transform the countryside, the state news agency said.",
        ),
    ],
)
def test_exercises_surrenders_and_leftovers_are_not_conflict(title, text):
    assert tag(title, text).is_conflict is False


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Shells hit island during live-fire drill, killing two marines",
            "Artillery shells fired from across the maritime border hit the island while marines "
            "were holding a live-fire drill, killing two marines and setting houses on fire, the "
            "military said. The marines returned fire with howitzers.",
        ),
        (
            "Strike kills two deminers clearing unexploded ordnance",
            "A drone strike killed two deminers and wounded three as they cleared unexploded "
            "ordnance near the front line on Tuesday, the regional governor said. Russian forces "
            "shelled the district again overnight.",
        ),
        (
            "Militants storm base, then dozens surrender after army counter-attack",
            "Militants stormed an army base before dawn, killing nine soldiers, the army said. "
            "After a counter-attack backed by helicopter gunships, 35 of the attackers "
            "surrendered to troops and 20 were killed.",
        ),
        # a review of the first version (215 probes) found these demoted: an exercise or a
        # surrender named in the sentence of a real attack, a bus falling into a ravine
        (
            "Missile strike on training ground kills 12 soldiers during tactical exercise",
            "A ballistic missile hit a training ground where troops had lined up during a "
            "tactical exercise, killing 12 soldiers and wounding 20, the defence ministry said.",
        ),
        (
            "Al-Shabaab storms base where recruits trained",
            "Al-Shabaab fighters stormed a base where recruits were taking part in a military "
            "exercise, killing 15 soldiers, officials said.",
        ),
        (
            "Gunman kills three worshippers in mosque, then surrenders",
            "A gunman opened fire on worshippers at a mosque during Friday prayers, killing "
            "three, and later surrendered to police, who said they were treating the attack "
            "as terrorism.",
        ),
        (
            "Gunman kills three at mosque",
            "A gunman killed three worshippers at a mosque during Friday prayers and surrendered "
            "to police two hours later, and the national anti-terrorism prosecutor's office "
            "took over the investigation.",
        ),
        (
            "Separatists fire on bus; 12 killed as it falls into ravine",
            "Separatist gunmen opened fire on a passenger bus on a mountain road, and the driver "
            "lost control and the bus fell into a ravine, killing 12 people, police said.",
        ),
        # a second review (203 fresh probes) found these demoted by the second version
        (
            "Strikes kill five in south Lebanon as residents return",
            "Israeli strikes killed five people in two villages in south Lebanon on Sunday, "
            "and the army warned returning residents of unexploded ordnance, the health "
            "ministry said.",
        ),
        (
            "Dozens detained in Beit Lahia as fighting rages near hospital",
            "Israeli forces detained dozens of men in Beit Lahia after they surrendered to "
            "soldiers, as fighting raged around the Kamal Adwan hospital, residents said.",
        ),
        (
            "Helicopter crashes under fire from jihadists",
            "An army helicopter crashed near Tessit after the pilot lost control of the "
            "aircraft under fire from jihadists who had attacked the base, the army said.",
        ),
        (
            "Gunmen ambush army truck, killing seven soldiers",
            "Gunmen ambushed an army truck on a mountain road, killing seven soldiers, and the "
            "vehicle plunged into a gorge, officials said. Troops launched an operation to hunt "
            "the attackers.",
        ),
    ],
)
def test_attacks_beside_those_words_stay_conflict(title, text):
    assert tag(title, text).is_conflict is True


def test_a_defence_ministry_reporting_fire_on_its_positions_is_conflict():
    conflict = tag(
        "Defence ministry says border positions came under fire overnight",
        "Units of the neighbouring army, using large-calibre machine guns, subjected the "
        "positions of our army near the border to intermittent fire overnight, the Ministry of "
        "Defence said. Our units took adequate retaliatory measures, it added.",
    )
    assert conflict.is_conflict is True
