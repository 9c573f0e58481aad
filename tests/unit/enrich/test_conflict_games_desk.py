"""The games desk's own words are no war (dev213): a gaming disorder is no riot, an esports
kill streak and ambush no battle, a game's Galactic War and co-operative shooter no war. Its
people and firms are reached by real wars all the same: gamers who flee a city the Taliban
take, a board game publisher whose warehouse burns in a drone attack."""

from __future__ import annotations

from .support import tag


def test_a_gaming_disorder_is_no_riot():
    found = tag(
        "WHO adds 'gaming disorder' to its disease classification, angering the industry",
        "The World Health Organization's member states approved a new edition of the "
        "International Classification of Diseases that includes gaming disorder as a mental "
        "health condition. The WHO says the disorder affects only a small proportion of "
        "people who play games. Industry groups urged the WHO to reconsider.",
    )
    assert not found.is_conflict


def test_an_esports_kill_streak_and_ambush_are_no_battle():
    found = tag(
        "Sentinels' duelist goes on 14-kill streak to survive Valorant Masters ambush",
        "Sentinels avoided elimination at Valorant Masters Toronto on Friday after their "
        "duelist strung together a 14-kill streak on the deciding map. The Singaporean side had "
        "ambushed Sentinels in the opening rounds. Riot said the event drew 1.4 million viewers.",
    )
    assert not found.is_conflict


def test_a_games_galactic_war_is_played():
    found = tag(
        "Helldivers 2 players lose a planet in the Galactic War and blame the bugs",
        "The community of Helldivers 2, Arrowhead's co-operative shooter, suffered its worst "
        "defeat on Tuesday when the Terminid swarm overran a planet in the game's Galactic War. "
        "More than 300,000 players were online at the peak. The studio said a counter-offensive "
        "order would arrive next week.",
    )
    assert not found.is_conflict


def test_gamers_who_flee_a_city_the_taliban_take_are_news():
    found = tag(
        "Herat's women gamers flee as the Taliban take the city",
        "Members of an all-women esports team in Herat fled their homes on Friday as Taliban "
        "fighters took control of the city after weeks of fighting on its outskirts. The team "
        "had played in online PUBG Mobile tournaments across the region. The UN says nearly "
        "250,000 people have been displaced since May. The veteran commander Ismail Khan, who "
        "had mobilised militia fighters to defend the city, was detained by the insurgents. "
        "The team's coach said the players had received threatening messages since they began "
        "streaming in 2020. Activists abroad want women athletes and gamers on evacuation "
        "lists.",
    )
    assert found.is_conflict


def test_a_board_game_publishers_warehouse_burned_by_drones_is_news():
    found = tag(
        "Kyiv board game publisher loses its warehouse in overnight drone attack",
        "A Ukrainian board game publisher said it had lost almost its entire stock after "
        "Russian drones set fire to its warehouse near Kyiv overnight. City officials said the "
        "capital was attacked by more than 50 Shahed drones, and two people were injured in the "
        'warehouse area. Firefighters needed six hours to put out the blaze. "Cardboard burns '
        "very well,\" the publisher's founder said. The firm had moved its office once, in "
        "2022, after the front line reached the northern suburbs. Board game sales have risen "
        "during the war as families spend long nights in shelters, retailers say.",
    )
    assert found.is_conflict


def test_a_war_game_selling_millions_of_copies_is_the_business_of_a_game():
    conflict = tag(
        "This War of Mine sells 10 million copies a decade on",
        "This War of Mine, the game about civilians trying to survive in a besieged city, has "
        "sold more than 10 million copies, its studio said on Thursday. The game was inspired "
        "by the siege of Sarajevo. The studio's shares rose 4% on the news.",
    )
    assert conflict.is_conflict is False, conflict
