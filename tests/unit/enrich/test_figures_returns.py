"""Going home and leaving it: people who leave a camp for somewhere, or move into rebuilt homes,
returned; people who lost their homes, migrated or are received somewhere, displaced."""

from __future__ import annotations

import pytest

from .support import categories


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("About 900 families left camps near Dohuk for their villages in May.", "returned"),
        ("A convoy of 410 Congolese refugees left Nyarugusu camp for home on Friday.", "returned"),
        ("Some 3,200 people have left the camps to return to Tal Afar.", "returned"),
        ("Eighty families moved into rebuilt houses in Shusha on Monday.", "returned"),
        ("Some 3,200 people have left the camps to rebuild their homes in Tal Afar.", "returned"),
        # leaving a camp under attack, or leaving home for a camp, is displacement
        ("About 2,000 residents left the camp during the army raid, medics said.", "displaced"),
        ("About 2,000 residents left the camp overnight as bulldozers moved in.", "displaced"),
        ("Some 4,000 villagers left their homes for camps near the town.", "displaced"),
    ],
)
def test_leaving_a_camp_for_somewhere_is_going_home(text, want):
    assert categories(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "About 2,500 people lost their homes in the fighting.",
        "Several hundred families migrated to Kohat after the clashes.",
        "About 900 survivors were put up in hotels, the governor said.",
        "The Bunagana transit centre is receiving about 800 Congolese a day.",
    ],
)
def test_homes_lost_migrations_and_arrivals_received_are_displacement(text):
    assert categories(text) == ["displaced"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("About 300 residents refuse to leave the town despite the shelling.", "civilians"),
        ("Strikes on the grid left about 400,000 households without power.", "civilians"),
        ("The blockade has left some 90,000 residents short of medicine.", "civilians"),
        # left without a roof, people are homeless
        ("A fire in the camp left about 5,000 refugees without shelter.", "displaced"),
    ],
)
def test_people_who_stay_or_are_left_without_power_are_civilians(text, want):
    assert categories(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "About 1.2 million people, a fifth of the population, have been displaced.",
        "About 20,000 people, fighters and civilians, have been evacuated from the town.",
        # an aside that lists places in its own commas
        "About 3,000 migrants, most of them from Venezuela, Honduras and Cuba, set out on foot "
        "from Tapachula on Sunday, organisers said.",
        "About 3,000 migrants, most of them from Venezuela, Honduras, Nicaragua and Cuba, set "
        "out on foot from Tapachula on Sunday.",
        # a name followed by a verb is no list: "Bor, Jonglei state officials said,"
        "About 5,000 people, most of them from Bor, Jonglei state officials and the UN said, "
        "have fled to Mingkaman.",
    ],
)
def test_an_aside_before_the_verb_does_not_name_the_category(text):
    assert categories(text) == ["displaced"]


@pytest.mark.parametrize(
    "text",
    [
        "The militia has driven more than 90,000 people from their homes since 2023, and "
        "killed at least 200.",
        "More than 1,200 Rohingya have landed in Aceh by boat since November.",
        "About 30,000 Rohingya have slipped into Bangladesh in the past month.",
        "Several hundred were walking toward Gondar, aid workers said.",
    ],
)
def test_people_driven_from_home_landing_or_walking_away_are_displaced(text):
    assert categories(text)[0] == "displaced"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Iran has deported more than a million Afghans this year, the UN said. Up to "
            "30,000 people a day were crossing at Islam Qala at the peak.",
            ["returned", "returned"],
        ),
        (
            "Pakistan began sending back undocumented Afghans in November. About 4,000 "
            "people a day arrived at Torkham, border officials said.",
            ["returned"],
        ),
        (
            "The Netzarim corridor reopened after weeks of talks on returns to the north. "
            "More than 300,000 people crossed on foot in the first two days.",
            ["returned"],
        ),
        (
            "Some 4,000 families had gone back to Sinjar from the camps since March; another "
            "1,200 families are to leave by the end of the month.",
            ["returned", "returned"],
        ),
        # with no return said before them, crossings and arrivals are flight
        (
            "Fighting in Darfur has intensified, UNHCR said. About 14,000 people crossed "
            "into Chad in two weeks.",
            ["displaced"],
        ),
        (
            "Fighting in the north intensified, the UN said. About 3,000 residents left the "
            "town overnight.",
            ["displaced"],
        ),
        # a return in an agency's name says nothing
        (
            "The Refugees and Returnees Service said 26,000 South Sudanese arrived at Pagak.",
            ["displaced"],
        ),
        # nor does a return said only after the crossing
        (
            "About 2,000 villagers crossed into Thailand, Thai officials said, and most "
            "were sent back within days.",
            ["displaced"],
        ),
    ],
)
def test_crossings_and_arrivals_in_a_story_of_returns_are_returns(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The town's 29 displacement sites were already home to about 130,000 people.",
        "OCHA said over 110 displacement sites in the capital now held nearly 200,000 people.",
        "About 17,000 Iraqis remain in the camp, which at its peak held 73,000 people.",
    ],
)
def test_people_that_places_for_the_displaced_hold_are_displaced(text):
    assert categories(text)[-1] == "displaced"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The government moves to close the camps in Duhok where some 200,000 Yazidis still live.",
         "displaced"),
        ("Ourang is one of 14 camps and sites in eastern Chad, where about 150,000 people live.",
         "displaced"),
        # where people live in a town, they are its residents
        ("Shelling hit the town of Orikhiv, where about 14,000 people still live.", "civilians"),
    ],
)  # fmt: skip
def test_people_living_where_a_camp_is_named_are_displaced(text, want):
    assert categories(text)[-1] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The site was set up in 2023 for 5,000 people and now holds more than 14,000.",
            ["capacity", "displaced"],
        ),
        (
            "The Dadaab camps, built in the 1990s for 90,000 people, now hold about 370,000.",
            ["capacity", "displaced"],
        ),
        (
            "The sports complex took in 4,800 people at its peak and now has about 1,000.",
            ["displaced", "displaced"],
        ),
    ],
)
def test_what_a_place_was_built_for_and_whom_it_took_in(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "About 100,000 people remain unable to return home.",
        "About 20,000 families have yet to return to their villages.",
        "Some 5,000 residents have not returned since the floods.",
        "About 3,000 families cannot go back to the district.",
    ],
)
def test_people_whose_return_is_barred_are_still_displaced(text):
    assert categories(text) == ["displaced"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran sent more than 500,000 Afghans back across the border in four weeks, UNHCR said.",
        "Italy flew about 1,900 migrants back to Tunisia and Egypt last year.",
        "The government flew and bussed about 700 people home from the camps.",
        "The programme was meant to bring 600,000 people home by the end of the year.",
    ],
)
def test_people_sent_flown_or_brought_back_or_home_returned(text):
    assert categories(text) == ["returned"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # flown or bused out of a place: evacuated (dev116, dev206, dev390, dev400)
        (
            "Britain's operation flew more than 15,000 people out of Kabul in two weeks.",
            ["displaced"],
        ),
        (
            "The air force has flown more than 11,000 people out of Wamena since the riot.",
            ["displaced"],
        ),
        # ... unless those flown keep a fate or a role of their own
        ("Rescuers flew 12 injured climbers out of the valley.", ["injured"]),
        ("The airline flew 300 fans out of Madrid.", ["other"]),
    ],
)
def test_people_flown_out_of_a_place_are_evacuated(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the sender's object ends before "back": troops stay troops, aid goes to people
        ("The army sent 2,000 troops back to the front.", "combatants"),
        ("Doctors sent 40 wounded people to hospitals in the capital.", "injured"),
    ],
)
def test_a_sender_without_back_or_home_after_its_count_returns_no_one(text, want):
    assert categories(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting near Marib has forced more than 2,000 families out of nine camps since May.",
        "The militia drove about 5,000 villagers out of the valley last week.",
        "A caravan of about 3,000 people set out from Tapachula on Sunday.",
        "More than 4,500 Rohingya took to the sea in boats last year, UNHCR said.",
        "About 25,000 people were ordered out of Jasper as the wildfire approached.",
    ],
)
def test_people_driven_out_ordered_out_or_setting_out_are_displaced(text):
    assert categories(text)[0] == "displaced"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a review's probes: what the object is or where "back" goes keeps its own reading
        ("Qatar brought 12 hostages home after mediating their release.", ["kidnapped"]),
        ("The deal brought 10,000 workers back to the factories.", ["other"]),
        ("The mother sent her 3 children back to school despite the shelling.", ["other"]),
        ("Police chased 200 protesters out of the square with tear gas.", ["other"]),
        ("Russian forces shot down 25 out of 30 drones overnight.", ["other"]),
        # the sender speaks of its object only, not of a count before it
        (
            "Around 2,000 relatives gathered at the airport as the army flew 40 freed hostages "
            "home.",
            ["other", "kidnapped"],
        ),
        # people who set out are its subject, not what it sets out
        ("The report set out how 12,000 families would receive cash transfers.", ["aid"]),
    ],
)
def test_particle_verbs_leave_hostages_tasks_shares_and_earlier_counts_alone(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a home town after a count says where, not what happened (a review's probes)
        ("More than 20,000 people fled their home towns after the attack.", "displaced"),
        ("About 5,000 families were driven from their home villages by the fighting.", "displaced"),
        ("Gunmen killed 23 people in their home villages in Plateau state overnight.", "killed"),
        ("About 3,000 people were evacuated to their home villages as rivers rose.", "displaced"),
    ],
)  # fmt: skip
def test_a_home_town_after_a_count_leaves_its_event_alone(text, want):
    assert categories(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Over 100,000 people are still in resettlement sites in Metuge and Ancuabe.",
        "Some 40,000 people were living in tent cities along the Indus Highway.",
    ],
)
def test_people_in_resettlement_sites_or_tent_cities_are_displaced(text):
    assert categories(text) == ["displaced"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("About 1,000 residents of the village were allowed back on Thursday.", "returned"),
        ("The agency said about 1,800 residents had been taken to student dormitories.",
         "displaced"),
        ("Some 2,000 families were still in resettlement centres in Mueda.", "displaced"),
        # hostages taken back with their captors are still hostages
        ("Gunmen took 40 hostages back to their base in the forest.", "kidnapped"),
        # back to shore, to work or to school is no return home
        ("Rescuers took 47 people back to shore after the dinghy capsized.", "other"),
    ],
)  # fmt: skip
def test_people_let_or_taken_back_home_returned_and_taken_to_shelters_displaced(text, want):
    assert categories(text) == [want]


def test_people_pulled_alive_from_the_water_were_rescued():
    assert categories("Rescuers pulled 76 people alive from the water, the coast guard said.") == [
        "other"
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("About 200,000 people in more than 1,200 relief camps.", ["displaced", "capacity"]),
        ("More than 9,000 people in 91 relief camps, officials said.", ["displaced", "capacity"]),
        # a number that ends a name is no next count: the verb after it is the figure's
        ("About 31,000 residents north of Highway 14 were ordered to leave.", ["displaced"]),
    ],
)
def test_the_head_noun_of_the_next_count_is_not_this_counts_event(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a review's probes: the injured sent home from hospital, bodies handed to relatives
        ("Of the 120 people injured in the strike, 90 have been allowed home, doctors said.",
         ["injured", "injured"]),
        ("The bodies of the 14 victims were taken to relatives in Jos for burial.", ["killed"]),
    ],
)  # fmt: skip
def test_people_allowed_home_from_hospital_or_taken_to_relatives_keep_their_category(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a second review's probes: a killing or an arrest in a camp or a tent city wins, the
        # dead taken somewhere stay dead, "not allowed to return" is no return, and "sector 2"
        # is a name, not a count
        ("Gunmen killed 12 people in a resettlement camp in Ituri overnight.", ["killed"]),
        ("Police arrested 15 people in a tent city under the bridge on Tuesday.", ["arrested"]),
        ("The bodies of 23 miners were taken to schools in the town for identification.",
         ["killed"]),
        ("None of the 12,000 residents forced out of the town have been allowed to return.",
         ["displaced"]),
        ("Some 1,200 families from sector 2 displaced by the clashes have not received aid.",
         ["displaced"]),
    ],
)  # fmt: skip
def test_a_place_or_a_name_after_a_count_does_not_override_its_event(text, want):
    assert categories(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a state's expulsions send people back over its border
        ("Algeria expelled more than 20,000 migrants to the Niger border last year.", "returned"),
        ("Pakistan will expel about 500,000 Afghans after the deadline.", "returned"),
        ("More than 3,000 migrants were expelled from Libya to Chad in March.", "returned"),
        # ... armed men who expel people from their homes displace them
        ("Militias expelled about 4,000 villagers from their homes in the valley.", "displaced"),
    ],
)
def test_expelled_people_are_sent_back_unless_expelled_from_their_homes(text, want):
    assert categories(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Camp leaders said about 80,000 people had left Bulengo for their villages in Masisi.",
        "By evening, tens of thousands had set out for their villages, the army said.",
        "More than 140,000 people have been resettled in their home towns, the state said.",
    ],
)
def test_leaving_for_home_with_a_place_between_is_a_return(text):
    assert categories(text) == ["returned"]


def test_refugees_resettled_in_a_third_country_stay_displaced():
    assert categories("UNHCR resettled 2,000 refugees in Canada last year.") == ["displaced"]


@pytest.mark.parametrize(
    "text",
    [
        "The Adamawa State government has resettled 2,400 households in Madagali.",
        "The government plans to resettle 60,000 people in the district by 2027.",
        "Officials said they had resettled about 9,000 internally displaced people this year.",
    ],
)
def test_people_a_government_resettles_are_taken_home(text):
    assert categories(text) == ["returned"]


@pytest.mark.parametrize(
    "text",
    [
        "Canada plans to resettle about 8,000 refugees from Lebanon next year.",
        "About 40,000 refugees were resettled from Kenya last year, UNHCR said.",
        "Some 9,000 Afghans have resettled in California since 2021, the agency said.",
        # moved off land a dam, a flood or a plan took, to new towns: no return either
        "The government plans to resettle 30,000 people displaced by the dam in new towns.",
        "The government resettled 900 households from the flood plain in a new town.",
    ],
)
def test_refugees_resettled_and_people_who_resettle_somewhere_moved(text):
    assert categories(text) == ["displaced"]


def test_families_helped_to_rebuild_have_not_gone_home_by_that_alone():
    got = categories("Volunteers helped 200 displaced families to rebuild their homes.")
    assert got != ["returned"]


@pytest.mark.parametrize(
    "text",
    [
        "More than 30,000 Afghans have left Karachi for Afghanistan, Sindh police said.",
        "One hundred and ninety Venezuelans arrived in Caracas on a flight from Texas.",
        "About 12,000 Syrians crossed into Syria at Masnaa on Monday, officials said.",
        "About 1,250 Burundian refugees entered Burundi at Kobero on Thursday.",
        "162 Nigerians arrived at the Lagos airport on a chartered flight from Libya.",
    ],
)
def test_nationals_who_cross_into_their_own_country_go_home(text):
    assert categories(text) == ["returned"]


@pytest.mark.parametrize(
    "text",
    [
        # another country, or the nationality of whoever speaks, or a people, not citizens
        "About 5,000 Ukrainian refugees crossed into Poland on Monday.",
        "Ukrainian officials said 5,000 people crossed into Ukraine on Monday.",
        "More than 100,000 ethnic Armenians have left Nagorno-Karabakh for Armenia.",
        # a city of their own country, reached from inside it, is a refuge, not home
        "About 3,000 Sudanese arrived in Port Sudan from Khartoum on Monday.",
        "Some 2,000 Ukrainians left Kharkiv for Lviv over the weekend.",
    ],
)
def test_crossings_into_another_country_stay_displacement(text):
    assert categories(text) == ["displaced"]


def test_one_crossing_of_two_nationalities_is_no_return_of_either():
    got = categories("About 310,000 Syrians and 100,000 Lebanese had crossed into Syria.")
    assert got == ["displaced", "displaced"]


@pytest.mark.parametrize(
    "text",
    [
        "About 5,000 teachers returned to work after the strike.",
        "A survey found that more than 1 million children were afraid to return to school.",
        "Some 2,000 nurses went back to their jobs on Monday.",
    ],
)
def test_a_return_to_work_or_school_is_no_return_home(text):
    assert "returned" not in categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people who fled the Idlib countryside have begun going back.",
        "Iraq aims to bring back about 150 families a month from the camp.",
        "Border guards said they had pushed more than 13,000 migrants back into Belarus.",
        "Soldiers forced about 60 migrants back across the river on Tuesday night.",
        # a place that receives returnees takes them home, not in
        "The refugee ministry said it had received about 8,500 returnees at Torkham.",
        # the path of an expulsion is no crossing of their own
        "Algeria expelled more than 29,000 migrants across the border near Assamaka.",
    ],
)
def test_people_brought_pushed_or_received_back_have_returned(text):
    assert categories(text) == ["returned"]


def test_a_campaign_named_for_bringing_people_back_says_nothing_of_the_count():
    text = (
        "Of the 276 schoolgirls seized in Chibok, 82 are believed to still be in captivity,"
        " the Bring Back Our Girls campaign said."
    )
    assert categories(text)[-1] == "kidnapped"


@pytest.mark.parametrize(
    "text",
    [
        "Clashes have driven about 10,000 people across the border into Ethiopia.",
        "The fighting has driven more than 100,000 people from their homes, the UN said.",
    ],
)
def test_people_driven_across_a_border_or_from_home_are_displaced(text):
    assert categories(text) == ["displaced"]
