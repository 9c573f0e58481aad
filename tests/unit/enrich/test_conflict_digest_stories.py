"""A digest is several stories: the contexts of its other items (a derby, a heatwave, a
rate decision) say nothing of the one that reports fighting, and its headline, which lists
them all, weighs only when its own words carry the violence (dev231). The treaties that ban
weapons are policy: quitting the landmine treaty is no explosion (dev90)."""

from __future__ import annotations

from .support import explained, tag

_SUDAN_ITEM = (
    "In Sudan, the Rapid Support Forces shelled the city of El Obeid overnight, killing at "
    "least 23 civilians, and thousands of families fled towards Kosti, local medics said. "
)
_OTHER_ITEMS = (
    "In football, Al Ahly beat Esperance 2-0 in the African Champions League final in Cairo, "
    "and the coach praised the fans after a tense season. Egypt's central bank held its main "
    "interest rate at 27.25% as inflation eased for a fourth month. Forecasters expect a "
    "heatwave across the Nile Delta this weekend, with temperatures near 44C in Luxor. And the "
    "Grand Egyptian Museum welcomed its millionth visitor, a schoolteacher from Aswan. Cairo's "
    "new monorail line opens to passengers on Sunday after years of delay."
)


def test_a_digest_reports_the_fighting_of_one_of_its_items():
    found = tag(
        "Evening briefing: Al Ahly's final, a rate decision, a Delta heatwave and El Obeid",
        "Good evening. Here is the news in brief. " + _SUDAN_ITEM + _OTHER_ITEMS,
    )
    assert found.is_conflict


def test_a_digest_item_lower_down_reports_its_fighting_too():
    found = tag(
        "Evening briefing: Al Ahly's final, a rate decision, a Delta heatwave and El Obeid",
        "Good evening. Here is the news in brief. " + _OTHER_ITEMS + " " + _SUDAN_ITEM,
    )
    assert found.is_conflict


def test_a_digest_items_own_context_still_counts():
    found = tag(
        "Morning briefing: Srebrenica remembered, a budget vote and a tennis upset",
        "Good morning. Here are the things to know today. Thousands gathered in Potocari on "
        "Friday to mark the 30th anniversary of the Srebrenica massacre, in which Bosnian Serb "
        "forces killed about 8,000 Muslim men and boys in July 1995, and the remains of seven "
        "victims were buried at the memorial. " + _OTHER_ITEMS,
    )
    assert not found.is_conflict


def test_quitting_the_landmine_treaty_is_no_explosion():
    found = tag(
        "Nordic roundup: Finland quits the landmine treaty, a Helsinki derby, Oslo's budget",
        "Finland's parliament voted to leave the Ottawa Convention, the treaty that bans "
        "anti-personnel mines, citing the security situation on its eastern border. The "
        "government said it would keep the option of laying mines only in wartime. In football, "
        "HJK beat KuPS in the Helsinki derby. Oslo's city council approved its budget for next "
        "year, with more money for schools. Sweden's central bank cut its key rate.",
    )
    assert not found.is_conflict


def test_the_treaties_that_ban_weapons_carry_no_violence():
    for title in (
        "Lithuania quits the landmine treaty as Russia threat grows",
        "Poland and the Baltics leave the Ottawa Convention",
        "Ukraine withdraws from the mine ban treaty",
        "Vilnius to quit the Convention on Cluster Munitions",
    ):
        _, features = explained(title, "")
        assert features.get("violence", 0.0) == 0.0, title
