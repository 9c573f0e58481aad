"""The places that keep the past are places all the same (dev217): a museum looted by
fighters, or a memorial's grounds hit by a strike that kills, is this week's news, while a
museum that displays what a war left stays history. An old bomb found and defused, or one
that goes off under a runway eighty years on, is the last war's, whoever dropped it. A
headline that marks an anniversary as strikes hit today reports both."""

from __future__ import annotations

from .support import tag


def test_fighters_who_loot_a_museum_are_news():
    found = tag(
        "RSF fighters loot Sudan's national museum as battle for Khartoum drags on",
        "Fighters of the paramilitary Rapid Support Forces have looted Sudan's National Museum "
        "in Khartoum, the culture ministry said on Tuesday. Heavy fighting went on around the "
        "museum's district, where the army shelled RSF positions on Monday, residents said. "
        "Sudan's war has killed tens of thousands of people. The museum holds temples saved "
        "from the waters of Lake Nubia in the 1960s. 'These are the archives of our country,' "
        "said the director of antiquities. Satellite images showed lorries outside the museum.",
    )
    assert found.is_conflict


def test_a_strike_that_kills_beside_a_holocaust_memorial_is_news():
    found = tag(
        "Russian strike near Babyn Yar memorial kills five in Kyiv",
        "A Russian missile strike on Kyiv's television tower on Tuesday evening killed five "
        "people and damaged the grounds of the Babyn Yar Holocaust memorial next to it, the "
        "emergency service said. German units shot nearly 34,000 Jews in the ravine in "
        "September 1941. Five more people were taken to hospital with shrapnel wounds. The "
        "Babyn Yar Holocaust Memorial Center said its menorah appeared intact. Yad Vashem "
        "called the desecration of the memorial a grave matter. Residents were told to go to "
        "shelters as sirens sounded again.",
    )
    assert found.is_conflict


def test_a_museum_that_displays_a_wars_drones_stays_history():
    found = tag(
        "Kharkiv museum puts fragments of Russian missiles on display",
        "A museum in Kharkiv has put fragments of Russian missiles and drones on display, "
        "including parts of an Iskander that struck the city in 2023. Visitors queued on "
        "Saturday to see the exhibition. The museum's director said the fragments were "
        "evidence for future generations.",
    )
    assert not found.is_conflict


def test_an_old_bomb_defused_is_the_last_wars():
    found = tag(
        "Cologne evacuates 20,000 to defuse three American bombs",
        "About 20,000 people had to leave their homes in central Cologne on Wednesday while "
        "experts defused three unexploded American bombs from the Second World War found "
        "during building work. Trains to the main station were halted for several hours. The "
        "three bombs were made safe by early evening, the city said. About 220,000 tonnes of "
        "bombs were dropped on Germany in the war, and an estimated 10% did not explode. "
        "Germany's bomb disposal services find thousands of tonnes of old munitions every year. "
        "Residents were allowed back home just after 8 p.m.",
    )
    assert not found.is_conflict


def test_an_old_bomb_that_goes_off_is_no_attack():
    found = tag(
        "Buried American bomb explodes under taxiway at Miyazaki airport",
        "An unexploded American bomb from the Second World War blew up under a taxiway at "
        "Miyazaki airport on Wednesday, leaving a crater seven metres wide. Nobody was hurt. "
        "Experts said the explosion was caused by a 500-pound bomb. More than 2,000 old bombs "
        "are removed in Japan every year.",
    )
    assert not found.is_conflict


def test_an_anniversary_marked_as_strikes_hit_reports_the_strikes():
    found = tag(
        "Beirut port blast marked on fourth anniversary as strikes hit the south",
        "Hundreds of families of the victims of the Beirut port explosion marched on Sunday to "
        "mark four years since the blast, as Israeli strikes on southern Lebanon killed four "
        "people. The families carried portraits of the more than 220 people killed on August 4, "
        "2020, when a store of ammonium nitrate exploded. No one has been convicted. Further "
        "south, an Israeli drone struck a car near Tyre, and a strike on Mayfadoun killed two "
        "members of a civil defence team, the health ministry said. Hezbollah said it fired "
        "drones at an Israeli army base in response.",
    )
    assert found.is_conflict
