"""From the food and lifestyle set: a burger bar is a place to eat, not a bar of the crime
desk, so a glide bomb that hits one is news; a place "destroyed in Israeli strike" names a
strike that acts now (a strong cue, and a side's strike is a weapon in the headline), so a
headline about a shop's long history no longer frames the strike as background."""

from __future__ import annotations

from pipeline.enrich.cues import lower, scan
from pipeline.enrich.rules import default_rules

from .support import tag


def _hits(text: str) -> list[tuple[str, tuple, tuple]]:
    return [
        (text[s:e], info[1], info[2]) for s, e, info in scan(default_rules(), text, lower(text))
    ]


def test_a_burger_bar_is_no_crime_word():
    assert all("crime" not in domains for _, _, domains in _hits("a busy burger bar in Kharkiv"))
    assert any("crime" in domains for _, _, domains in _hits("a shooting at a bar in Kharkiv"))


def test_destroyed_in_a_sides_strike_is_a_strong_cue():
    hits = _hits("Sweet shop destroyed in Israeli strike")
    assert ("explosions_remote_violence", "strong") in {t for _, tags, _ in hits for t in tags}


def test_a_glide_bomb_on_a_burger_bar_is_news():
    # dev193 dc0017, whole
    found = tag(
        "Kharkiv burger bar hit by Russian glide bomb at dinner time, "
        "killing a cook and two diners",
        (
            "A Russian glide bomb struck a busy burger restaurant in Kharkiv's Saltivka "
            "district on Thursday evening, killing a cook and two customers and injuring at "
            "least 23 people, the city's mayor said. The restaurant, Big Bun, had become one "
            "of the few places in the battered northern district where families still went "
            "out to eat. Video posted by the emergency services showed firefighters dragging "
            'tables and a twisted menu board out of the burning ruins. "It was Thursday, '
            'burger night, the busiest evening of the week," said the manager, who was '
            "outside taking a delivery when the bomb landed. The cook, 26-year-old Dmytro "
            "Levchenko, had worked there since it reopened in 2023. The mayor called it a "
            "deliberate attack on people having dinner."
        ),
    )
    assert found.is_conflict


def test_a_shop_of_three_generations_destroyed_in_a_strike_is_news():
    # dev193 dc0041, whole
    found = tag(
        "Nabatieh's oldest sweet shop, where three generations made knefeh, "
        "destroyed in Israeli strike",
        (
            "The Hajj Ali sweet shop in Nabatieh's old market survived the civil war, the "
            "Israeli occupation of the south and the 2006 war. It did not survive Saturday "
            "night. An Israeli air strike that hit the market shortly after 9 pm destroyed "
            "the shop and several buildings around it and set fire to rows of stalls, "
            "according to the state-run National News Agency and footage filmed by residents. "
            "The Israeli army said it had struck Hezbollah targets in the town, without "
            "giving details. No casualties were reported in the market itself, which had "
            "largely emptied after residents fled north when the bombing of southern Lebanon "
            "intensified in late September. The shop's owner, Ali Jaber, who left for Beirut "
            "with his family two weeks ago, learned of the strike from a neighbour's video. "
            '"My grandfather opened it in 1952," he told L\'Orient Today. "The knefeh trays '
            'are still in there, under the stones." The municipality said more than 40 shops '
            "in the souk had been damaged or destroyed. Jaber says he will rebuild when he "
            'can go back. "But first it has to stop," he said.'
        ),
    )
    assert found.is_conflict
