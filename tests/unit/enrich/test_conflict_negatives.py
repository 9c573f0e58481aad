"""Hard negatives in analysis and regional copy: books and diaries about old wars, wars that
ended long ago, courts, accidents with explosives, robbers and metaphors of war."""

from __future__ import annotations

import pytest

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Book review: a Beirut childhood under the shells",
            "The author grew up in West Beirut during the civil war, and her book follows her "
            "family through the shelling and the car bombs of the 1980s. Readers will find it "
            "tender and funny; the translation is excellent.",
        ),
        (
            "A wartime diary from Vukovar, now translated",
            "The diary of a schoolboy, written in a cellar while the town was shelled in 1991, "
            "records snipers, air raids and friends killed. The English translation is out "
            "this month.",
        ),
        (
            "In Vietnam's fields, old bombs still maim farmers",
            "Half a century after the war, deminers still clear cluster bomblets from the "
            "fields of Quang Tri. A farmer lost a leg last year when his plough hit one.",
        ),
        (
            "Trial over 1980s massacres resumes",
            "The trial of a former colonel for massacres of villagers between 1981 and 1983 "
            "resumed on Monday. Survivors testified about killings and burned villages.",
        ),
        (
            "Truck carrying explosives blows up on mining road",
            "A truck carrying explosives to a copper mine collided with a bus and exploded, "
            "killing nine people and leaving a crater, the mining company said.",
        ),
        (
            "Robbers blow up bank branch and flee",
            "A gang of 15 men armed with rifles robbed two bank branches in a small town and "
            "blew up a safe, police said. Two suspects were killed in a shootout.",
        ),
        (
            "Tavern shooting leaves nine dead",
            "Gunmen opened fire on patrons at a tavern late on Saturday, killing nine people, "
            "police said. The motive was not known.",
        ),
        (
            "Government declares total war on smuggling",
            "The president ordered a total war on smuggling, and a task force that includes the "
            "military seized tonnes of smuggled sugar in its first week.",
        ),
        (
            "Army to shrink by a third",
            "The government plans to cut the army to 120,000 soldiers, down from 180,000 at the "
            "end of the civil war, the defence ministry said.",
        ),
        (
            "Opposition leader launches attack on finance minister's budget",
            "The opposition said the budget was a war on the middle class and vowed to fight "
            "it clause by clause in parliament.",
        ),
        (
            "Lira under siege as reserves dwindle",
            "The Turkish lira fell to a record low, and traders said the currency was under "
            "attack from speculators.",
        ),
        (
            "Play about the siege of Mostar opens in Zagreb",
            "The new play follows a family through shelling and sniper fire in 1993. Critics "
            "praised its cast.",
        ),
        (
            "Former refugee opens a bakery in Lyon",
            "A man who fled the civil war in Syria as a teenager has opened a bakery in Lyon, "
            "selling pastries from his home town.",
        ),
        (
            "Poland to acquire 96 attack helicopters",
            "The defence ministry said it would acquire 96 Apache helicopters, the largest "
            "purchase in the army's history.",
        ),
        (
            "Pyongyang launch: missile flies 800 km",
            "The joint chiefs of staff said the missile flew about 800 km and landed in "
            "waters off the east coast.",
        ),
        (
            "Army and rebels sign truce in Nairobi",
            "The two sides agreed to a cessation of hostilities, and the rebels will hand "
            "over their weapons within 90 days.",
        ),
        (
            "Defence plan includes long-range missiles for the first time",
            "The record budget pays for missiles that can strike enemy bases.",
        ),
    ],
)
def test_old_wars_books_courts_accidents_and_crime_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict


def test_missiles_fired_into_the_sea_are_a_test_and_missiles_fired_at_a_city_are_not():
    test = tag(
        "Pyongyang fires two ballistic missiles into sea",
        "The missiles were launched near the capital and flew 350 km, the military said. "
        "Officials said the launch violated UN resolutions.",
    )
    assert not test.is_conflict
    strike = tag(
        "Russia fires ballistic missiles at Kharkiv",
        "The missiles hit apartment blocks in the city centre, killing 12 people, the "
        "governor said.",
    )
    assert strike.is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Court jails former militia leader for wartime massacre",
            "A court sentenced a former militia commander to 20 years in prison on Tuesday for "
            "ordering the massacre of 40 villagers in 1993. Relatives of the victims wept as the "
            "verdict was read.",
        ),
        (
            "Three killed in shooting outside nightclub",
            "Three people were killed and nine wounded when gunmen opened fire outside a "
            "nightclub after an argument, police said. The police chief said there was no "
            "indication the shooting was linked to any political or religious motive.",
        ),
    ],
)
def test_a_courts_sentence_and_a_shooting_with_no_motive_are_not_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "3 killed, 14 wounded in drive-by shooting at Chicago party",
            "Three people were killed and 14 wounded when gunmen in a passing car opened fire on "
            "a crowd on the city's South Side early Sunday, police said. No arrests had been "
            "made, and police said they were investigating whether the shooting was "
            "gang-related.",
        ),
        (
            "Soldiers dismantle narco-lab in Sinaloa mountains, seize 1.5 tonnes of meth",
            "Soldiers and federal agents dismantled a clandestine laboratory in the mountains, "
            "seizing about 1.5 tonnes of the drug, the Security Ministry said.",
        ),
    ],
)
def test_drive_by_shootings_and_drug_labs_are_crime(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "BREAKING: Explosion at Tennessee explosives plant; multiple people unaccounted for",
            "An explosion tore through a plant that makes military explosives on Friday "
            "morning, and the sheriff said 18 people were unaccounted for.",
        ),
        (
            "Niger tanker explosion: death toll hits 98 as victims are buried in mass grave",
            "The death toll from Saturday's fuel tanker explosion rose to 98, officials said, "
            "as victims were buried in a mass grave.",
        ),
        (
            "Gaza ceasefire takes effect; first hostages and prisoners freed",
            "A ceasefire took effect in Gaza on Sunday morning, and three Israeli hostages were "
            "handed over to the Red Cross in the afternoon. Israel released 90 Palestinian "
            "prisoners overnight. Displaced families in the south began packing their "
            "belongings in the hope of returning north.",
        ),
    ],
)
def test_blasts_at_plants_tanker_fires_and_handovers_are_no_conflict(title, text):
    assert not tag(title, text).is_conflict


def test_projectiles_crossing_a_border_are_a_strike():
    got = tag(
        "Sirens in Haifa as IDF says projectiles crossed from Lebanon",
        "Rocket sirens sounded in Haifa, and the IDF says five projectiles were identified "
        "crossing from Lebanon, some of them intercepted.",
    )
    assert got.is_conflict


def test_a_mass_grave_found_still_reports_killings():
    got = tag(
        "Mass grave found after militia raid",
        "Residents found a mass grave with 40 bodies after militiamen raided the village.",
    )
    assert got.is_conflict
