"""The consumer desk's daily struggles are no battles (dev215): pharmacists who battle
shortages, troops who battle inflation, and firms that leave a market in an exodus of
brands. A battle of armed men stays one."""

from __future__ import annotations

from .support import tag


def test_pharmacists_who_battle_shortages_fight_no_battle():
    found = tag(
        "Pharmacists battle shortages of children's antibiotics as strep A cases rise",
        "Pharmacists across England say they are struggling to find supplies of children's "
        'antibiotics as cases rise. "We are fighting a battle every day to get hold of stock," '
        "said a pharmacist in Manchester. At least 19 children have died from invasive strep A "
        "infections since September.",
    )
    assert not found.is_conflict


def test_troops_who_battle_inflation_fight_no_battle():
    found = tag(
        "US military commissaries cut prices to help troops battle inflation",
        "The Defense Commissary Agency said on Monday it would cut prices on more than 1,000 "
        "products in its stores on US military bases, to help service members cope with rising "
        "food costs. Military families said the cuts would help.",
    )
    assert not found.is_conflict


def test_an_exodus_of_brands_is_no_flight_of_people():
    found = tag(
        "A year after the exodus of Western brands, Russian shelves refill with lookalikes",
        "A year after McDonald's, IKEA and H&M pulled out of Russia in protest at the invasion "
        "of Ukraine, the shelves of Moscow's shopping centres look almost as full as before. "
        "Economists say the sanctions have made some goods more expensive. Official inflation "
        "is running at about 7 percent.",
    )
    assert not found.is_conflict


def test_troops_who_battle_rebels_still_fight():
    found = tag(
        "Troops battle rebels for control of border town",
        "Government troops battled rebels for a third day on Tuesday for control of the border "
        "town, and at least 12 soldiers were killed, the army said.",
    )
    assert found.is_conflict
