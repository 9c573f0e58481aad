"""The defence desk: drills, war games, weapons tests, deliveries, sightings, stand-offs at
sea and prisoner exchanges speak the words of war with no one attacked; the same desk's
strikes and raids stay conflict."""

from __future__ import annotations

import pytest

from .support import tag


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Finland hosts a large artillery exercise",
            "About 3,600 troops from Finland and seven allies fired artillery and rocket "
            "launchers at ranges in Lapland in what the army called its largest artillery "
            "exercise.",
        ),
        (
            "Guards drill simulates strikes on mock enemy bases",
            "The Revolutionary Guards fired missiles and drones at mock targets on an island "
            "during the final stage of the exercise, state television reported.",
        ),
        (
            "War game: defenders could repel an invasion, at heavy cost",
            "In 24 runs of a war game simulating an amphibious invasion, the defenders won in "
            "most scenarios but lost dozens of ships, a think tank said.",
        ),
        (
            "Fighter jets intercept Russian bombers near Alaska",
            "Fighter jets intercepted four Russian Tu-95 bombers in the air defence "
            "identification zone. The aircraft stayed in international airspace.",
        ),
        (
            "Drone sightings shut the airport for hours",
            "The airport halted flights for four hours after several large drones were seen "
            "near the runways, police said. No drones were brought down.",
        ),
        (
            "Missile alert sent to phones was an error",
            "An alert telling residents to take shelter from a missile was sent by mistake "
            "after the missile had fallen into the sea, the government said.",
        ),
        (
            "Air force receives attack helicopters",
            "The air force received two attack helicopters from the United States at a "
            "ceremony in the capital, the first of twelve ordered.",
        ),
        (
            "Three states to quit the landmine ban treaty",
            "Defence ministers recommended withdrawing from the convention banning "
            "anti-personnel landmines, citing the military threat.",
        ),
        (
            "Coast guard fires water cannon at supply boat",
            "A coast guard ship fired water cannon at a supply boat near the shoal, damaging "
            "its mast. No one was injured.",
        ),
        (
            "The two sides exchange 390 prisoners each",
            "Both sides released 390 prisoners, soldiers and civilians, in the largest prisoner "
            "exchange of the war, agreed at talks in Istanbul.",
        ),
        (
            "Police arrest teenager over plot to attack concerts",
            "Police arrested a 19-year-old who had pledged allegiance to the Islamic State and "
            "planned to attack crowds outside concerts in Vienna. Detonators were found at his "
            "home.",
        ),
        (
            "Blast at army ammunition depot forces evacuation of villages",
            "A fire at an army ammunition depot set off explosions through the night, and "
            "about 2,000 residents were evacuated. Investigators suspected the heat and "
            "ageing stocks; there was no sign of an attack.",
        ),
    ],
)
def test_defence_news_without_an_attack_is_not_conflict(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Russian bombing of Kharkiv kills five",
            "Russian bombs struck a residential block in Kharkiv overnight, killing five "
            "people, the regional governor said.",
        ),
        (
            "Militants attack troops during an exercise, killing six",
            "Militants ambushed soldiers taking part in a training exercise near the border, "
            "killing six of them, the army said.",
        ),
        (
            "Air defences down 14 drones over the region",
            "Air defences shot down 14 drones overnight; falling debris damaged two homes and "
            "wounded a woman, the governor said.",
        ),
    ],
)
def test_strikes_and_attacks_on_the_same_desk_stay_conflict(title, text):
    assert tag(title, text).is_conflict


def test_a_call_to_exercise_restraint_is_no_drill():
    # "exercise" is military context only as a drill: the clash stays conflict
    text = "The army and rebels clashed, the UN urged both sides to exercise restraint."
    assert tag("", text).is_conflict


@pytest.mark.parametrize(
    "text",
    [
        # the defence desk's words in real attacks (a review's probes)
        "Russian bombers struck Kharkiv overnight, killing three people.",
        "Russian shellfire hit a bus stop in Kherson on Monday, killing two people.",
        "Unidentified drones struck a wedding party in North Kordofan, killing 20 civilians, "
        "medics said.",
        "A Russian drone hit a passenger train in Kharkiv region, killing one passenger and "
        "wounding four.",
        "Critics said the crackdown, in which police shot dead 12 protesters, was "
        "disproportionate.",
        "Gunmen stormed a cinema in Peshawar and opened fire, killing five people.",
        "Ukraine said 16 POWs were killed when a Russian missile struck a prison camp in Olenivka.",
        "Hours after a prisoner swap, Russian missiles struck Kyiv, killing 12 people.",
        "Protesters burned a mock coffin of the president before police fired tear gas and "
        "live rounds, killing two people in Nairobi.",
        "Residents reported sightings of Russian drones minutes before a strike hit an "
        "apartment block in Odesa, killing four people.",
    ],
)
def test_real_attacks_in_the_defence_desks_words_stay_conflict(text):
    assert tag("", text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # drones and missiles named with no use of them: bought, seen, shown, played with
        (
            "Army orders 300 drones and new missile launchers",
            "The army signed a contract for 300 reconnaissance drones and 24 missile launchers, "
            "the defence ministry said, in a plan to modernise its brigades.",
        ),
        (
            "Drones seen over air base on four nights",
            "Soldiers at the air base reported drones overhead on four consecutive nights and "
            "tried to jam them, the defence minister said. The drones flew off.",
        ),
        (
            "Drone swarm lights up the air show",
            "A display of 300 drones flying in formation closed the air show, where fighter jets "
            "from nine air forces flew past, the organisers said.",
        ),
    ],
)
def test_drones_and_missiles_with_no_use_of_them_are_no_strike(title, text):
    assert not tag(title, text).is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Sea drones sink patrol boat off Crimea",
            "Naval drones sank a Russian patrol boat near Sevastopol overnight, Ukraine's "
            "military intelligence said.",
        ),
        (
            "Air defences down 35 drones over three regions",
            "Air defence units intercepted and destroyed 35 drones over three regions overnight, "
            "the defence ministry said. Debris damaged two houses.",
        ),
        (
            "Rockets target base hosting foreign troops",
            "Three rockets were fired at an air base hosting foreign troops, security sources "
            "said. A militia group claimed the attack.",
        ),
    ],
)
def test_drones_and_missiles_put_to_use_are_strikes(title, text):
    found = tag(title, text)
    assert found.is_conflict
    assert "explosions_remote_violence" in {h.tag for h in found.tags}


def test_a_missile_fired_toward_a_sea_is_a_test():
    got = tag(
        "North Korea fires ballistic missile toward the Sea of Japan",
        "North Korea fired a ballistic missile toward the Sea of Japan on Tuesday morning, "
        "Japan's Defense Ministry said. The missile flew about 350 kilometres and there were "
        "no reports of damage to ships or aircraft.",
    )
    assert not got.is_conflict


def test_a_missile_fired_toward_a_city_is_still_a_strike():
    got = tag(
        "Missile hits Kharkiv",
        "Russia fired a ballistic missile toward Kharkiv on Tuesday, killing four people in an "
        "apartment block, the governor said.",
    )
    assert got.is_conflict


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Troops sent to help as bear attacks reach a record",
            "Soldiers began helping local authorities on Wednesday to deal with a record "
            "number of bear attacks. Bears have killed 13 people since April, and attacks have "
            "been reported near schools. The troops will set traps but will not use firearms.",
        ),
        (
            "Beaches closed after shark attacks",
            "Two surfers were injured and a swimmer was killed in shark attacks off the coast "
            "this week, and lifeguards closed three beaches.",
        ),
    ],
)
def test_wild_animals_that_attack_and_kill_are_no_conflict(title, text):
    assert not tag(title, text).is_conflict


def test_missiles_fired_into_the_east_sea_without_its_article_are_a_test():
    got = tag(
        "North Korea fires several ballistic missiles into East Sea, JCS says",
        "North Korea fired several short-range ballistic missiles into the East Sea on "
        "Thursday, South Korea's Joint Chiefs of Staff said.",
    )
    assert not got.is_conflict


def test_a_first_night_without_firing_after_a_truce_is_no_report_of_it():
    got = tag(
        "Calm along the border on the first night of the understanding",
        "No firing was reported along the Line of Control overnight, officials said, the first "
        "night after both sides agreed to stop all military action following four days of "
        "drone and missile exchanges.",
    )
    assert not got.is_conflict
