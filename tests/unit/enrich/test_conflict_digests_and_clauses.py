"""A digest's headline lists its stories and frames none of them (dev231): "Morning briefing:
Mosul falls, the World Cup in Brazil and a heatwave in Delhi" does not make the Mosul story
sport or weather. A headline's war words in a clause of their own ("as strikes continue")
are no part of its frame (dev229), unless that clause has a context of its own ("as army
removes WWII bomb")."""

from __future__ import annotations

from .support import tag

_ALEPPO = (
    "Good morning. These are today's top stories. Syrian rebels seized most of Aleppo in a "
    "lightning offensive, reaching the city centre for the first time since 2016, a war monitor "
    "and residents said. Russian and Syrian jets struck rebel-held areas of Idlib in response, "
    "and thousands of families fled from the Sheikh Maqsoud district. Turkey's annual inflation "
    "eased to 47%, but food prices are still climbing. In the Champions League, Aston Villa beat "
    "Bayern Munich at Villa Park. And Istanbul's new ferry timetable has been welcomed by "
    "commuters."
)


def test_a_digests_headline_frames_none_of_its_stories():
    found = tag(
        "Morning brief: a Syria offensive, Turkish inflation and a Champions League upset",
        _ALEPPO,
    )
    assert found.is_conflict


def test_the_same_headline_as_a_story_of_its_own_frames_it():
    framed = tag("Turkish inflation and a Champions League upset", _ALEPPO)
    listed = tag("Morning brief: Turkish inflation and a Champions League upset", _ALEPPO)
    assert framed.score < listed.score


def test_war_words_in_a_clause_of_their_own_are_no_part_of_the_frame():
    found = tag(
        "Winter storm floods thousands of tents in Gaza as strikes continue in the south",
        "Heavy rain and gale-force winds swept across the Gaza Strip overnight, flooding "
        "thousands of tents in Mawasi and Deir al-Balah where families displaced by the war have "
        "sheltered for months. The "
        "civil defence said its crews received more than 1,200 calls for help before dawn. "
        'Water ran through makeshift camps on the coast, soaking mattresses and flour. "We fled '
        'Khan Younis twice and now the sea is coming into the tent," said a mother of five. '
        "Israeli air strikes hit two houses in Khan Younis during the storm, killing at least "
        "nine people, according to Nasser hospital. UNRWA said winterisation kits were still "
        "waiting at the Kerem Shalom crossing. Forecasters expect a second band of rain on "
        "Thursday. Gaza City's sewage pumping stations damaged in the fighting had overflowed "
        "into streets near the port. Doctors at a hospital in Deir al-Balah said they had "
        "treated children for hypothermia. The Israeli military said it was letting "
        "humanitarian aid in and accused Hamas of diverting supplies. Aid agencies said the "
        "trucks entering the Strip were among the fewest since the war began.",
    )
    assert found.is_conflict


def test_a_clause_with_a_context_of_its_own_stays_framed():
    found = tag(
        "Thousands leave homes as army removes WWII bomb from Plymouth garden",
        "About 10,000 people left their homes in Plymouth on Friday as army experts removed an "
        "unexploded Second World War bomb found in a back garden. The bomb was taken by "
        "military convoy to the sea and detonated. Residents were allowed back in the evening. "
        "Police thanked people for their patience. Schools in the area were closed for the day. "
        "The bomb was one of many dropped on the city during the Blitz.",
    )
    assert not found.is_conflict
