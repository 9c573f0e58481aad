"""The games and weather desks (eval/dev330, dev332): a shooter's invasion map and a clip
from a military simulator are played, a burned town "like a war zone" saw no war, and
clashes that leave dozens hurt are unrest even under a headline about a drought."""

from __future__ import annotations

from .support import tag


def test_a_shooters_invasion_map_is_played():
    conflict = tag(
        "Battlefield 6 sells 7 million copies as players storm its invasion map",
        "The publisher said on Monday that the game had sold more than 7 million copies in "
        "three days, the biggest launch in the shooter series' history. Its most-played map, "
        "a street fight in a fictional city, lets squads call in artillery on enemy positions. "
        "The game peaked at 740,000 concurrent players.",
    )
    assert conflict.is_conflict is False


def test_a_clip_from_a_military_simulator_shows_no_strike():
    conflict = tag(
        "Clip passed off as a strike on a fighter jet was from Arma 3",
        "A video shared millions of times as footage of a missile strike on a fighter jet came "
        "from the military simulator Arma 3, fact-checkers said on Tuesday. The developer said "
        "it was tired of seeing its game passed off as war footage.",
    )
    assert conflict.is_conflict is False


def test_a_burned_town_like_a_war_zone_saw_no_war():
    conflict = tag(
        "'Like a war zone': residents return to a burned-out town",
        "Residents were allowed back on Tuesday, a fortnight after the wildfire swept down from "
        "the mountains, and many found only chimneys standing. 'It looks like a war zone,' said "
        "a retired teacher whose home burned. The fires killed at least 28 people and burned "
        "more than 16,000 structures.",
    )
    assert conflict.is_conflict is False


def test_clashes_that_leave_dozens_hurt_are_unrest_under_a_drought_headline():
    conflict = tag(
        "Clashes over drought reservoir leave dozens hurt",
        "Thousands of protesters opposed to an irrigation reservoir clashed with gendarmes on "
        "Saturday near the village. Gendarmes fired tear gas across the fields, and the "
        "ministry said 28 officers were injured. The basins are meant to store winter water "
        "for farms during summer droughts. Farmers' unions backed the projects, citing last "
        "summer's drought. Forecasters said groundwater levels were below normal after a dry "
        "winter.",
    )
    assert conflict.is_conflict is True
    assert "unrest" in {t.tag for t in conflict.tags}


def test_no_one_hurt_is_no_casualty():
    # a guard for the casualty "was hurt": the clause that denies it is a mask
    conflict = tag(
        "Farmers park tractors across border crossings in grain protest",
        "Farmers blocked three border crossings with tractors on Monday to protest against "
        "imports of cheap grain. Some protesters emptied sacks of grain from trucks, which the "
        "neighbouring government called a provocation. Police said no one was hurt.",
    )
    assert conflict.is_conflict is False


# The transport and fashion desks (eval/dev338, dev339): pirates who hijack for ransom and
# police who raid a counterfeiters' warehouse commit and fight crime, not war.


def test_pirates_who_hijack_a_ship_for_ransom_are_criminals():
    conflict = tag(
        "Pirates hijack bulk carrier off Somalia",
        "Armed pirates boarded and seized a bulk carrier off the coast of Somalia on Tuesday "
        "after an assault with rifles and ladders, the ship's manager said. The 20 crew were "
        "held hostage and the pirates demanded a ransom, a maritime security firm said. "
        "Naval forces were tracking the vessel.",
    )
    assert conflict.is_conflict is False


def test_a_warships_firefight_with_pirates_is_still_a_battle():
    conflict = tag(
        "Warship kills pirates in firefight off Somalia",
        "A European warship killed four pirates in a firefight on Sunday after they opened "
        "fire on its helicopter, the naval force said. Two sailors were wounded in the "
        "exchange of fire, and six pirates were captured.",
    )
    assert conflict.is_conflict is True


def test_police_seizing_fake_luxury_goods_in_a_raid_fight_crime():
    conflict = tag(
        "Police seize fake luxury goods worth 50 million euros in Naples raid",
        "Financial police seized more than 300,000 fake handbags, belts and watches in raids on "
        "warehouses near the port on Thursday, prosecutors said. Officers also seized machines "
        "used to stitch logos. Investigators said the goods had been bound for markets across "
        "Europe. Twelve suspects were arrested in the raid.",
    )
    assert conflict.is_conflict is False
